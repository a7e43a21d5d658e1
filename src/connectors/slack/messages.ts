import { z } from 'zod';
import type { EntityDef } from '../../lib/engine/types.js';
import { channelParam, cursorList, emojiName, messageTs, pageParams, timeRange } from './shared.js';

const threadTs = z.string().optional().describe('ts of the parent message, to post as a thread reply');
const unfurl = {
  unfurl_links: z.boolean().optional().describe('Unfurl links to mostly textual content'),
  unfurl_media: z.boolean().optional().describe('Unfurl links to media; false turns it off'),
};
const messageText = z.string().describe('Message text (mrkdwn supported)');

export const channel_messages = {
  description: 'Message history of a conversation',
  columns: ['ts', 'user', 'text', 'reply_count', 'thread_ts'],
  actions: {
    list: {
      route: 'GET /conversations.history',
      description: 'List messages of a conversation, newest first',
      params: z.object({ channel: channelParam }).extend(pageParams(100).shape).extend(timeRange.shape),
      ...cursorList('messages', { hasMore: true }),
    },
  },
} satisfies EntityDef;

export const threads = {
  description: 'Replies in a message thread',
  columns: ['ts', 'user', 'text', 'thread_ts', 'parent_user_id'],
  actions: {
    list: {
      route: 'GET /conversations.replies',
      description: 'List a thread: the parent message followed by its replies',
      params: z
        .object({
          channel: channelParam,
          ts: z.string().optional().describe('ts of the thread parent message (Slack needs it to return a thread)'),
        })
        .extend(pageParams(100).shape)
        .extend(timeRange.shape),
      ...cursorList('messages', { hasMore: true }),
    },
  },
} satisfies EntityDef;

export const messages = {
  description: 'Messages posted by the token: send, edit and delete',
  columns: ['ts', 'user', 'text', 'thread_ts'],
  actions: {
    create: {
      route: 'POST /chat.postMessage',
      description: 'Post a message to a channel, DM or thread',
      params: z.object({
        channel: z.string().describe('Channel, private group or user ID to post to'),
        text: messageText,
        thread_ts: threadTs,
        reply_broadcast: z.boolean().optional().describe('With thread_ts, also show the reply in the channel'),
        ...unfurl,
      }),
      records: 'message',
    },
    update: {
      route: 'POST /chat.update',
      description: 'Edit the text of a message',
      params: z.object({ channel: channelParam, ts: messageTs, text: z.string().describe('New message text') }),
      records: 'message',
    },
    delete: {
      route: 'POST /chat.delete',
      description: 'Delete a message (a bot token can delete only its own)',
      params: z.object({ channel: channelParam, ts: messageTs }),
      kind: 'destructive',
    },
  },
} satisfies EntityDef;

export const ephemeral_messages = {
  description: 'Messages shown to a single user in a channel and not stored',
  columns: ['ok', 'message_ts'],
  actions: {
    create: {
      route: 'POST /chat.postEphemeral',
      description: 'Show a message to one user in a channel',
      params: z.object({
        channel: z.string().describe('Channel, private group or IM ID (or name) to post in'),
        user: z.string().describe('ID of the user who sees the message; must be in the channel'),
        text: messageText,
        thread_ts: z.string().optional().describe('ts of an active thread to post the message in'),
        blocks: z
          .union([z.string(), z.array(z.record(z.string(), z.unknown()))])
          .optional()
          .describe('Block Kit blocks: an array of block objects or the same as a JSON string'),
      }),
    },
  },
} satisfies EntityDef;

export const scheduled_messages = {
  description: 'Messages queued for delivery at a later time',
  columns: ['scheduled_message_id', 'channel', 'post_at'],
  actions: {
    create: {
      route: 'POST /chat.scheduleMessage',
      description: 'Schedule a message for a future time (up to 120 days ahead)',
      params: z.object({
        channel: z.string().describe('Channel, private group or DM ID (or name) to post to'),
        text: messageText,
        post_at: z.number().int().describe('Unix time (seconds) at which to post'),
        thread_ts: threadTs,
        reply_broadcast: z.boolean().optional().describe('With thread_ts, also show the reply in the channel'),
        ...unfurl,
      }),
    },
  },
} satisfies EntityDef;

export const reactions = {
  description: 'Emoji reactions on messages',
  columns: ['ok'],
  actions: {
    create: {
      route: 'POST /reactions.add',
      description: 'Add an emoji reaction to a message',
      params: z.object({ channel: channelParam, timestamp: messageTs, name: emojiName }),
    },
    delete: {
      route: 'POST /reactions.remove',
      description: 'Remove an emoji reaction from a message',
      params: z.object({ channel: channelParam, timestamp: messageTs, name: emojiName }),
      kind: 'destructive',
    },
  },
} satisfies EntityDef;
