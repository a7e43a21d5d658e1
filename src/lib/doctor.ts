import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { connectorNames } from '../connectors/index.js';
import { configPath, type Store } from './config/store.js';
import { resolveLocal } from './connection.js';
import type { Context } from './context.js';
import { chooseScheme } from './engine/auth.js';
import { AacError } from './errors.js';
import { decideMode } from './mode.js';
import type { PlatformClient } from './platform/client.js';
import { platformCredentials } from './platform/credentials.js';

/** One line of the report: what was checked, whether it is fine, and how to fix it when it is not. */
export interface Check {
  ok: boolean;
  detail: string;
  hint?: string;
}

export interface ConnectorCheck extends Check {
  name: string;
  type: string;
  /** Where its credentials come from: every source that supplies one of its fields, or none. */
  sources: string[];
}

export interface DoctorReport {
  node: Check & { version: string };
  config: Check & { path: string; exists: boolean };
  profile: string;
  mode: { mode: string; reason: string };
  connectors: ConnectorCheck[];
  platform: Check & { credentials: boolean; api_url?: string };
  problems: number;
}

const MIN_NODE = [22, 19];

function nodeCheck(version: string): DoctorReport['node'] {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number) as [number, number];
  const ok = major > MIN_NODE[0]! || (major === MIN_NODE[0] && minor >= MIN_NODE[1]!);
  return { ok, version, detail: `Node.js ${version}`, ...(ok ? {} : { hint: 'aac needs Node.js 22.19 or newer; install it, or run aac through `npm run aac --silent --`.' }) };
}

function mode(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o777;
  } catch {
    return undefined;
  }
}

const octal = (m: number) => `0${m.toString(8)}`;

function configCheck(ctx: Context): { check: DoctorReport['config']; store?: Store } {
  const path = configPath(ctx.env);
  const file = mode(path);
  if (file === undefined) return { check: { ok: true, path, exists: false, detail: `${path} (not created yet)` } };
  let store: Store | undefined;
  try {
    store = ctx.store();
  } catch (err) {
    const e = err instanceof AacError ? err : new AacError('config', String(err));
    return { check: { ok: false, path, exists: true, detail: e.message, hint: e.hint ?? undefined } };
  }
  const dir = mode(dirname(path));
  const problems: string[] = [];
  if (file & 0o077) problems.push(`chmod 600 ${path}`);
  if (dir !== undefined && dir & 0o077) problems.push(`chmod 700 ${dirname(path)}`);
  const detail = `${path} (mode ${octal(file)}${dir === undefined ? '' : `, directory ${octal(dir)}`})`;
  return {
    store,
    check: problems.length
      ? { ok: false, path, exists: true, detail, hint: `Others can read your credentials; run \`${problems.join(' && ')}\`.` }
      : { ok: true, path, exists: true, detail },
  };
}

async function connectorCheck(ctx: Context, name: string, store: Store | undefined): Promise<ConnectorCheck | undefined> {
  const conn = await resolveLocal(name, store, { env: ctx.env, dotenv: ctx.dotenv, requireCredentials: false });
  const authFields = new Set(Object.values(conn.connector.auth).flatMap((s) => Object.keys(s.fields)));
  const sources = [...new Set(Object.entries(conn.sources).filter(([f, s]) => s !== 'default' && (authFields.has(f) || conn.connector.config?.[f])).map(([, s]) => s))];
  if (!conn.saved && sources.length === 0) return undefined;
  const base = { name, type: conn.connector.name, sources };
  try {
    chooseScheme(conn.connector, conn.auth.values);
    return { ...base, ok: true, detail: `credentials from ${sources.join(' + ')}` };
  } catch (err) {
    const e = err as AacError;
    return { ...base, ok: false, detail: e.message, hint: e.hint ?? undefined };
  }
}

async function platformCheck(ctx: Context, store: Store | undefined, client: () => PlatformClient): Promise<DoctorReport['platform']> {
  const credentials = platformCredentials(store, ctx.env);
  if (!credentials) return { ok: true, credentials: false, detail: 'no platform credentials (local mode only)' };
  const platform = client();
  try {
    await platform.token({ force: true });
    return { ok: true, credentials: true, api_url: platform.apiUrl, detail: `${platform.apiUrl} answers; the credentials are accepted` };
  } catch (err) {
    const e = err instanceof AacError ? err : new AacError('internal', String(err));
    return { ok: false, credentials: true, api_url: platform.apiUrl, detail: e.message, hint: e.hint ?? undefined };
  }
}

/** Everything that decides how aac runs here, each with a hint when it is a problem. */
export async function doctor(ctx: Context, opts: { client: () => PlatformClient; nodeVersion: string }): Promise<DoctorReport> {
  const node = nodeCheck(opts.nodeVersion);
  const { check: config, store } = configCheck(ctx);
  const decision = decideMode(undefined, store, ctx.env);
  const saved = Object.entries(store?.connectors() ?? {}).filter(([n, c]) => c.mode === 'local' && !connectorNames.includes(n as never)).map(([n]) => n);
  const connectors = (await Promise.all([...connectorNames, ...saved].map((n) => connectorCheck(ctx, n, store)))).filter((c): c is ConnectorCheck => c !== undefined);
  const platform = await platformCheck(ctx, store, opts.client);
  const problems = [node, config, platform, ...connectors].filter((c) => !c.ok).length;
  return { node, config, profile: ctx.profile, mode: { mode: decision.mode, reason: decision.reason }, connectors, platform, problems };
}

/** The report for a terminal: one line per check, its hint under it. */
export function doctorText(r: DoctorReport): string {
  const line = (label: string, c: Check) => [`${c.ok ? '✓' : '✗'} ${label}: ${c.detail}`, ...(c.hint ? [`    ${c.hint}`] : [])];
  const lines = [
    ...line('Node', r.node),
    ...line('Config', r.config),
    `  Profile: ${r.profile}`,
    `  Mode: ${r.mode.mode} (${r.mode.reason})`,
    ...line('Platform', r.platform),
    ...(r.connectors.length ? r.connectors.flatMap((c) => line(c.name === c.type ? c.name : `${c.name} (${c.type})`, c)) : ['  Connectors: none has credentials yet (`aac connectors catalog`, `aac setup`)']),
    '',
    r.problems ? `${r.problems} problem${r.problems > 1 ? 's' : ''} found.` : 'No problems found.',
  ];
  return `${lines.join('\n')}\n`;
}
