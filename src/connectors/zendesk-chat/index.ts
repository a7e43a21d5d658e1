import { z } from 'zod';
import { bearer, byId, defineConnector, field, listAndGet, paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** Zendesk Chat REST API v2 on https://<subdomain>.zendesk.com/api/v2/chat: read-only, OAuth bearer token. */

const id = (what: string) => z.number().int().describe(`ID of the ${what}`);

/**
 * A settings resource that answers with every record at once (a bare JSON array, no paging) and has a
 * by-ID route: `GET /<plural>` and `GET /<plural>/{<idParam>}`.
 */
function settingsPair<const Id extends string>(path: string, idParam: Id, what: string) {
  return listAndGet({
    path,
    what,
    idParam,
    list: { description: `List every ${what} (one response, no paging)`, params: z.object({}) },
    get: { params: byId(id(what), idParam) },
  });
}

/**
 * The incremental exports: records under `key`, with `next_page` (a full URL that moves `start_time` on)
 * followed by --all. Every page has a next_page; the export ends with a page of fewer records than `limit`.
 */
function incremental(key: string, startTime: string) {
  return {
    params: z.object({
      start_time: z.number().int().optional().describe(startTime),
      limit: z.number().int().min(1).max(1000).default(1000).describe('Records per page, up to 1000'),
      fields: z
        .string()
        .default(`${key}(*)`)
        .describe(`Properties to return, in Zendesk's resource-expansion syntax (default "${key}(*)": everything)`),
    }),
    records: key,
    meta: { next_page: 'next_page', count: 'count' },
    paginate: paginate.nextUrl({ from: 'next_page', sizeParam: 'limit' }),
  } satisfies Partial<ActionDef>;
}

/** `limit` + `since_id` that the agents and bans lists accept (they still answer with everything in one response). */
const sinceParams = (what: string) =>
  z.object({
    limit: z.number().int().min(1).max(100).default(100).describe('Maximum number of records, up to 100'),
    since_id: z.number().int().optional().describe(`Only ${what} with an ID greater than this`),
  });

export default defineConnector({
  name: 'zendesk-chat',
  title: 'Zendesk Chat',
  definitionId: '40d24d0f-b8f9-4fe0-9e6c-b06c0f3f45e4',
  docsUrl: 'https://developer.zendesk.com/api-reference/live-chat/chat-api/introduction/',
  server: 'https://{subdomain}.zendesk.com/api/v2/chat',
  config: {
    subdomain: field('ZENDESK_CHAT_SUBDOMAIN', {
      kind: 'subdomain',
      title: 'Subdomain',
      description: 'The part before .zendesk.com, e.g. "acme" for acme.zendesk.com',
      secret: false,
    }),
  },
  auth: {
    access_token: bearer({
      field: 'access_token',
      env: 'ZENDESK_CHAT_ACCESS_TOKEN',
      title: 'Access token',
      description: 'An OAuth access token with the chat:read scope (Admin Center → Apps and integrations → APIs)',
      secret: true,
      scheme: { title: 'OAuth access token', description: 'An OAuth 2.0 access token from a Zendesk OAuth client, sent as a bearer token' },
    }),
  },
  body: 'json',
  entities: {
    accounts: {
      description: 'The Chat account: its key, status, plan and billing details',
      columns: ['account_key', 'status', 'create_date'],
      actions: {
        get: {
          route: 'GET /account',
          description: 'Fetch the account the token belongs to',
          params: z.object({}),
        },
      },
    },
    agents: {
      description: 'Chat agents with their role, departments, skills and login activity',
      columns: ['id', 'display_name', 'email', 'enabled', 'role_id'],
      actions: {
        list: {
          route: 'GET /agents',
          description: 'List agents (one response, no paging)',
          params: sinceParams('agents'),
        },
        get: {
          route: 'GET /agents/{agent_id}',
          description: 'Fetch one agent by ID',
          params: z.object({ agent_id: id('agent') }),
        },
      },
    },
    agent_timeline: {
      description: 'Agent status changes over time (online, away, invisible) with durations and engagement counts',
      columns: ['agent_id', 'start_time', 'status', 'duration', 'engagement_count'],
      actions: {
        list: {
          route: 'GET /incremental/agent_timeline',
          description: 'Export agent timeline entries from a start time on, page by page',
          ...incremental('agent_timeline', 'Export entries from this time on, as a Unix epoch time in microseconds'),
        },
      },
    },
    bans: {
      description: 'Banned visitors and IP addresses',
      columns: ['id', 'type', 'ip_address', 'visitor_name', 'reason', 'created_at'],
      actions: {
        list: {
          route: 'GET /bans',
          description: 'List IP address and visitor bans as one list (one response, no paging)',
          params: sinceParams('bans'),
          // the API groups bans by kind, { ip_address: [...], visitor: [...] }: every value of every group
          records: '*.*',
        },
        get: {
          route: 'GET /bans/{ban_id}',
          description: 'Fetch one ban by ID',
          params: z.object({ ban_id: id('ban') }),
        },
      },
    },
    chats: {
      description: 'Chat conversations: visitor, agents, department, transcript, rating and timings',
      columns: ['id', 'timestamp', 'department_name', 'duration', 'rating', 'missed'],
      actions: {
        list: {
          route: 'GET /incremental/chats',
          description: 'Export chats created or updated from a start time on, page by page',
          ...incremental('chats', 'Export chats updated from this time on, as a Unix epoch time in seconds (default 0)'),
        },
        get: {
          route: 'GET /chats/{chat_id}',
          description: 'Fetch one chat, with its full history, by ID',
          params: z.object({ chat_id: z.string().describe('ID of the chat') }),
        },
      },
    },
    departments: {
      description: 'Departments that chats are routed to, with their member agents',
      columns: ['id', 'name', 'enabled', 'description'],
      actions: settingsPair('/departments', 'department_id', 'department'),
    },
    goals: {
      description: 'Conversion goals and how chats are credited with them',
      columns: ['id', 'name', 'enabled', 'attribution_model'],
      actions: settingsPair('/goals', 'goal_id', 'goal'),
    },
    roles: {
      description: 'Agent roles and their permissions',
      columns: ['id', 'name', 'enabled', 'members_count'],
      actions: settingsPair('/roles', 'role_id', 'role'),
    },
    routing_settings: {
      description: 'Account-wide chat routing: mode, chat limits, skill routing, reassignment and auto-idle',
      columns: ['routing_mode', 'chat_limit', 'skill_routing'],
      actions: {
        get: {
          route: 'GET /routing_settings/account',
          description: 'Fetch the routing settings of the account',
          params: z.object({}),
          records: 'data',
        },
      },
    },
    shortcuts: {
      description: 'Canned replies agents insert into chats, with their tags and scope',
      columns: ['id', 'name', 'message', 'scope'],
      actions: settingsPair('/shortcuts', 'shortcut_id', 'shortcut'),
    },
    skills: {
      description: 'Skills for skill-based routing, with the agents who have them',
      columns: ['id', 'name', 'enabled', 'description'],
      actions: settingsPair('/skills', 'skill_id', 'skill'),
    },
    triggers: {
      description: 'Automations that act on visitor and chat events',
      columns: ['id', 'name', 'enabled', 'run_once'],
      actions: {
        list: {
          route: 'GET /triggers',
          description: 'List every trigger (one response, no paging)',
          params: z.object({}),
        },
      },
    },
  },
});
