import { z } from 'zod';
import { paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** `cursor` + `limit`, the paging pair every Slack list method takes. */
export function pageParams(defaultLimit: number) {
  return z.object({
    cursor: z.string().optional().describe('Cursor from response_metadata.next_cursor of the previous page'),
    limit: z.number().int().min(1).max(1000).default(defaultLimit).describe('Maximum number of items per page'),
  });
}

/** Time window shared by conversations.history and conversations.replies. */
export const timeRange = z.object({
  oldest: z.string().optional().describe('Only messages after this Unix timestamp (e.g. "1700000000.000000")'),
  latest: z.string().optional().describe('Only messages before this Unix timestamp'),
  inclusive: z.boolean().default(false).describe('Include messages exactly at oldest or latest'),
});

/** Record path, meta and cursor pagination of a Slack list method whose items sit under `records`. */
export function cursorList(records: string, opts: { hasMore?: boolean } = {}) {
  return {
    records,
    meta: {
      next_cursor: 'response_metadata.next_cursor',
      ...(opts.hasMore ? { has_more: 'has_more' } : {}),
    },
    paginate: paginate.cursor({ param: 'cursor', from: 'response_metadata.next_cursor' }),
  } satisfies Partial<ActionDef>;
}

export const channelParam = z.string().describe('Channel ID (e.g. C0123456789)');
export const messageTs = z.string().describe('Timestamp (ts) of the message, e.g. "1700000000.123456"');
export const emojiName = z.string().describe('Emoji name without colons, e.g. "thumbsup"');
