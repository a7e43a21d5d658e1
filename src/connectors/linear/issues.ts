import { z } from 'zod';
import { defineEntities } from '../kit.js';
import {
  COMMENT_FIELDS,
  COMMENT_GET_FIELDS,
  ISSUE_FIELDS,
  ISSUE_PAYLOAD_FIELDS,
  connection,
  fields,
  gqlGet,
  gqlList,
  gqlMutation,
  id,
  operation,
  pageParams,
  pageVars,
} from './shared.js';

/** Issues and the comments on them. */

const LIST_ISSUES = `query listIssues($first: Int, $after: String) {
  issues(first: $first, after: $after) { ${connection} }
}`;

const GET_ISSUE = `query getIssue($id: String!) {
  issue(id: $id) { {{fields}} }
}`;

const CREATE_ISSUE = `mutation createIssue($teamId: String!, $title: String!, $description: String, $stateId: String, $priority: Int, $projectId: String) {
  issueCreate(input: { teamId: $teamId, title: $title, description: $description, stateId: $stateId, priority: $priority, projectId: $projectId }) {
    success issue { {{fields}} }
  }
}`;

const UPDATE_ISSUE = `mutation updateIssue($id: String!, $title: String, $description: String, $stateId: String, $priority: Int, $assigneeId: String, $projectId: String) {
  issueUpdate(id: $id, input: { title: $title, description: $description, stateId: $stateId, priority: $priority, assigneeId: $assigneeId, projectId: $projectId }) {
    success issue { {{fields}} }
  }
}`;

const LIST_COMMENTS = `query listComments($issueId: String!, $first: Int, $after: String) {
  issue(id: $issueId) {
    comments(first: $first, after: $after) { ${connection} }
  }
}`;

const GET_COMMENT = `query getComment($id: String!) {
  comment(id: $id) { {{fields}} }
}`;

const CREATE_COMMENT = `mutation createComment($issueId: String!, $body: String!) {
  commentCreate(input: { issueId: $issueId, body: $body }) { success comment { {{fields}} } }
}`;

const UPDATE_COMMENT = `mutation updateComment($id: String!, $body: String!) {
  commentUpdate(id: $id, input: { body: $body }) { success comment { {{fields}} } }
}`;

const priority = z
  .number()
  .int()
  .min(0)
  .max(4)
  .optional()
  .describe('Priority: 0 none, 1 urgent, 2 high, 3 medium, 4 low');
const description = z.string().optional().describe('Issue description, in Markdown');
const stateId = z.string().optional().describe('ID of the workflow state to put the issue in (see workflow_states list)');

const issueVars = { title: 'title', description: 'description', stateId: 'stateId', priority: 'priority', projectId: 'projectId' } as const;

export const issueEntities = defineEntities({
  issues: {
    description: 'Issues: bugs, features and tasks with their state, priority, assignee, team and project',
    columns: ['id', 'title', 'priority', 'createdAt', 'updatedAt'],
    actions: {
      list: {
        ...gqlList('data.issues'),
        description: 'List the issues of the workspace, page by page',
        params: operation('listIssues').extend(pageParams.shape),
        graphql: { query: LIST_ISSUES, variables: pageVars, defaultFields: ISSUE_FIELDS },
      },
      get: {
        ...gqlGet('data.issue'),
        description: 'Fetch one issue by ID or identifier (e.g. "ENG-123")',
        params: operation('getIssue').extend({ id: id('issue'), fields }),
        graphql: { query: GET_ISSUE, variables: { id: 'id' }, defaultFields: ISSUE_FIELDS },
      },
      create: {
        ...gqlMutation('data.issueCreate'),
        description: 'Create an issue in a team, optionally with a state, priority and project',
        params: operation('createIssue').extend({
          teamId: z.string().describe('ID of the team the issue belongs to (see teams list)'),
          title: z.string().describe('Issue title'),
          description,
          stateId,
          priority,
          projectId: z.string().optional().describe('ID of the project to add the issue to (see projects list)'),
          fields,
        }),
        graphql: { query: CREATE_ISSUE, variables: { teamId: 'teamId', ...issueVars }, defaultFields: ISSUE_PAYLOAD_FIELDS },
      },
      update: {
        ...gqlMutation('data.issueUpdate'),
        description: 'Change an issue; only the given fields change. Pass null as assigneeId or projectId to clear it',
        params: operation('updateIssue').extend({
          id: id('issue to change'),
          title: z.string().optional().describe('New title'),
          description,
          stateId,
          priority,
          assigneeId: z
            .string()
            .nullable()
            .optional()
            .describe('ID of the user to assign (see users list); null unassigns, omit to keep the assignee'),
          projectId: z
            .string()
            .nullable()
            .optional()
            .describe('ID of the project to move the issue to; null removes it from its project'),
          fields,
        }),
        graphql: {
          query: UPDATE_ISSUE,
          variables: { id: 'id', ...issueVars, assigneeId: 'assigneeId' },
          defaultFields: ISSUE_PAYLOAD_FIELDS,
        },
      },
    },
  },
  comments: {
    description: 'Comments on issues, with their author',
    columns: ['id', 'body', 'createdAt', 'updatedAt'],
    actions: {
      list: {
        ...gqlList('data.issue.comments'),
        description: 'List the comments of one issue, page by page',
        params: operation('listComments').extend({ issueId: id('issue whose comments to list'), ...pageParams.shape }),
        graphql: { query: LIST_COMMENTS, variables: { issueId: 'issueId', ...pageVars }, defaultFields: COMMENT_FIELDS },
      },
      get: {
        ...gqlGet('data.comment'),
        description: 'Fetch one comment by ID, with the issue it belongs to',
        params: operation('getComment').extend({ id: id('comment'), fields }),
        graphql: { query: GET_COMMENT, variables: { id: 'id' }, defaultFields: COMMENT_GET_FIELDS },
      },
      create: {
        ...gqlMutation('data.commentCreate'),
        description: 'Add a comment to an issue',
        params: operation('createComment').extend({
          issueId: id('issue to comment on'),
          body: z.string().describe('Comment text, in Markdown'),
          fields,
        }),
        graphql: { query: CREATE_COMMENT, variables: { issueId: 'issueId', body: 'body' }, defaultFields: COMMENT_FIELDS },
      },
      update: {
        ...gqlMutation('data.commentUpdate'),
        description: 'Replace the text of a comment',
        params: operation('updateComment').extend({
          id: id('comment to change'),
          body: z.string().describe('New comment text, in Markdown'),
          fields,
        }),
        graphql: { query: UPDATE_COMMENT, variables: { id: 'id', body: 'body' }, defaultFields: COMMENT_FIELDS },
      },
    },
  },
});
