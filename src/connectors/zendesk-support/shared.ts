import { z } from 'zod';
import { paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** `page` + `per_page` of Zendesk's offset pagination. */
export const pageParams = z.object({
  page: z.number().int().min(1).optional().describe('Page number, from 1'),
  per_page: z.number().int().min(1).max(100).optional().describe('Records per page (1-100, Zendesk default 100)'),
});

/** Records under `records`, page links and count as meta, and `next_page` (a full URL) followed by --all. */
export function paged(records: string) {
  return {
    records,
    meta: { next_page: 'next_page', previous_page: 'previous_page', count: 'count' },
    paginate: paginate.nextUrl({ from: 'next_page' }),
  } satisfies Partial<ActionDef>;
}

export const id = (what: string) => z.number().int().describe(`ID of the ${what}`);

export const sortOrder = z.enum(['asc', 'desc']).optional().describe('Sort direction');
export const active = z.boolean().optional().describe('Only active (true) or only inactive (false) ones');

/**
 * A resource with the usual pair: `GET /<plural>.json` (paged) and `GET /<plural>/{<singular>_id}.json`.
 * `filters` are extra query params of the list.
 */
export function listAndGet<Id extends string, F extends z.ZodRawShape>(opts: {
  path: string;
  plural: string;
  singular: string;
  idParam: Id;
  noun: string;
  description: string;
  columns: string[];
  filters: F;
}) {
  return {
    description: opts.description,
    columns: opts.columns,
    actions: {
      list: {
        route: `GET ${opts.path}.json`,
        description: `List ${opts.noun}s, page by page`,
        params: pageParams.extend(opts.filters),
        ...paged(opts.plural),
      },
      get: {
        route: `GET ${opts.path}/{${opts.idParam}}.json`,
        description: `Fetch one ${opts.noun} by ID`,
        params: z.object({ [opts.idParam]: id(opts.noun) } as Record<Id, z.ZodNumber>),
        records: opts.singular,
      },
    },
  } as const;
}
