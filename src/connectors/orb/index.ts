import { z } from 'zod';
import { bearer, defineConnector, paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** Orb (usage-based billing) REST API v1: read-only customers, subscriptions, plans and invoices. */

/** `limit` + `cursor`, taken by every list. */
const listParams = z.object({
  limit: z.number().int().min(1).max(100).default(50).describe('Records per page, 1 to 100'),
  cursor: z.string().optional().describe('next_cursor of the previous page; omit for the first page'),
});

/** Records under `data`; the next page's cursor in `pagination_metadata`, followed by --all while has_more. */
const listed = {
  records: 'data',
  meta: { next_cursor: 'pagination_metadata.next_cursor' },
  paginate: paginate.cursor({ param: 'cursor', from: 'pagination_metadata.next_cursor', hasMore: 'pagination_metadata.has_more' }),
} satisfies Partial<ActionDef>;

const id = (what: string) => z.string().describe(`Orb ID of the ${what}`);

const customerFilters = {
  customer_id: z.string().optional().describe('Only records of this Orb customer ID'),
  external_customer_id: z.string().optional().describe('Only records of the customer with this ID from your own system'),
};

const timestamp = (what: string) => z.string().optional().describe(`Only invoices dated ${what} this time (ISO 8601)`);

export default defineConnector({
  name: 'orb',
  title: 'Orb',
  definitionId: '7f0455fb-4518-4ec0-b7a3-d808bf8081cc',
  docsUrl: 'https://docs.withorb.com/api-reference',
  server: 'https://api.billwithorb.com/v1',
  auth: {
    api_key: bearer({
      field: 'api_key',
      env: 'ORB_API_KEY',
      title: 'API key',
      description: 'An Orb API key (Settings → API keys in the Orb dashboard)',
      secret: true,
      scheme: { title: 'API key', description: 'Sends the API key as a bearer token' },
    }),
  },
  body: 'json',
  entities: {
    customers: {
      description: 'Billing customers with their external ID, payment provider, currency and balance',
      columns: ['id', 'external_customer_id', 'name', 'email', 'created_at'],
      actions: {
        list: {
          route: 'GET /customers',
          description: 'List customers, page by page',
          params: listParams,
          ...listed,
        },
        get: {
          route: 'GET /customers/{customer_id}',
          description: 'Fetch one customer by Orb ID',
          params: z.object({ customer_id: id('customer') }),
        },
      },
    },
    subscriptions: {
      description: 'Subscriptions tying a customer to a plan, with their dates, status and billing period',
      columns: ['id', 'status', 'start_date', 'end_date', 'created_at'],
      actions: {
        list: {
          route: 'GET /subscriptions',
          description: 'List subscriptions, optionally of one customer or in one status',
          params: listParams.extend({
            ...customerFilters,
            status: z.enum(['active', 'ended', 'upcoming']).optional().describe('Only subscriptions in this status'),
          }),
          ...listed,
        },
        get: {
          route: 'GET /subscriptions/{subscription_id}',
          description: 'Fetch one subscription by Orb ID',
          params: z.object({ subscription_id: id('subscription') }),
        },
      },
    },
    plans: {
      description: 'Pricing plans with their prices, product, currency and phases',
      columns: ['id', 'name', 'status', 'currency', 'created_at'],
      actions: {
        list: {
          route: 'GET /plans',
          description: 'List plans, page by page',
          params: listParams,
          ...listed,
        },
        get: {
          route: 'GET /plans/{plan_id}',
          description: 'Fetch one plan by Orb ID',
          params: z.object({ plan_id: id('plan') }),
        },
      },
    },
    invoices: {
      description: 'Invoices with their amounts, line items, status and payment dates',
      columns: ['id', 'invoice_number', 'status', 'total', 'invoice_date', 'due_date'],
      actions: {
        list: {
          route: 'GET /invoices',
          description: 'List invoices, optionally by customer, subscription, status or invoice date',
          params: listParams.extend({
            ...customerFilters,
            subscription_id: z.string().optional().describe('Only invoices of this subscription'),
            invoice_date_gt: timestamp('strictly after'),
            invoice_date_gte: timestamp('at or after'),
            invoice_date_lt: timestamp('strictly before'),
            invoice_date_lte: timestamp('at or before'),
            status: z.enum(['draft', 'issued', 'paid', 'synced', 'void']).optional().describe('Only invoices in this status'),
          }),
          ...listed,
        },
        get: {
          route: 'GET /invoices/{invoice_id}',
          description: 'Fetch one invoice by Orb ID',
          params: z.object({ invoice_id: id('invoice') }),
        },
      },
    },
  },
});
