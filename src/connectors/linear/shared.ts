import { z } from 'zod';
import { paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** Pieces every Linear entity group reuses. Every operation is a GraphQL document posted to /graphql. */

/** Linear names each operation in this header (Apollo's CSRF guard accepts requests that carry it). */
export const OPERATION_HEADER = 'x-apollo-operation-name';

/** The `x-apollo-operation-name` param, pre-filled with the operation's name and sent as a header. */
export function operation(name: string) {
  return z.object({
    [OPERATION_HEADER]: z.string().default(name).describe('GraphQL operation name sent in the x-apollo-operation-name header'),
  });
}

/** GraphQL selections that replace an action's default selection set. */
export const fields = z
  .array(z.string())
  .optional()
  .describe('GraphQL fields to select instead of the defaults, e.g. ["id", "title", "assignee { name }"]');

export const id = (what: string) => z.string().describe(`ID of the ${what} (UUID or identifier)`);

/** `first` + `after` + `fields`, taken by every paged list. */
export const pageParams = z.object({
  first: z.number().int().min(1).max(250).default(50).describe('Records per page, 1 to 250'),
  after: z.string().optional().describe('endCursor of the previous page; omit for the first page'),
  fields,
});
export const pageVars = { first: 'first', after: 'after' } as const;

const inHeader = { in: { [OPERATION_HEADER]: 'header' } } as const;

/** A connection's selection: the chosen fields under `nodes`, and its pageInfo. */
export const connection = 'nodes { {{fields}} } pageInfo { hasNextPage endCursor }';

/** Route, records, meta and pageInfo pagination of a list whose connection sits at `path` (e.g. `data.issues`). */
export function gqlList(path: string) {
  return {
    route: 'POST /graphql',
    records: `${path}.nodes`,
    meta: { hasNextPage: `${path}.pageInfo.hasNextPage`, endCursor: `${path}.pageInfo.endCursor` },
    paginate: paginate.graphql({ param: 'after', pageInfo: `${path}.pageInfo` }),
    ...inHeader,
  } satisfies Partial<ActionDef>;
}

/** Route and record path of a query that returns one object at `path`. */
export function gqlGet(path: string) {
  return { route: 'POST /graphql', records: path, ...inHeader } satisfies Partial<ActionDef>;
}

/** Route and record path of a mutation whose payload (`success` + the object) sits at `path`. */
export function gqlMutation(path: string) {
  return { route: 'POST /graphql', records: path, kind: 'write', ...inHeader } satisfies Partial<ActionDef>;
}

/** Default selections, shared by the list, get and mutations of the same type. */
export const ISSUE_FIELDS =
  'id title description state { id name } priority assignee { id name email } team { id name } project { id name } createdAt updatedAt';
/** Mutation payloads select the issue without its team. */
export const ISSUE_PAYLOAD_FIELDS =
  'id title description state { id name } priority assignee { id name email } project { id name } createdAt updatedAt';
export const PROJECT_FIELDS = 'id name description state startDate targetDate lead { name email } createdAt updatedAt';
export const TEAM_FIELDS = 'id name key description timezone createdAt updatedAt';
export const WORKFLOW_STATE_FIELDS = 'id name type position color team { id name } createdAt updatedAt';
export const USER_FIELDS = 'id name email displayName active admin createdAt updatedAt';
export const COMMENT_FIELDS = 'id body user { id name email } createdAt updatedAt';
export const COMMENT_GET_FIELDS = 'id body user { id name email } issue { id title } createdAt updatedAt';
