import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import type { Store } from './config/store.js';
import { chooseScheme } from './engine/auth.js';
import type { ConnectorDef, FieldDef } from './engine/types.js';
import { AacError } from './errors.js';
import { valuesFromEnv } from './connection.js';
import { unknownNameHint } from './suggest.js';

/** Where credentials may come from; the same for local and hosted connectors. */
export interface CredentialInput {
  scheme?: string;
  authFile?: string;
  authStdin?: boolean;
  interactive: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface CreateLocalOptions extends CredentialInput {
  name?: string;
  force?: boolean;
  /** Credentials gathered already (e.g. by `aac setup`); otherwise they are collected here. */
  collected?: CollectedCredentials;
}

export interface CreatedConnector {
  name: string;
  type: string;
  mode: 'local';
  auth: string;
  fields: string[];
  path: string;
}

function asStrings(value: unknown, source: string): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new AacError('usage', `${source} must hold a JSON object of field → value.`);
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}

async function valuesFromInput(opts: CredentialInput): Promise<Record<string, string>> {
  if (opts.authFile) {
    let content: string;
    try {
      content = await readFile(opts.authFile, 'utf8');
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
      return asStrings(JSON.parse(await text(process.stdin)), 'stdin');
    } catch (err) {
      if (err instanceof AacError) throw err;
      throw new AacError('usage', 'The credentials on stdin are not valid JSON.', { hint: `Pipe a JSON object, e.g. '{"api_key":"…"}'.` });
    }
  }
  return {};
}

async function promptFields(fields: Record<string, FieldDef>, values: Record<string, string>, secretByDefault: boolean): Promise<void> {
  const { input, password } = await import('@inquirer/prompts');
  for (const [name, f] of Object.entries(fields)) {
    if (values[name] || f.optional) continue;
    const message = `${f.title ?? name}${f.description ? ` (${f.description})` : ''}:`;
    const secret = f.secret ?? secretByDefault;
    const answer = secret
      ? await password({ message, mask: '*', validate: (v) => v.length > 0 || 'required' }, { output: process.stderr })
      : await input({ message, default: f.default, validate: (v) => v.length > 0 || 'required' }, { output: process.stderr });
    values[name] = answer;
  }
}

async function pickScheme(connector: ConnectorDef, values: Record<string, string>, opts: CredentialInput): Promise<string> {
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
    if (!opts.interactive || names.length === 1) return names[0]!;
    const { select } = await import('@inquirer/prompts');
    return select(
      { message: 'How do you want to authenticate?', choices: names.map((n) => ({ value: n, name: connector.auth[n]!.title })) },
      { output: process.stderr },
    );
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
export async function collectCredentials(connector: ConnectorDef, opts: CredentialInput): Promise<CollectedCredentials> {
  const values = { ...valuesFromEnv(connector, opts.env), ...(await valuesFromInput(opts)) };
  const scheme = await pickScheme(connector, values, opts);
  const fields = connector.auth[scheme]!.fields;
  if (opts.interactive) {
    await promptFields(connector.config ?? {}, values, false);
    await promptFields(fields, values, true);
  }
  const missing = [...Object.entries(connector.config ?? {}), ...Object.entries(fields)].filter(([n, f]) => !f.optional && !values[n] && f.default === undefined);
  if (missing.length) {
    throw new AacError('usage', `Missing ${missing.map(([n]) => n).join(', ')} for ${connector.title} (${scheme}).`, {
      hint:
        `Set ${missing.map(([, f]) => f.env).join(', ')}, or pass --auth-file with a JSON object of those fields.` +
        (Object.keys(connector.auth).length > 1 ? ` Other auth schemes: ${Object.keys(connector.auth).filter((n) => n !== scheme).join(', ')} (choose with --auth).` : ''),
      details: { missing: missing.map(([n]) => n) },
    });
  }
  const credentials = Object.fromEntries(Object.keys(fields).filter((k) => values[k]).map((k) => [k, values[k]!]));
  const config = Object.fromEntries(Object.keys(connector.config ?? {}).filter((k) => values[k]).map((k) => [k, values[k]!]));
  return { scheme, credentials, config };
}

/** Saves a local connector: credentials from a file, stdin, the environment, or masked prompts on a TTY. */
export async function createLocal(connector: ConnectorDef, store: Store, opts: CreateLocalOptions): Promise<CreatedConnector> {
  const name = opts.name ?? connector.name;
  if (store.connector(name) && !opts.force) {
    throw new AacError('usage', `A connector named "${name}" already exists.`, {
      hint: `Choose another --name, or pass --force to replace it.`,
    });
  }
  const { scheme, credentials, config } = opts.collected ?? (await collectCredentials(connector, opts));
  await store.saveConnector(name, { mode: 'local', type: connector.name, auth: scheme, credentials, config, createdAt: new Date().toISOString() });
  return { name, type: connector.name, mode: 'local', auth: scheme, fields: Object.keys(credentials), path: store.path };
}
