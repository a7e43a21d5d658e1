import { AacError, errorFromStatus } from '../errors.js';
import type { HttpResponse } from './http.js';
import { linkRel } from './pagination.js';
import { getPath } from './path.js';
import type { ActionDef, ConnectorDef } from './types.js';

/** A vendor's error body: JSON when it parses, else its text. */
export function parseBody(res: HttpResponse): unknown {
  if (!res.text) return null;
  try {
    return JSON.parse(res.text);
  } catch {
    return res.text;
  }
}

/** A 2xx that is not what the action expects; retried like a 5xx when the request is safe to send again. */
export function badResponse(connector: ConnectorDef, res: HttpResponse, reason: string, retryable: boolean): AacError {
  const type = res.headers['content-type'] || 'no content type';
  return new AacError('bad_response', `${connector.title} sent an unexpected response (${res.status}, ${type}): ${reason}.`, {
    statusCode: res.status,
    retryable,
    hint: retryable
      ? 'The server or a proxy in between answered with something other than the API; try again later, or check --base-url.'
      : 'The server or a proxy in between answered with something other than the API; check --base-url.',
  });
}

/**
 * The parsed body of a 2xx: complete JSON, or nothing when the action expects nothing. HTML, broken JSON, an
 * empty body where data is expected, or a body without the records path are errors, never an empty success.
 */
export function successBody(connector: ConnectorDef, action: ActionDef, res: HttpResponse, expectsData: boolean, retryable: boolean): unknown {
  const bad = (reason: string) => badResponse(connector, res, reason, retryable);
  if (!res.text.trim()) {
    // 204 says there is nothing, on purpose; an empty 200 where data is expected is a cut or broken answer
    if (expectsData && res.status !== 204) throw bad('the body is empty');
    return null;
  }
  if (/html/i.test(res.headers['content-type'] ?? '') || /^\s*</.test(res.text)) throw bad('an HTML page instead of JSON');
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    throw bad(`the body is not complete JSON (${res.text.length} characters)`);
  }
  const embedded = embeddedError(connector, action, body);
  if (embedded) throw embedded;
  if (action.records && getPath(body, action.records) === undefined) throw bad(`the body has no "${action.records}" field`);
  return body;
}

/** The human message a vendor put in its error body, whatever its shape. */
export function vendorMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim().slice(0, 500) || undefined;
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  const candidates = [
    getPath(b, 'error.message'),
    b.message,
    b.error_description,
    typeof b.error === 'string' ? b.error : undefined,
    getPath(b, 'errors.0.message'),
    getPath(b, 'errors.0.detail'),
    getPath(b, 'errors.0.title'),
    typeof getPath(b, 'errors.0') === 'string' ? getPath(b, 'errors.0') : undefined,
    b.detail,
    b.title,
    Array.isArray(b.errorMessages) ? b.errorMessages.join('; ') : undefined,
  ];
  const found = candidates.find((c) => typeof c === 'string' && c.length > 0);
  return found as string | undefined;
}

function authHint(connector: ConnectorDef): string {
  const envs = Object.values(connector.auth).flatMap((s) => Object.values(s.fields).filter((f) => f.secret !== false).map((f) => f.env));
  return `Check the ${connector.title} credentials (${[...new Set(envs)].join(', ')}) or the saved connector (\`aac connectors list\`).`;
}

/** Maps a non-2xx vendor response to an AacError; the connector's error rules win over the status. */
export function httpError(connector: ConnectorDef, res: HttpResponse): AacError {
  const body = parseBody(res);
  const message = vendorMessage(body) ?? `HTTP ${res.status}`;
  const byStatus = errorFromStatus(res.status, `${connector.title} API error (${res.status}): ${message}`);
  const rule = body && typeof body === 'object' ? connector.errors?.find((r) => getPath(body, r.field) === r.equals) : undefined;
  const err = rule ? { type: rule.type, message: byStatus.message, retryable: rule.type === 'rate_limited' } : byStatus;
  const retried = (res.attempts ?? 1) > 1 ? '; retries were exhausted' : '';
  const hint =
    rule?.hint ??
    (err.type === 'authentication'
      ? authHint(connector)
      : err.type === 'not_found'
        ? `Check the ids in your params; \`aac describe ${connector.name}\` lists the entities and actions.`
        : err.type === 'rate_limited'
          ? `Rate limited by the vendor${retried}. Wait and try again.`
          : err.retryable
            ? `The vendor had a server error${retried}. Try again later.`
            : undefined);
  return new AacError(err.type, err.message, { statusCode: res.status, retryable: err.retryable, hint });
}

function typeFromCode(code: string): 'not_found' | 'authentication' | 'rate_limited' | 'api' {
  const c = code.toLowerCase();
  if (c.includes('not_found') || c.includes('notfound')) return 'not_found';
  if (/auth|token|forbidden|permission|access_denied|missing_scope/.test(c)) return 'authentication';
  if (c.includes('rate')) return 'rate_limited';
  return 'api';
}

/** Errors that arrive with HTTP 200: the connector's `errorCheck` or GraphQL `errors`. */
export function embeddedError(connector: ConnectorDef, action: ActionDef, body: unknown): AacError | undefined {
  const check = connector.errorCheck;
  if (check && body && typeof body === 'object' && getPath(body, check.field) === check.equals) {
    const code = String(getPath(body, check.message) ?? 'unknown_error');
    const type = typeFromCode(code);
    return new AacError(type, `${connector.title} API error: ${code}`, {
      statusCode: 200,
      retryable: type === 'rate_limited',
      hint: type === 'authentication' ? authHint(connector) : undefined,
    });
  }
  if (action.graphql && body && typeof body === 'object') {
    const errors = (body as { errors?: { message?: string; type?: string; extensions?: { code?: string; type?: string } }[] }).errors;
    const records = getPath(body, action.records);
    if (Array.isArray(errors) && errors.length > 0 && (records === undefined || records === null)) {
      const first = errors[0]!;
      const code = first.type ?? first.extensions?.code ?? first.extensions?.type;
      const type = code ? typeFromCode(code) : 'api';
      return new AacError(type, `${connector.title} API error: ${errors.map((e) => e.message).join('; ')}`, {
        statusCode: 200,
        retryable: type === 'rate_limited',
        hint: type === 'authentication' ? authHint(connector) : undefined,
      });
    }
  }
  return undefined;
}

/** One meta value: `@link.<rel>` is a Link header's URL, `@header.<name>` a response header, anything else a dotted body path. */
function metaValue(path: string, body: unknown, headers: Record<string, string>): unknown {
  if (path.startsWith('@link.')) return linkRel(headers.link, path.slice('@link.'.length));
  if (path.startsWith('@header.')) return headers[path.slice('@header.'.length).toLowerCase()];
  return getPath(body, path);
}

export function extractMeta(action: ActionDef, body: unknown, headers: Record<string, string> = {}): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  for (const [name, path] of Object.entries(action.meta ?? {})) {
    const value = metaValue(path, body, headers);
    if (value !== undefined) meta[name] = value;
  }
  return meta;
}
