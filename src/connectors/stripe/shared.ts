import { z } from 'zod';
import { paginate } from '../kit.js';

/** Pieces every Stripe entity group reuses. */

/** `{ id }` for the object-by-id routes. */
export const byId = (what: string) => z.object({ id: z.string().describe(`ID of the ${what}`) });

/** A Unix-timestamp range, sent as `name[gte]=…` style query filters. */
export const range = (what: string) =>
  z
    .object({
      gt: z.number().int().optional().describe('Strictly after this Unix timestamp'),
      gte: z.number().int().optional().describe('At or after this Unix timestamp'),
      lt: z.number().int().optional().describe('Strictly before this Unix timestamp'),
      lte: z.number().int().optional().describe('At or before this Unix timestamp'),
    })
    .optional()
    .describe(`Filter on ${what} (Unix timestamps: gt, gte, lt, lte)`);

const limit = z.number().int().min(1).max(100).optional().describe('Page size, 1 to 100 (Stripe defaults to 10)');

/** Paging params shared by every `GET /v1/<things>` list, plus the creation-time filter. */
export const listParams = z.object({
  limit,
  starting_after: z.string().optional().describe('Return objects after this object ID (next page)'),
  ending_before: z.string().optional().describe('Return objects before this object ID (previous page)'),
  created: range('creation time'),
});

/** Params of every `GET /v1/<things>/search` endpoint. */
export const searchParams = z.object({
  query: z.string().describe("Search expression in Stripe's search query language, e.g. email:'a@b.co'"),
  limit,
  page: z.string().optional().describe('Cursor from the next_page field of the previous search response'),
});

/** Record extraction and pagination of Stripe list endpoints (last object ID as the cursor). */
export const listed = {
  records: 'data',
  meta: { has_more: 'has_more' },
  paginate: paginate.lastId({ param: 'starting_after', hasMore: 'has_more' }),
} as const;

/** Record extraction and pagination of Stripe search endpoints (opaque next_page cursor). */
export const searched = {
  records: 'data',
  meta: { has_more: 'has_more' },
  paginate: paginate.cursor({ param: 'page', from: 'next_page', hasMore: 'has_more' }),
} as const;

export const metadata = z
  .record(z.string(), z.string())
  .optional()
  .describe('Your own key-value pairs stored on the object');

export const collectionMethod = z
  .enum(['charge_automatically', 'send_invoice'])
  .optional()
  .describe('charge_automatically charges the default payment method; send_invoice emails an invoice');

export const currency = z.string().describe('Three-letter ISO currency code in lowercase, e.g. usd');

export const customerId = z.string().optional().describe('Only objects of this customer ID');
export const paymentIntentId = z.string().optional().describe('Only objects tied to this PaymentIntent ID');
export const customerAccount = z.string().optional().describe('Only objects of this customer account ID');
