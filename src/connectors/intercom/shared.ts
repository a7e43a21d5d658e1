import { z } from 'zod';
import { paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** Pieces every Intercom entity group reuses. */

export const VERSION_HEADER = 'Intercom-Version';

/** The `Intercom-Version` param every operation takes, sent as a header; `2.11` unless the endpoint needs another. */
export function versioned(byDefault = '2.11') {
  return z.object({
    [VERSION_HEADER]: z.string().default(byDefault).describe('Intercom API version, sent in the Intercom-Version header'),
  });
}

/** Puts the version param in its header; spread into every action. */
export const inHeader = { in: { [VERSION_HEADER]: 'header' } } as const;

/** `per_page` + `starting_after`, the paging pair of the cursor-paged lists. */
export function pageParams(byDefault: number) {
  return z.object({
    per_page: z.number().int().min(1).max(150).default(byDefault).describe('Records per page, 1 to 150'),
    starting_after: z.string().optional().describe('Cursor from pages.next.starting_after of the previous page'),
  });
}

/** Records, meta and cursor pagination of a list whose items sit under `records`. */
export function cursorList(records: string) {
  return {
    records,
    meta: { next_page: 'pages.next.starting_after' },
    paginate: paginate.cursor({ param: 'starting_after', from: 'pages.next.starting_after' }),
    ...inHeader,
  } satisfies Partial<ActionDef>;
}

export const id = (what: string) => z.string().describe(`Intercom ID of the ${what}`);

/** `id` + version, the params of every fetch-by-ID. */
export const byId = (what: string) => versioned().extend({ id: id(what) });

export const customAttributes = z
  .record(z.string(), z.unknown())
  .optional()
  .describe('Custom attribute values by attribute name, e.g. {"plan_tier": "pro"}');
