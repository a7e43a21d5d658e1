import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { byId, cursorList, customAttributes, id, inHeader, pageParams, versioned } from './shared.js';

/** Contacts (users and leads), the notes on them, and companies. */

const contactFields = {
  external_id: z.string().optional().describe('Your own unique ID for the contact'),
  email: z.string().optional().describe('Email address'),
  phone: z.string().optional().describe('Phone number'),
  name: z.string().optional().describe('Full name'),
  avatar: z.string().optional().describe('URL of an avatar image'),
  signed_up_at: z.number().int().optional().describe('When the contact signed up, as Unix seconds'),
  last_seen_at: z.number().int().optional().describe('When the contact was last seen, as Unix seconds'),
  owner_id: z.number().int().optional().describe('ID of the admin who owns the contact'),
  unsubscribed_from_emails: z.boolean().optional().describe('Whether the contact opted out of emails'),
  custom_attributes: customAttributes,
};
const role = z.enum(['user', 'lead']);

const companyFields = {
  name: z.string().optional().describe('Company name'),
  plan: z.string().optional().describe('Name of the plan the company is on'),
  monthly_spend: z.number().optional().describe('Monthly revenue from the company'),
  size: z.number().int().optional().describe('Number of employees'),
  website: z.string().optional().describe('Company website URL'),
  industry: z.string().optional().describe('Industry the company works in'),
  custom_attributes: customAttributes,
};

export const peopleEntities = defineEntities({
  contacts: {
    description: 'Contacts: identified users and anonymous leads',
    columns: ['id', 'role', 'email', 'name', 'created_at', 'last_seen_at'],
    actions: {
      list: {
        route: 'GET /contacts',
        description: 'List contacts, page by page',
        params: versioned().extend(pageParams(50).shape),
        ...cursorList('data'),
      },
      get: {
        route: 'GET /contacts/{id}',
        description: 'Fetch one contact by ID',
        params: byId('contact'),
        ...inHeader,
      },
      create: {
        route: 'POST /contacts',
        description: 'Create a user or lead',
        params: versioned().extend({ role: role.describe('Kind of contact: user or lead'), ...contactFields }),
        ...inHeader,
      },
      update: {
        route: 'PUT /contacts/{id}',
        description: 'Change a contact; only the given fields change',
        params: byId('contact').extend({
          role: role.optional().describe('Change the kind of contact: user or lead'),
          ...contactFields,
        }),
        ...inHeader,
      },
    },
  },
  notes: {
    description: 'Internal notes written by admins on a contact',
    columns: ['id', 'created_at', 'body'],
    actions: {
      create: {
        route: 'POST /contacts/{contact_id}/notes',
        description: 'Add a note to a contact',
        params: versioned().extend({
          contact_id: id('contact to add the note to'),
          body: z.string().describe('Note text, as HTML'),
          admin_id: z.string().optional().describe('ID of the admin writing the note'),
        }),
        ...inHeader,
      },
    },
  },
  companies: {
    description: 'Companies that contacts belong to, with plan, spend and size',
    columns: ['id', 'company_id', 'name', 'plan', 'user_count', 'monthly_spend'],
    actions: {
      list: {
        route: 'GET /companies',
        description: 'List companies, page by page',
        params: versioned().extend(pageParams(50).shape),
        ...cursorList('data'),
      },
      get: {
        route: 'GET /companies/{id}',
        description: 'Fetch one company by its Intercom ID',
        params: byId('company'),
        ...inHeader,
      },
      create: {
        route: 'POST /companies',
        description: 'Create a company, or update the one that already has this company_id',
        params: versioned().extend({
          company_id: z.string().describe('Your own unique ID for the company'),
          ...companyFields,
        }),
        ...inHeader,
      },
      update: {
        route: 'PUT /companies/{id}',
        description: 'Change a company; only the given fields change',
        params: byId('company').extend(companyFields),
        ...inHeader,
      },
    },
  },
});
