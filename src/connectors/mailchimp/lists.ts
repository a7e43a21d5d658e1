import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { interestCategoryId, listId, offsetPaged, pageParams, segmentId, sortDir, time } from './shared.js';

/** Audiences (lists) and what hangs off them: members, tags, interests and segments. */

export const listEntities = defineEntities({
  lists: {
    description: 'Audiences (lists) of contacts, with their defaults and statistics',
    columns: ['id', 'name', 'date_created', 'stats.member_count', 'list_rating'],
    actions: {
      list: {
        route: 'GET /lists',
        description: 'List the audiences of the account, page by page',
        params: z.object({
          ...pageParams,
          before_date_created: time('created before'),
          since_date_created: time('created after'),
          before_campaign_last_sent: time('last sent to before'),
          since_campaign_last_sent: time('last sent to after'),
          email: z.string().optional().describe('Only audiences that contain this email address'),
          sort_field: z.enum(['date_created']).optional().describe('Sort by this field'),
          sort_dir: sortDir,
        }),
        ...offsetPaged('lists'),
      },
      get: {
        route: 'GET /lists/{list_id}',
        description: 'Fetch one audience by ID',
        params: z.object({ list_id: listId }),
      },
    },
  },
  list_members: {
    description: 'Contacts of an audience, with their status, merge fields and activity',
    columns: ['id', 'email_address', 'full_name', 'status', 'last_changed'],
    actions: {
      list: {
        route: 'GET /lists/{list_id}/members',
        description: 'List the members of an audience, page by page',
        params: z.object({
          list_id: listId,
          ...pageParams,
          email_type: z.string().optional().describe('Only members who receive this email type ("html" or "text")'),
          status: z
            .enum(['subscribed', 'unsubscribed', 'cleaned', 'pending', 'transactional', 'archived'])
            .optional()
            .describe('Only members with this subscription status'),
          since_timestamp_opt: time('who opted in after'),
          before_timestamp_opt: time('who opted in before'),
          since_last_changed: time('changed after'),
          before_last_changed: time('changed before'),
          unique_email_id: z.string().optional().describe('Only the member with this unique email ID'),
          vip_only: z.boolean().optional().describe('Only VIP members'),
          interest_category_id: z.string().optional().describe('Interest category to filter by (with interest_ids and interest_match)'),
          interest_ids: z.string().optional().describe('Comma-separated interest IDs to filter by'),
          interest_match: z.enum(['any', 'all', 'none']).optional().describe('How the member must match interest_ids'),
          sort_field: z.enum(['timestamp_opt', 'timestamp_signup', 'last_changed']).optional().describe('Sort by this field'),
          sort_dir: sortDir,
        }),
        ...offsetPaged('members'),
      },
      get: {
        route: 'GET /lists/{list_id}/members/{subscriber_hash}',
        description: 'Fetch one member of an audience',
        params: z.object({
          list_id: listId,
          subscriber_hash: z
            .string()
            .describe('MD5 hash of the lowercase email address (an email address or contact ID is also accepted)'),
        }),
      },
    },
  },
  tags: {
    description: 'Tags defined on an audience',
    columns: ['id', 'name'],
    actions: {
      list: {
        route: 'GET /lists/{list_id}/tag-search',
        description: 'List or search the tags of an audience (one response)',
        params: z.object({
          list_id: listId,
          name: z.string().optional().describe('Only tags whose name contains this text'),
        }),
        records: 'tags',
        meta: { total_items: 'total_items', links: '_links' },
      },
    },
  },
  interest_categories: {
    description: 'Interest categories (groups) of an audience',
    columns: ['id', 'title', 'type', 'display_order'],
    actions: {
      list: {
        route: 'GET /lists/{list_id}/interest-categories',
        description: 'List the interest categories of an audience, page by page',
        params: z.object({ list_id: listId, ...pageParams }),
        ...offsetPaged('categories'),
      },
      get: {
        route: 'GET /lists/{list_id}/interest-categories/{interest_category_id}',
        description: 'Fetch one interest category',
        params: z.object({ list_id: listId, interest_category_id: interestCategoryId }),
      },
    },
  },
  interests: {
    description: 'Interests (group names) inside an interest category',
    columns: ['id', 'name', 'subscriber_count', 'display_order'],
    actions: {
      list: {
        route: 'GET /lists/{list_id}/interest-categories/{interest_category_id}/interests',
        description: 'List the interests of a category, page by page',
        params: z.object({ list_id: listId, interest_category_id: interestCategoryId, ...pageParams }),
        ...offsetPaged('interests'),
      },
      get: {
        route: 'GET /lists/{list_id}/interest-categories/{interest_category_id}/interests/{interest_id}',
        description: 'Fetch one interest',
        params: z.object({
          list_id: listId,
          interest_category_id: interestCategoryId,
          interest_id: z.string().describe('Interest ID'),
        }),
      },
    },
  },
  segments: {
    description: 'Segments and tags of an audience (saved, static and fuzzy)',
    columns: ['id', 'name', 'type', 'member_count', 'updated_at'],
    actions: {
      list: {
        route: 'GET /lists/{list_id}/segments',
        description: 'List the segments of an audience, page by page',
        params: z.object({
          list_id: listId,
          ...pageParams,
          type: z.string().optional().describe('Only segments of this type ("saved", "static" or "fuzzy")'),
          since_created_at: time('created after'),
          before_created_at: time('created before'),
          since_updated_at: time('updated after'),
          before_updated_at: time('updated before'),
        }),
        ...offsetPaged('segments'),
      },
      get: {
        route: 'GET /lists/{list_id}/segments/{segment_id}',
        description: 'Fetch one segment',
        params: z.object({ list_id: listId, segment_id: segmentId }),
      },
    },
  },
  segment_members: {
    description: 'Members of a segment',
    columns: ['id', 'email_address', 'status', 'last_changed'],
    actions: {
      list: {
        route: 'GET /lists/{list_id}/segments/{segment_id}/members',
        description: 'List the members of a segment, page by page',
        params: z.object({ list_id: listId, segment_id: segmentId, ...pageParams }),
        ...offsetPaged('members'),
      },
    },
  },
});
