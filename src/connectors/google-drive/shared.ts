import { z } from 'zod';
import { paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** Pieces every Google Drive entity group reuses. */

export const id = (what: string) => z.string().describe(`ID of the ${what}`);

export const fileId = id('file or folder');
export const supportsAllDrives = z.boolean().optional().describe('Set to true to reach items in shared drives too');
export const useDomainAdminAccess = z
  .boolean()
  .optional()
  .describe('Act as a Workspace domain administrator (needs admin rights)');
export const includeDeleted = z.boolean().default(false).describe('Include deleted items (their content is removed)');
/** Comments and replies need an explicit `fields` selection; `*` returns everything. */
export const allFields = z.string().default('*').describe('Fields to return (Drive partial-response syntax); * for all');

export const pageSize = (max: number, byDefault?: number) => {
  const size = z.number().int().min(1).max(max);
  return (byDefault === undefined ? size.optional() : size.default(byDefault)).describe(`Items per page, 1 to ${max}`);
};
export const pageToken = z.string().optional().describe('Cursor from nextPageToken of the previous page');

/** Records under `records`, the page token as meta (plus `extra` meta), followed by --all. */
export function tokenPaged(records: string, extra: Record<string, string> = {}) {
  return {
    records,
    meta: { nextPageToken: 'nextPageToken', ...extra },
    paginate: paginate.cursor({ param: 'pageToken', from: 'nextPageToken' }),
  } satisfies Partial<ActionDef>;
}
