import { z } from 'zod';
import { paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** Pieces every Facebook Marketing entity group reuses. */

/** An ad account ID; a leading `act_` is dropped since the routes add it. */
export const accountId = z
  .string()
  .transform((id) => id.replace(/^act_/, ''))
  .describe('Ad account ID (digits; a leading "act_" is accepted and dropped)');

export const objectId = (what: string) => z.string().describe(`ID of the ${what}`);

/** The Graph API `fields` selection, with the default list of fields for the object type. */
export const fields = (byDefault: string) =>
  z.string().default(byDefault).describe('Comma-separated fields to return (Graph API field syntax)');

/** `limit` + `after`, the cursor paging pair of every edge. */
export const pageParams = z.object({
  limit: z.number().int().min(1).max(100).default(25).describe('Records per page, 1 to 100'),
  after: z.string().optional().describe('Cursor from paging.cursors.after of the previous page'),
});

/** Records under `data`, the `after` cursor as meta, and the next page while `paging.next` is present. */
export const paged = {
  records: 'data',
  meta: { after: 'paging.cursors.after' },
  paginate: paginate.cursor({ param: 'after', from: 'paging.cursors.after', hasMore: 'paging.next' }),
} satisfies Partial<ActionDef>;

/**
 * Graph API parameters that take JSON text (targeting, creative, …): a JSON string as is, or an object/array
 * that is serialized for you.
 */
export const jsonText = (description: string) =>
  z
    .union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())])
    .transform((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
    .describe(description);

/** Budgets and bids are amounts in the account currency's minor unit (cents), sent as text. */
export const cents = (description: string) =>
  z
    .union([z.string(), z.number().int()])
    .transform(String)
    .optional()
    .describe(`${description}, in cents of the account currency`);

export const deliveryStatus = z.enum(['ACTIVE', 'PAUSED']);
export const updateStatus = z.enum(['ACTIVE', 'PAUSED', 'ARCHIVED']);
