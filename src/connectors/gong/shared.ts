import { z } from 'zod';
import { paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** Pieces shared by the Gong entities: the `records` page envelope and its cursor. */

export const cursor = z.string().optional().describe('Cursor of the page to fetch, from the `cursor` meta of the previous page');

/** Records at `records`, and the page envelope `records.{cursor,totalRecords,currentPageNumber}` as meta. */
export function cursorPaged(records: string) {
  return {
    records,
    meta: { cursor: 'records.cursor', total_records: 'records.totalRecords', current_page_number: 'records.currentPageNumber' },
    paginate: paginate.cursor({ param: 'cursor', from: 'records.cursor' }),
  } satisfies Partial<ActionDef>;
}

export const dateTime = (what: string) => z.string().optional().describe(`${what} (ISO 8601, e.g. "2025-01-31T00:00:00Z")`);

export const idList = (what: string) => z.array(z.string()).optional().describe(`Only these ${what} IDs`);

export const workspaceId = z.string().optional().describe('Workspace ID (see `workspaces list`); the default workspace when absent');
