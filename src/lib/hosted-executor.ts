import type { Context } from './context.js';
import { actionKind, changedParams, type ActionRef, type Page, type Result } from './engine/index.js';
import { asRecords, pageLoop, type PageFetcher, type PageLimits } from './engine/page-loop.js';
import { nextPage } from './engine/pagination.js';
import { setPath } from './engine/path.js';
import { AacError } from './errors.js';
import type { Executor, ExecutorOptions } from './executor.js';
import type { HostedConnection } from './hosted-connectors.js';
import type { PlatformClient } from './platform/client.js';

function executePath(id: string): string {
  return `/api/v1/integrations/connectors/${encodeURIComponent(id)}/execute`;
}

function requestBody(ref: ActionRef, params: Record<string, unknown>, opts: Pick<ExecutorOptions, 'fields' | 'intent'>) {
  return {
    entity: ref.entity,
    action: ref.action,
    params,
    ...(opts.fields?.length ? { select_fields: opts.fields } : {}),
    ...(opts.intent ? { intent: opts.intent } : {}),
  };
}

/** One hosted execute: the envelope's `result` is the data and its `connector_metadata` the meta. */
export async function executeHosted(
  client: PlatformClient,
  hosted: HostedConnection,
  ref: ActionRef,
  params: Record<string, unknown>,
  opts: Pick<ExecutorOptions, 'fields' | 'intent'> = {},
): Promise<Result> {
  const res = await client.connectors.execute(hosted.id, requestBody(ref, params, opts), { safeToRetry: actionKind(ref.def) === 'read' });
  if (/^(error|failed|failure)$/i.test(res.status)) {
    const message = typeof res.result === 'string' ? res.result : JSON.stringify(res.result);
    throw new AacError('api', `The hosted ${hosted.connector.title} connector "${hosted.name}" failed: ${message}`, { details: res.result });
  }
  const meta = res.connector_metadata && typeof res.connector_metadata === 'object' ? (res.connector_metadata as Record<string, unknown>) : {};
  return { data: res.result, meta };
}

/** Pagination state the platform hands back is the action's meta; rebuilt into the body shape the strategies read. */
function bodyFromMeta(ref: ActionRef, meta: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, path] of Object.entries(ref.def.meta ?? {})) if (meta[name] !== undefined) setPath(body, path, meta[name]);
  return body;
}

/** Why --all cannot page through this action on the platform, if it cannot. */
function unpageable(ref: ActionRef): string | undefined {
  const strategy = ref.def.paginate;
  if (!strategy) return undefined;
  const metaPaths = Object.values(ref.def.meta ?? {});
  const covered = (path: string | undefined) => path === undefined || metaPaths.some((p) => p === path || path.startsWith(`${p}.`) || p.startsWith(`${path}.`));
  const needed =
    strategy.type === 'cursor' ? [strategy.from, strategy.hasMore] : strategy.type === 'lastId' ? [strategy.hasMore] : strategy.type === 'graphql' ? [strategy.pageInfo] : [];
  if (strategy.type === 'link' || strategy.type === 'nextUrl' || !needed.every(covered)) {
    return `the platform does not return the next-page cursor of ${ref.connector.name} ${ref.entity} ${ref.action}`;
  }
  return undefined;
}

/** Hosted paging is one more input to the engine's page loop: the platform's meta stands in for the vendor's body. */
async function* hostedPages(run: (params: Record<string, unknown>) => Promise<Result>, ref: ActionRef, params: Record<string, unknown>, limits: PageLimits, signal: AbortSignal): AsyncGenerator<Page> {
  const reason = unpageable(ref);
  if (reason) throw new AacError('usage', `--all is not available on a hosted connector here: ${reason}.`, { hint: 'Page by hand with --meta and the cursor params, or run it with --mode local.' });
  const fetcher: PageFetcher = {
    title: `${ref.connector.title} (hosted)`,
    strategy: ref.def.paginate,
    prepare: async (next) => ({
      key: JSON.stringify(next.params),
      async send() {
        const { data, meta } = await run(next.params);
        return { records: asRecords(data), meta, body: bodyFromMeta(ref, meta), headers: {} };
      },
    }),
  };
  yield* pageLoop(fetcher, params, { ...limits, signal });
}

/** One page with `meta.next`, the params that move it to the next page, as the local engine gives them. */
function withNext(ref: ActionRef, params: Record<string, unknown>, result: Result): Result {
  if (!ref.def.paginate || unpageable(ref)) return result;
  const records = Array.isArray(result.data) ? result.data : [];
  const next = nextPage(ref.def.paginate, { body: bodyFromMeta(ref, result.meta), headers: {}, records, params });
  const moved = next && 'params' in next ? changedParams(params, next.params) : {};
  return Object.keys(moved).length && result.meta.next === undefined ? { ...result, meta: { ...result.meta, next: moved } } : result;
}

/** The hosted connector as an Executor: the platform runs the action with the credentials it keeps. */
export function hostedExecutor(ctx: Context, client: PlatformClient, hosted: HostedConnection, opts: ExecutorOptions): Executor {
  if (opts.pageUrl !== undefined) {
    throw new AacError('usage', `A page URL applies to local mode: the hosted connector "${hosted.name}" pages by the platform's cursors.`, {
      hint: "Pass the next page's params (meta.next), or run with --mode local.",
    });
  }
  const run = (ref: ActionRef) => (params: Record<string, unknown>) => executeHosted(client, hosted, ref, params, opts);
  return {
    mode: 'platform',
    connector: hosted.connector,
    execute: async (ref, params) => withNext(ref, params, await run(ref)(params)),
    pages: (ref, params, limits = {}) => hostedPages(run(ref), ref, params, limits, ctx.signal),
    download: async (ref) => {
      throw new AacError('usage', `The platform cannot stream files: its execute answers with JSON, so ${ref.connector.name} ${ref.entity} ${ref.action} cannot run on the hosted connector "${hosted.name}".`, {
        hint: `Run it with --mode local and the ${ref.connector.title} credentials (\`aac describe ${ref.connector.name}\` names their variables).`,
      });
    },
    dryRun: async (ref, params) => ({
      method: 'POST',
      url: `${client.apiUrl}${executePath(hosted.id)}`,
      headers: { authorization: 'Bearer <token>', 'content-type': 'application/json' },
      body: requestBody(ref, params, opts),
    }),
  };
}
