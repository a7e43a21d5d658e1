import type { AuthScheme, ConnectorDef, FieldDef, Pagination, ParamLocation } from './types.js';

/** Identity helper that keeps the literal types of a connector definition. */
export function defineConnector<const C extends ConnectorDef>(connector: C): C {
  return connector;
}

type FieldOpts = Omit<FieldDef, 'env'>;

export function field(env: string, opts: FieldOpts = {}): FieldDef {
  return { env, ...opts };
}

/** `Authorization: Bearer <field>` */
export function bearer(title: string, name: string, def: FieldDef, description?: string): AuthScheme {
  return { title, description, fields: { [name]: def }, apply: { type: 'bearer', field: name } };
}

/** `Authorization: Basic base64(username:password)` */
export function basic(
  title: string,
  fields: Record<string, FieldDef>,
  username: string,
  password: string,
  description?: string,
): AuthScheme {
  return { title, description, fields, apply: { type: 'basic', username, password } };
}

/** A key sent in a header, optionally with a prefix (e.g. `Authorization: Klaviyo-API-Key <key>`). */
export function apiKeyHeader(
  title: string,
  header: string,
  name: string,
  def: FieldDef,
  opts: { prefix?: string; description?: string } = {},
): AuthScheme {
  return {
    title,
    description: opts.description,
    fields: { [name]: def },
    apply: { type: 'header', name: header, field: name, prefix: opts.prefix },
  };
}

/** A key sent as a query parameter. */
export function apiKeyQuery(title: string, param: string, name: string, def: FieldDef, description?: string): AuthScheme {
  return { title, description, fields: { [name]: def }, apply: { type: 'query', name: param, field: name } };
}

/**
 * OAuth2 refresh-token flow. The fields must include `client_id`, `client_secret` and `refresh_token`;
 * `access_token` and `expires_at` are optional and written back to the store after a refresh.
 */
export function oauth2(
  title: string,
  tokenUrl: string,
  fields: Record<string, FieldDef>,
  opts: { clientAuth?: 'body' | 'basic'; extract?: string[]; description?: string } = {},
): AuthScheme {
  return {
    title,
    description: opts.description,
    fields,
    apply: { type: 'oauth2', tokenUrl, clientAuth: opts.clientAuth ?? 'body', extract: opts.extract },
  };
}

export const paginate = {
  cursor: (param: string, from: string, opts: { hasMore?: string; in?: ParamLocation } = {}): Pagination => ({
    type: 'cursor',
    param,
    from,
    ...opts,
  }),
  lastId: (param: string, hasMore: string, idField?: string): Pagination => ({ type: 'lastId', param, hasMore, idField }),
  page: (
    param: string,
    opts: { start?: number; sizeParam?: string; totalPages?: string; in?: ParamLocation } = {},
  ): Pagination => ({ type: 'page', param, ...opts }),
  offset: (param: string, limitParam: string, opts: { total?: string; in?: ParamLocation } = {}): Pagination => ({
    type: 'offset',
    param,
    limitParam,
    ...opts,
  }),
  link: (): Pagination => ({ type: 'link' }),
  graphql: (param: string, pageInfo: string): Pagination => ({ type: 'graphql', param, pageInfo }),
  nextUrl: (from: string): Pagination => ({ type: 'nextUrl', from }),
};
