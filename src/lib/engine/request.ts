import { Readable } from 'node:stream';
import { appendQuery, formEncode, relatedBody, type StreamBody } from './encode.js';
import { AacError } from '../errors.js';
import { missingInput } from '../missing-input.js';
import type { FormData } from 'undici';
import { mediaFrom, type MediaInput } from './media.js';
import type { ActionDef, ConnectorDef, HttpMethod, ParamLocation } from './types.js';
import { undici } from './undici.js';

export interface PreparedRequest {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body?: string | FormData | StreamBody;
}

export function isStreamBody(body: PreparedRequest['body']): body is StreamBody {
  return typeof body === 'object' && 'open' in body;
}

/** The body as undici sends it: a stream body is opened anew for each send. */
export function bodyToSend(request: PreparedRequest): string | FormData | Readable | undefined {
  return isStreamBody(request.body) ? Readable.from(request.body.open(), { objectMode: false }) : request.body;
}

const TEMPLATE_VAR = /\{([A-Za-z0-9_]+)\}/g;

export function splitRoute(route: string): { method: HttpMethod; path: string } {
  const space = route.indexOf(' ');
  return { method: route.slice(0, space) as HttpMethod, path: route.slice(space + 1) };
}

const namesByPath = new Map<string, readonly string[]>();

/** The `{placeholder}` names of a route's path (a path's are computed once: every param of every request asks). */
export function pathParamNames(path: string): readonly string[] {
  let names = namesByPath.get(path);
  if (!names) namesByPath.set(path, (names = [...path.matchAll(TEMPLATE_VAR)].map((m) => m[1]!)));
  return names;
}

/** The route an action takes for these params: the first variant whose `when` param is given, else `route`. */
export function routeFor(action: ActionDef, params: Record<string, unknown>): string {
  return action.variants?.find((v) => params[v.when] !== undefined)?.route ?? action.route;
}

export function paramLocation(action: ActionDef, name: string, route: string = action.route): ParamLocation {
  const explicit = (action.in as Record<string, ParamLocation> | undefined)?.[name];
  if (explicit) return explicit;
  const pg = action.paginate;
  if (pg && 'in' in pg && pg.in) {
    const pageParams = [pg.param, pg.type === 'page' ? pg.sizeParam : pg.type === 'offset' ? pg.limitParam : undefined];
    if (pageParams.includes(name)) return pg.in;
  }
  if (action.variants?.some((v) => v.when === name)) return 'path';
  const { method, path } = splitRoute(route);
  if (pathParamNames(path).includes(name)) return 'path';
  if (action.graphql) return 'body';
  return method === 'GET' || method === 'DELETE' ? 'query' : 'body';
}

/**
 * One path segment: percent-encoded, so `/`, `?` and `#` stay inside it; `.` and `..` are refused, since URL
 * parsing would remove them and send the request to another resource.
 */
export function pathSegment(name: string, value: unknown): string {
  const text = String(value);
  if (text === '.' || text === '..') {
    throw new AacError('validation', `Path parameter "${name}" cannot be "${text}"; it must name one item.`);
  }
  return encodeURIComponent(text);
}

/** Fills `{name}` placeholders; a missing value is an error naming `describe(name)`. */
export function fillTemplate(
  template: string,
  values: Record<string, unknown>,
  missing: (name: string) => AacError,
  encode = false,
): string {
  return template.replace(TEMPLATE_VAR, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === null || value === '') throw missing(name);
    return encode ? pathSegment(name, value) : String(value);
  });
}

export function serverUrl(connector: ConnectorDef, action: ActionDef, config: Record<string, string>, baseUrl?: string): string {
  if (baseUrl) {
    const base = baseUrl.replace(/\/+$/, '');
    const rewrite = action.baseUrlRewrite;
    return rewrite && base.endsWith(rewrite.suffix) ? base.slice(0, base.length - rewrite.suffix.length) + rewrite.with : base;
  }
  const template = action.server ?? connector.server;
  return fillTemplate(template, config, (name) => missingInput(connector, [name], { when: 'run' })).replace(/\/+$/, '');
}

function graphqlBody(action: ActionDef, params: Record<string, unknown>): string {
  const gql = action.graphql!;
  const fields = Array.isArray(params.fields) ? (params.fields as string[]).join(' ') : gql.defaultFields ?? '';
  const variables: Record<string, unknown> = {};
  for (const [variable, source] of Object.entries(gql.variables ?? {})) {
    if (!source.includes('{')) {
      if (params[source] !== undefined) variables[variable] = params[source];
      continue;
    }
    // every param given, an empty one too (`{ref}:{path}` with path '' is the root directory)
    const names = pathParamNames(source);
    if (names.every((n) => params[n] !== undefined)) variables[variable] = source.replace(TEMPLATE_VAR, (_, n: string) => String(params[n]));
  }
  return JSON.stringify({ query: gql.query.replaceAll('{{fields}}', fields), variables });
}

async function multipart(body: Record<string, unknown>, input: MediaInput): Promise<FormData> {
  const { openAsBlob } = await import('node:fs');
  const { basename, resolve } = await import('node:path');
  const { FormData } = await undici();
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined) continue;
    if (typeof value === 'string' && value.startsWith('@') && value.length > 1) {
      const file = value.slice(1);
      form.append(key, await openAsBlob(resolve(input.cwd, file)), basename(file));
    } else {
      form.append(key, typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));
    }
  }
  return form;
}

/** The Accept of a one-step download (the route answers with the file); JSON for everything else. */
function acceptFor(action: ActionDef, params: Record<string, unknown>): string {
  const download = action.download;
  if (!download || download.urlFrom) return 'application/json';
  return fileAccept(download.accept, params);
}

/** A download's Accept, its `{param}` placeholders filled; a param not given accepts anything. */
export function fileAccept(accept: string, params: Record<string, unknown>): string {
  return accept.replace(TEMPLATE_VAR, (_, name: string) => (params[name] === undefined || params[name] === '' ? '*/*' : String(params[name])));
}

/** A `related` body: every body param but the media ones as the JSON metadata part, then the media part. */
async function related(action: ActionDef, payload: Record<string, unknown>, input: MediaInput): Promise<StreamBody> {
  const media = action.media;
  if (!media) throw new AacError('internal', 'A related body needs the action to name its media param.');
  const { [media.param]: content, ...rest } = payload;
  const type = media.typeParam === undefined ? undefined : rest[media.typeParam];
  if (media.typeParam !== undefined) delete rest[media.typeParam];
  const part = await mediaFrom(media.param, content, typeof type === 'string' && type ? type : 'application/octet-stream', input);
  return relatedBody(rest, part, `aac-${globalThis.crypto.randomUUID()}`);
}

/** Builds the HTTP request for one page of an action, without authentication. */
export async function buildRequest(
  connector: ConnectorDef,
  action: ActionDef,
  params: Record<string, unknown>,
  config: Record<string, string>,
  baseUrl?: string,
  input: MediaInput = { cwd: '.' },
): Promise<PreparedRequest> {
  const route = routeFor(action, params);
  const { method, path } = splitRoute(route);
  const wire = (action.wire ?? {}) as Record<string, string>;
  const pathValues: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  const headers: Record<string, string> = { accept: acceptFor(action, params) };
  for (const [k, v] of Object.entries(connector.headers ?? {})) headers[k.toLowerCase()] = v;
  const query: [string, unknown][] = [];

  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const where = paramLocation(action, name, route);
    const wireName = wire[name] ?? name;
    if (where === 'path') pathValues[name] = value;
    else if (where === 'query') query.push([wireName, value]);
    else if (where === 'header') headers[wireName.toLowerCase()] = String(value);
    else body[wireName] = value;
  }

  const filledPath = fillTemplate(
    path,
    pathValues,
    (name) => new AacError('validation', `Missing required path parameter "${name}".`),
    true,
  );
  const url = new URL(serverUrl(connector, action, config, baseUrl) + filledPath);
  if (query.length > 0) {
    // built apart and set once: each append to url.searchParams serializes the whole URL again
    const search = new URLSearchParams(url.search);
    for (const [name, value] of query) appendQuery(search, name, value);
    url.search = search.toString();
  }

  const request: PreparedRequest = { method, url: url.toString(), headers };
  if (action.graphql) {
    headers['content-type'] ??= 'application/json';
    request.body = graphqlBody(action, params);
    return request;
  }
  if (method === 'GET' || (method === 'DELETE' && Object.keys(body).length === 0)) return request;

  const payload = action.bodyRoot ? { [action.bodyRoot]: body } : body;
  const encoding = action.body ?? connector.body ?? 'json';
  if (encoding === 'form') {
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
    request.body = formEncode(payload);
  } else if (encoding === 'multipart') {
    request.body = await multipart(payload, input);
  } else if (encoding === 'related') {
    const body = await related(action, payload, input);
    headers['content-type'] = body.contentType;
    if (body.length !== undefined) headers['content-length'] = String(body.length);
    request.body = body;
  } else {
    headers['content-type'] ??= 'application/json';
    request.body = JSON.stringify(payload);
  }
  return request;
}
