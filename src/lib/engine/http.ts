import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Dispatcher } from 'undici';
import { AacError } from '../errors.js';
import { redact, redactError, redactHeaders } from '../redact.js';
import { readBody } from './body.js';
import type { PreparedRequest } from './request.js';

export interface HttpOptions {
  /** Per-attempt time limit for the whole exchange (ms). */
  timeoutMs?: number;
  /** Time limit for the whole call: every attempt, wait, redirect and page (ms). */
  deadlineMs?: number;
  /** `deadlineMs` as an epoch time, fixed once when a call starts so that all its requests share it. */
  deadlineAt?: number;
  /** Retries after the first attempt for 429, 5xx and network errors. */
  retries?: number;
  /** Base of the exponential backoff (ms). */
  retryBaseMs?: number;
  /** Longest wait honoured from a Retry-After header (ms); default 60 s. */
  maxRetryAfterMs?: number;
  /** Largest response body accepted, before and after decompression (bytes); default 64 MiB. */
  maxBodyBytes?: number;
  /** Whether this request may be sent again (idempotent method, read, or carries an idempotency key). */
  safeToRetry: boolean;
  debug?: (line: string) => void;
  /** Lines for the person waiting (e.g. a Retry-After wait); the CLI prints them on stderr. */
  notice?: (line: string) => void;
  secrets?: string[];
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** The URL that answered (after redirects). */
  url: string;
  /** How many times the request was sent. */
  attempts?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_RETRIES = 3;
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
const MAX_REDIRECTS = 5;

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

/** Failures that happen before the request leaves: nothing was sent, so sending again is always safe. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENOTFOUND', 'UND_ERR_CONNECT_TIMEOUT']);

const RETRYABLE_CODES = new Set([
  ...NOT_SENT_CODES,
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** Marks an error after which a write may or may not have been applied. */
export const UNKNOWN_OUTCOME = { outcome: 'unknown' } as const;

export function isUnknownOutcome(err: unknown): boolean {
  return err instanceof AacError && (err.details as { outcome?: string } | undefined)?.outcome === 'unknown';
}

/** The error for a write that was sent and got no usable answer: it may have been applied, so never "retry". */
export function unknownOutcome(err: AacError, hint = 'The request was sent, so the write may have been applied: check before sending it again.'): AacError {
  return new AacError(err.type, err.message, { statusCode: err.statusCode ?? undefined, retryable: false, hint, details: UNKNOWN_OUTCOME, cause: err });
}

function networkError(err: unknown, request: PreparedRequest, timedOut: 'timeout' | 'deadline' | false): AacError {
  if (timedOut) {
    return new AacError('timeout', `Request timed out: ${request.method} ${request.url}`, {
      retryable: true,
      hint:
        timedOut === 'deadline'
          ? 'The call ran out of its overall time limit; retry, or allow it more time.'
          : 'The server did not answer in time; retry, or raise --timeout.',
    });
  }
  const code = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  const reason = code ?? (err instanceof Error ? err.message : String(err));
  const error = new AacError('network', `Network error on ${request.method} ${request.url}: ${reason}`, {
    retryable: code ? RETRYABLE_CODES.has(code) : true,
    hint: 'Check your connection and the server URL (--base-url), then retry.',
    cause: err,
  });
  return error;
}

/** Errors raised after the request left, so that a write may have reached the server. */
const sentBeforeFailing = new WeakSet<AacError>();

/** CR, LF, NUL and other control characters (tab aside) would split or corrupt the request. */
function checkHeaders(request: PreparedRequest): void {
  for (const [name, value] of Object.entries(request.headers)) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(name + value)) {
      throw new AacError('usage', `Header "${name.replace(/[^\x20-\x7e]/g, '?')}" contains a control character (such as a line break); nothing was sent.`, {
        hint: 'Remove line breaks and other control characters from header params and credentials.',
      });
    }
  }
}

function remaining(opts: HttpOptions): number | undefined {
  return opts.deadlineAt === undefined ? undefined : opts.deadlineAt - Date.now();
}

/** Sends one request once. Non-2xx statuses are returned, not thrown; transport failures throw AacError. */
async function sendOnce(request: PreparedRequest, opts: HttpOptions): Promise<HttpResponse> {
  const { request: undiciRequest } = await import('undici');
  const started = performance.now();
  if (opts.debug) {
    opts.debug(`> ${request.method} ${request.url}`);
    for (const [k, v] of Object.entries(redactHeaders(request.headers, opts.secrets ?? []))) opts.debug(`> ${k}: ${v}`);
    if (typeof request.body === 'string') opts.debug(`> ${request.body}`);
  }

  const perAttempt = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const left = remaining(opts);
  const byDeadline = left !== undefined && left < perAttempt;
  if (left !== undefined && left <= 0) throw networkError(undefined, request, 'deadline');
  const timeout = AbortSignal.timeout(byDeadline ? left : perAttempt);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  try {
    const res = await undiciRequest(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      dispatcher: await getDispatcher(),
      signal,
    });
    const headers = flatHeaders(res.headers);
    const text = await readBody(res.body, headers, `${request.method} ${request.url}`, opts.maxBodyBytes);
    if (opts.debug) {
      opts.debug(`< ${res.statusCode} (${Math.round(performance.now() - started)} ms)`);
      for (const [k, v] of Object.entries(redactHeaders(headers, opts.secrets ?? []))) opts.debug(`< ${k}: ${v}`);
      if (text) opts.debug(`< ${text.length > 4000 ? `${text.slice(0, 4000)}… (${text.length} bytes)` : text}`);
    }
    return { status: res.statusCode, headers, text, url: request.url };
  } catch (err) {
    if (opts.signal?.aborted) throw new AacError('cancelled', 'Cancelled.', { cause: err });
    if (err instanceof AacError) throw err;
    const error = networkError(err, request, timeout.aborted && (byDeadline ? 'deadline' : 'timeout'));
    const code = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
    if (!code || !NOT_SENT_CODES.has(code)) sentBeforeFailing.add(error);
    throw error;
  }
}

const isRedirect = (status: number) => status >= 300 && status < 400 && status !== 304;

/**
 * Sends once, following redirects of a GET to the same origin (so the credentials stay where they belong);
 * any other redirect is an error that names where it pointed.
 */
async function sendFollowing(request: PreparedRequest, opts: HttpOptions): Promise<HttpResponse> {
  let current = request;
  for (let hops = 0; ; hops++) {
    const res = await sendOnce(current, opts);
    if (!isRedirect(res.status)) return res;
    const location = res.headers.location;
    if (!location) {
      throw new AacError('bad_response', `The server answered ${current.method} ${current.url} with a ${res.status} redirect and no Location.`, {
        statusCode: res.status,
      });
    }
    const target = new URL(location, current.url);
    const sameOrigin = target.origin === new URL(current.url).origin;
    if (current.method !== 'GET' || !sameOrigin || hops >= MAX_REDIRECTS) {
      const why = current.method !== 'GET' ? `aac follows redirects of GET requests only` : !sameOrigin ? 'aac does not send your credentials to another host' : `more than ${MAX_REDIRECTS} redirects`;
      throw new AacError('api', `The server redirected ${current.method} ${current.url} (${res.status}) to ${target.toString()}; ${why}.`, {
        statusCode: res.status,
        hint: 'Point --base-url at the host that serves the API itself.',
      });
    }
    opts.debug?.(`following ${res.status} redirect to ${target.toString()}`);
    current = { ...current, url: target.toString() };
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

/** Waits before a retry, unless the wait would pass the call's deadline; `announce` tells the person waiting. */
async function pause(ms: number, opts: HttpOptions, what: string, announce?: string): Promise<void> {
  const left = remaining(opts);
  if (left !== undefined && ms >= left) {
    throw new AacError('timeout', `Giving up: waiting ${Math.ceil(ms / 1000)} s to retry (${what}) would pass the call's time limit.`, {
      retryable: true,
      hint: 'Try again later, or allow the call more time.',
    });
  }
  if (announce) opts.notice?.(announce);
  try {
    await sleep(ms, undefined, { signal: opts.signal });
  } catch (err) {
    throw new AacError('cancelled', 'Cancelled.', { cause: err });
  }
}

/**
 * Sends with retries on 429, 5xx and network errors (only when `safeToRetry`), exponential backoff with
 * jitter, honouring Retry-After (capped, and announced through `notice`). A 2xx is handed to `accept`, which
 * may throw; a retryable error from it is retried like a 5xx. Returns the last response, whatever its status.
 * Every error and debug line is redacted with `secrets`.
 */
export async function send(request: PreparedRequest, opts: HttpOptions, accept?: (res: HttpResponse) => void): Promise<HttpResponse> {
  const secrets = opts.secrets ?? [];
  const debug = opts.debug && ((line: string) => opts.debug!(redact(line, secrets)));
  const notice = opts.notice && ((line: string) => opts.notice!(redact(line, secrets)));
  const deadlineAt = opts.deadlineAt ?? (opts.deadlineMs === undefined ? undefined : Date.now() + opts.deadlineMs);
  const o: HttpOptions = { ...opts, debug, notice, deadlineAt };
  try {
    checkHeaders(request);
    return await attempts(request, o, accept);
  } catch (err) {
    throw redactError(err, secrets);
  }
}

async function attempts(request: PreparedRequest, opts: HttpOptions, accept?: (res: HttpResponse) => void): Promise<HttpResponse> {
  const retries = opts.safeToRetry ? (opts.retries ?? DEFAULT_RETRIES) : 0;
  const base = opts.retryBaseMs ?? 500;
  for (let attempt = 0; ; attempt++) {
    let wait: number;
    let why: string;
    let announce: string | undefined;
    try {
      const res = await sendFollowing(request, opts);
      res.attempts = attempt + 1;
      if (res.status >= 200 && res.status < 300) {
        accept?.(res);
        return res;
      }
      if (!isRetryableStatus(res.status) || attempt >= retries) return res;
      why = String(res.status);
      const after = retryAfterMs(res.headers['retry-after']);
      if (after === undefined) {
        wait = backoffMs(attempt, base);
      } else {
        wait = Math.min(after, opts.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS);
        const capped = wait < after ? ` (it asked for ${Math.ceil(after / 1000)} s)` : '';
        announce = `${request.method} ${new URL(request.url).pathname}: HTTP ${res.status}, waiting ${Math.ceil(wait / 1000)} s as the server asked${capped}, then retrying (attempt ${attempt + 2} of ${retries + 1}).`;
      }
    } catch (err) {
      if (!(err instanceof AacError)) throw err;
      if (sentBeforeFailing.has(err) && !opts.safeToRetry) throw unknownOutcome(err);
      if (!err.retryable || attempt >= retries) throw err;
      why = err.message;
      wait = backoffMs(attempt, base);
    }
    opts.debug?.(`retrying after ${why} in ${wait} ms (attempt ${attempt + 2} of ${retries + 1})`);
    await pause(wait, opts, why, announce);
  }
}
