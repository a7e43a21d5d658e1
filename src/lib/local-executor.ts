import type { LocalConnection } from './connection.js';
import type { Context } from './context.js';
import { secretValues } from './engine/auth.js';
import { dryRun, execute, pages, type RunOptions } from './engine/index.js';
import type { DryRunRequest, Executor, ExecutorOptions } from './executor.js';
import { redact, redactHeaders } from './redact.js';

/** The local engine as an Executor: requests go straight to the vendor API. */
export function localExecutor(ctx: Context, conn: LocalConnection, opts: ExecutorOptions): Executor {
  const run = (): RunOptions => ({
    config: conn.config,
    auth: conn.auth,
    baseUrl: opts.baseUrl,
    http: { timeoutMs: opts.timeoutMs, retries: opts.retries, debug: ctx.debug, signal: ctx.signal, retryBaseMs: ctx.retryBaseMs },
  });
  return {
    mode: 'local',
    connector: conn.connector,
    execute: (ref, params) => execute(ref, params, run()),
    pages: (ref, params, limits) => pages(ref, params, run(), limits),
    async dryRun(ref, params): Promise<DryRunRequest> {
      const request = await dryRun(ref, params, run());
      const secrets = secretValues(conn.connector, conn.auth.values);
      const body =
        typeof request.body === 'string'
          ? redact(request.body, secrets)
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
