import { AacError, errorFromStatus } from '../errors.js';
import { redact } from '../redact.js';
import type { HttpResponse } from './http.js';
import { getPath } from './path.js';
import type { ActionDef, ConnectorDef } from './types.js';

export function parseBody(res: HttpResponse): unknown {
  if (!res.text) return null;
  try {
    return JSON.parse(res.text);
  } catch {
    return res.text;
  }
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

/** Maps a non-2xx vendor response to an AacError. */
export function httpError(connector: ConnectorDef, res: HttpResponse, secrets: string[]): AacError {
  const body = parseBody(res);
  const message = redact(vendorMessage(body) ?? `HTTP ${res.status}`, secrets);
  const err = errorFromStatus(res.status, `${connector.title} API error (${res.status}): ${message}`);
  const hint =
    err.type === 'authentication'
      ? authHint(connector)
      : err.type === 'not_found'
        ? `Check the ids in your params; \`aac describe ${connector.name}\` lists the entities and actions.`
        : err.type === 'rate_limited'
          ? 'Rate limited by the vendor; retries were exhausted. Wait and try again.'
          : err.retryable
            ? 'The vendor had a server error; retries were exhausted. Try again later.'
            : undefined;
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
export function embeddedError(connector: ConnectorDef, action: ActionDef, body: unknown, secrets: string[]): AacError | undefined {
  const check = connector.errorCheck;
  if (check && body && typeof body === 'object' && getPath(body, check.field) === check.equals) {
    const code = String(getPath(body, check.message) ?? 'unknown_error');
    const type = typeFromCode(code);
    return new AacError(type, `${connector.title} API error: ${redact(code, secrets)}`, {
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
      return new AacError(type, `${connector.title} API error: ${redact(errors.map((e) => e.message).join('; '), secrets)}`, {
        statusCode: 200,
        retryable: type === 'rate_limited',
        hint: type === 'authentication' ? authHint(connector) : undefined,
      });
    }
  }
  return undefined;
}

export function extractMeta(action: ActionDef, body: unknown): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  for (const [name, path] of Object.entries(action.meta ?? {})) {
    const value = getPath(body, path);
    if (value !== undefined) meta[name] = value;
  }
  return meta;
}
