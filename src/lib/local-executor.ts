import { checkBaseUrl } from './base-url.js';
import type { LocalConnection } from './connection.js';
import type { Context } from './context.js';
import { secretValues } from './engine/auth.js';
import { download } from './engine/download.js';
import { dryRun, execute, pages, type RunOptions } from './engine/index.js';
import { isStreamBody } from './engine/request.js';
import type { DryRunRequest, Executor, ExecutorOptions } from './executor.js';
import { redact, redactHeaders } from './redact.js';

/** The local engine as an Executor: requests go straight to the vendor API. */
export function localExecutor(ctx: Context, conn: LocalConnection, opts: ExecutorOptions): Executor {
  const notice = (line: string) => (ctx.debug ? ctx.debug(line) : ctx.note(line));
  const baseUrl = opts.baseUrl === undefined ? conn.baseUrl : checkBaseUrl(opts.baseUrl);
  // One call may not outlast its attempts, whatever Retry-After says; a stream of pages has no such bound.
  const deadlineMs = opts.timeoutMs === undefined ? undefined : opts.timeoutMs * ((opts.retries ?? 3) + 1);
  const run = (single: boolean): RunOptions => ({
    config: conn.config,
    auth: conn.auth,
    baseUrl,
    pageUrl: opts.pageUrl,
    http: {
      timeoutMs: opts.timeoutMs,
      retries: opts.retries,
      maxBodyBytes: opts.maxBodyBytes,
      debug: ctx.debug,
      notice,
      signal: ctx.signal,
      retryBaseMs: ctx.retryBaseMs,
      ...(single ? { deadlineMs } : {}),
    },
    input: {
      cwd: ctx.cwd,
      // Read only by an action whose file comes from stdin; opening the process's stdin costs every other run.
      get stdin() {
        return ctx.io.stdin;
      },
    },
  });
  return {
    mode: 'local',
    connector: conn.connector,
    execute: (ref, params) => execute(ref, params, run(true)),
    pages: (ref, params, limits) => pages(ref, params, run(false), limits),
    download: (ref, params) => download(ref, params, run(false)),
    async dryRun(ref, params): Promise<DryRunRequest> {
      const request = await dryRun(ref, params, run(true));
      const secrets = secretValues(conn.connector, conn.auth.values);
      const body =
        typeof request.body === 'string'
          ? redact(request.body, secrets)
          : isStreamBody(request.body)
            ? request.body.describe
            : typeof request.body === 'object'
            ? Object.fromEntries([...request.body.keys()].map((k) => [k, '<multipart>']))
            : undefined;
      const parsed = typeof body === 'string' && request.headers['content-type'] === 'application/json' ? JSON.parse(body) : body;
      return {
        method: request.method,
        url: redact(request.url, secrets),
        headers: redactHeaders(request.headers, secrets),
        ...(parsed === undefined ? {} : { body: parsed }),
      };
    },
  };
}
