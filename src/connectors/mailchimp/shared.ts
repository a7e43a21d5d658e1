import { z } from 'zod';
import { paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** Pieces shared by the Mailchimp entities: count/offset paging, IDs, time filters. */

/** `count` + `offset`, taken by every paged list. */
export const pageParams = {
  count: z.number().int().min(1).max(1000).default(10).describe('Records per page, 1 to 1000'),
  offset: z.number().int().min(0).default(0).describe('Number of records to skip'),
};

/** Records under `key`, walked by offset until `total_items` is reached. */
export function offsetPaged(key: string) {
  return {
    records: key,
    meta: { total_items: 'total_items', links: '_links' },
    paginate: paginate.offset({ param: 'offset', limitParam: 'count', total: 'total_items' }),
  } satisfies Partial<ActionDef>;
}

export const listId = z.string().describe('Audience (list) ID');
export const campaignId = z.string().describe('Campaign ID');
export const interestCategoryId = z.string().describe('Interest category ID');
export const segmentId = z.string().describe('Segment or tag ID');

export const time = (what: string) => z.string().optional().describe(`Only records ${what} this time (ISO 8601, e.g. "2025-01-31T00:00:00+00:00")`);

export const sortDir = z.enum(['ASC', 'DESC']).optional().describe('Sort direction');

export const campaignType = z.enum(['regular', 'plaintext', 'absplit', 'rss', 'variate']).optional().describe('Only campaigns of this type');
