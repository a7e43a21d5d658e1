import { z } from 'zod';
import type { EntityDef } from '../../lib/engine/types.js';
import { channelParam, cursorList, messageTs, pageParams } from './shared.js';

export const channels = {
  description: 'Conversations: public and private channels, direct and group messages',
  columns: ['id', 'name', 'is_private', 'is_archived', 'num_members', 'created'],
  actions: {
    list: {
      route: 'GET /conversations.list',
      description: 'List conversations visible to the token',
      params: pageParams(200).extend({
        types: z
          .string()
          .default('public_channel')
          .describe('Comma-separated conversation types: public_channel, private_channel, mpim, im'),
        exclude_archived: z.boolean().default(false).describe('Leave archived channels out'),
      }),
      ...cursorList('channels'),
    },
    get: {
      route: 'GET /conversations.info',
      description: 'Fetch one conversation by ID',
      params: z.object({ channel: channelParam }),
      records: 'channel',
    },
    create: {
      route: 'POST /conversations.create',
      description: 'Create a public or private channel',
      params: z.object({
        name: z.string().describe('Channel name: lowercase, no spaces or periods, at most 80 characters'),
        is_private: z.boolean().optional().describe('Make the channel private'),
      }),
      records: 'channel',
    },
    update: {
      route: 'POST /conversations.rename',
      description: 'Rename a channel',
      params: z.object({
        channel: channelParam,
        name: z.string().describe('New channel name: lowercase, no spaces or periods, at most 80 characters'),
      }),
      records: 'channel',
    },
  },
} satisfies EntityDef;

export const channel_topics = {
  description: 'The topic line of a channel',
  columns: ['id', 'name', 'topic'],
  actions: {
    create: {
      route: 'POST /conversations.setTopic',
      description: "Set a channel's topic",
      params: z.object({
        channel: channelParam,
        topic: z.string().max(250).describe('Topic text, up to 250 characters'),
      }),
      records: 'channel',
    },
  },
} satisfies EntityDef;

export const channel_purposes = {
  description: 'The purpose (description) of a channel',
  columns: ['id', 'name', 'purpose'],
  actions: {
    create: {
      route: 'POST /conversations.setPurpose',
      description: "Set a channel's purpose",
      params: z.object({
        channel: channelParam,
        purpose: z.string().max(250).describe('Purpose text, up to 250 characters'),
      }),
      records: 'channel',
    },
  },
} satisfies EntityDef;

export const channel_invites = {
  description: 'Invitations of users into a channel',
  columns: ['id', 'name', 'num_members'],
  actions: {
    create: {
      route: 'POST /conversations.invite',
      description: 'Invite one or more users to a channel',
      params: z.object({
        channel: channelParam,
        users: z.string().describe('Comma-separated user IDs to invite (up to 1000)'),
        force: z
          .boolean()
          .optional()
          .describe('With several users, invite the valid IDs and skip invalid ones instead of failing'),
      }),
      records: 'channel',
    },
  },
} satisfies EntityDef;

export const channel_archives = {
  description: 'Archiving of channels',
  columns: ['ok'],
  actions: {
    create: {
      route: 'POST /conversations.archive',
      description: 'Archive a channel',
      params: z.object({ channel: channelParam }),
      kind: 'destructive',
    },
  },
} satisfies EntityDef;

export const channel_kicks = {
  description: 'Removals of users from channels',
  columns: ['ok'],
  actions: {
    create: {
      route: 'POST /conversations.kick',
      description: 'Remove a user from a channel',
      params: z.object({
        channel: channelParam,
        user: z.string().describe('ID of the user to remove'),
      }),
      kind: 'destructive',
    },
  },
} satisfies EntityDef;

export const pins = {
  description: 'Messages pinned to a channel',
  columns: ['ok'],
  actions: {
    create: {
      route: 'POST /pins.add',
      description: 'Pin a message to its channel',
      params: z.object({ channel: channelParam, timestamp: messageTs }),
    },
  },
} satisfies EntityDef;

export const bookmarks = {
  description: 'Links bookmarked in a channel header',
  columns: ['id', 'channel_id', 'title', 'link', 'type'],
  actions: {
    create: {
      route: 'POST /bookmarks.add',
      description: 'Add a bookmark to a channel',
      params: z.object({
        channel_id: channelParam,
        title: z.string().describe('Bookmark title'),
        type: z.string().describe('Bookmark type, e.g. "link"'),
        link: z.string().optional().describe('URL to bookmark (http:// or https://); needed for type "link"'),
        emoji: z.string().optional().describe('Emoji shown with the bookmark, e.g. ":rocket:"'),
      }),
      records: 'bookmark',
    },
  },
} satisfies EntityDef;
