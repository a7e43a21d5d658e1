import { z } from 'zod';
import { paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** Pieces every Shopify Admin REST entity group reuses: numeric IDs, limit/since_id lists walked through the Link header. */

export const id = (what: string) => z.number().int().describe(`Shopify ID of the ${what}`);

export const limit = z.number().int().min(1).max(250).default(50).describe('Records per page, 1 to 250');
export const sinceId = z.number().int().optional().describe('Only records with an ID greater than this one');

/** `limit` + `since_id`, taken by most lists. */
export const pageParams = { limit, since_id: sinceId };

/** An optional ISO 8601 timestamp filter. */
const timestamp = (what: string) => z.string().optional().describe(`Only records ${what} this time (ISO 8601)`);

export const createdRange = {
  created_at_min: timestamp('created at or after'),
  created_at_max: timestamp('created at or before'),
};

export const updatedRange = {
  updated_at_min: timestamp('updated at or after'),
  updated_at_max: timestamp('updated at or before'),
};

/**
 * Records under `key`; the next page is the Link header's rel="next" (a URL carrying Shopify's `page_info`
 * cursor), followed by --all. Its URL is also in the result's `meta.next_page_url` (and `meta.next`).
 */
export function linked(key: string) {
  return { records: key, meta: { next_page_url: '@link.next' }, paginate: paginate.link() } satisfies Partial<ActionDef>;
}

/** A GET of one object, unwrapped from the `key` it is wrapped in. */
export function single<P extends z.ZodObject>(route: ActionDef['route'], description: string, params: P, key: string) {
  return { route, description, params, records: key } satisfies ActionDef<P>;
}
