import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { byId, cursorList, inHeader, pageParams, versioned } from './shared.js';

/** Conversations, and the workspace around them: teams, admins, tags, segments and internal articles. */

export const workspaceEntities = defineEntities({
  conversations: {
    description: 'Conversations between contacts and the team, with their state and assignee',
    columns: ['id', 'title', 'state', 'open', 'admin_assignee_id', 'updated_at'],
    actions: {
      list: {
        route: 'GET /conversations',
        description: 'List conversations, page by page',
        params: versioned().extend(pageParams(20).shape),
        ...cursorList('conversations'),
      },
      get: {
        route: 'GET /conversations/{id}',
        description: 'Fetch one conversation by ID, with its parts',
        params: byId('conversation'),
        ...inHeader,
      },
    },
  },
  teams: {
    description: 'Teams of admins that conversations are assigned to',
    columns: ['id', 'name', 'admin_ids'],
    actions: {
      list: {
        route: 'GET /teams',
        description: 'List every team (one response, no paging)',
        params: versioned(),
        records: 'teams',
        ...inHeader,
      },
      get: {
        route: 'GET /teams/{id}',
        description: 'Fetch one team by ID',
        params: byId('team'),
        ...inHeader,
      },
    },
  },
  admins: {
    description: 'Admins (teammates) of the workspace',
    columns: ['id', 'name', 'email', 'job_title', 'away_mode_enabled'],
    actions: {
      list: {
        route: 'GET /admins',
        description: 'List every admin (one response, no paging)',
        params: versioned(),
        records: 'admins',
        ...inHeader,
      },
      get: {
        route: 'GET /admins/{id}',
        description: 'Fetch one admin by ID',
        params: byId('admin'),
        ...inHeader,
      },
    },
  },
  tags: {
    description: 'Tags applied to contacts, companies and conversations',
    columns: ['id', 'name'],
    actions: {
      list: {
        route: 'GET /tags',
        description: 'List every tag (one response, no paging)',
        params: versioned(),
        records: 'data',
        ...inHeader,
      },
      get: {
        route: 'GET /tags/{id}',
        description: 'Fetch one tag by ID',
        params: byId('tag'),
        ...inHeader,
      },
      create: {
        route: 'POST /tags',
        description: 'Create a tag, or rename the one with the same name',
        params: versioned().extend({ name: z.string().describe('Tag name') }),
        ...inHeader,
      },
    },
  },
  segments: {
    description: 'Saved segments of contacts',
    columns: ['id', 'name', 'person_type', 'count', 'updated_at'],
    actions: {
      list: {
        route: 'GET /segments',
        description: 'List every segment (one response, no paging)',
        params: versioned().extend({
          include_count: z.boolean().default(false).describe('Also return how many contacts each segment holds'),
        }),
        records: 'segments',
        ...inHeader,
      },
      get: {
        route: 'GET /segments/{id}',
        description: 'Fetch one segment by ID',
        params: byId('segment'),
        ...inHeader,
      },
    },
  },
  internal_articles: {
    description: 'Internal knowledge-base articles for the support team',
    columns: ['id', 'title', 'owner_id', 'author_id', 'created_at'],
    actions: {
      create: {
        route: 'POST /internal_articles',
        description: 'Write an internal article (an Intercom API "Unstable" endpoint)',
        params: versioned('Unstable').extend({
          title: z.string().describe('Article title'),
          body: z.string().optional().describe('Article content, as HTML'),
          owner_id: z.number().int().describe('ID of the admin who owns the article'),
          author_id: z.number().int().describe('ID of the admin shown as the author'),
        }),
        ...inHeader,
      },
    },
  },
});
