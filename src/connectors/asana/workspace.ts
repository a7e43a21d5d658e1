import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { color, dataBody, gid, pageParams, paged, unwrapped } from './shared.js';

/** Workspaces, users, teams, tags and attachments. */

const userColumns = ['gid', 'name', 'email'];
const teamColumns = ['gid', 'name', 'description'];
const tagColumns = ['gid', 'name', 'color'];

const tagFields = {
  color,
  notes: z.string().optional().describe('Description of the tag'),
};

export const workspaceEntities = defineEntities({
  workspaces: {
    description: 'Workspaces and organizations the user belongs to',
    columns: ['gid', 'name', 'is_organization'],
    actions: {
      list: {
        route: 'GET /workspaces',
        description: 'List the workspaces visible to the user, page by page',
        params: pageParams,
        ...paged,
      },
      get: {
        route: 'GET /workspaces/{workspace_gid}',
        description: 'Fetch one workspace by GID',
        params: z.object({ workspace_gid: gid('workspace') }),
        ...unwrapped,
      },
    },
  },
  workspace_memberships: {
    description: 'Membership of users in a workspace',
    columns: ['gid', 'name', 'email'],
    actions: {
      create: {
        route: 'POST /workspaces/{workspace_gid}/addUser',
        description: 'Add a user to a workspace or organization',
        params: z.object({ workspace_gid: gid('workspace') }).extend(
          dataBody('membership', { user: z.string().describe('GID or email address of the user to add') }).shape,
        ),
        ...unwrapped,
      },
    },
  },
  users: {
    description: 'Users: people in the workspaces you share',
    columns: userColumns,
    actions: {
      list: {
        route: 'GET /users',
        description: 'List users, optionally of one workspace or team, page by page',
        params: pageParams.extend({
          workspace: z.string().optional().describe('Only users of this workspace GID'),
          team: z.string().optional().describe('Only members of this team GID'),
        }),
        ...paged,
      },
      get: {
        route: 'GET /users/{user_gid}',
        description: 'Fetch one user by GID, or "me" for the token owner',
        params: z.object({ user_gid: z.string().describe('GID of the user, an email address, or "me"') }),
        ...unwrapped,
      },
    },
  },
  workspace_users: {
    description: 'The users of a workspace',
    columns: userColumns,
    actions: {
      list: {
        route: 'GET /workspaces/{workspace_gid}/users',
        description: 'List the users of a workspace, page by page',
        params: pageParams.extend({ workspace_gid: gid('workspace') }),
        ...paged,
      },
    },
  },
  team_users: {
    description: 'The members of a team',
    columns: userColumns,
    actions: {
      list: {
        route: 'GET /teams/{team_gid}/users',
        description: 'List the members of a team, page by page',
        params: pageParams.extend({ team_gid: gid('team') }),
        ...paged,
      },
    },
  },
  teams: {
    description: 'Teams by GID',
    columns: teamColumns,
    actions: {
      get: {
        route: 'GET /teams/{team_gid}',
        description: 'Fetch one team by GID',
        params: z.object({ team_gid: gid('team') }),
        ...unwrapped,
      },
    },
  },
  workspace_teams: {
    description: 'The teams of a workspace (organization)',
    columns: teamColumns,
    actions: {
      list: {
        route: 'GET /workspaces/{workspace_gid}/teams',
        description: 'List the teams of an organization, page by page',
        params: pageParams.extend({ workspace_gid: gid('workspace') }),
        ...paged,
      },
    },
  },
  user_teams: {
    description: 'The teams a user belongs to in one organization',
    columns: teamColumns,
    actions: {
      list: {
        route: 'GET /users/{user_gid}/teams',
        description: 'List the teams of a user in an organization, page by page',
        params: pageParams.extend({
          user_gid: z.string().describe('GID of the user, or "me"'),
          organization: gid('workspace or organization whose teams to list'),
        }),
        ...paged,
      },
    },
  },
  workspace_tags: {
    description: 'The tags of a workspace',
    columns: tagColumns,
    actions: {
      list: {
        route: 'GET /workspaces/{workspace_gid}/tags',
        description: 'List the tags of a workspace, page by page',
        params: pageParams.extend({ workspace_gid: gid('workspace') }),
        ...paged,
      },
      create: {
        route: 'POST /workspaces/{workspace_gid}/tags',
        description: 'Create a tag in a workspace',
        params: z.object({ workspace_gid: gid('workspace') }).extend(
          dataBody('new tag', { name: z.string().describe('Tag name'), ...tagFields }).shape,
        ),
        ...unwrapped,
      },
    },
  },
  tags: {
    description: 'Tags by GID: labels that can be put on tasks',
    columns: tagColumns,
    actions: {
      get: {
        route: 'GET /tags/{tag_gid}',
        description: 'Fetch one tag by GID',
        params: z.object({ tag_gid: gid('tag') }),
        ...unwrapped,
      },
      update: {
        route: 'PUT /tags/{tag_gid}',
        description: 'Change a tag; only the given fields change',
        params: z.object({ tag_gid: gid('tag') }).extend(
          dataBody('tag to change', { name: z.string().optional().describe('New tag name'), ...tagFields }).shape,
        ),
        ...unwrapped,
      },
      delete: {
        route: 'DELETE /tags/{tag_gid}',
        description: 'Delete a tag (it comes off every task)',
        params: z.object({ tag_gid: gid('tag') }),
        ...unwrapped,
        kind: 'destructive',
      },
    },
  },
  attachments: {
    description: 'Files attached to tasks, projects or project briefs',
    columns: ['gid', 'name', 'resource_subtype', 'size', 'created_at'],
    actions: {
      list: {
        route: 'GET /attachments',
        description: 'List the attachments of an object (e.g. a task), page by page',
        params: pageParams.extend({ parent: gid('task, project or project brief whose attachments to list') }),
        ...paged,
      },
      get: {
        route: 'GET /attachments/{attachment_gid}',
        description: 'Fetch one attachment record by GID',
        params: z.object({ attachment_gid: gid('attachment') }),
        ...unwrapped,
      },
      download: {
        route: 'GET /attachments/{attachment_gid}',
        description: 'Download the file of an attachment (its short-lived download_url, on Asana’s storage)',
        params: z.object({ attachment_gid: gid('attachment') }),
        ...unwrapped,
        download: { accept: '*/*', urlFrom: 'data.download_url', hosts: ['https://*.s3.amazonaws.com', 'https://*.asana.com'] },
      },
    },
  },
});
