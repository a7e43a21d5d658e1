import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { USER_FIELDS, after, connection, fields, gqlGet, gqlList, org, pageParams, pageVars, username } from './shared.js';

/** Organizations, their members and teams, users, and organization projects (Projects v2). */

const GET_ORGANIZATION = `query GetOrganization($login: String!) {
  organization(login: $login) { {{fields}} }
}`;

const LIST_ORGANIZATIONS = `query ListOrganizations($login: String!, $first: Int!, $after: String) {
  user(login: $login) {
    organizations(first: $first, after: $after) { ${connection()} }
  }
}`;

const GET_USER = `query GetUser($login: String!) {
  user(login: $login) { {{fields}} }
}`;

const LIST_USERS = `query ListUsers($login: String!, $first: Int!, $after: String) {
  organization(login: $login) {
    membersWithRole(first: $first, after: $after) { ${connection()} }
  }
}`;

const SEARCH_USERS = `query SearchUsers($searchQuery: String!, $first: Int!, $after: String) {
  search(query: $searchQuery, type: USER, first: $first, after: $after) {
    userCount
    pageInfo { hasNextPage endCursor }
    nodes { ... on User { {{fields}} } }
  }
}`;

const LIST_TEAMS = `query ListTeams($login: String!, $first: Int!, $after: String) {
  organization(login: $login) {
    teams(first: $first, after: $after) { ${connection()} }
  }
}`;

const GET_TEAM = `query GetTeam($login: String!, $slug: String!) {
  organization(login: $login) {
    team(slug: $slug) { {{fields}} }
  }
}`;

const LIST_PROJECTS = `query ListProjects($org: String!, $first: Int!, $after: String) {
  organization(login: $org) {
    projectsV2(first: $first, after: $after, orderBy: {field: UPDATED_AT, direction: DESC}) { ${connection()} }
  }
}`;

const GET_PROJECT = `query GetProject($org: String!, $number: Int!) {
  organization(login: $org) {
    projectV2(number: $number) { {{fields}} }
  }
}`;

const LIST_PROJECT_ITEMS = `query ListProjectItems($org: String!, $number: Int!, $first: Int!, $after: String) {
  organization(login: $org) {
    projectV2(number: $number) {
      items(first: $first, after: $after) { ${connection()} }
    }
  }
}`;

const ORGANIZATION_FIELDS =
  'id databaseId login name description email websiteUrl url avatarUrl createdAt updatedAt location isVerified ' +
  'repositories { totalCount } membersWithRole { totalCount } teams { totalCount }';
const TEAM_FIELDS =
  'id databaseId slug name description privacy url avatarUrl createdAt updatedAt parentTeam { slug name } ' +
  'members { totalCount } repositories { totalCount }';
const PROJECT_FIELDS = 'id number title shortDescription url closed public createdAt updatedAt creator { login }';
const PROJECT_GET_FIELDS =
  'id number title shortDescription readme url closed public createdAt updatedAt creator { login } ' +
  'fields(first: 20) { nodes { ... on ProjectV2SingleSelectField { id name options { id name color description } } ' +
  '... on ProjectV2Field { id name dataType } } }';

/**
 * An issue or pull request as a project item's content. Their `state`s are of two enum types, which one response
 * name cannot hold: the pull request's comes as `pullRequestState`.
 */
const itemContent = (state: string) =>
  `id title number ${state} url createdAt updatedAt author { login } assignees(first: 5) { nodes { login } } ` +
  'labels(first: 10) { nodes { name color } } repository { nameWithOwner }';
/** A field value of a project item, tagged with the name of its field. */
const fieldValue = (type: string, value: string, fieldType = 'ProjectV2Field') =>
  `... on ProjectV2ItemField${type}Value { ${value} field { ... on ${fieldType} { name } } }`;
const PROJECT_ITEM_FIELDS = [
  'id type createdAt updatedAt isArchived',
  'content {',
  `... on Issue { ${itemContent('state')} }`,
  `... on PullRequest { ${itemContent('pullRequestState: state')} }`,
  '... on DraftIssue { id title body createdAt updatedAt creator { login } }',
  '}',
  'fieldValues(first: 20) { nodes {',
  fieldValue('SingleSelect', 'name', 'ProjectV2SingleSelectField'),
  fieldValue('Text', 'text'),
  fieldValue('Date', 'date'),
  fieldValue('Number', 'number'),
  fieldValue('Iteration', 'title startDate duration', 'ProjectV2IterationField'),
  fieldValue('Label', 'labels(first: 10) { nodes { name color } }'),
  fieldValue('User', 'users(first: 5) { nodes { login } }'),
  fieldValue('Repository', 'repository { nameWithOwner }'),
  fieldValue('Milestone', 'milestone { title number }'),
  '} }',
].join(' ');

const projectNumber = z.number().int().describe('Project number, as shown in its URL (…/projects/<number>)');
const USER_COLUMNS = ['login', 'name', 'company', 'location'];

export const orgEntities = defineEntities({
  organizations: {
    description: 'Organizations: profile and member, team and repository counts',
    columns: ['login', 'name', 'description', 'websiteUrl'],
    actions: {
      get: {
        ...gqlGet('data.organization'),
        description: 'Fetch one organization by login',
        params: z.object({ org, fields }),
        graphql: { query: GET_ORGANIZATION, variables: { login: 'org' }, defaultFields: ORGANIZATION_FIELDS },
      },
      list: {
        ...gqlList('data.user.organizations'),
        description: 'List the organizations a user belongs to (public memberships, or all for yourself)',
        params: z.object({ username }).extend(pageParams().shape),
        graphql: {
          query: LIST_ORGANIZATIONS,
          variables: { login: 'username', ...pageVars },
          defaultFields: ORGANIZATION_FIELDS,
        },
      },
    },
  },
  users: {
    description: 'GitHub users: profile and follower, repository and organization counts',
    columns: USER_COLUMNS,
    actions: {
      get: {
        ...gqlGet('data.user'),
        description: 'Fetch one user by login',
        params: z.object({ username, fields }),
        graphql: { query: GET_USER, variables: { login: 'username' }, defaultFields: USER_FIELDS },
      },
      list: {
        ...gqlList('data.organization.membersWithRole'),
        description: 'List the members of an organization',
        params: z.object({ org }).extend(pageParams().shape),
        graphql: { query: LIST_USERS, variables: { login: 'org', ...pageVars }, defaultFields: USER_FIELDS },
      },
      api_search: {
        ...gqlList('data.search', { total: 'data.search.userCount' }),
        description: 'Search GitHub users with GitHub search qualifiers',
        params: z.object({
          query: z.string().describe('User search, e.g. "location:berlin language:rust followers:>100"'),
          limit: z.number().int().min(1).max(100).default(10).describe('Results per page, 1 to 100'),
          after,
          fields,
        }),
        graphql: {
          query: SEARCH_USERS,
          variables: { searchQuery: 'query', first: 'limit', after: 'after' },
          defaultFields: USER_FIELDS,
        },
      },
    },
  },
  teams: {
    description: 'Teams of an organization, with their parent team and sizes',
    columns: ['slug', 'name', 'privacy', 'description'],
    actions: {
      list: {
        ...gqlList('data.organization.teams'),
        description: 'List the teams of an organization',
        params: z.object({ org }).extend(pageParams().shape),
        graphql: { query: LIST_TEAMS, variables: { login: 'org', ...pageVars }, defaultFields: TEAM_FIELDS },
      },
      get: {
        ...gqlGet('data.organization.team'),
        description: 'Fetch one team by slug',
        params: z.object({ org, team_slug: z.string().describe('Team slug, e.g. "platform-eng"'), fields }),
        graphql: { query: GET_TEAM, variables: { login: 'org', slug: 'team_slug' }, defaultFields: TEAM_FIELDS },
      },
    },
  },
  projects: {
    description: 'Organization projects (GitHub Projects v2) and their fields',
    columns: ['number', 'title', 'closed', 'public', 'updatedAt'],
    actions: {
      list: {
        ...gqlList('data.organization.projectsV2'),
        description: 'List the projects of an organization, most recently updated first',
        params: z.object({ org }).extend(pageParams(20).shape),
        graphql: { query: LIST_PROJECTS, variables: { org: 'org', ...pageVars }, defaultFields: PROJECT_FIELDS },
      },
      get: {
        ...gqlGet('data.organization.projectV2'),
        description: 'Fetch one project by number, with its custom fields and their options',
        params: z.object({ org, project_number: projectNumber, fields }),
        graphql: {
          query: GET_PROJECT,
          variables: { org: 'org', number: 'project_number' },
          defaultFields: PROJECT_GET_FIELDS,
        },
      },
    },
  },
  project_items: {
    description: 'Items of a project: issues, pull requests and drafts with their field values',
    columns: ['id', 'type', 'isArchived', 'updatedAt'],
    actions: {
      list: {
        ...gqlList('data.organization.projectV2.items'),
        description: 'List the items of a project with their content and custom field values',
        params: z.object({ org, project_number: projectNumber }).extend(pageParams(50).shape),
        graphql: {
          query: LIST_PROJECT_ITEMS,
          variables: { org: 'org', number: 'project_number', ...pageVars },
          defaultFields: PROJECT_ITEM_FIELDS,
        },
      },
    },
  },
});
