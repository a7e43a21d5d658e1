import { z } from 'zod';
import { paginate, defineEntities } from '../kit.js';
import { expand, offsetPaged, offsetParams } from './shared.js';

const sortable = (...fields: string[]) => fields.flatMap((f) => [f, `-${f}`, `+${f}`]) as [string, ...string[]];

/** Projects, users and the field catalogue of the site. */
export const directoryEntities = defineEntities({
  projects: {
    description: 'Projects that group issues, with their lead, type and category',
    columns: ['id', 'key', 'name', 'projectTypeKey', 'style'],
    actions: {
      api_search: {
        route: 'GET /rest/api/3/project/search',
        description: 'Find projects visible to the user by key or name text, type, category or IDs',
        params: offsetParams(100).extend({
          orderBy: z
            .enum([...sortable('category', 'key', 'name', 'owner', 'issueCount', 'lastIssueUpdatedDate', 'archivedDate', 'deletedDate')])
            .optional()
            .describe('Sort field; prefix - for descending (Jira default key)'),
          id: z.array(z.number().int()).optional().describe('Only these project IDs (up to 50)'),
          keys: z.array(z.string()).optional().describe('Only these project keys (up to 50)'),
          query: z.string().optional().describe('Text matched against project key and name, case-insensitive'),
          typeKey: z.string().optional().describe('Comma-separated project types: business, service_desk, software'),
          categoryId: z.number().int().optional().describe('Only projects in this category'),
          action: z
            .enum(['view', 'browse', 'edit', 'create'])
            .optional()
            .describe('Only projects where the user has this permission (Jira default view)'),
          expand: expand('description, projectKeys, lead, issueTypes, url, insight'),
          status: z
            .array(z.enum(['live', 'archived', 'deleted']))
            .optional()
            .describe('Only projects in these states (Jira default live)'),
        }),
        ...offsetPaged('values', { nextPage: 'nextPage', total: 'total' }),
      },
      get: {
        route: 'GET /rest/api/3/project/{projectIdOrKey}',
        description: 'Fetch one project by key or ID',
        params: z.object({
          projectIdOrKey: z.string().describe('Project key or ID, e.g. "PROJ" or "10000"'),
          expand: expand('description, projectKeys, lead, issueTypes, url, insight'),
          properties: z.string().optional().describe('Comma-separated project property keys to return'),
        }),
      },
    },
  },
  users: {
    description: 'Atlassian accounts: people, apps and customers',
    columns: ['accountId', 'displayName', 'emailAddress', 'accountType', 'active'],
    actions: {
      get: {
        route: 'GET /rest/api/3/user',
        description: 'Fetch one user by account ID',
        params: z.object({
          accountId: z.string().describe('Atlassian account ID'),
          expand: expand('groups, applicationRoles'),
        }),
      },
      list: {
        route: 'GET /rest/api/3/users',
        description: 'List users of the site, one page per call (pass startAt for the next page)',
        params: offsetParams(1000),
      },
      api_search: {
        route: 'GET /rest/api/3/user/search',
        description: 'Find users whose display name or email matches a text',
        params: z.object({
          query: z.string().optional().describe('Text matched against display name and email address'),
          ...offsetParams(1000, 50).shape,
          accountId: z.string().optional().describe('Only this account ID'),
          property: z.string().optional().describe('User property filter, e.g. "key.nested=value"'),
        }),
        paginate: paginate.offset({ param: 'startAt', limitParam: 'maxResults' }),
      },
    },
  },
  issue_fields: {
    description: 'System and custom issue fields of the site',
    columns: ['id', 'name', 'custom', 'schema.type'],
    actions: {
      list: {
        route: 'GET /rest/api/3/field',
        description: 'List every system and custom field (one response, no paging)',
      },
      api_search: {
        route: 'GET /rest/api/3/field/search',
        description: 'Find fields by name text, type or ID',
        params: offsetParams(100).extend({
          type: z.array(z.enum(['custom', 'system'])).optional().describe('Only custom or only system fields'),
          id: z.array(z.string()).optional().describe('Only these field IDs, e.g. ["customfield_10010"]'),
          query: z.string().optional().describe('Text matched against field names and descriptions'),
          orderBy: z
            .enum([...sortable('contextsCount', 'lastUsed', 'name', 'screensCount')])
            .optional()
            .describe('Sort field; prefix - for descending'),
          expand: expand('key, lastUsed, screensCount, contextsCount, isLocked, searcherKey'),
        }),
        ...offsetPaged('values', { total: 'total', isLast: 'isLast' }),
      },
    },
  },
});
