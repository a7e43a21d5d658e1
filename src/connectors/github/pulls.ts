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

/** Pull requests, their reviews and their conversation comments. */

const LIST_PULL_REQUESTS = `query ListPullRequests($owner: String!, $name: String!, $first: Int!, $after: String, $states: [PullRequestState!]) {
  repository(owner: $owner, name: $name) {
    pullRequests(first: $first, after: $after, states: $states, orderBy: {field: CREATED_AT, direction: DESC}) {
      ${connection()}
    }
  }
}`;

const GET_PULL_REQUEST = `query GetPullRequest($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) { {{fields}} }
  }
}`;

const SEARCH_PULL_REQUESTS = `query SearchPullRequests($searchQuery: String!, $first: Int!, $after: String) {
  search(query: $searchQuery, type: ISSUE, first: $first, after: $after) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes { ... on PullRequest { {{fields}} } }
  }
}`;

const LIST_REVIEWS = `query ListReviews($owner: String!, $name: String!, $number: Int!, $first: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      reviews(first: $first, after: $after) { ${connection()} }
    }
  }
}`;

const LIST_PR_COMMENTS = `query ListPRComments($owner: String!, $name: String!, $number: Int!, $first: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      comments(first: $first, after: $after) { ${connection()} }
    }
  }
}`;

const GET_PR_COMMENT = `query GetPRComment($id: ID!) {
  node(id: $id) { ... on IssueComment { {{fields}} } }
}`;

const PR_TAIL =
  'state isDraft createdAt updatedAt closedAt mergedAt author { login avatarUrl } baseRefName headRefName mergeable ' +
  'merged mergedBy { login } additions deletions changedFiles commits { totalCount } comments { totalCount } ' +
  'reviews { totalCount } reviewRequests { totalCount } assignees(first: 10) { nodes { login } } ' +
  'labels(first: 10) { nodes { name color } } url';
const PR_FIELDS = `id databaseId number title body ${PR_TAIL}`;
const PR_GET_FIELDS = `id databaseId number title body bodyHTML ${PR_TAIL}`;
const REVIEW_FIELDS = 'id databaseId state body submittedAt author { login avatarUrl } comments { totalCount }';

export const pullEntities = defineEntities({
  pull_requests: {
    description: 'Pull requests: branches, merge state, review and change counts',
    columns: ['number', 'title', 'state', 'headRefName', 'baseRefName', 'updatedAt'],
    actions: {
      create: {
        route: 'POST /repos/{owner}/{repo}/pulls',
        description: 'Open a pull request from one branch into another',
        params: z.object({
          owner,
          repo,
          title: z.string().describe('Pull request title'),
          head: z.string().describe('Branch with the changes; "user:branch" for a branch in a fork'),
          base: z.string().describe('Branch to merge into, e.g. "main"'),
          body: z.string().optional().describe('Description, in Markdown'),
          draft: z.boolean().optional().describe('Open as a draft'),
          maintainer_can_modify: z.boolean().optional().describe('Let maintainers push to the head branch'),
        }),
      },
      list: {
        ...gqlList('data.repository.pullRequests'),
        description: 'List the pull requests of a repository, newest first',
        params: repoParams.extend({
          states: z
            .array(z.enum(['OPEN', 'CLOSED', 'MERGED']))
            .optional()
            .describe('Only pull requests in these states (default: all)'),
          ...pageParams().shape,
        }),
        graphql: {
          query: LIST_PULL_REQUESTS,
          variables: { ...repoVars, ...pageVars, states: 'states' },
          defaultFields: PR_FIELDS,
        },
      },
      get: {
        ...gqlGet('data.repository.pullRequest'),
        description: 'Fetch one pull request by number',
        params: repoParams.extend({ number: number('pull request'), fields }),
        graphql: {
          query: GET_PULL_REQUEST,
          variables: { ...repoVars, number: 'number' },
          defaultFields: PR_GET_FIELDS,
        },
      },
      api_search: {
        ...gqlList('data.search', { total: 'data.search.issueCount' }),
        description: 'Search pull requests across GitHub with GitHub search qualifiers',
        params: searchParams('repo:owner/name type:pr is:open review:required'),
        graphql: { query: SEARCH_PULL_REQUESTS, variables: searchVars, defaultFields: PR_FIELDS },
      },
    },
  },
  reviews: {
    description: 'Reviews submitted on a pull request',
    columns: ['databaseId', 'state', 'submittedAt'],
    actions: {
      list: {
        ...gqlList('data.repository.pullRequest.reviews'),
        description: 'List the reviews of a pull request',
        params: repoParams.extend({ number: number('pull request'), ...pageParams().shape }),
        graphql: {
          query: LIST_REVIEWS,
          variables: { ...repoVars, number: 'number', ...pageVars },
          defaultFields: REVIEW_FIELDS,
        },
      },
    },
  },
  pr_comments: {
    description: 'Conversation comments on pull requests',
    columns: ['databaseId', 'createdAt', 'body', 'url'],
    actions: {
      list: {
        ...gqlList('data.repository.pullRequest.comments'),
        description: 'List the conversation comments of a pull request, oldest first',
        params: repoParams.extend({ number: number('pull request'), ...pageParams().shape }),
        graphql: {
          query: LIST_PR_COMMENTS,
          variables: { ...repoVars, number: 'number', ...pageVars },
          defaultFields: COMMENT_FIELDS,
        },
      },
      get: {
        ...gqlGet('data.node'),
        description: 'Fetch one pull request comment by its node ID',
        params: z.object({ id: nodeId('comment'), fields }),
        graphql: { query: GET_PR_COMMENT, variables: { id: 'id' }, defaultFields: COMMENT_FIELDS },
      },
    },
  },
});
