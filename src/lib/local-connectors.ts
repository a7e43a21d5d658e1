import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { checkBaseUrl } from './base-url.js';
import type { Context } from './context.js';
import { chooseScheme } from './engine/auth.js';
import type { ConnectorDef, FieldDef } from './engine/types.js';
import { AacError } from './errors.js';
import { valuesFromEnv } from './connection.js';
import { missingInput } from './missing-input.js';
import { checkFieldValues, checkName } from './saved-input.js';
import { unknownNameHint } from './suggest.js';

function interactive(ctx: Context, opts: CredentialInput): boolean {
  return ctx.interactive && opts.interactive !== false;
}

/** Where credentials may come from; the same for local and hosted connectors. */
export interface CredentialInput {
  scheme?: string;
  authFile?: string;
  authStdin?: boolean;
  /** Prompts may be asked for missing fields (a TTY, no CI, no --yes). */
  interactive?: boolean;
  /** The values themselves (a line of a `--from` file): neither the environment nor a file nor stdin is read. */
  values?: Record<string, string>;
}

export interface CreateLocalOptions extends CredentialInput {
  name?: string;
  force?: boolean;
  /** Saved with the connector: its server URL instead of the connector's own. */
  baseUrl?: string;
  /** Credentials gathered already (e.g. by `aac setup`); otherwise they are collected here. */
  collected?: CollectedCredentials;
}

export interface CreatedConnector {
  name: string;
  type: string;
  mode: 'local';
  auth: string;
  fields: string[];
  base_url?: string;
  path: string;
}

function asStrings(value: unknown, source: string): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new AacError('usage', `${source} must hold a JSON object of field → value.`);
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}

async function valuesFromInput(ctx: Context, opts: CredentialInput): Promise<Record<string, string>> {
  if (opts.authFile) {
    let content: string;
    try {
      content = await readFile(resolve(ctx.cwd, opts.authFile), 'utf8');
    } catch (err) {
      throw new AacError('usage', `Cannot read --auth-file ${opts.authFile}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
    }
    try {
      return asStrings(JSON.parse(content), `--auth-file ${opts.authFile}`);
    } catch (err) {
      if (err instanceof AacError) throw err;
      throw new AacError('usage', `--auth-file ${opts.authFile} is not valid JSON.`);
    }
  }
  if (opts.authStdin) {
    try {
      return asStrings(JSON.parse(await text(ctx.io.stdin)), 'stdin');
    } catch (err) {
      if (err instanceof AacError) throw err;
      throw new AacError('usage', 'The credentials on stdin are not valid JSON.', { hint: `Pipe a JSON object, e.g. '{"api_key":"…"}'.` });
    }
  }
  return {};
}

async function promptFields(ctx: Context, fields: Record<string, FieldDef>, values: Record<string, string>, secretByDefault: boolean): Promise<void> {
  for (const [name, f] of Object.entries(fields)) {
    if (values[name] || f.optional) continue;
    const message = `${f.title ?? name}${f.description ? ` (${f.description})` : ''}:`;
    values[name] = (f.secret ?? secretByDefault) ? await ctx.prompter.password(message) : await ctx.prompter.input(message, f.default);
  }
}

async function pickScheme(ctx: Context, connector: ConnectorDef, values: Record<string, string>, opts: CredentialInput): Promise<string> {
  if (opts.scheme) {
    if (!connector.auth[opts.scheme]) {
      throw new AacError('usage', `Unknown auth scheme "${opts.scheme}" for ${connector.name}.`, {
        hint: unknownNameHint(opts.scheme, Object.keys(connector.auth), `aac describe ${connector.name}`),
      });
    }
    return opts.scheme;
  }
  try {
    return chooseScheme(connector, values);
  } catch {
    const names = Object.keys(connector.auth);
    // Without prompts, the first scheme's missing fields are reported as missing input (exit 4) by the caller.
    if (!interactive(ctx, opts) || names.length === 1) return names[0]!;
    return ctx.prompter.select('How do you want to authenticate?', names.map((n) => ({ value: n, name: connector.auth[n]!.title })));
  }
}

export interface CollectedCredentials {
  scheme: string;
  /** The chosen scheme's auth fields that have a value. */
  credentials: Record<string, string>;
  /** The connector's non-secret settings that have a value. */
  config: Record<string, string>;
}

/** Gathers a connector's credentials from a file, stdin, the environment, or masked prompts on a TTY. */
export async function collectCredentials(ctx: Context, connector: ConnectorDef, opts: CredentialInput): Promise<CollectedCredentials> {
  const values = opts.values ? { ...opts.values } : { ...valuesFromEnv(connector, ctx.env), ...(await valuesFromInput(ctx, opts)) };
  const scheme = await pickScheme(ctx, connector, values, opts);
  const fields = connector.auth[scheme]!.fields;
  if (interactive(ctx, opts)) {
    await promptFields(ctx, connector.config ?? {}, values, false);
    await promptFields(ctx, fields, values, true);
  }
  const missing = [...Object.entries(connector.config ?? {}), ...Object.entries(fields)].filter(([n, f]) => !f.optional && !values[n] && f.default === undefined);
  if (missing.length) {
    throw missingInput(connector, missing.map(([n]) => n), { when: 'save', scheme });
  }
  checkFieldValues(connector, { ...connector.config, ...fields }, values);
  const credentials = Object.fromEntries(Object.keys(fields).filter((k) => values[k]).map((k) => [k, values[k]!]));
  const config = Object.fromEntries(Object.keys(connector.config ?? {}).filter((k) => values[k]).map((k) => [k, values[k]!]));
  return { scheme, credentials, config };
}

/** Saves a local connector: credentials from a file, stdin, the environment, or masked prompts on a TTY. */
export async function createLocal(ctx: Context, connector: ConnectorDef, opts: CreateLocalOptions): Promise<CreatedConnector> {
  const baseUrl = opts.baseUrl === undefined ? undefined : checkBaseUrl(opts.baseUrl);
  const store = ctx.store();
  const name = opts.name ?? connector.name;
  checkName(name);
  const exists = () =>
    new AacError('usage', `A connector named "${name}" already exists.`, { hint: `Choose another --name, or pass --force to replace it.` });
  if (store.connector(name) && !opts.force) throw exists();
  const { scheme, credentials, config } = opts.collected ?? (await collectCredentials(ctx, connector, opts));
  const entry = { mode: 'local', type: connector.name, auth: scheme, credentials, config, ...(baseUrl ? { baseUrl } : {}), createdAt: new Date().toISOString() } as const;
  // without --force, a connector another process saved under this name meanwhile is not overwritten
  if (opts.force) await store.saveConnector(name, entry);
  else if (!(await store.addConnector(name, entry))) throw exists();
  return { name, type: connector.name, mode: 'local', auth: scheme, fields: Object.keys(credentials), ...(baseUrl ? { base_url: baseUrl } : {}), path: store.path };
}
