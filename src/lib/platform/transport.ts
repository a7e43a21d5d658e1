import type { z } from 'zod';
import { isUnknownOutcome, send } from '../engine/http.js';
import type { HttpMethod } from '../engine/types.js';
import { AacError } from '../errors.js';
import type { Waiting } from '../context.js';
import { redactError } from '../redact.js';
import { API_URL_HINT, platformError } from './errors.js';

export type Query = Record<string, string | number | boolean | readonly string[] | undefined>;

export interface TransportOptions {
  apiUrl: string;
  timeoutMs?: number;
  retries?: number;
  retryBaseMs?: number;
  debug?: (line: string) => void;
  signal?: AbortSignal;
  /** Shows a person that a call is in flight (a spinner on a terminal). */
  waiting?: Waiting;
  /** Values to redact from debug logs and error messages. */
  secrets: () => string[];
}

export interface CallOptions<T> {
  query?: Query;
  body?: unknown;
  token?: string;
  organizationId?: string;
  schema?: z.ZodType<T>;
  /** Retry on 429/5xx/network errors even though the method is not GET (the call has no side effects). */
  safeToRetry?: boolean;
}

/** Token values in platform responses, which the debug log sees before aac knows them. */
const TOKEN_FIELDS = /("(?:access_token|client_secret|token)"\s*:\s*")[^"]*/g;

export function withQuery(path: string, query: Query = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const v of typeof value === 'object' ? value : [value]) search.append(key, String(v));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** Secret-looking fields of a request body (a token request's client_secret), which an error body may echo. */
function bodySecrets(body: unknown): string[] {
  if (!body || typeof body !== 'object') return [];
  return Object.entries(body).flatMap(([k, v]) => (typeof v === 'string' && /secret|token|password/i.test(k) ? [v] : []));
}

function unexpected(method: string, path: string, reason: string): AacError {
  return new AacError('api', `Unexpected response from the Airbyte platform on ${method} ${path}: ${reason}`, {
    hint: 'Check that --api-url / AAC_PLATFORM_URL points at the Airbyte platform API.',
  });
}

/**
 * One platform API call through the engine's HTTP layer: JSON in, validated JSON out, errors mapped and
 * redacted of the client secret and every token.
 */
export async function call<T = unknown>(opts: TransportOptions, method: HttpMethod, path: string, call: CallOptions<T> = {}): Promise<T> {
  const secrets = [...opts.secrets(), ...(call.token ? [call.token] : []), ...bodySecrets(call.body)];
  try {
    const work = () => exchange(opts, method, path, call, secrets);
    return await (opts.waiting ? opts.waiting(`Airbyte platform: ${method} ${path}`, work) : work());
  } catch (err) {
    throw redactError(err, [...secrets, ...opts.secrets()]);
  }
}

async function exchange<T>(opts: TransportOptions, method: HttpMethod, path: string, call: CallOptions<T>, secrets: string[]): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'aac' };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  if (call.organizationId) headers['x-organization-id'] = call.organizationId;
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  const target = withQuery(path, call.query);
  const debug = opts.debug && ((line: string) => opts.debug!(line.replace(TOKEN_FIELDS, '$1[REDACTED]')));
  let res;
  try {
    res = await send(
      { method, url: `${opts.apiUrl}${target}`, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body) },
      {
        safeToRetry: method === 'GET' || call.safeToRetry === true,
        timeoutMs: opts.timeoutMs,
        retries: opts.retries,
        retryBaseMs: opts.retryBaseMs,
        debug,
        signal: opts.signal,
        secrets,
      },
    );
  } catch (err) {
    if (err instanceof AacError && (err.type === 'network' || err.type === 'timeout') && !isUnknownOutcome(err)) {
      throw new AacError(err.type, err.message, { retryable: err.retryable, hint: API_URL_HINT, cause: err });
    }
    throw err;
  }
  if (res.status < 200 || res.status >= 300) throw platformError(res.status, res.text, method, path);
  let data: unknown;
  if (res.text.trim()) {
    try {
      data = JSON.parse(res.text);
    } catch {
      throw unexpected(method, path, 'the body is not JSON');
    }
  }
  if (!call.schema) return data as T;
  const parsed = call.schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw unexpected(method, path, `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  }
  return parsed.data;
}
