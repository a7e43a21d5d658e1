import { existsSync } from 'node:fs';
import type { z } from 'zod';
import type { Store } from './config/store.js';
import { configPath } from './config/store.js';
import { resolveLocal, type LocalConnection } from './connection.js';
import { actionKind, dryRun, execute, pages, resolveAction, returnsList, validate, type ActionRef } from './engine/index.js';
import { secretValues } from './engine/auth.js';
import { AacError } from './errors.js';
import { applyPairs, readParamsFlag } from './params.js';
import { redact, redactHeaders } from './redact.js';
import { RecordWriter, renderResult, type OutputFormat } from './output/render.js';
import { json, writeOut } from './output/write.js';
import { projectData } from './output/project.js';

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
}

async function confirmDestructive(ref: ActionRef, opts: ExecOptions): Promise<void> {
  if (opts.yes || opts.dryRun) return;
  const what = `${ref.action} on ${ref.connector.name} ${ref.entity}`;
  if (!opts.interactive) {
    throw new AacError('usage', `Refusing to run the destructive action ${what} without confirmation.`, {
      hint: 'Add --yes to confirm.',
    });
  }
  const { confirm } = await import('@inquirer/prompts');
  const ok = await confirm({ message: `Run ${what}? This cannot be undone.`, default: false }, { output: process.stderr });
  if (!ok) throw new AacError('cancelled', 'Cancelled; nothing was sent.');
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
    for await (const page of pages(ref, params, runOptions(conn, opts, controller.signal))) {
      pageCount++;
      for (const record of page.records) {
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

function retryBase(): number | undefined {
  const value = Number(process.env.AAC_RETRY_BASE_MS);
  return Number.isFinite(value) && value >= 0 && process.env.AAC_RETRY_BASE_MS ? value : undefined;
}

/** `aac exec` in local mode: validate, confirm, call the vendor, print. */
export async function runExec(target: ExecTarget, opts: ExecOptions): Promise<void> {
  const store = existsSync(configPath()) ? opts.store() : undefined;
  const conn = await resolveLocal(target.connector, store, { requireCredentials: !opts.dryRun });
  const ref = resolveAction(conn.connector, target.entity, target.action);
  const shape = (ref.def.params?.shape ?? {}) as Record<string, z.ZodType>;
  const raw = applyPairs(await readParamsFlag(opts.paramsFlag), opts.pairs, shape);
  const params = validate(ref, raw);
  if (actionKind(ref.def) === 'destructive') await confirmDestructive(ref, opts);
  if (opts.dryRun) return printDryRun(ref, params, conn, opts);
  if (opts.all) {
    if (!ref.def.paginate && !returnsList(ref)) {
      throw new AacError('usage', `--all needs a list action; ${target.entity} ${target.action} returns one record.`);
    }
    return streamAll(ref, params, conn, opts);
  }
  const result = await execute(ref, params, runOptions(conn, opts));
  const format = opts.output ?? 'json';
  const columns = conn.connector.entities[target.entity]?.columns;
  if (opts.meta) {
    await writeOut(json({ data: projectData(result.data, opts.fields), meta: result.meta }));
    return;
  }
  await writeOut(await renderResult(result.data, { format, fields: opts.fields, columns }));
}
