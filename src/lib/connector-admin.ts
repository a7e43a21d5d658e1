import type { Store } from './config/store.js';
import { resolveLocal } from './connection.js';
import type { Context } from './context.js';
import { execute } from './engine/index.js';
import { AacError } from './errors.js';
import { hostedId } from './hosted-connectors.js';
import type { PlatformClient } from './platform/client.js';
import { platformCredentialsPresent } from './platform/credentials.js';
import { unknownNameHint } from './suggest.js';
import { runVerify, verifyQuery } from './verify.js';

/** get / check / delete / inspect on a connector: a saved local one, else a hosted one (saved, by id, or by platform name). */
export interface AdminOptions {
  client: () => PlatformClient;
  workspace?: string;
}

type AdminContext = AdminOptions & { ctx: Context; store: Store };

function admin(ctx: Context, opts: AdminOptions): AdminContext {
  return { ...opts, ctx, store: ctx.store() };
}

/** The platform id of a hosted connector; without platform credentials only the saved ones can be meant. */
async function hosted(name: string, ctx: AdminContext): Promise<{ client: PlatformClient; id: string; saved?: string }> {
  if (ctx.store.connector(name)?.mode !== 'hosted' && !platformCredentialsPresent(ctx.store, ctx.ctx.env)) {
    const names = Object.keys(ctx.store.connectors());
    throw new AacError('not_found', `No saved connector named "${name}".`, {
      hint: names.length ? unknownNameHint(name, names, 'aac connectors list') : 'Nothing is saved yet; create one with `aac connectors create <connector>` or `aac setup`.',
    });
  }
  const client = ctx.client();
  return { client, ...(await hostedId(name, ctx.store, client, ctx.workspace, ctx.ctx.env)) };
}

function savedLocal(name: string, store: Store) {
  const saved = store.connector(name);
  return saved?.mode === 'local' ? saved : undefined;
}

export async function getConnector(context: Context, name: string, opts: AdminOptions): Promise<unknown> {
  const ctx = admin(context, opts);
  const local = savedLocal(name, ctx.store);
  if (local) {
    const { sources } = await resolveLocal(name, ctx.store, { env: context.env, dotenv: context.dotenv, requireCredentials: false });
    return { name, type: local.type, mode: 'local', auth: local.auth, fields: Object.keys(local.credentials), config: local.config, ...(local.baseUrl ? { base_url: local.baseUrl } : {}), sources };
  }
  const { client, id } = await hosted(name, ctx);
  return client.connectors.get(id);
}

export async function inspectConnector(context: Context, name: string, opts: AdminOptions): Promise<unknown> {
  const ctx = admin(context, opts);
  if (savedLocal(name, ctx.store)) {
    throw new AacError('usage', `"${name}" is a local connector; inspect reports on hosted connectors.`, { hint: `\`aac describe ${savedLocal(name, ctx.store)!.type}\` lists its entities and actions.` });
  }
  const { client, id } = await hosted(name, ctx);
  return client.connectors.inspect(id);
}

export interface CheckResult {
  name: string;
  mode: 'local' | 'hosted';
  status: string;
  id?: string;
  checked?: { entity: string; action: string; records: number };
}

/** Hosted: the platform's check. Local: the cheapest read, as `aac setup` verifies. A failed check is exit 1. */
export async function checkConnector(context: Context, name: string, opts: AdminOptions): Promise<CheckResult> {
  const ctx = admin(context, opts);
  if (savedLocal(name, ctx.store)) {
    const conn = await resolveLocal(name, ctx.store, { env: context.env, dotenv: context.dotenv });
    const query = verifyQuery(conn.connector);
    if (!query) return { name, mode: 'local', status: 'skipped' };
    const http = { debug: context.debug, signal: context.signal, retryBaseMs: context.retryBaseMs };
    const checked = await runVerify(query, (ref, params) => execute(ref, params, { config: conn.config, auth: conn.auth, http }));
    return { name, mode: 'local', status: 'succeeded', checked };
  }
  const { client, id } = await hosted(name, ctx);
  const res = await client.connectors.check(id);
  if (res.status === 'failed') {
    throw new AacError('api', `The platform check of "${name}" failed${res.error_message ? `: ${res.error_message}` : '.'}`, {
      hint: 'Check the credentials the connector was created with; recreate it with `aac connectors create --hosted --force`.',
      details: res,
    });
  }
  return { name, mode: 'hosted', id, status: res.status ?? 'unknown' };
}

export interface Deleted {
  deleted: string;
  mode: 'local' | 'hosted';
  id?: string;
  job_id?: string;
}

/** The connector that `deleteConnector` would delete, for the confirmation. */
export async function deletionTarget(context: Context, name: string, opts: AdminOptions): Promise<DeletionTarget> {
  const ctx = admin(context, opts);
  if (savedLocal(name, ctx.store)) return { mode: 'local', saved: true };
  const { id, saved } = await hosted(name, ctx);
  return { mode: 'hosted', id, saved: saved !== undefined };
}

export interface DeletionTarget {
  mode: 'local' | 'hosted';
  id?: string;
  saved: boolean;
}

export async function deleteConnector(context: Context, name: string, target: DeletionTarget, opts: AdminOptions): Promise<Deleted> {
  const ctx = admin(context, opts);
  let jobId: string | undefined;
  if (target.mode === 'hosted') {
    try {
      jobId = (await ctx.client().connectors.delete(target.id!)).job_id;
    } catch (err) {
      if (!(err instanceof AacError && err.type === 'not_found' && target.saved)) throw err;
      context.debug?.(`connector ${target.id} was already gone from the platform; forgetting it`);
    }
  }
  if (target.saved) await ctx.store.deleteConnector(name);
  return { deleted: name, mode: target.mode, ...(target.id ? { id: target.id } : {}), ...(jobId ? { job_id: jobId } : {}) };
}
