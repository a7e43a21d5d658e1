/**
 * The connector kit: the helpers every connector definition is written with. A connector is data; these
 * build the pieces of that data (auth schemes, fields, pagination strategies) and the shapes many vendors
 * share (a fetch by ID, a list + get pair).
 */
import { z } from 'zod';
import type { ActionDef, AuthScheme, CheckedConnector, CheckedEntities, ConnectorDef, EntityDef, FieldDef, Pagination } from '../lib/engine/types.js';

/**
 * Identity helper that keeps the literal types of a connector definition, and makes the compiler check
 * that every `in`, `wire` and `variants.when` key and every `{placeholder}` of a route names a param.
 */
export function defineConnector<const C extends ConnectorDef>(connector: C & CheckedConnector<C>): C {
  return connector;
}

/** The same check for a group of entities written in a file of its own (spread into `defineConnector`). */
export function defineEntities<const E extends Record<string, EntityDef>>(entities: E & CheckedEntities<E>): E {
  return entities;
}

/** An entity's old name, kept working: it leads to entity `use`, with a deprecation warning. */
export function renamedEntity<const U extends string>(use: U) {
  return { description: `Deprecated: use ${use}`, deprecated: { use }, actions: {} };
}

export function field(env: string, opts: Omit<FieldDef, 'env'> = {}): FieldDef {
  return { env, ...opts };
}

/** The scheme's own title and description; the title defaults to the field's. */
interface SchemeText {
  scheme?: { title: string; description?: string };
}

/** A scheme that puts one credential field on the request: its name and its FieldDef, flattened. */
type OneField = FieldDef & SchemeText & { field: string };

function oneField(opts: OneField, apply: AuthScheme['apply']): AuthScheme {
  const { field: name, scheme, ...def } = opts;
  return { title: scheme?.title ?? def.title ?? name, description: scheme?.description, fields: { [name]: def }, apply };
}

/** `Authorization: Bearer <field>` */
export function bearer(opts: OneField): AuthScheme {
  return oneField(opts, { type: 'bearer', field: opts.field });
}

/** A key sent in a header, optionally with a prefix (e.g. `Authorization: Klaviyo-API-Key <key>`). */
export function headerKey(opts: OneField & { header: string; prefix?: string }): AuthScheme {
  const { header, prefix, ...rest } = opts;
  return oneField(rest, { type: 'header', name: header, field: opts.field, prefix });
}

/** A key sent as a query parameter. */
export function queryKey(opts: OneField & { param: string }): AuthScheme {
  const { param, ...rest } = opts;
  return oneField(rest, { type: 'query', name: param, field: opts.field });
}

/** `Authorization: Basic base64(username:password)`; `username` and `password` are field names or templates of fields. */
export function basic(opts: { title: string; description?: string; fields: Record<string, FieldDef>; username: string; password: string }): AuthScheme {
  return { title: opts.title, description: opts.description, fields: opts.fields, apply: { type: 'basic', username: opts.username, password: opts.password } };
}

/**
 * OAuth2 refresh-token flow. The fields must include `client_id`, `client_secret` and `refresh_token`;
 * `access_token` and `expires_at` are optional and written back to the store after a refresh.
 */
export function oauth2(opts: {
  title: string;
  description?: string;
  tokenUrl: string;
  fields: Record<string, FieldDef>;
  clientAuth?: 'body' | 'basic';
  extract?: string[];
  /** Headers filled from the credential fields, e.g. `{ 'X-Client-Id': '{client_id}' }`. */
  headers?: Record<string, string>;
}): AuthScheme {
  return {
    title: opts.title,
    description: opts.description,
    fields: opts.fields,
    apply: { type: 'oauth2', tokenUrl: opts.tokenUrl, clientAuth: opts.clientAuth ?? 'body', extract: opts.extract },
    ...(opts.headers ? { headers: opts.headers } : {}),
  };
}

type Strategy<T extends Pagination['type']> = Omit<Extract<Pagination, { type: T }>, 'type'>;

/** The named pagination strategies (engine/pagination.ts implements each). */
export const paginate = {
  cursor: (opts: Strategy<'cursor'>) => ({ type: 'cursor', ...opts }) as const,
  lastId: (opts: Strategy<'lastId'>) => ({ type: 'lastId', ...opts }) as const,
  page: (opts: Strategy<'page'>) => ({ type: 'page', ...opts }) as const,
  offset: (opts: Strategy<'offset'>) => ({ type: 'offset', ...opts }) as const,
  link: () => ({ type: 'link' }) as const,
  graphql: (opts: Strategy<'graphql'>) => ({ type: 'graphql', ...opts }) as const,
  nextUrl: (opts: Strategy<'nextUrl'>) => ({ type: 'nextUrl', ...opts }) as const,
} satisfies Record<Pagination['type'], (opts: never) => Pagination>;

/** `{ <name>: <schema> }` as the params of an object-by-id route (`name` defaults to `id`). */
export function byId<const S extends z.ZodType, const N extends string = 'id'>(schema: S, name?: N) {
  return z.object({ [name ?? 'id']: schema } as Record<N, S>);
}

/**
 * A resource's usual pair: `list` (`GET <path><suffix>`) and `get` (`GET <path>/{<idParam>}<suffix>`),
 * fetched by ID. `list` and `get` hold the rest of each action (params, records, pagination…).
 */
export function listAndGet<const L extends Omit<ActionDef, 'route'>, const G extends Omit<ActionDef, 'route' | 'description'>, const Id extends string = 'id'>(opts: {
  path: string;
  what: string;
  idParam?: Id;
  suffix?: string;
  list: L;
  get: G;
}) {
  const suffix = opts.suffix ?? '';
  return {
    list: { route: `GET ${opts.path}${suffix}` as const, ...opts.list },
    get: { route: `GET ${opts.path}/{${opts.idParam ?? ('id' as Id)}}${suffix}` as const, description: `Fetch one ${opts.what} by ID`, ...opts.get },
  };
}
