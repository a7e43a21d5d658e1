import { z } from 'zod';
import { paginate } from '../kit.js';

/** Pieces every Asana entity group reuses. */

/** A globally unique ID (gid), Asana's string identifier of every object. */
export const gid = (what: string) => z.string().describe(`GID of the ${what}`);

/** `limit` + `offset`, the paging pair of every Asana list. */
export const pageParams = z.object({
  limit: z.number().int().min(1).max(100).default(20).describe('Records per page, 1 to 100'),
  offset: z.string().optional().describe('Offset token from next_page.offset of the previous page'),
});

/** Records under `data`, the next page's offset token under `next_page` (null on the last page). */
export const paged = {
  records: 'data',
  meta: { next_page: 'next_page' },
  paginate: paginate.cursor({ param: 'offset', from: 'next_page.offset' }),
} as const;

/** Single objects come back wrapped in `{ data: {...} }`. */
export const unwrapped = { records: 'data' } as const;

/** Asana write bodies are `{ "data": { ...fields } }`; the `data` param carries the fields. */
export function dataBody<T extends z.ZodRawShape>(what: string, shape: T) {
  return z.object({ data: z.object(shape).describe(`Fields of the ${what}`) });
}

export const dateTime = (what: string) => z.string().optional().describe(`${what} (ISO 8601 date-time)`);
export const date = (what: string) => z.string().optional().describe(`${what} (YYYY-MM-DD)`);
export const color = z.string().optional().describe('Color name, e.g. dark-green or light-blue');
