import { connectorNames, isConnectorName, loadConnector } from '../connectors/index.js';
import type { Store } from './config/store.js';
import type { Env } from './context.js';
import { chooseScheme, type AuthState } from './engine/auth.js';
import type { ConnectorDef, FieldDef } from './engine/types.js';
import { AacError } from './errors.js';
import { unknownNameHint } from './suggest.js';

/** A connector ready to run locally: its definition, settings and credentials. */
export interface LocalConnection {
  connector: ConnectorDef;
  /** Name of the saved connector it came from, if any. */
  saved?: string;
  config: Record<string, string>;
  auth: AuthState;
  /** Where each value came from, for `--debug` and `aac connectors get`. */
  sources: Record<string, CredentialSource>;
  /** The base URL saved with the connector. */
  baseUrl?: string;
}

/** Resolves a connector type name, or fails with exit 4 and the valid names. */
export async function connectorType(name: string, savedNames: readonly string[] = []): Promise<ConnectorDef> {
  if (isConnectorName(name)) return loadConnector(name);
  throw new AacError('usage', `Unknown connector "${name}".`, {
    hint: unknownNameHint(name, [...connectorNames, ...savedNames], 'aac connectors catalog'),
  });
}

/** Every auth and config field value the environment supplies for a connector. */
export function valuesFromEnv(connector: ConnectorDef, env: Env): Record<string, string> {
  const values: Record<string, string> = {};
  const fields = [...Object.values(connector.auth).map((s) => s.fields), connector.config ?? {}];
  for (const group of fields) {
    for (const [name, f] of Object.entries(group)) {
      const value = env[f.env];
      if (value !== undefined && value !== '') values[name] = value;
    }
  }
  return values;
}

/** A config value derived from another field (see FieldDef.derive), or undefined when that field lacks the delimiter. */
function derived(f: FieldDef, values: Record<string, string>): string | undefined {
  const source = f.derive && values[f.derive.from];
  if (!f.derive || !source) return undefined;
  const at = source.lastIndexOf(f.derive.after);
  const value = at < 0 ? '' : source.slice(at + f.derive.after.length);
  return value || undefined;
}

/** The settings of a connector: given, else derived from another field, else the default. */
export function configValues(connector: ConnectorDef, values: Record<string, string>): Record<string, string> {
  const config: Record<string, string> = {};
  for (const [name, f] of Object.entries(connector.config ?? {})) {
    const value = values[name] ?? derived(f, values) ?? f.default;
    if (value !== undefined) config[name] = value;
  }
  return config;
}

export type CredentialSource = 'environment' | '.env' | 'store' | 'default' | 'derived';

export interface LocalOptions {
  env: Env;
  /** Variables of `env` that came from `.env`. */
  dotenv?: ReadonlySet<string>;
  /** false: fall back to the first scheme when none is satisfied (for --dry-run). */
  requireCredentials?: boolean;
}

/**
 * Builds a local connection for `name`: a saved local connector of that name, or a connector type whose
 * credentials come from the environment. A connector saved under another name keeps its own values (the
 * environment fills only what it lacks), so `exec stripe-live` never runs with an exported test key. When the name
 * is a connector type, the environment wins over a saved connector that happens to share it, as with `gh`.
 */
export async function resolveLocal(name: string, store: Store | undefined, opts: LocalOptions): Promise<LocalConnection> {
  const savedEntry = store?.connector(name);
  const saved = savedEntry?.mode === 'local' ? savedEntry : undefined;
  const connector = await connectorType(saved?.type ?? name, Object.keys(store?.connectors() ?? {}));
  const fromEnv = valuesFromEnv(connector, opts.env);
  const fromStore = { ...saved?.credentials, ...saved?.config };
  const envWins = isConnectorName(name);
  const values = envWins ? { ...fromStore, ...fromEnv } : { ...fromEnv, ...fromStore };
  const sources: Record<string, CredentialSource> = {};
  for (const key of Object.keys(values)) {
    const fromEnvironment = key in fromEnv && (envWins || !(key in fromStore));
    sources[key] = !fromEnvironment ? 'store' : opts.dotenv?.has(envName(connector, key) ?? '') ? '.env' : 'environment';
  }
  const config = configValues(connector, values);
  for (const key of Object.keys(config)) sources[key] ??= derived(connector.config![key]!, values) !== undefined ? 'derived' : 'default';
  let scheme: string;
  try {
    const preferred = saved && chooseSchemeSafe(connector, values, saved.auth);
    scheme = preferred ?? chooseScheme(connector, values);
  } catch (err) {
    if (opts.requireCredentials !== false) throw err;
    scheme = Object.keys(connector.auth)[0]!;
  }
  const auth: AuthState = { scheme, values };
  if (saved && store) auth.exclusive = (refresh) => refreshUnderLock(store, name, connector, scheme, refresh);
  return { connector, saved: saved ? name : undefined, config, auth, sources, ...(saved?.baseUrl ? { baseUrl: saved.baseUrl } : {}) };
}

function envName(connector: ConnectorDef, field: string): string | undefined {
  for (const group of [connector.config ?? {}, ...Object.values(connector.auth).map((s) => s.fields)]) if (group[field]) return group[field].env;
  return undefined;
}

function chooseSchemeSafe(connector: ConnectorDef, values: Record<string, string>, preferred: string): string | undefined {
  try {
    return chooseScheme(connector, values, preferred);
  } catch {
    return undefined;
  }
}

/**
 * An OAuth2 refresh of a saved connector, under the store's lock: N processes with an expired token make one token
 * request, and the others reuse what it saved. The new tokens are written into the connector as the file holds it now.
 */
async function refreshUnderLock(
  store: Store,
  name: string,
  connector: ConnectorDef,
  scheme: string,
  refresh: (saved: Record<string, string> | undefined) => Promise<Record<string, string> | undefined>,
): Promise<void> {
  const auth = connector.auth[scheme]!;
  const extract = auth.apply.type === 'oauth2' ? (auth.apply.extract ?? []) : [];
  const keep = new Set([...Object.keys(auth.fields), ...extract, 'access_token', 'expires_at', 'refresh_token']);
  await store.update(async (profile) => {
    const current = profile.connectors[name];
    const updated = await refresh(current?.mode === 'local' ? current.credentials : undefined);
    if (!updated || current?.mode !== 'local') return undefined;
    const credentials = { ...current.credentials };
    for (const key of keep) {
      if (updated[key] === undefined) delete credentials[key];
      else credentials[key] = updated[key];
    }
    return { ...profile, connectors: { ...profile.connectors, [name]: { ...current, credentials } } };
  });
}
