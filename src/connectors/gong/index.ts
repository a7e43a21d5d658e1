import { z } from 'zod';
import { basic, defineConnector, field, oauth2 } from '../kit.js';
import { callEntities } from './calls.js';
import { cursor, cursorPaged, workspaceId } from './shared.js';
import { statsEntities } from './stats.js';

/** Gong API v2, read-only: users, calls and transcripts, activity statistics, settings and the call library. */
export default defineConnector({
  name: 'gong',
  title: 'Gong',
  definitionId: '32382e40-3b49-4b99-9c5c-4076501914e7',
  docsUrl: 'https://gong.app.gong.io/settings/api/documentation',
  server: 'https://api.gong.io',
  auth: {
    access_key: basic({
      title: 'Access key',
      description: 'An API access key and its secret, sent as basic auth',
      fields: {
        access_key: field('GONG_ACCESS_KEY', { title: 'Access key', description: 'Company settings → Ecosystem → API', secret: false }),
        access_key_secret: field('GONG_ACCESS_KEY_SECRET', { title: 'Access key secret', secret: true }),
      },
      username: 'access_key',
      password: 'access_key_secret',
    }),
    oauth2: oauth2({
      title: 'OAuth 2.0',
      description: 'A Gong OAuth app installation; access tokens are refreshed automatically',
      tokenUrl: 'https://app.gong.io/oauth2/generate-customer-token',
      clientAuth: 'basic',
      fields: {
        client_id: field('GONG_CLIENT_ID', { title: 'Client ID', secret: false }),
        client_secret: field('GONG_CLIENT_SECRET', { title: 'Client secret', secret: true }),
        refresh_token: field('GONG_REFRESH_TOKEN', {
          title: 'Refresh token',
          description: 'Single use: each refresh returns a new one, saved only for stored connectors',
          secret: true,
        }),
        access_token: field('GONG_OAUTH_ACCESS_TOKEN', {
          title: 'Access token',
          description: 'A current access token; fetched with the refresh token when absent or expired',
          secret: true,
          optional: true,
        }),
      },
    }),
  },
  body: 'json',
  entities: {
    users: {
      description: 'Gong users of the company, with their manager and settings',
      columns: ['id', 'emailAddress', 'firstName', 'lastName', 'title', 'active'],
      actions: {
        list: {
          route: 'GET /v2/users',
          description: 'List all users, page by page',
          params: z.object({ cursor }),
          ...cursorPaged('users'),
        },
        get: {
          route: 'GET /v2/users/{id}',
          description: 'Fetch one user by ID',
          params: z.object({ id: z.string().describe('Gong user ID') }),
          records: 'user',
        },
      },
    },
    ...callEntities,
    workspaces: {
      description: 'Workspaces of the company',
      columns: ['id', 'name', 'description'],
      actions: {
        list: { route: 'GET /v2/workspaces', description: 'List all workspaces (one response, no paging)', records: 'workspaces' },
      },
    },
    ...statsEntities,
    settings_scorecards: {
      description: 'Scorecard definitions and their questions',
      columns: ['scorecardId', 'scorecardName', 'workspaceId', 'enabled', 'updated'],
      actions: {
        list: {
          route: 'GET /v2/settings/scorecards',
          description: 'List the scorecard definitions (one response, no paging)',
          params: z.object({ workspaceId }),
          records: 'scorecards',
        },
      },
    },
    settings_trackers: {
      description: 'Keyword trackers: the words and phrases Gong spots in calls',
      columns: ['trackerId', 'trackerName', 'workspaceId', 'affiliation', 'updated'],
      actions: {
        list: {
          route: 'GET /v2/settings/trackers',
          description: 'List the keyword trackers (one response, no paging)',
          params: z.object({ workspaceId }),
          records: 'keywordTrackers',
        },
      },
    },
    library_folders: {
      description: 'Folders of the public call library',
      columns: ['id', 'name', 'parentFolderId', 'updated'],
      actions: {
        list: {
          route: 'GET /v2/library/folders',
          description: 'List the library folders of a workspace (one response, no paging)',
          params: z.object({ workspaceId: z.string().describe('Workspace ID (see `workspaces list`)') }),
          records: 'folders',
        },
      },
    },
    library_folder_content: {
      description: 'Calls saved in a library folder',
      columns: ['callId', 'title', 'started', 'duration', 'primaryUserId'],
      actions: {
        list: {
          route: 'GET /v2/library/folder-content',
          description: 'List the calls of one library folder, page by page',
          params: z.object({ folderId: z.string().describe('Library folder ID (see `library_folders list`)'), cursor }),
          ...cursorPaged('calls'),
        },
      },
    },
    coaching: {
      description: 'Coaching metrics of a manager and their direct reports',
      columns: ['userId', 'userEmailAddress', 'userName', 'isManager'],
      actions: {
        list: {
          route: 'GET /v2/coaching',
          description: 'Coaching metrics (calls listened to, feedback, scorecards) of a manager and team over a period (one response)',
          params: z.object({
            'workspace-id': z.string().describe('Workspace ID'),
            'manager-id': z.string().describe('User ID of the manager'),
            from: z.string().default('2024-01-01T00:00:00Z').describe('Start of the period (ISO 8601)'),
            to: z.string().default('2025-01-01T00:00:00Z').describe('End of the period (ISO 8601)'),
          }),
          records: 'coachingData',
        },
      },
    },
  },
});
