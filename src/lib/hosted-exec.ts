import type { Store } from './config/store.js';
import { actionKind, type ActionRef, type Page, type Result } from './engine/index.js';
import { nextPage } from './engine/pagination.js';
import { setPath } from './engine/path.js';
import { AacError } from './errors.js';
import { prepareAction, printResult, requireListForAll, retryBase, streamRecords, type ExecOptions, type ExecTarget } from './exec.js';
import { resolveHosted, type HostedConnection } from './hosted-connectors.js';
import { json, writeOut } from './output/write.js';
import { PlatformClient } from './platform/client.js';

export function execClient(store: Store | undefined, opts: ExecOptions): PlatformClient {
  return new PlatformClient({
    store,
    apiUrl: opts.apiUrl,
    timeoutMs: opts.timeoutMs,
    retries: opts.retries,
    retryBaseMs: retryBase(),
    debug: opts.debug,
  });
}

function executePath(id: string): string {
  return `/api/v1/integrations/connectors/${encodeURIComponent(id)}/execute`;
}

function requestBody(ref: ActionRef, params: Record<string, unknown>, opts: Pick<ExecOptions, 'fields' | 'intent'>) {
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
  opts: Pick<ExecOptions, 'fields' | 'intent'> = {},
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

async function* hostedPages(
  run: (params: Record<string, unknown>) => Promise<Result>,
  ref: ActionRef,
  params: Record<string, unknown>,
  signal: AbortSignal,
): AsyncGenerator<Page> {
  let current = params;
  const seen = new Set<string>();
  while (!signal.aborted) {
    seen.add(JSON.stringify(current));
    const { data, meta } = await run(current);
    const records = Array.isArray(data) ? data : data === null || data === undefined ? [] : [data];
    yield { records, meta };
    if (!ref.def.paginate) return;
    const next = nextPage(ref.def.paginate, { body: bodyFromMeta(ref, meta), headers: {}, records, params: current });
    if (!next || !('params' in next) || seen.has(JSON.stringify(next.params))) return;
    current = next.params;
  }
}

/** `aac exec` in platform mode: the same validation and output as local mode, run by the hosted connector. */
export async function runHostedExec(target: ExecTarget, store: Store | undefined, opts: ExecOptions): Promise<void> {
  if (opts.baseUrl) throw new AacError('usage', '--base-url applies to local mode only.', { hint: 'Drop it, or add --mode local.' });
  if (opts.intent && opts.intent.length > 512) throw new AacError('usage', `--intent is ${opts.intent.length} characters; the platform takes at most 512.`);
  const client = execClient(store, opts);
  const hosted = await resolveHosted(target.connector, store, client, { workspace: opts.workspace });
  const { ref, params } = await prepareAction(hosted.connector, target, opts);
  if (opts.dryRun) {
    await writeOut(
      json({
        method: 'POST',
        url: `${client.apiUrl}${executePath(hosted.id)}`,
        headers: { authorization: 'Bearer <token>', 'content-type': 'application/json' },
        body: requestBody(ref, params, opts),
      }),
    );
    return;
  }
  const run = (p: Record<string, unknown>) => executeHosted(client, hosted, ref, p, opts);
  if (opts.all) {
    requireListForAll(ref);
    const reason = unpageable(ref);
    if (reason) throw new AacError('usage', `--all is not available on a hosted connector here: ${reason}.`, { hint: 'Page by hand with --meta and the cursor params, or run it with --mode local.' });
    return streamRecords(ref, opts, (signal) => hostedPages(run, ref, params, signal));
  }
  await printResult(ref, await run(params), opts);
}
