import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { active, listAndGet, sortOrder } from './shared.js';

const access = z.enum(['personal', 'shared', 'account']).optional().describe('Only ones with this access level');
const groupId = z.number().int().optional().describe('Only ones available to this group');
const usageSort = z
  .enum(['alphabetical', 'created_at', 'updated_at', 'usage_1h', 'usage_24h', 'usage_7d'])
  .optional()
  .describe('Sort field (Zendesk default: position)');
const positionSort = z
  .enum(['alphabetical', 'created_at', 'updated_at', 'position'])
  .optional()
  .describe('Sort field');

/** Business rules and account setup: views, macros, triggers, automations, SLA policies, brands. */
export const ruleEntities = defineEntities({
  views: listAndGet({
    path: '/views',
    plural: 'views',
    singular: 'view',
    idParam: 'view_id',
    noun: 'view',
    description: 'Saved ticket lists defined by conditions',
    columns: ['id', 'title', 'active', 'position', 'updated_at'],
    filters: { access, active, group_id: groupId, sort_by: positionSort, sort_order: sortOrder },
  }),
  macros: listAndGet({
    path: '/macros',
    plural: 'macros',
    singular: 'macro',
    idParam: 'macro_id',
    noun: 'macro',
    description: 'Canned sets of ticket changes and replies agents apply in one click',
    columns: ['id', 'title', 'active', 'usage_7d', 'updated_at'],
    filters: {
      access,
      active,
      category: z.number().int().optional().describe('Only macros in this category'),
      group_id: groupId,
      only_viewable: z.boolean().optional().describe('Only macros the user can view'),
      sort_by: positionSort,
      sort_order: sortOrder,
    },
  }),
  triggers: listAndGet({
    path: '/triggers',
    plural: 'triggers',
    singular: 'trigger',
    idParam: 'trigger_id',
    noun: 'trigger',
    description: 'Rules run right after a ticket is created or updated',
    columns: ['id', 'title', 'active', 'position', 'updated_at'],
    filters: {
      active,
      category_id: z.string().optional().describe('Only triggers in this category'),
      sort_by: usageSort,
      sort_order: sortOrder,
    },
  }),
  automations: listAndGet({
    path: '/automations',
    plural: 'automations',
    singular: 'automation',
    idParam: 'automation_id',
    noun: 'automation',
    description: 'Time-based rules run hourly on tickets',
    columns: ['id', 'title', 'active', 'position', 'updated_at'],
    filters: { active, sort_by: usageSort, sort_order: sortOrder },
  }),
  sla_policies: listAndGet({
    path: '/slas/policies',
    plural: 'sla_policies',
    singular: 'sla_policy',
    idParam: 'sla_policy_id',
    noun: 'SLA policy',
    description: 'Service level targets for reply and resolution times',
    columns: ['id', 'title', 'position', 'updated_at'],
    filters: {},
  }),
  brands: listAndGet({
    path: '/brands',
    plural: 'brands',
    singular: 'brand',
    idParam: 'brand_id',
    noun: 'brand',
    description: 'Brands of the account, each with its own subdomain and help center',
    columns: ['id', 'name', 'subdomain', 'active', 'default'],
    filters: {},
  }),
});
