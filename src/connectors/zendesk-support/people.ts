import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { id, listAndGet, paged, pageParams } from './shared.js';

const role = z.enum(['end-user', 'agent', 'admin']).optional();

/** What user create and update share. */
const userFields = {
  email: z.string().optional().describe('Primary email address'),
  role: role.describe('Role'),
  phone: z.string().optional().describe('Primary phone number'),
  organization_id: z.number().int().optional().describe('Organization the user belongs to'),
  external_id: z.string().optional().describe('ID in another system'),
  alias: z.string().optional().describe('Name shown to end users instead of the real name (agents)'),
  notes: z.string().optional().describe('Notes about the user, seen by agents'),
  details: z.string().optional().describe('Details such as an address, seen by agents'),
  tags: z.array(z.string()).optional().describe('Tags (replaces the whole set)'),
  user_fields: z.record(z.string(), z.unknown()).optional().describe('Custom user field values by field key'),
};

/** Users, organizations, groups and who belongs where. */
export const peopleEntities = defineEntities({
  users: {
    description: 'End users, agents and admins',
    columns: ['id', 'name', 'email', 'role', 'active'],
    actions: {
      list: {
        route: 'GET /users.json',
        description: 'List users, page by page',
        params: pageParams.extend({
          role: role.describe('Only users with this role'),
          external_id: z.string().optional().describe('Only the user with this external ID'),
        }),
        ...paged('users'),
      },
      create: {
        route: 'POST /users.json',
        description: 'Create a user (an end user unless role says otherwise)',
        params: z.object({
          user: z
            .object({
              name: z.string().describe('Full name'),
              ...userFields,
              verified: z.boolean().optional().describe('Mark the email as verified, without sending a verification mail'),
            })
            .describe('The new user'),
        }),
        records: 'user',
      },
      get: {
        route: 'GET /users/{user_id}.json',
        description: 'Fetch one user by ID',
        params: z.object({ user_id: id('user') }),
        records: 'user',
      },
      update: {
        route: 'PUT /users/{user_id}.json',
        description: 'Change user properties',
        params: z.object({
          user_id: id('user'),
          user: z
            .object({
              name: z.string().optional().describe('Full name'),
              ...userFields,
              suspended: z.boolean().optional().describe('Suspend (true) or restore (false) access'),
            })
            .describe('Properties to change'),
        }),
        records: 'user',
      },
    },
  },
  organizations: {
    description: 'Companies or teams that users belong to',
    columns: ['id', 'name', 'domain_names', 'created_at'],
    actions: {
      list: {
        route: 'GET /organizations.json',
        description: 'List organizations, page by page',
        params: pageParams,
        ...paged('organizations'),
      },
      get: {
        route: 'GET /organizations/{organization_id}.json',
        description: 'Fetch one organization by ID',
        params: z.object({ organization_id: id('organization') }),
        records: 'organization',
      },
    },
  },
  groups: listAndGet({
    path: '/groups',
    plural: 'groups',
    singular: 'group',
    idParam: 'group_id',
    noun: 'group',
    description: 'Teams of agents that tickets are assigned to',
    columns: ['id', 'name', 'default', 'deleted', 'created_at'],
    filters: { exclude_deleted: z.boolean().optional().describe('Leave deleted groups out') },
  }),
  group_memberships: {
    description: 'Which agents are in which groups',
    columns: ['id', 'user_id', 'group_id', 'default'],
    actions: {
      list: {
        route: 'GET /group_memberships.json',
        description: 'List group memberships, page by page',
        params: pageParams,
        ...paged('group_memberships'),
      },
    },
  },
  organization_memberships: {
    description: 'Which users are in which organizations',
    columns: ['id', 'user_id', 'organization_id', 'default'],
    actions: {
      list: {
        route: 'GET /organization_memberships.json',
        description: 'List organization memberships, page by page',
        params: pageParams,
        ...paged('organization_memberships'),
      },
    },
  },
});
