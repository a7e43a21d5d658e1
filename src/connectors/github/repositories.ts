import { z } from 'zod';
import { defineEntities } from '../kit.js';
import {
  REPOSITORY_COLUMNS,
  REPOSITORY_FIELDS,
  after,
  connection,
  fields,
  gqlGet,
  gqlList,
  org,
  pageParams,
  pageVars,
  repoParams,
  repoVars,
  username,
} from './shared.js';

/** Repositories (by user, organization, viewer or search), the viewer, and stargazers. */

const GET_REPOSITORY = `query GetRepository($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) { {{fields}} }
}`;

const LIST_USER_REPOSITORIES = `query ListRepositories($login: String!, $first: Int!, $after: String) {
  user(login: $login) {
    repositories(first: $first, after: $after) { ${connection()} }
  }
}`;

const SEARCH_REPOSITORIES = `query SearchRepositories($searchQuery: String!, $first: Int!, $after: String) {
  search(query: $searchQuery, type: REPOSITORY, first: $first, after: $after) {
    repositoryCount
    pageInfo { hasNextPage endCursor }
    nodes { ... on Repository { {{fields}} } }
  }
}`;

const LIST_ORG_REPOSITORIES = `query ListOrgRepositories($login: String!, $first: Int!, $after: String) {
  organization(login: $login) {
    repositories(first: $first, after: $after) { ${connection()} }
  }
}`;

const GET_VIEWER = `query GetViewer {
  viewer { {{fields}} }
}`;

const LIST_VIEWER_REPOSITORIES = `query ListViewerRepositories($first: Int!, $after: String) {
  viewer {
    repositories(first: $first, after: $after, ownerAffiliations: [OWNER], orderBy: {field: UPDATED_AT, direction: DESC}) {
      ${connection()}
    }
  }
}`;

const LIST_STARGAZERS = `query ListStargazers($owner: String!, $name: String!, $first: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    stargazers(first: $first, after: $after, orderBy: {field: STARRED_AT, direction: DESC}) { ${connection('edges')} }
  }
}`;

const VIEWER_FIELDS =
  'id login name email bio company location websiteUrl avatarUrl url createdAt updatedAt isEmployee ' +
  'isDeveloperProgramMember isHireable isSiteAdmin viewerCanFollow viewerIsFollowing followers { totalCount } ' +
  'following { totalCount } repositories { totalCount } starredRepositories { totalCount } watching { totalCount }';

export const repositoryEntities = defineEntities({
  repositories: {
    description: 'Git repositories: metadata, language, licence, topics and star counts',
    columns: REPOSITORY_COLUMNS,
    actions: {
      get: {
        ...gqlGet('data.repository'),
        description: 'Fetch one repository by owner and name',
        params: repoParams.extend({ fields }),
        graphql: { query: GET_REPOSITORY, variables: { ...repoVars }, defaultFields: REPOSITORY_FIELDS },
      },
      list: {
        ...gqlList('data.user.repositories'),
        description: 'List the repositories owned by a user',
        params: z.object({ username }).extend(pageParams().shape),
        graphql: {
          query: LIST_USER_REPOSITORIES,
          variables: { login: 'username', ...pageVars },
          defaultFields: REPOSITORY_FIELDS,
        },
      },
      api_search: {
        ...gqlList('data.search', { total: 'data.search.repositoryCount' }),
        description: 'Search all of GitHub for repositories with GitHub search qualifiers',
        params: z.object({
          query: z.string().describe('Repository search, e.g. "language:go stars:>500" or "org:airbytehq is:public"'),
          limit: z.number().int().min(1).max(100).default(10).describe('Results per page, 1 to 100'),
          after,
          fields,
        }),
        graphql: {
          query: SEARCH_REPOSITORIES,
          variables: { searchQuery: 'query', first: 'limit', after: 'after' },
          defaultFields: REPOSITORY_FIELDS,
        },
      },
    },
  },
  org_repositories: {
    description: 'Repositories that belong to an organization',
    columns: REPOSITORY_COLUMNS,
    actions: {
      list: {
        ...gqlList('data.organization.repositories'),
        description: 'List the repositories of an organization',
        params: z.object({ org }).extend(pageParams().shape),
        graphql: {
          query: LIST_ORG_REPOSITORIES,
          variables: { login: 'org', ...pageVars },
          defaultFields: REPOSITORY_FIELDS,
        },
      },
    },
  },
  viewer: {
    description: 'The user the credentials belong to',
    columns: ['login', 'name', 'email', 'company', 'location'],
    actions: {
      get: {
        ...gqlGet('data.viewer'),
        description: 'Fetch the profile of the authenticated user',
        params: z.object({ fields }),
        graphql: { query: GET_VIEWER, defaultFields: VIEWER_FIELDS },
      },
    },
  },
  viewer_repositories: {
    description: 'Repositories owned by the authenticated user',
    columns: REPOSITORY_COLUMNS,
    actions: {
      list: {
        ...gqlList('data.viewer.repositories'),
        description: 'List the repositories the authenticated user owns, most recently updated first',
        params: pageParams(),
        graphql: { query: LIST_VIEWER_REPOSITORIES, variables: { ...pageVars }, defaultFields: REPOSITORY_FIELDS },
      },
    },
  },
  stargazers: {
    description: 'Users who starred a repository, with the time they starred it',
    columns: ['starredAt'],
    actions: {
      list: {
        ...gqlList('data.repository.stargazers', { items: 'edges' }),
        description: 'List who starred a repository, most recent first',
        params: repoParams.extend(pageParams().shape),
        graphql: {
          query: LIST_STARGAZERS,
          variables: { ...repoVars, ...pageVars },
          defaultFields: 'starredAt node { id login name avatarUrl url }',
        },
      },
    },
  },
});
