import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { byId, listed, listParams, metadata, searched, searchParams } from './shared.js';

const address = z
  .object({
    line1: z.string().optional().describe('Street address'),
    line2: z.string().optional().describe('Apartment, suite or building'),
    city: z.string().optional().describe('City or town'),
    state: z.string().optional().describe('State, county or province'),
    postal_code: z.string().optional().describe('ZIP or postal code'),
    country: z.string().optional().describe('Two-letter ISO country code'),
  })
  .optional()
  .describe('Postal address of the customer');

const customerFields = z.object({
  email: z.string().optional().describe('Email address'),
  name: z.string().optional().describe('Full name or business name'),
  description: z.string().optional().describe('Free-form note shown in the Dashboard'),
  phone: z.string().optional().describe('Phone number'),
  address,
  metadata,
});

export const customers = defineEntities({
  customers: {
    description: 'People or businesses you charge, with their contact and billing details',
    columns: ['id', 'email', 'name', 'created'],
    actions: {
      list: {
        route: 'GET /v1/customers',
        description: 'List customers, newest first',
        params: listParams.extend({
          email: z.string().optional().describe('Only customers with exactly this email (case-sensitive)'),
        }),
        ...listed,
      },
      create: {
        route: 'POST /v1/customers',
        description: 'Create a customer',
        params: customerFields,
      },
      get: {
        route: 'GET /v1/customers/{id}',
        description: 'Fetch one customer',
        params: byId('customer'),
      },
      update: {
        route: 'POST /v1/customers/{id}',
        description: 'Change fields of a customer; fields left out stay as they are',
        params: byId('customer').extend(customerFields.shape),
      },
      delete: {
        route: 'DELETE /v1/customers/{id}',
        description: 'Delete a customer for good and cancel their active subscriptions',
        params: byId('customer'),
        kind: 'destructive',
      },
      api_search: {
        route: 'GET /v1/customers/search',
        description: "Find customers with Stripe's search query language (fields such as email, name, metadata)",
        params: searchParams,
        ...searched,
      },
    },
  },
});
