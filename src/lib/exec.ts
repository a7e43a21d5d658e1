import { existsSync } from 'node:fs';
import type { z } from 'zod';
import type { Store } from './config/store.js';
import { configPath } from './config/store.js';
import { resolveLocal, type LocalConnection } from './connection.js';
import { actionKind, dryRun, execute, pages, resolveAction, returnsList, validate, type ActionRef, type Page, type Result } from './engine/index.js';
import type { ConnectorDef } from './engine/types.js';
import { secretValues } from './engine/auth.js';
import { confirmOrRefuse } from './confirm.js';
import { AacError } from './errors.js';
import { applyPairs, readParamsFlag } from './params.js';
import { redact, redactHeaders } from './redact.js';
import { RecordWriter, renderResult, type OutputFormat } from './output/render.js';
import { json, writeOut } from './output/write.js';
import { projectData } from './output/project.js';
import { decideMode, reportMode, type Mode } from './mode.js';

export interface ExecTarget {
  connector: string;
  entity: string;
  action: string;
}

export interface ExecOptions {
  paramsFlag?: string;
  pairs: string[];
  all?: boolean;
  maxPages?: number;
  maxItems?: number;
  meta?: boolean;
  fields?: string[];
  output?: OutputFormat;
  dryRun?: boolean;
  baseUrl?: string;
  yes?: boolean;
  timeoutMs?: number;
  retries?: number;
  interactive: boolean;
  debug?: (line: string) => void;
  /** Opened only when a config file exists, so a first run never touches the disk. */
  store: () => Store;
  /** `--mode`; when absent the mode is detected (see mode.ts). */
  mode?: Mode;
  /** Platform mode: passed through to the hosted execute as `intent`. */
  intent?: string;
  /** Platform mode: the workspace to look a hosted connector up in (name or id). */
  workspace?: string;
  /** Platform mode: --api-url. */
  apiUrl?: string;
}

function confirmDestructive(ref: ActionRef, opts: ExecOptions): Promise<void> {
  const what = `${ref.action} on ${ref.connector.name} ${ref.entity}`;
  return confirmOrRefuse({
    yes: Boolean(opts.yes || opts.dryRun),
    interactive: opts.interactive,
    question: `Run ${what}? This cannot be undone.`,
    refusal: `Refusing to run the destructive action ${what} without confirmation.`,
    cancelled: 'Cancelled; nothing was sent.',
  });
}

async function printDryRun(ref: ActionRef, params: Record<string, unknown>, conn: LocalConnection, opts: ExecOptions): Promise<void> {
  const request = await dryRun(ref, params, { config: conn.config, auth: conn.auth, baseUrl: opts.baseUrl });
  const secrets = secretValues(conn.connector, conn.auth.values);
  const body =
    typeof request.body === 'string'
      ? redact(request.body, secrets)
      : typeof request.body === 'object'
        ? Object.fromEntries([...request.body.keys()].map((k) => [k, '<multipart>']))
        : undefined;
  let parsedBody: unknown = body;
  if (typeof body === 'string' && request.headers['content-type'] === 'application/json') parsedBody = JSON.parse(body);
  await writeOut(
    json({
      method: request.method,
      url: redact(request.url, secrets),
      headers: redactHeaders(request.headers, secrets),
      ...(parsedBody === undefined ? {} : { body: parsedBody }),
    }),
  );
}

async function streamAll(ref: ActionRef, params: Record<string, unknown>, conn: LocalConnection, opts: ExecOptions): Promise<void> {
  await streamRecords(ref, opts, (signal) => pages(ref, params, runOptions(conn, opts, signal)));
}

/** Writes every record of `source` as it arrives, honouring --max-pages, --max-items and Ctrl-C. */
export async function streamRecords(ref: ActionRef, opts: ExecOptions, source: (signal: AbortSignal) => AsyncIterable<Page>): Promise<void> {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const writer = new RecordWriter({
    format: opts.output ?? 'ndjson',
    fields: opts.fields,
    columns: ref.connector.entities[ref.entity]?.columns,
  });
  let pageCount = 0;
  let itemCount = 0;
  try {
    for await (const page of source(controller.signal)) {
      pageCount++;
      for (const record of page.records) {
        if (controller.signal.aborted) throw new AacError('cancelled', 'Cancelled.');
        await writer.write(record);
        if (opts.maxItems !== undefined && ++itemCount >= opts.maxItems) return;
      }
      if (opts.maxPages !== undefined && pageCount >= opts.maxPages) return;
    }
  } finally {
    process.off('SIGINT', onSigint);
    if (!controller.signal.aborted) await writer.end();
  }
}

function runOptions(conn: LocalConnection, opts: ExecOptions, signal?: AbortSignal) {
  return {
    config: conn.config,
    auth: conn.auth,
    baseUrl: opts.baseUrl,
    http: { timeoutMs: opts.timeoutMs, retries: opts.retries, debug: opts.debug, signal, retryBaseMs: retryBase() },
  };
}

export function retryBase(): number | undefined {
  const value = Number(process.env.AAC_RETRY_BASE_MS);
  return Number.isFinite(value) && value >= 0 && process.env.AAC_RETRY_BASE_MS ? value : undefined;
}

/** Resolves the action and its params (exit 4 on anything invalid) and confirms a destructive action. */
export async function prepareAction(connector: ConnectorDef, target: ExecTarget, opts: ExecOptions): Promise<{ ref: ActionRef; params: Record<string, unknown> }> {
  const ref = resolveAction(connector, target.entity, target.action);
  const shape = (ref.def.params?.shape ?? {}) as Record<string, z.ZodType>;
  const raw = applyPairs(await readParamsFlag(opts.paramsFlag), opts.pairs, shape);
  const params = validate(ref, raw);
  if (actionKind(ref.def) === 'destructive') await confirmDestructive(ref, opts);
  return { ref, params };
}

export function requireListForAll(ref: ActionRef): void {
  if (!ref.def.paginate && !returnsList(ref)) {
    throw new AacError('usage', `--all needs a list action; ${ref.entity} ${ref.action} returns one record.`);
  }
}

/** Prints one result the same way whichever mode produced it. */
export async function printResult(ref: ActionRef, result: Result, opts: ExecOptions): Promise<void> {
  if (opts.meta) {
    await writeOut(json({ data: projectData(result.data, opts.fields), meta: result.meta }));
    return;
  }
  const columns = ref.connector.entities[ref.entity]?.columns;
  await writeOut(await renderResult(result.data, { format: opts.output ?? 'json', fields: opts.fields, columns }));
}

/** `aac exec`: in platform mode through the hosted execute, else against the vendor API. */
export async function runExec(target: ExecTarget, opts: ExecOptions): Promise<void> {
  const store = existsSync(configPath()) ? opts.store() : undefined;
  const saved = store?.connector(target.connector);
  const decision = decideMode(opts.mode, store, { saved, savedName: target.connector });
  reportMode(decision, Boolean(process.stderr.isTTY), opts.debug);
  if (decision.mode === 'platform') {
    const { runHostedExec } = await import('./hosted-exec.js');
    return runHostedExec(target, store, opts);
  }
  // An unknown entity or action is reported as such (exit 4) before any missing credentials (exit 2).
  const lenient = await resolveLocal(target.connector, store, { requireCredentials: false });
  resolveAction(lenient.connector, target.entity, target.action);
  const conn = opts.dryRun ? lenient : await resolveLocal(target.connector, store);
  const { ref, params } = await prepareAction(conn.connector, target, opts);
  if (opts.dryRun) return printDryRun(ref, params, conn, opts);
  if (opts.all) {
    requireListForAll(ref);
    return streamAll(ref, params, conn, opts);
  }
  await printResult(ref, await execute(ref, params, runOptions(conn, opts)), opts);
}
