import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Dispatcher } from 'undici';
import { AacError } from '../errors.js';
import { redact, redactError, redactHeaders } from '../redact.js';
import { readBody, tooLarge } from './body.js';
import { bodyToSend, type PreparedRequest } from './request.js';
import { linkedSignal } from './signal.js';
import { undiciAgent } from './undici.js';

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
  /** Largest response body accepted, before and after decompression (bytes); default 64 MiB, and no cap on a streamed file. */
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

/** A 2xx whose body is handed over unread (a download); other statuses are read into `text` as usual. */
export interface StreamResponse extends HttpResponse {
  stream?: Readable;
}

/**
 * Where a redirect of a GET may go: the request to send there, or why it is refused. The default follows
 * the same origin only, with the same request (so the credentials stay where they belong).
 */
export type RedirectPolicy = (target: URL, current: PreparedRequest) => PreparedRequest | string;

const sameOriginOnly: RedirectPolicy = (target, current) =>
  target.origin === new URL(current.url).origin ? { ...current, url: target.toString() } : 'aac does not send your credentials to another host';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_RETRIES = 3;
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
const MAX_REDIRECTS = 5;

let dispatcher: Dispatcher | undefined;

async function getDispatcher(): Promise<Dispatcher> {
  if (!dispatcher) {
    const Agent = await undiciAgent();
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

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

function errorCode(err: unknown): string | undefined {
  return (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
}

/** A failure while a streamed body is read: cancelled, timed out or cut, as an AacError. */
function bodyError(err: unknown, request: PreparedRequest, signal: AbortSignal | undefined): AacError {
  if (signal?.aborted) return new AacError('cancelled', 'Cancelled.', { cause: err });
  if (err instanceof AacError) return err;
  return networkError(err, request, TIMEOUT_CODES.has(errorCode(err) ?? '') && 'timeout');
}

/** The body of a download, its bytes counted against `limit` (when given) and its failures mapped to AacError. */
function fileBody(body: AsyncIterable<Buffer>, request: PreparedRequest, opts: HttpOptions, end: () => void): Readable {
  async function* chunks() {
    let size = 0;
    try {
      for await (const chunk of body) {
        size += chunk.length;
        if (opts.maxBodyBytes !== undefined && size > opts.maxBodyBytes) throw tooLarge(opts.maxBodyBytes, `${request.method} ${request.url}`);
        yield chunk;
      }
    } catch (err) {
      throw redactError(bodyError(err, request, opts.signal), opts.secrets ?? []);
    } finally {
      end();
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

/**
 * Sends one request once. Non-2xx statuses are returned, not thrown; transport failures throw AacError. With
 * `stream`, a 2xx body is handed over unread; the time limit then covers the wait for the headers and each
 * pause in the body, not the whole transfer.
 */
async function sendOnce(request: PreparedRequest, opts: HttpOptions, stream = false): Promise<StreamResponse> {
  const send = await getDispatcher();
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
  // a streamed body may take longer than one attempt's limit: only the call's deadline bounds it as a whole
  const attempt = linkedSignal(opts.signal, stream ? left : byDeadline ? left : perAttempt);
  let handedOver = false;
  try {
    const url = new URL(request.url);
    const res = await send.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: request.method as Dispatcher.HttpMethod,
      headers: request.headers,
      body: bodyToSend(request),
      signal: attempt.signal,
      ...(stream ? { headersTimeout: perAttempt, bodyTimeout: perAttempt } : {}),
    });
    const headers = flatHeaders(res.headers);
    const ms = () => Math.round(performance.now() - started);
    const logHeaders = () => {
      if (!opts.debug) return;
      for (const [k, v] of Object.entries(redactHeaders(headers, opts.secrets ?? []))) opts.debug(`< ${k}: ${v}`);
    };
    if (stream && res.statusCode >= 200 && res.statusCode < 300) {
      opts.debug?.(`< ${res.statusCode} (${ms()} ms to the headers; body streamed, not logged)`);
      logHeaders();
      handedOver = true;
      return { status: res.statusCode, headers, text: '', url: request.url, stream: fileBody(res.body, request, opts, attempt.end) };
    }
    const text = await readBody(res.body, headers, `${request.method} ${request.url}`, opts.maxBodyBytes);
    opts.debug?.(`< ${res.statusCode} (${ms()} ms)`);
    logHeaders();
    if (text) opts.debug?.(`< ${text.length > 4000 ? `${text.slice(0, 4000)}… (${text.length} bytes)` : text}`);
    return { status: res.statusCode, headers, text, url: request.url };
  } catch (err) {
    if (opts.signal?.aborted) throw new AacError('cancelled', 'Cancelled.', { cause: err });
    if (err instanceof AacError) throw err;
    const code = errorCode(err);
    const timedOut = attempt.timedOut() ? (byDeadline || stream ? 'deadline' : 'timeout') : stream && TIMEOUT_CODES.has(code ?? '') && 'timeout';
    const error = networkError(err, request, timedOut);
    if (!code || !NOT_SENT_CODES.has(code)) sentBeforeFailing.add(error);
    throw error;
  } finally {
    if (!handedOver) attempt.end();
  }
}

const isRedirect = (status: number) => status >= 300 && status < 400 && status !== 304;

/**
 * Sends once, following redirects of a GET to the same origin (so the credentials stay where they belong);
 * any other redirect is an error that names where it pointed.
 */
async function sendFollowing(request: PreparedRequest, opts: HttpOptions, stream: boolean, redirect: RedirectPolicy): Promise<StreamResponse> {
  let current = request;
  for (let hops = 0; ; hops++) {
    const res = await sendOnce(current, opts, stream);
    if (!isRedirect(res.status)) return res;
    const location = res.headers.location;
    if (!location) {
      throw new AacError('bad_response', `The server answered ${current.method} ${current.url} with a ${res.status} redirect and no Location.`, {
        statusCode: res.status,
      });
    }
    const target = new URL(location, current.url);
    const next = current.method === 'GET' ? redirect(target, current) : 'aac follows redirects of GET requests only';
    if (typeof next === 'string' || hops >= MAX_REDIRECTS) {
      const why = typeof next === 'string' ? next : `more than ${MAX_REDIRECTS} redirects`;
      throw new AacError('api', `The server redirected ${current.method} ${current.url} (${res.status}) to ${target.toString()}; ${why}.`, {
        statusCode: res.status,
        hint: 'Point --base-url at the host that serves the API itself.',
      });
    }
    opts.debug?.(`following ${res.status} redirect to ${target.toString()}`);
    current = next;
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
  const low = Math.floor(ceiling / 2);
  // jitter, not a secret: Math.random spares loading node:crypto at every start
  return low + Math.floor(Math.random() * (Math.max(low + 1, ceiling + 1) - low));
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
export function send(request: PreparedRequest, opts: HttpOptions, accept?: (res: HttpResponse) => void): Promise<HttpResponse> {
  return sendWith(request, opts, { accept, stream: false, redirect: sameOriginOnly });
}

/**
 * `send` for a download: the same retries, redirects, error mapping and redaction until the headers of a 2xx
 * arrive; its body is then handed over as a stream, never read into memory, and never retried. `redirect`
 * decides where a redirect may go and with which request.
 */
export function sendStream(request: PreparedRequest, opts: HttpOptions, redirect: RedirectPolicy = sameOriginOnly): Promise<StreamResponse> {
  return sendWith(request, opts, { stream: true, redirect });
}

interface SendMode {
  accept?: (res: HttpResponse) => void;
  stream: boolean;
  redirect: RedirectPolicy;
}

async function sendWith(request: PreparedRequest, opts: HttpOptions, mode: SendMode): Promise<StreamResponse> {
  const secrets = opts.secrets ?? [];
  const debug = opts.debug && ((line: string) => opts.debug!(redact(line, secrets)));
  const notice = opts.notice && ((line: string) => opts.notice!(redact(line, secrets)));
  const deadlineAt = opts.deadlineAt ?? (opts.deadlineMs === undefined ? undefined : Date.now() + opts.deadlineMs);
  const o: HttpOptions = { ...opts, debug, notice, deadlineAt };
  try {
    checkHeaders(request);
    return await attempts(request, o, mode);
  } catch (err) {
    throw redactError(err, secrets);
  }
}

async function attempts(request: PreparedRequest, opts: HttpOptions, mode: SendMode): Promise<StreamResponse> {
  const retries = opts.safeToRetry ? (opts.retries ?? DEFAULT_RETRIES) : 0;
  const base = opts.retryBaseMs ?? 500;
  for (let attempt = 0; ; attempt++) {
    let wait: number;
    let why: string;
    let announce: string | undefined;
    try {
      const res = await sendFollowing(request, opts, mode.stream, mode.redirect);
      res.attempts = attempt + 1;
      if (res.status >= 200 && res.status < 300) {
        mode.accept?.(res);
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
