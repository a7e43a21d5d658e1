import { z } from 'zod';
import { paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** Pieces every GitHub entity group reuses. Reads go through GraphQL; writes through REST. */

export const owner = z.string().describe('Login of the user or organization that owns the repository');
export const repo = z.string().describe('Repository name, without the owner');
export const org = z.string().describe('Organization login, e.g. "airbytehq"');
export const username = z.string().describe('User login, e.g. "octocat"');
export const number = (what: string) => z.number().int().describe(`Number of the ${what} within its repository`);
export const nodeId = (what: string) => z.string().describe(`GraphQL node ID of the ${what} (the "id" field, not databaseId)`);

/** GraphQL selections that replace an action's default selection set. */
export const fields = z
  .array(z.string())
  .optional()
  .describe('GraphQL fields to select instead of the defaults, e.g. ["id", "title", "author { login }"]');

export const perPage = (byDefault = 30) =>
  z.number().int().min(1).max(100).default(byDefault).describe('Records per page, 1 to 100');

export const after = z.string().optional().describe('endCursor of the previous page; omit for the first page');

/** `owner` + `repo`, the pair every repository-scoped read takes. */
export const repoParams = z.object({ owner, repo });

/** `per_page` + `after` + `fields`, appended to every GraphQL list. */
export const pageParams = (byDefault = 30) => z.object({ per_page: perPage(byDefault), after, fields });

/** GraphQL variable → param mappings shared by most documents. */
export const repoVars = { owner: 'owner', name: 'repo' } as const;
export const pageVars = { first: 'per_page', after: 'after' } as const;

/** A connection's selection in a document: its pageInfo and the chosen fields under `nodes` (or `edges`). */
export const connection = (items: 'nodes' | 'edges' = 'nodes') =>
  `pageInfo { hasNextPage endCursor } ${items} { {{fields}} }`;

/** GitHub Enterprise serves REST under `<host>/api/v3` and GraphQL at `<host>/api/graphql`: one --base-url for both. */
const enterpriseGraphql = { suffix: '/api/v3', with: '/api' };

/**
 * Route, records, meta and pageInfo pagination of a GraphQL list whose connection sits at `path`
 * (e.g. `data.repository.issues`). Searches also report the total match count.
 */
export function gqlList(path: string, opts: { items?: 'nodes' | 'edges'; total?: string } = {}) {
  return {
    route: 'POST /graphql',
    baseUrlRewrite: enterpriseGraphql,
    records: `${path}.${opts.items ?? 'nodes'}`,
    meta: {
      has_next_page: `${path}.pageInfo.hasNextPage`,
      end_cursor: `${path}.pageInfo.endCursor`,
      ...(opts.total ? { total_count: opts.total } : {}),
    },
    paginate: paginate.graphql({ param: 'after', pageInfo: `${path}.pageInfo` }),
  } satisfies Partial<ActionDef>;
}

/** Route and record path of a GraphQL read that returns one object at `path`. */
export function gqlGet(path: string) {
  return { route: 'POST /graphql', baseUrlRewrite: enterpriseGraphql, records: path } satisfies Partial<ActionDef>;
}

/** `query` + `per_page` + `after` + `fields` of the issue-type searches. */
export const searchParams = (example: string) =>
  z.object({
    query: z.string().describe(`GitHub search query with qualifiers, e.g. "${example}"`),
    per_page: perPage(),
    after,
    fields,
  });

export const searchVars = { searchQuery: 'query', first: 'per_page', after: 'after' } as const;

/** Default selections, shared by the list, get and search of the same GraphQL type. */
export const REPOSITORY_FIELDS =
  'id name nameWithOwner description url createdAt updatedAt pushedAt forkCount stargazerCount ' +
  'isPrivate isFork isArchived isTemplate hasIssuesEnabled hasWikiEnabled primaryLanguage { name } ' +
  'licenseInfo { name spdxId } owner { login avatarUrl } defaultBranchRef { name } ' +
  'repositoryTopics(first: 10) { nodes { topic { name } } }';

export const USER_FIELDS =
  'id databaseId login name email bio company location websiteUrl twitterUsername url avatarUrl ' +
  'createdAt updatedAt isHireable followers { totalCount } following { totalCount } ' +
  'repositories { totalCount } starredRepositories { totalCount } organizations { totalCount }';

export const COMMENT_FIELDS =
  'id databaseId body bodyHTML createdAt updatedAt author { login avatarUrl } url isMinimized minimizedReason';

export const REPOSITORY_COLUMNS = ['nameWithOwner', 'description', 'stargazerCount', 'isPrivate', 'updatedAt'];
