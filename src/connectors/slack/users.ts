import { z } from 'zod';
import type { EntityDef } from '../../lib/engine/types.js';
import { cursorList, pageParams } from './shared.js';

export const users = {
  description: 'Members of the workspace, including bots and deactivated accounts',
  columns: ['id', 'name', 'real_name', 'is_admin', 'is_bot', 'deleted'],
  actions: {
    list: {
      route: 'GET /users.list',
      description: 'List workspace members, page by page',
      params: pageParams(200),
      ...cursorList('members'),
    },
    get: {
      route: 'GET /users.info',
      description: 'Fetch one member by user ID',
      params: z.object({ user: z.string().describe('User ID (e.g. U0123456789)') }),
      records: 'user',
    },
  },
} satisfies EntityDef;
