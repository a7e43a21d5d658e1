import type { Store } from './config/store.js';
import { connectorType, resolveLocal } from './connection.js';
import type { Context } from './context.js';
import { execute } from './engine/index.js';
import { AacError } from './errors.js';
import { assertCheckPassed, hostedConfig, hostedId, resolveHosted } from './hosted-connectors.js';
import { collectCredentials, type CredentialInput } from './local-connectors.js';
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

/** Without platform credentials only the saved hosted connectors can be meant. */
function assertReachable(name: string, ctx: AdminContext): void {
  if (ctx.store.connector(name)?.mode === 'hosted' || platformCredentialsPresent(ctx.store, ctx.ctx.env)) return;
  const names = Object.keys(ctx.store.connectors());
  throw new AacError('not_found', `No saved connector named "${name}".`, {
    hint: names.length ? unknownNameHint(name, names, 'aac connectors list') : 'Nothing is saved yet; create one with `aac connectors create <connector>` or `aac setup`.',
  });
}

/** The platform id of a hosted connector. */
async function hosted(name: string, ctx: AdminContext): Promise<{ client: PlatformClient; id: string; saved?: string }> {
  assertReachable(name, ctx);
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
  assertCheckPassed(res, `"${name}"`, `Replace its credentials with \`aac connectors update ${name}\`.`);
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

export interface UpdateOptions extends AdminOptions, CredentialInput {
  /** Have the platform check the new credentials before they replace the old ones (hosted). */
  check?: boolean;
}

export interface Updated {
  name: string;
  type: string;
  mode: 'local' | 'hosted';
  id?: string;
  auth: string;
  /** The names of the fields that were replaced (never their values). */
  fields: string[];
}

/**
 * Replaces a connector's credentials in place: a local one's in the store, a hosted one's on the platform
 * (its id, and so every agent and script using it, stays the same).
 */
export async function updateConnector(context: Context, name: string, opts: UpdateOptions): Promise<Updated> {
  const ctx = admin(context, opts);
  const local = savedLocal(name, ctx.store);
  if (local) {
    const connector = await connectorType(local.type);
    const collected = await collectCredentials(context, connector, opts);
    let found = false;
    await ctx.store.update((p) => {
      const saved = p.connectors[name];
      found = saved?.mode === 'local';
      if (saved?.mode !== 'local') return undefined;
      const entry = { ...saved, auth: collected.scheme, credentials: collected.credentials, config: { ...saved.config, ...collected.config } };
      return { ...p, connectors: { ...p.connectors, [name]: entry } };
    });
    if (!found) throw new AacError('not_found', `The local connector "${name}" was deleted meanwhile.`, { hint: 'Create it again with `aac connectors create`.' });
    return { name, type: connector.name, mode: 'local', auth: collected.scheme, fields: Object.keys(collected.credentials) };
  }
  assertReachable(name, ctx);
  const client = ctx.client();
  const target = await resolveHosted(name, ctx.store, client, { workspace: opts.workspace, env: context.env });
  const collected = await collectCredentials(context, target.connector, opts);
  const body = { replication_config: hostedConfig(collected) };
  if (opts.check) assertCheckPassed(await client.connectors.check(target.id, body), `the new credentials of "${target.name}"`);
  await client.connectors.update(target.id, body);
  return { name: target.name, type: target.connector.name, mode: 'hosted', id: target.id, auth: collected.scheme, fields: Object.keys(body.replication_config.credentials) };
}
