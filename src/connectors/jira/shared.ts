import { z } from 'zod';
import { paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

export const issueIdOrKey = z.string().describe('Issue key or ID, e.g. "PROJ-123" or "10000"');

export const expand = (what: string) => z.string().optional().describe(`Comma-separated extras to include (${what})`);

/** A rich-text value in Atlassian Document Format (ADF). */
export const adf = (what: string) =>
  z
    .object({
      type: z.string().default('doc').describe('Always "doc"'),
      version: z.number().int().default(1).describe('ADF version, 1'),
      content: z
        .array(z.record(z.string(), z.unknown()))
        .describe('Block nodes, e.g. [{"type":"paragraph","content":[{"type":"text","text":"Hi"}]}]'),
    })
    .describe(what);

export const visibility = z
  .object({
    type: z.enum(['group', 'role']).optional().describe('Restrict by group or by project role'),
    value: z.string().optional().describe('Group or role name'),
    identifier: z.string().optional().describe('Group ID or role ID'),
  })
  .optional()
  .describe('Who can see it; everyone who can see the issue when absent');

export const notifyUsers = z.boolean().optional().describe('Email the watchers about the change (Jira default true)');

/** `startAt` + `maxResults` of Jira's offset-paged endpoints. */
export function offsetParams(max: number | undefined, defaultSize?: number) {
  let size = z.number().int().min(1);
  if (max !== undefined) size = size.max(max);
  return z.object({
    startAt: z.number().int().min(0).optional().describe('Index of the first item to return (0 = first)'),
    maxResults:
      defaultSize === undefined
        ? size.optional().describe(`Items per page${max ? ` (at most ${max})` : ''}`)
        : size.default(defaultSize).describe(`Items per page${max ? ` (at most ${max})` : ''}`),
  });
}

/** Records, totals and startAt/maxResults paging of a Jira page envelope. */
export function offsetPaged(records: string, meta: Record<string, string>) {
  return {
    records,
    meta,
    paginate: paginate.offset({ param: 'startAt', limitParam: 'maxResults', total: 'total' }),
  } satisfies Partial<ActionDef>;
}
