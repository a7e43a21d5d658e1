import { randomUUID } from 'node:crypto';
import { AacError } from '../errors.js';
import { unknownNameHint } from '../suggest.js';
import { applyAuth, refreshAccessToken, refreshIfDue, secretValues, type AuthState } from './auth.js';
import { send, type HttpOptions, type HttpResponse } from './http.js';
import { nextPage } from './pagination.js';
import { getPath } from './path.js';
import { buildRequest, splitRoute, type PreparedRequest } from './request.js';
import { embeddedError, extractMeta, httpError, parseBody } from './response.js';
import type { ActionDef, ActionKind, ConnectorDef, EntityDef } from './types.js';
import { validateParams } from './validate.js';

export interface ActionRef {
  connector: ConnectorDef;
  entity: string;
  action: string;
  def: ActionDef;
}

export interface RunOptions {
  /** Non-secret settings (server variables). */
  config: Record<string, string>;
  auth: AuthState;
  baseUrl?: string;
  http?: Omit<HttpOptions, 'safeToRetry' | 'secrets'>;
}

export interface Result {
  data: unknown;
  meta: Record<string, unknown>;
}

export interface Page {
  records: unknown[];
  meta: Record<string, unknown>;
}

export function actionKind(def: ActionDef): ActionKind {
  if (def.kind) return def.kind;
  return def.graphql || splitRoute(def.route).method === 'GET' ? 'read' : 'write';
}

/** Lists and searches return arrays; everything else returns one object. */
export function returnsList(ref: ActionRef): boolean {
  return ref.def.paginate !== undefined || ref.action === 'list' || ref.action === 'api_search';
}

/** Looks up an entity, with a "did you mean" error (exit 4) naming the valid ones. */
export function resolveEntity(connector: ConnectorDef, entity: string): EntityDef {
  const entityDef = connector.entities[entity];
  if (!entityDef) {
    throw new AacError('usage', `Unknown entity "${entity}" for ${connector.name}.`, {
      hint: unknownNameHint(entity, Object.keys(connector.entities), `aac describe ${connector.name}`),
    });
  }
  return entityDef;
}

/** Looks up an entity and action, with "did you mean" errors (exit 4) naming the valid ones. */
export function resolveAction(connector: ConnectorDef, entity: string, action: string): ActionRef {
  const entityDef = resolveEntity(connector, entity);
  const def = entityDef.actions[action];
  if (!def) {
    throw new AacError('usage', `Unknown action "${action}" for ${connector.name} ${entity}.`, {
      hint: unknownNameHint(action, Object.keys(entityDef.actions), `aac describe ${connector.name} ${entity}`),
    });
  }
  return { connector, entity, action, def };
}

export function validate(ref: ActionRef, raw: Record<string, unknown>): Record<string, unknown> {
  return validateParams(ref.def, raw, `aac describe ${ref.connector.name} ${ref.entity} ${ref.action}`);
}

function httpOptions(ref: ActionRef, opts: RunOptions, request: PreparedRequest): HttpOptions {
  const method = request.method;
  const idempotent = method === 'GET' || method === 'PUT' || method === 'DELETE';
  const keyed = ref.connector.idempotencyHeader !== undefined && request.headers[ref.connector.idempotencyHeader.toLowerCase()] !== undefined;
  return {
    ...opts.http,
    secrets: secretValues(ref.connector, opts.auth.values),
    safeToRetry: idempotent || keyed || actionKind(ref.def) === 'read',
  };
}

/**
 * Builds one request. A live request first refreshes a due OAuth2 token, since the token answer may carry a
 * server variable (Salesforce's instance_url); server variables come from the settings and the credentials.
 */
async function prepare(ref: ActionRef, params: Record<string, unknown>, opts: RunOptions, url?: string, live = true): Promise<PreparedRequest> {
  if (live) await refreshIfDue(ref.connector, opts.auth, opts.config, { ...opts.http, secrets: secretValues(ref.connector, opts.auth.values) });
  const request = await buildRequest(ref.connector, ref.def, params, { ...opts.config, ...opts.auth.values }, opts.baseUrl);
  if (url) {
    request.url = new URL(url, request.url).toString();
    delete request.body;
  }
  const header = ref.connector.idempotencyHeader;
  if (header && request.method === 'POST') request.headers[header.toLowerCase()] = randomUUID();
  return request;
}

/** The request an action would send, authenticated with placeholders only (for --dry-run). */
export async function dryRun(ref: ActionRef, params: Record<string, unknown>, opts: RunOptions): Promise<PreparedRequest> {
  const request = await prepare(ref, params, opts, undefined, false);
  const apply = ref.connector.auth[opts.auth.scheme]?.apply;
  if (apply) {
    const placeholders = Object.fromEntries(Object.keys(opts.auth.values).map((k) => [k, opts.auth.values[k] ? `<${k}>` : '']));
    const auth: AuthState = { scheme: opts.auth.scheme, values: { ...placeholders, access_token: '<access_token>' } };
    await applyAuth(ref.connector, request, auth, opts.config, {});
  }
  return request;
}

async function exchange(ref: ActionRef, request: PreparedRequest, opts: RunOptions): Promise<HttpResponse> {
  const http = httpOptions(ref, opts, request);
  await applyAuth(ref.connector, request, opts.auth, opts.config, http);
  let res = await send(request, http);
  const apply = ref.connector.auth[opts.auth.scheme]?.apply;
  if (res.status === 401 && apply?.type === 'oauth2') {
    await refreshAccessToken(ref.connector, opts.auth, opts.config, http);
    await applyAuth(ref.connector, request, opts.auth, opts.config, http);
    res = await send(request, { ...http, secrets: secretValues(ref.connector, opts.auth.values) });
  }
  const secrets = secretValues(ref.connector, opts.auth.values);
  if (res.status >= 400) throw httpError(ref.connector, res, secrets);
  return res;
}

function interpret(ref: ActionRef, opts: RunOptions, res: HttpResponse): { body: unknown; data: unknown; meta: Record<string, unknown> } {
  const body = parseBody(res);
  const error = embeddedError(ref.connector, ref.def, body, secretValues(ref.connector, opts.auth.values));
  if (error) throw error;
  const data = getPath(body, ref.def.records);
  return { body, data: data === undefined && ref.def.records ? (returnsList(ref) ? [] : null) : data, meta: extractMeta(ref.def, body) };
}

/** Runs one request of an action (one page for a list) and returns its records and meta. */
export async function execute(ref: ActionRef, params: Record<string, unknown>, opts: RunOptions): Promise<Result> {
  const request = await prepare(ref, params, opts);
  const res = await exchange(ref, request, opts);
  const { body, data, meta } = interpret(ref, opts, res);
  if (ref.def.paginate) {
    const records = Array.isArray(data) ? data : [];
    const next = nextPage(ref.def.paginate, { body, headers: res.headers, records, params });
    if (next && meta.next === undefined) meta.next = 'url' in next ? { url: new URL(next.url, res.url).toString() } : changedParams(params, next.params);
  }
  return { data, meta };
}

/** The params that move a list to its next page, for `--meta` users who page by hand. */
function changedParams(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(after).filter(([k, v]) => before[k] !== v));
}

/** A next-page URL from the server, refused when it points at another origin: the credentials go only where they belong. */
function sameOrigin(next: string, current: string): string {
  const url = new URL(next, current);
  if (url.origin !== new URL(current).origin) {
    throw new AacError('api', `The server sent a next-page URL on another host (${url.origin}); aac does not send your credentials there.`, {
      hint: 'Use --max-pages 1 and page by hand with --meta, or point --base-url at the host that serves every page.',
    });
  }
  return url.toString();
}

/** Follows the action's pagination, yielding one page at a time. */
export async function* pages(ref: ActionRef, params: Record<string, unknown>, opts: RunOptions): AsyncGenerator<Page> {
  let current: Record<string, unknown> = params;
  let url: string | undefined;
  // Every page request sent so far (URL and body), so a cycle back to any earlier page, the first included, stops.
  const seen = new Set<string>();
  const key = (r: PreparedRequest) => `${r.url} ${typeof r.body === 'string' ? r.body : ''}`;
  let request = await prepare(ref, current, opts);
  for (;;) {
    seen.add(key(request));
    const res = await exchange(ref, request, opts);
    const { body, data, meta } = interpret(ref, opts, res);
    const records = Array.isArray(data) ? data : data === null || data === undefined ? [] : [data];
    yield { records, meta };
    if (!ref.def.paginate) return;
    const next = nextPage(ref.def.paginate, { body, headers: res.headers, records, params: current });
    if (!next) return;
    if ('url' in next) url = sameOrigin(next.url, res.url);
    else current = next.params;
    request = await prepare(ref, current, opts, url);
    if (seen.has(key(request))) return;
  }
}
