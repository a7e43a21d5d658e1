import { resolve } from 'node:path';
import { resolveLocal } from '../connection.js';
import { execute, type ActionRef, type Result } from '../engine/index.js';
import type { ConnectorDef } from '../engine/types.js';
import type { CollectedCredentials } from '../local-connectors.js';
import type { PlatformCredentials } from '../platform/credentials.js';
import { runVerify, verifyQuery } from '../verify.js';
import { ensureGitignored, writeEnvFile } from './dotenv.js';
import type { SetupSummary, StepContext } from './options.js';

export type Runner = (ref: ActionRef, params: Record<string, unknown>) => Promise<Result>;

/** A runner for a saved local connector. */
export async function localRunner(ctx: StepContext, name: string): Promise<Runner> {
  const { context } = ctx;
  const conn = await resolveLocal(name, context.store(), { env: context.env, dotenv: context.dotenv });
  const http = { debug: context.debug, signal: context.signal, retryBaseMs: context.retryBaseMs };
  return (ref, params) => execute(ref, params, { config: conn.config, auth: conn.auth, http });
}

/** Step 5: one cheap read through the new connector. */
export async function verifyStep(ctx: StepContext, connector: ConnectorDef, run: Runner): Promise<SetupSummary['verify']> {
  if (!ctx.opts.verify) return { skipped: '--no-verify' };
  const query = verifyQuery(connector, ctx.opts.verifyEntity);
  if (!query) {
    await ctx.progress.note(`No ${connector.title} read runs without params; skipped the test query`);
    return { skipped: 'no parameter-free read' };
  }
  return ctx.progress.step(
    `Running a test query: ${connector.name} ${query.ref.entity} ${query.ref.action}`,
    () => runVerify(query, run),
    (v) => `Pulled ${v.records} records from ${connector.name} ${v.entity} ${v.action}`,
  );
}

function connectorEnv(connector: ConnectorDef, creds: CollectedCredentials | undefined): Record<string, string> {
  if (!creds) return {};
  const fields = { ...connector.config, ...connector.auth[creds.scheme]?.fields };
  const values = { ...creds.config, ...creds.credentials };
  return Object.fromEntries(Object.entries(values).flatMap(([k, v]) => (fields[k] ? [[fields[k].env, v]] : [])));
}

/** Step 6: optionally the credentials in a dotenv file, mode 0600 and git-ignored. */
export async function envStep(
  ctx: StepContext,
  connector: ConnectorDef,
  sources: { platform?: PlatformCredentials; connector?: CollectedCredentials },
): Promise<SetupSummary['env_file']> {
  const { opts, ask, progress } = ctx;
  const path = resolve(ctx.context.cwd, opts.envFile);
  const write = opts.writeEnv ?? (opts.interactive ? await ask.confirm(`Write the credentials to ${path} (mode 0600, added to .gitignore)?`, false) : false);
  if (!write) return undefined;
  const vars: Record<string, string> = {};
  if (sources.platform) {
    vars.AIRBYTE_CLIENT_ID = sources.platform.clientId;
    vars.AIRBYTE_CLIENT_SECRET = sources.platform.clientSecret;
    // only an organization the user chose; the token's own is found again at every login
    const organization = opts.organizationId || ctx.context.env.AIRBYTE_ORGANIZATION_ID;
    if (organization) vars.AIRBYTE_ORGANIZATION_ID = organization;
  }
  Object.assign(vars, connectorEnv(connector, sources.connector));
  const status = writeEnvFile(path, vars);
  const gitignore = ensureGitignored(path);
  await progress.note(`${path} ${status === 'unchanged' ? 'is up to date' : status} (mode 0600); .gitignore ${gitignore === 'unchanged' ? 'already lists it' : gitignore === 'created' ? 'created' : 'updated'}`);
  return { path, status, gitignore };
}
