import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Dispatcher } from 'undici';
import { AacError } from '../errors.js';
import { redact, redactHeaders } from '../redact.js';
import type { PreparedRequest } from './request.js';

export interface HttpOptions {
  /** Per-attempt time limit for the whole exchange (ms). */
  timeoutMs?: number;
  /** Retries after the first attempt for 429, 5xx and network errors. */
  retries?: number;
  /** Base of the exponential backoff (ms). */
  retryBaseMs?: number;
  /** Longest wait honoured from a Retry-After header (ms). */
  maxRetryAfterMs?: number;
  /** Whether this request may be sent again (idempotent method, read, or carries an idempotency key). */
  safeToRetry: boolean;
  debug?: (line: string) => void;
  secrets?: string[];
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  url: string;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_RETRIES = 3;

let dispatcher: Dispatcher | undefined;

async function getDispatcher(): Promise<Dispatcher> {
  if (!dispatcher) {
    const { Agent } = await import('undici');
    dispatcher = new Agent({ keepAliveTimeout: 10_000, keepAliveMaxTimeout: 60_000, connections: 8 });
  }
  return dispatcher;
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

function networkError(err: unknown, request: PreparedRequest, timedOut: boolean, secrets: string[]): AacError {
  const url = redact(request.url, secrets);
  if (timedOut) {
    return new AacError('timeout', `Request timed out: ${request.method} ${url}`, {
      retryable: true,
      hint: 'The server did not answer in time; retry, or raise --timeout.',
    });
  }
  const code = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  const reason = code ?? (err instanceof Error ? err.message : String(err));
  return new AacError('network', `Network error on ${request.method} ${url}: ${reason}`, {
    retryable: code ? RETRYABLE_CODES.has(code) : true,
    hint: 'Check your connection and the server URL (--base-url), then retry.',
    cause: err,
  });
}

/** Sends one request once. Non-2xx statuses are returned, not thrown; transport failures throw AacError. */
export async function sendOnce(request: PreparedRequest, opts: HttpOptions): Promise<HttpResponse> {
  const { request: undiciRequest } = await import('undici');
  const secrets = opts.secrets ?? [];
  const started = performance.now();
  opts.debug?.(`> ${request.method} ${redact(request.url, secrets)}`);
  for (const [k, v] of Object.entries(redactHeaders(request.headers, secrets))) opts.debug?.(`> ${k}: ${v}`);
  if (typeof request.body === 'string') opts.debug?.(`> ${redact(request.body, secrets)}`);

  const timeout = AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  try {
    const res = await undiciRequest(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      dispatcher: await getDispatcher(),
      signal,
    });
    const text = await res.body.text();
    const headers = flatHeaders(res.headers);
    const ms = Math.round(performance.now() - started);
    opts.debug?.(`< ${res.statusCode} (${ms} ms)`);
    for (const [k, v] of Object.entries(redactHeaders(headers, secrets))) opts.debug?.(`< ${k}: ${v}`);
    if (text) opts.debug?.(`< ${redact(text.length > 4000 ? `${text.slice(0, 4000)}… (${text.length} bytes)` : text, secrets)}`);
    return { status: res.statusCode, headers, text, url: request.url };
  } catch (err) {
    if (opts.signal?.aborted) throw new AacError('cancelled', 'Cancelled.', { cause: err });
    throw networkError(err, request, timeout.aborted, secrets);
  }
}

/** Milliseconds to wait from a Retry-After header (seconds or HTTP date), or undefined. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function backoffMs(attempt: number, baseMs: number): number {
  const ceiling = Math.min(30_000, baseMs * 2 ** attempt);
  return randomInt(Math.floor(ceiling / 2), Math.max(Math.floor(ceiling / 2) + 1, ceiling + 1));
}

function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504 || status === 500;
}

/**
 * Sends with retries on 429, 5xx and network errors (only when `safeToRetry`), exponential backoff with
 * jitter, honouring Retry-After. Returns the last response, whatever its status.
 */
export async function send(request: PreparedRequest, opts: HttpOptions): Promise<HttpResponse> {
  const retries = opts.safeToRetry ? (opts.retries ?? DEFAULT_RETRIES) : 0;
  const base = opts.retryBaseMs ?? 500;
  for (let attempt = 0; ; attempt++) {
    let wait: number;
    try {
      const res = await sendOnce(request, opts);
      if (!isRetryableStatus(res.status) || attempt >= retries) return res;
      const after = retryAfterMs(res.headers['retry-after']);
      wait = after === undefined ? backoffMs(attempt, base) : Math.min(after, opts.maxRetryAfterMs ?? 120_000);
      opts.debug?.(`retrying after ${res.status} in ${wait} ms (attempt ${attempt + 2} of ${retries + 1})`);
    } catch (err) {
      if (!(err instanceof AacError) || !err.retryable || attempt >= retries) throw err;
      wait = backoffMs(attempt, base);
      opts.debug?.(`retrying after ${err.message} in ${wait} ms (attempt ${attempt + 2} of ${retries + 1})`);
    }
    try {
      await sleep(wait, undefined, { signal: opts.signal });
    } catch (err) {
      throw new AacError('cancelled', 'Cancelled.', { cause: err });
    }
  }
}
