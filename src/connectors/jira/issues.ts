import { z } from 'zod';
import { paginate, defineEntities } from '../kit.js';
import { adf, expand, issueIdOrKey, notifyUsers, offsetPaged, offsetParams, visibility } from './shared.js';

const csv = (what: string) => z.string().optional().describe(what);
const fieldList = csv('Comma-separated fields to return, e.g. "summary,status,assignee" ("*all" for every field)');
const propertyList = csv('Comma-separated issue property keys to return');
const fieldsByKeys = z.boolean().optional().describe('fields names field keys rather than field IDs');
const failFast = z.boolean().optional().describe('Fail early when some field data cannot be read');
const idOrName = (what: string) =>
  z
    .object({ id: z.string().optional().describe(`${what} ID`), name: z.string().optional().describe(`${what} name`) })
    .describe(`${what}, by id or name`);
const accountRef = z
  .object({ accountId: z.string().optional().describe('Atlassian account ID') })
  .describe('User, by account ID');
const operations = z
  .record(z.string(), z.array(z.record(z.string(), z.unknown())))
  .optional()
  .describe('Field operations by field, e.g. {"labels":[{"add":"urgent"}]}');
const historyFlag = z.boolean().optional().describe("Add the issue to the user's recently viewed history");
const comment = z.object({ body: adf('Comment text') });

/** Issue fields: the common ones typed, custom fields (customfield_NNNNN) passed through. */
const issueFields = z.looseObject({
  summary: z.string().describe('One-line summary'),
  project: z
    .object({ id: z.string().optional().describe('Project ID'), key: z.string().optional().describe('Project key') })
    .describe('Project, by id or key'),
  issuetype: idOrName('Issue type'),
  description: adf('Description').optional(),
  priority: idOrName('Priority').optional(),
  assignee: accountRef.optional(),
  labels: z.array(z.string()).optional().describe('Labels'),
  parent: z.object({ key: z.string().optional().describe('Parent issue key') }).optional().describe('Parent issue (sub-tasks, epics)'),
});

export const issueEntities = defineEntities({
  issues: {
    description: 'Issues: summary, status, assignee, priority and every other field',
    columns: ['key', 'fields.summary', 'fields.status.name', 'fields.assignee.displayName', 'fields.updated'],
    actions: {
      api_search: {
        route: 'GET /rest/api/3/search/jql',
        description: 'Find issues with JQL, e.g. "project = PROJ AND status = Open ORDER BY created DESC"',
        params: z.object({
          jql: z.string().optional().describe('JQL query (Jira Cloud wants it bounded, e.g. by project)'),
          nextPageToken: z.string().optional().describe('nextPageToken of the previous page'),
          maxResults: z.number().int().min(1).optional().describe('Issues per page'),
          fields: fieldList,
          expand: expand('renderedFields, names, schema, transitions, operations, editmeta, changelog'),
          properties: propertyList,
          fieldsByKeys,
          failFast,
        }),
        records: 'issues',
        meta: { nextPageToken: 'nextPageToken', isLast: 'isLast', total: 'total' },
        paginate: paginate.cursor({ param: 'nextPageToken', from: 'nextPageToken' }),
        // Jira returns up to 5000 issues a page when only ids are asked for, fewer with every field
        pageSize: { param: 'maxResults', max: 100 },
      },
      create: {
        route: 'POST /rest/api/3/issue',
        description: 'Create an issue (or sub-task); returns its id and key',
        params: z.object({
          updateHistory: historyFlag,
          fields: issueFields.describe('Field values; summary, project and issuetype are required'),
          update: operations,
        }),
        in: { updateHistory: 'query' },
      },
      get: {
        route: 'GET /rest/api/3/issue/{issueIdOrKey}',
        description: 'Fetch one issue by key or ID',
        params: z.object({
          issueIdOrKey,
          fields: fieldList,
          expand: expand('renderedFields, names, schema, transitions, editmeta, changelog'),
          properties: propertyList,
          fieldsByKeys,
          updateHistory: historyFlag,
          failFast,
        }),
      },
      update: {
        route: 'PUT /rest/api/3/issue/{issueIdOrKey}',
        description: 'Edit the fields of an issue (Jira answers 204 unless returnIssue is set)',
        params: z.object({
          issueIdOrKey,
          notifyUsers,
          overrideScreenSecurity: z.boolean().optional().describe('Allow editing fields hidden from the screen (admin)'),
          overrideEditableFlag: z.boolean().optional().describe('Allow editing in a non-editable workflow status (admin)'),
          returnIssue: z.boolean().optional().describe('Answer with the updated issue'),
          expand: expand('with returnIssue: renderedFields, names, schema, transitions, changelog'),
          fields: z
            .looseObject({
              summary: z.string().optional().describe('One-line summary'),
              description: adf('Description').optional(),
              priority: idOrName('Priority').optional(),
              assignee: accountRef.optional(),
              labels: z.array(z.string()).optional().describe('Labels (replaces the set)'),
            })
            .optional()
            .describe('Field values to set; custom fields by their customfield_NNNNN ID'),
          update: operations,
          transition: z
            .object({ id: z.string().optional().describe('Transition ID') })
            .optional()
            .describe('Workflow transition to perform with the edit'),
        }),
        in: {
          notifyUsers: 'query',
          overrideScreenSecurity: 'query',
          overrideEditableFlag: 'query',
          returnIssue: 'query',
          expand: 'query',
        },
      },
      delete: {
        route: 'DELETE /rest/api/3/issue/{issueIdOrKey}',
        description: 'Delete an issue (and with deleteSubtasks its sub-tasks)',
        params: z.object({
          issueIdOrKey,
          deleteSubtasks: z.boolean().optional().describe('Also delete the sub-tasks; needed when there are any'),
        }),
        kind: 'destructive',
      },
    },
  },
  issues_assignee: {
    description: 'The assignee of an issue',
    columns: ['accountId'],
    actions: {
      update: {
        route: 'PUT /rest/api/3/issue/{issueIdOrKey}/assignee',
        description: 'Assign an issue to a user; null unassigns, "-1" picks the project default',
        params: z.object({
          issueIdOrKey,
          accountId: z.string().nullable().optional().describe('Account ID of the new assignee, null to unassign'),
        }),
      },
    },
  },
  issue_transitions: {
    description: 'Workflow transitions that move an issue between statuses',
    columns: ['id', 'name', 'to.name', 'isAvailable'],
    actions: {
      list: {
        route: 'GET /rest/api/3/issue/{issueIdOrKey}/transitions',
        description: 'List the transitions the user can perform on an issue now (one response, no paging)',
        params: z.object({
          issueIdOrKey,
          expand: expand('transitions.fields'),
          transitionId: z.string().optional().describe('Only this transition'),
          skipRemoteOnlyCondition: z.boolean().optional().describe('Ignore conditions that need remote data'),
          includeUnavailableTransitions: z.boolean().optional().describe('Also list transitions whose conditions fail'),
          sortByOpsBarAndStatus: z.boolean().optional().describe('Order as the issue view shows them'),
        }),
        records: 'transitions',
      },
      create: {
        route: 'POST /rest/api/3/issue/{issueIdOrKey}/transitions',
        description: 'Move an issue through a workflow transition, optionally setting fields on the way',
        params: z.object({
          issueIdOrKey,
          transition: z.object({ id: z.string().describe('Transition ID (from issue_transitions list)') }).describe('Transition to perform'),
          fields: z.record(z.string(), z.unknown()).optional().describe('Fields to set on the transition screen, e.g. resolution'),
          update: operations,
          historyMetadata: z.record(z.string(), z.unknown()).optional().describe('Extra data for the change history'),
        }),
      },
    },
  },
  issue_links: {
    description: 'Links between two issues, e.g. "blocks" or "relates to"',
    columns: ['id', 'type.name'],
    actions: {
      create: {
        route: 'POST /rest/api/3/issueLink',
        description: 'Link two issues with a link type, optionally commenting on the inward issue',
        params: z.object({
          type: z
            .object({
              name: z.string().optional().describe('Link type name, e.g. "Blocks"'),
              id: z.string().optional().describe('Link type ID'),
              inward: z.string().optional().describe('Inward description, e.g. "is blocked by"'),
              outward: z.string().optional().describe('Outward description, e.g. "blocks"'),
            })
            .describe('Link type, by name or id'),
          inwardIssue: z
            .object({ key: z.string().describe('Issue key'), id: z.string().optional().describe('Issue ID') })
            .describe('Issue on the inward side (e.g. the blocked one)'),
          outwardIssue: z
            .object({ key: z.string().describe('Issue key'), id: z.string().optional().describe('Issue ID') })
            .describe('Issue on the outward side (e.g. the blocking one)'),
          comment: comment.optional().describe('Comment added to the inward issue'),
        }),
      },
    },
  },
  issue_comments: {
    description: 'Comments on an issue',
    columns: ['id', 'author.displayName', 'created', 'updated'],
    actions: {
      list: {
        route: 'GET /rest/api/3/issue/{issueIdOrKey}/comment',
        description: 'List the comments of an issue',
        params: z
          .object({ issueIdOrKey })
          .extend(offsetParams(undefined).shape)
          .extend({
            orderBy: z.enum(['created', '-created', '+created']).optional().describe('Order by creation date (- newest first)'),
            expand: expand('renderedBody, properties'),
          }),
        ...offsetPaged('comments', { next_offset: 'startAt', max_results: 'maxResults', total: 'total' }),
      },
      create: {
        route: 'POST /rest/api/3/issue/{issueIdOrKey}/comment',
        description: 'Add a comment to an issue',
        params: z.object({
          issueIdOrKey,
          expand: expand('renderedBody'),
          body: adf('Comment text'),
          visibility,
          properties: z
            .array(z.object({ key: z.string().describe('Property key'), value: z.unknown().describe('Property value') }))
            .optional()
            .describe('Entity properties to store on the comment'),
        }),
        in: { expand: 'query' },
      },
      get: {
        route: 'GET /rest/api/3/issue/{issueIdOrKey}/comment/{commentId}',
        description: 'Fetch one comment of an issue',
        params: z.object({ issueIdOrKey, commentId: z.string().describe('Comment ID'), expand: expand('renderedBody, properties') }),
      },
      update: {
        route: 'PUT /rest/api/3/issue/{issueIdOrKey}/comment/{commentId}',
        description: 'Replace the text (and visibility) of a comment',
        params: z.object({
          issueIdOrKey,
          commentId: z.string().describe('Comment ID'),
          notifyUsers,
          expand: expand('renderedBody'),
          body: adf('New comment text'),
          visibility,
        }),
        in: { notifyUsers: 'query', expand: 'query' },
      },
      delete: {
        route: 'DELETE /rest/api/3/issue/{issueIdOrKey}/comment/{commentId}',
        description: 'Delete a comment',
        params: z.object({ issueIdOrKey, commentId: z.string().describe('Comment ID') }),
        kind: 'destructive',
      },
    },
  },
  issue_worklogs: {
    description: 'Time logged against an issue',
    columns: ['id', 'author.displayName', 'started', 'timeSpent'],
    actions: {
      list: {
        route: 'GET /rest/api/3/issue/{issueIdOrKey}/worklog',
        description: 'List the worklogs of an issue',
        params: z.object({ issueIdOrKey }).extend(offsetParams(undefined).shape).extend({ expand: expand('properties') }),
        ...offsetPaged('worklogs', { next_offset: 'startAt', max_results: 'maxResults', total: 'total' }),
      },
      get: {
        route: 'GET /rest/api/3/issue/{issueIdOrKey}/worklog/{worklogId}',
        description: 'Fetch one worklog of an issue',
        params: z.object({ issueIdOrKey, worklogId: z.string().describe('Worklog ID'), expand: expand('properties') }),
      },
      create: {
        route: 'POST /rest/api/3/issue/{issueIdOrKey}/worklog',
        description: 'Log time on an issue (give timeSpent or timeSpentSeconds)',
        params: z.object({
          issueIdOrKey,
          notifyUsers,
          adjustEstimate: z
            .enum(['new', 'leave', 'manual', 'auto'])
            .optional()
            .describe('How the remaining estimate changes (Jira default auto: reduced by the time spent)'),
          timeSpentSeconds: z.number().int().optional().describe('Time spent in seconds'),
          timeSpent: z.string().optional().describe('Time spent as Jira duration text, e.g. "2h 30m"'),
          started: z.string().optional().describe('When the work started, e.g. "2026-01-15T09:00:00.000+0000"'),
          comment: adf('Worklog comment').optional(),
          visibility,
        }),
        in: { notifyUsers: 'query', adjustEstimate: 'query' },
      },
    },
  },
});
