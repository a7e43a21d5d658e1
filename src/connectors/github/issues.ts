import { z } from 'zod';
import { defineEntities } from '../kit.js';
import {
  COMMENT_FIELDS,
  connection,
  fields,
  gqlGet,
  gqlList,
  nodeId,
  number,
  owner,
  pageParams,
  pageVars,
  repo,
  repoParams,
  repoVars,
  searchParams,
  searchVars,
} from './shared.js';

/** Issues and what hangs off them: comments, labels, milestones; plus repository discussions. */

const LIST_ISSUES = `query ListIssues($owner: String!, $name: String!, $first: Int!, $after: String, $states: [IssueState!]) {
  repository(owner: $owner, name: $name) {
    issues(first: $first, after: $after, states: $states, orderBy: {field: CREATED_AT, direction: DESC}) {
      ${connection()}
    }
  }
}`;

const GET_ISSUE = `query GetIssue($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) { {{fields}} }
  }
}`;

const SEARCH_ISSUES = `query SearchIssues($searchQuery: String!, $first: Int!, $after: String) {
  search(query: $searchQuery, type: ISSUE, first: $first, after: $after) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes { ... on Issue { {{fields}} } }
  }
}`;

const LIST_COMMENTS = `query ListComments($owner: String!, $name: String!, $number: Int!, $first: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) {
      comments(first: $first, after: $after) { ${connection()} }
    }
  }
}`;

const GET_COMMENT = `query GetComment($id: ID!) {
  node(id: $id) { ... on IssueComment { {{fields}} } }
}`;

const LIST_LABELS = `query ListLabels($owner: String!, $name: String!, $first: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    labels(first: $first, after: $after) { ${connection()} }
  }
}`;

const GET_LABEL = `query GetLabel($owner: String!, $repoName: String!, $labelName: String!) {
  repository(owner: $owner, name: $repoName) {
    label(name: $labelName) { {{fields}} }
  }
}`;

const LIST_MILESTONES = `query ListMilestones($owner: String!, $name: String!, $first: Int!, $after: String, $states: [MilestoneState!]) {
  repository(owner: $owner, name: $name) {
    milestones(first: $first, after: $after, states: $states, orderBy: {field: CREATED_AT, direction: DESC}) {
      ${connection()}
    }
  }
}`;

const GET_MILESTONE = `query GetMilestone($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    milestone(number: $number) { {{fields}} }
  }
}`;

const LIST_DISCUSSIONS = `query ListDiscussions($owner: String!, $name: String!, $first: Int!, $after: String, $states: [DiscussionState!], $answered: Boolean) {
  repository(owner: $owner, name: $name) {
    discussions(first: $first, after: $after, states: $states, answered: $answered, orderBy: {field: CREATED_AT, direction: DESC}) {
      ${connection()}
    }
  }
}`;

const GET_DISCUSSION = `query GetDiscussion($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    discussion(number: $number) { {{fields}} }
  }
}`;

const SEARCH_DISCUSSIONS = `query SearchDiscussions($searchQuery: String!, $first: Int!, $after: String) {
  search(query: $searchQuery, type: DISCUSSION, first: $first, after: $after) {
    discussionCount
    pageInfo { hasNextPage endCursor }
    nodes { ... on Discussion { {{fields}} } }
  }
}`;

const ISSUE_TAIL =
  'state stateReason createdAt updatedAt closedAt author { login avatarUrl } assignees(first: 10) { nodes { login } } ' +
  'labels(first: 10) { nodes { name color } } milestone { title number } url locked comments { totalCount }';
const ISSUE_FIELDS = `id databaseId number title body ${ISSUE_TAIL}`;
const ISSUE_GET_FIELDS = `id databaseId number title body bodyHTML ${ISSUE_TAIL}`;
const LABEL_FIELDS = 'id name color description createdAt url issues { totalCount } pullRequests { totalCount }';
const MILESTONE_FIELDS =
  'id number title description state dueOn closedAt createdAt updatedAt progressPercentage ' +
  'issues { totalCount } pullRequests { totalCount }';
const DISCUSSION_TAIL =
  'createdAt updatedAt closedAt closed locked activeLockReason stateReason upvoteCount url isAnswered answerChosenAt ' +
  'author { login avatarUrl } category { id name slug emoji isAnswerable } answerChosenBy { login } ' +
  'answer { id body author { login } createdAt } labels(first: 10) { nodes { name color } } comments { totalCount }';
const DISCUSSION_FIELDS = `id databaseId number title body bodyHTML ${DISCUSSION_TAIL}`;
const DISCUSSION_SEARCH_FIELDS = `id databaseId number title body ${DISCUSSION_TAIL.replace('activeLockReason ', '')}`;

const openClosed = (what: string) =>
  z.array(z.enum(['OPEN', 'CLOSED'])).optional().describe(`Only ${what} in these states (default: all)`);

/** The REST routes take `{owner}/{repo}/issues/{issue_number}`. */
const restIssue = z.object({
  owner,
  repo,
  issue_number: z.number().int().describe('Number of the issue (or pull request)'),
});

const logins = (what: string) => z.array(z.string()).optional().describe(what);

export const issueEntities = defineEntities({
  issues: {
    description: 'Issues of a repository: state, author, assignees, labels and milestone',
    columns: ['number', 'title', 'state', 'createdAt', 'updatedAt'],
    actions: {
      list: {
        ...gqlList('data.repository.issues'),
        description: 'List the issues of a repository, newest first',
        params: repoParams.extend({ states: openClosed('issues'), ...pageParams().shape }),
        graphql: {
          query: LIST_ISSUES,
          variables: { ...repoVars, ...pageVars, states: 'states' },
          defaultFields: ISSUE_FIELDS,
        },
      },
      get: {
        ...gqlGet('data.repository.issue'),
        description: 'Fetch one issue by number',
        params: repoParams.extend({ number: number('issue'), fields }),
        graphql: { query: GET_ISSUE, variables: { ...repoVars, number: 'number' }, defaultFields: ISSUE_GET_FIELDS },
      },
      api_search: {
        ...gqlList('data.search', { total: 'data.search.issueCount' }),
        description: 'Search issues across GitHub with GitHub search qualifiers',
        params: searchParams('repo:owner/name is:issue is:open label:bug'),
        graphql: { query: SEARCH_ISSUES, variables: searchVars, defaultFields: ISSUE_FIELDS },
      },
      create: {
        route: 'POST /repos/{owner}/{repo}/issues',
        description: 'Open a new issue',
        params: z.object({
          owner,
          repo,
          title: z.string().describe('Issue title'),
          body: z.string().optional().describe('Issue text, in Markdown'),
          labels: logins('Label names to apply (ignored without push access)'),
          assignees: logins('Logins of the users to assign (ignored without push access)'),
          milestone: z.number().int().nullable().optional().describe('Milestone number to attach (needs push access)'),
        }),
      },
      update: {
        route: 'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
        description: 'Change an issue: title, body, open/closed state, labels, assignees or milestone',
        params: restIssue.extend({
          title: z.string().optional().describe('New title'),
          body: z.string().optional().describe('New text, in Markdown'),
          state: z.enum(['open', 'closed']).optional().describe('Close or reopen the issue'),
          state_reason: z
            .enum(['completed', 'not_planned', 'reopened'])
            .nullable()
            .optional()
            .describe('Why the state changed'),
          labels: logins('Label names; replaces every current label'),
          assignees: logins('Assignee logins; replaces every current assignee'),
          milestone: z.number().int().nullable().optional().describe('Milestone number, or null to clear it'),
        }),
      },
    },
  },
  comments: {
    description: 'Comments on issues (and, through create, on pull requests)',
    columns: ['databaseId', 'createdAt', 'body', 'url'],
    actions: {
      create: {
        route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        description: 'Comment on an issue or pull request',
        params: restIssue.extend({ body: z.string().describe('Comment text, in Markdown') }),
      },
      list: {
        ...gqlList('data.repository.issue.comments'),
        description: 'List the comments on an issue, oldest first',
        params: repoParams.extend({ number: number('issue'), ...pageParams().shape }),
        graphql: {
          query: LIST_COMMENTS,
          variables: { ...repoVars, number: 'number', ...pageVars },
          defaultFields: COMMENT_FIELDS,
        },
      },
      get: {
        ...gqlGet('data.node'),
        description: 'Fetch one issue comment by its node ID',
        params: z.object({ id: nodeId('comment'), fields }),
        graphql: { query: GET_COMMENT, variables: { id: 'id' }, defaultFields: COMMENT_FIELDS },
      },
    },
  },
  labels: {
    description: 'Labels defined in a repository, with usage counts',
    columns: ['name', 'color', 'description'],
    actions: {
      list: {
        ...gqlList('data.repository.labels'),
        description: 'List the labels of a repository',
        params: repoParams.extend(pageParams().shape),
        graphql: { query: LIST_LABELS, variables: { ...repoVars, ...pageVars }, defaultFields: LABEL_FIELDS },
      },
      get: {
        ...gqlGet('data.repository.label'),
        description: 'Fetch one label by name',
        params: repoParams.extend({ name: z.string().describe('Label name, e.g. "bug"'), fields }),
        graphql: {
          query: GET_LABEL,
          variables: { owner: 'owner', repoName: 'repo', labelName: 'name' },
          defaultFields: LABEL_FIELDS,
        },
      },
    },
  },
  milestones: {
    description: 'Milestones of a repository with progress and due dates',
    columns: ['number', 'title', 'state', 'dueOn', 'progressPercentage'],
    actions: {
      list: {
        ...gqlList('data.repository.milestones'),
        description: 'List the milestones of a repository, newest first',
        params: repoParams.extend({ states: openClosed('milestones'), ...pageParams().shape }),
        graphql: {
          query: LIST_MILESTONES,
          variables: { ...repoVars, ...pageVars, states: 'states' },
          defaultFields: MILESTONE_FIELDS,
        },
      },
      get: {
        ...gqlGet('data.repository.milestone'),
        description: 'Fetch one milestone by number',
        params: repoParams.extend({ number: number('milestone'), fields }),
        graphql: {
          query: GET_MILESTONE,
          variables: { ...repoVars, number: 'number' },
          defaultFields: MILESTONE_FIELDS,
        },
      },
    },
  },
  discussions: {
    description: 'Repository discussions: category, answer status and votes',
    columns: ['number', 'title', 'isAnswered', 'upvoteCount', 'createdAt'],
    actions: {
      list: {
        ...gqlList('data.repository.discussions'),
        description: 'List the discussions of a repository, newest first',
        params: repoParams.extend({
          states: openClosed('discussions'),
          answered: z.boolean().optional().describe('true: only answered; false: only unanswered'),
          ...pageParams().shape,
        }),
        graphql: {
          query: LIST_DISCUSSIONS,
          variables: { ...repoVars, ...pageVars, states: 'states', answered: 'answered' },
          defaultFields: DISCUSSION_FIELDS,
        },
      },
      get: {
        ...gqlGet('data.repository.discussion'),
        description: 'Fetch one discussion by number',
        params: repoParams.extend({ number: number('discussion'), fields }),
        graphql: {
          query: GET_DISCUSSION,
          variables: { ...repoVars, number: 'number' },
          defaultFields: DISCUSSION_FIELDS,
        },
      },
      api_search: {
        ...gqlList('data.search', { total: 'data.search.discussionCount' }),
        description: 'Search discussions across GitHub with GitHub search qualifiers',
        params: searchParams('repo:owner/name is:unanswered'),
        graphql: { query: SEARCH_DISCUSSIONS, variables: searchVars, defaultFields: DISCUSSION_SEARCH_FIELDS },
      },
    },
  },
});
