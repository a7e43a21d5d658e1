import { AacError } from '../errors.js';
import { unknownNameHint } from '../suggest.js';
import { applyAuth, refreshAccessToken, refreshIfDue, secretValues, type AuthState } from './auth.js';
import { isUnknownOutcome, send, unknownOutcome, type HttpOptions, type HttpResponse } from './http.js';
import type { MediaInput } from './media.js';
import { currentActions, currentEntities, deprecationWarning } from './deprecation.js';
import { asRecords, pageLoop, type Page, type PageFetcher, type PageLimits } from './page-loop.js';
import { nextPage } from './pagination.js';
import { getPath } from './path.js';
import { buildRequest, isStreamBody, splitRoute, type PreparedRequest } from './request.js';
import { badResponse, extractMeta, httpError, successBody } from './response.js';
import { redactError } from '../redact.js';
import type { ActionDef, ActionKind, ConnectorDef, EntityDef } from './types.js';
import { validateParams } from './validate.js';

export interface ActionRef {
  connector: ConnectorDef;
  entity: string;
  action: string;
  def: ActionDef;
  /** Deprecated names the caller used to reach this action, for a warning line. */
  warnings?: string[];
}

export interface RunOptions {
  /** Non-secret settings (server variables). */
  config: Record<string, string>;
  auth: AuthState;
  baseUrl?: string;
  http?: Omit<HttpOptions, 'safeToRetry' | 'secrets' | 'deadlineAt'>;
  /** Where upload params (`@path`, `-`) are read from; default the process's working directory, no stdin. */
  input?: MediaInput;
  /** A list paged by server URLs starts at this page (an earlier page's `meta.next.url`) instead of the first. */
  pageUrl?: string;
}

export interface Result {
  data: unknown;
  meta: Record<string, unknown>;
}

export type { Page };
export { MAX_EMPTY_PAGES } from './page-loop.js';

export function actionKind(def: ActionDef): ActionKind {
  if (def.kind) return def.kind;
  return def.graphql || splitRoute(def.route).method === 'GET' ? 'read' : 'write';
}

/** Lists and searches return arrays; everything else returns one object. */
export function returnsList(ref: Pick<ActionRef, 'def' | 'action'>): boolean {
  return ref.def.paginate !== undefined || ref.action === 'list' || ref.action === 'api_search';
}

/** Looks up an entity, following a deprecated name to its new one, with a "did you mean" error (exit 4) naming the valid ones. */
function lookupEntity(connector: ConnectorDef, entity: string): { name: string; def: EntityDef; warnings: string[] } {
  const entityDef = connector.entities[entity];
  if (!entityDef) {
    throw new AacError('usage', `Unknown entity "${entity}" for ${connector.name}.`, {
      hint: unknownNameHint(entity, currentEntities(connector).map(([n]) => n), `aac describe ${connector.name}`),
    });
  }
  const use = entityDef.deprecated?.use;
  const target = use === undefined ? undefined : connector.entities[use];
  if (use === undefined || !target || target.deprecated) return { name: entity, def: entityDef, warnings: [] };
  return { name: use, def: target, warnings: [deprecationWarning(connector, `entity "${entity}"`, use)] };
}

/** Looks up an entity, with a "did you mean" error (exit 4) naming the valid ones. */
export function resolveEntity(connector: ConnectorDef, entity: string): EntityDef {
  return lookupEntity(connector, entity).def;
}

/** The current name of an entity (itself, or the new name of a deprecated one). */
export function resolveEntityName(connector: ConnectorDef, entity: string): string {
  return lookupEntity(connector, entity).name;
}

/** Looks up an entity and action (old names lead to the new ones, with warnings), with "did you mean" errors (exit 4) naming the valid ones. */
export function resolveAction(connector: ConnectorDef, entity: string, action: string): ActionRef {
  const found = lookupEntity(connector, entity);
  const warnings = [...found.warnings];
  let name = action;
  let def = found.def.actions[action];
  const use = def?.deprecated?.use;
  if (use !== undefined && found.def.actions[use]) {
    warnings.push(deprecationWarning(connector, `${found.name} action "${action}"`, use));
    name = use;
    def = found.def.actions[use];
  }
  if (!def) {
    throw new AacError('usage', `Unknown action "${action}" for ${connector.name} ${entity}.`, {
      hint: unknownNameHint(action, currentActions(found.def).map(([n]) => n), `aac describe ${connector.name} ${found.name}`),
    });
  }
  return { connector, entity: found.name, action: name, def, ...(warnings.length ? { warnings } : {}) };
}

export function validate(ref: ActionRef, raw: Record<string, unknown>): Record<string, unknown> {
  return validateParams(ref.def, raw, `aac describe ${ref.connector.name} ${ref.entity} ${ref.action}`);
}

export function httpOptions(ref: ActionRef, opts: RunOptions, request: PreparedRequest): HttpOptions {
  const method = request.method;
  const idempotent = method === 'GET' || method === 'PUT' || method === 'DELETE';
  const keyed = ref.connector.idempotencyHeader !== undefined && request.headers[ref.connector.idempotencyHeader.toLowerCase()] !== undefined;
  return {
    ...opts.http,
    secrets: secretValues(ref.connector, opts.auth.values),
    // a streamed upload cannot be sent again
    safeToRetry: !isStreamBody(request.body) && (idempotent || keyed || actionKind(ref.def) === 'read'),
  };
}

/**
 * Builds one request. A live request first refreshes a due OAuth2 token, since the token answer may carry a
 * server variable (Salesforce's instance_url); server variables come from the settings and the credentials.
 */
export async function prepare(ref: ActionRef, params: Record<string, unknown>, opts: RunOptions, url?: string, live = true): Promise<PreparedRequest> {
  if (live) await refreshIfDue(ref.connector, opts.auth, opts.config, { ...opts.http, secrets: secretValues(ref.connector, opts.auth.values) });
  const request = await buildRequest(ref.connector, ref.def, params, { ...opts.config, ...opts.auth.values }, opts.baseUrl, opts.input);
  url ??= opts.pageUrl === undefined ? undefined : startUrl(ref, opts.pageUrl, request.url);
  if (url) {
    request.url = new URL(url, request.url).toString();
    delete request.body;
  }
  const header = ref.connector.idempotencyHeader;
  if (header && request.method === 'POST') request.headers[header.toLowerCase()] = globalThis.crypto.randomUUID();
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

interface Answer {
  res: HttpResponse;
  body: unknown;
  data: unknown;
  meta: Record<string, unknown>;
}

/** What to tell someone whose write may have been applied: the action of the entity that shows whether it was. */
function checkHint(ref: ActionRef): string {
  const actions = ref.connector.entities[ref.entity]?.actions ?? {};
  const check = ['list', 'get'].find((a) => a !== ref.action && a in actions);
  const how = check ? `\`aac exec ${ref.connector.name} ${ref.entity} ${check}\`` : `${ref.connector.title} itself`;
  return `The request was sent but no clear answer came back, so the write may have been applied. Check with ${how} before sending it again.`;
}

/** Sends an authenticated request; a 401 with OAuth2 refreshes the token once and sends it again. */
export async function sendAuthed<R extends HttpResponse>(
  ref: ActionRef,
  request: PreparedRequest,
  opts: RunOptions,
  http: HttpOptions,
  sendOne: (request: PreparedRequest, http: HttpOptions) => Promise<R>,
): Promise<R> {
  await applyAuth(ref.connector, request, opts.auth, opts.config, http);
  const res = await sendOne(request, http);
  const apply = ref.connector.auth[opts.auth.scheme]?.apply;
  if (res.status !== 401 || apply?.type !== 'oauth2') return res;
  await refreshAccessToken(ref.connector, opts.auth, opts.config, http);
  await applyAuth(ref.connector, request, opts.auth, opts.config, http);
  return sendOne(request, { ...http, secrets: secretValues(ref.connector, opts.auth.values) });
}

/** Sends one request and reads its answer; a 2xx that is not what the action expects is retried like a 5xx when safe. */
export async function exchange(ref: ActionRef, request: PreparedRequest, opts: RunOptions): Promise<Answer> {
  const http = httpOptions(ref, opts, request);
  const expectsData = returnsList(ref) || ref.def.records !== undefined || actionKind(ref.def) === 'read';
  let answer: Omit<Answer, 'res'> | undefined;
  const accept = (res: HttpResponse) => {
    const body = successBody(ref.connector, ref.def, res, expectsData, http.safeToRetry);
    answer = { body, data: getPath(body, ref.def.records), meta: extractMeta(ref.def, body, res.headers) };
  };
  try {
    const res = await sendAuthed(ref, request, opts, http, (req, o) => send(req, o, accept));
    if (res.status >= 400) throw httpError(ref.connector, res);
    if (!answer) throw badResponse(ref.connector, res, `HTTP ${res.status} is not an answer aac can use`, false);
    return { res, ...answer };
  } catch (err) {
    if (!http.safeToRetry && err instanceof AacError) {
      const unknown = isUnknownOutcome(err) || err.type === 'bad_response' || (err.statusCode !== null && err.statusCode >= 500);
      if (unknown) throw unknownOutcome(err, checkHint(ref));
    }
    throw err;
  }
}

/** The options of one call: its deadline fixed now, for all its requests. */
export function started(opts: RunOptions): RunOptions {
  const deadlineMs = opts.http?.deadlineMs;
  return deadlineMs === undefined ? opts : { ...opts, http: { ...opts.http, deadlineAt: Date.now() + deadlineMs } as RunOptions['http'] };
}

/** Every error leaves the engine redacted with every secret known before and after the call (refreshed tokens too). */
export function redactedWith(ref: ActionRef, opts: RunOptions): (err: unknown) => unknown {
  const before = secretValues(ref.connector, opts.auth.values);
  return (err) => redactError(err, [...before, ...secretValues(ref.connector, opts.auth.values)]);
}

/** Runs one request of an action (one page for a list) and returns its records and meta. */
export async function execute(ref: ActionRef, params: Record<string, unknown>, opts: RunOptions): Promise<Result> {
  const redacted = redactedWith(ref, opts);
  const run = started(opts);
  try {
    const request = await prepare(ref, params, run);
    const { res, body, data, meta } = await exchange(ref, request, run);
    if (ref.def.paginate) {
      const records = Array.isArray(data) ? data : [];
      const next = nextPage(ref.def.paginate, { body, headers: res.headers, records, params });
      const moved = next && ('url' in next ? { url: new URL(next.url, res.url).toString() } : changedParams(params, next.params));
      if (moved && Object.keys(moved).length > 0 && meta.next === undefined) meta.next = moved;
    }
    return { data: (data === undefined || data === null) && returnsList(ref) ? [] : data, meta };
  } catch (err) {
    throw redacted(err);
  }
}

/** The params that move a list to its next page, for `--meta` users who page by hand. */
export function changedParams(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(after).filter(([k, v]) => before[k] !== v));
}

/**
 * A page URL to start a list at, as given (from an earlier page's `meta.next.url`): only for a list paged by server
 * URLs, and only on the origin of the action's own request, so that the credentials go nowhere else.
 */
function startUrl(ref: ActionRef, given: string, own: string): string {
  const type = ref.def.paginate?.type;
  if (type !== 'link' && type !== 'nextUrl') {
    const why = type ? 'pages by params, not by server URLs' : 'is not a paged list';
    throw new AacError('usage', `${ref.connector.title} ${ref.entity} ${ref.action} ${why}, so a page URL does not apply.`, {
      hint: "Pass the next page's params (meta.next) instead.",
    });
  }
  let url: URL;
  try {
    url = new URL(given, own);
  } catch {
    throw new AacError('usage', `The page URL is not a URL.`, { hint: 'Pass meta.next.url of an earlier page as it was printed.' });
  }
  const origin = new URL(own).origin;
  if (url.origin !== origin) {
    throw new AacError('usage', `The page URL must be on ${origin}, the API of ${ref.connector.title}: aac sends your credentials nowhere else.`, {
      hint: 'Pass meta.next.url of an earlier page of this list.',
    });
  }
  return url.toString();
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

/** Follows the action's pagination through the one page loop; a stuck or broken page is an error, never a silent end. */
export async function* pages(ref: ActionRef, params: Record<string, unknown>, opts: RunOptions, limits: PageLimits = {}): AsyncGenerator<Page> {
  const redacted = redactedWith(ref, opts);
  const run = started(opts);
  const fetcher: PageFetcher = {
    title: ref.connector.title,
    strategy: ref.def.paginate,
    async prepare(next, signal) {
      const withSignal: RunOptions = { ...run, http: { ...run.http, signal } };
      const request = await prepare(ref, next.params, withSignal, next.url);
      return {
        key: `${request.url} ${typeof request.body === 'string' ? request.body : ''}`,
        async send() {
          const { res, body, data, meta } = await exchange(ref, request, withSignal);
          return { records: asRecords(data), meta, body, headers: res.headers, url: res.url };
        },
      };
    },
    follow: (url, page) => sameOrigin(url, page.url!),
  };
  try {
    yield* pageLoop(fetcher, params, { ...limits, signal: opts.http?.signal });
  } catch (err) {
    throw redacted(err);
  }
}
