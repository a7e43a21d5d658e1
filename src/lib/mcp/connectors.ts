import { loadAllConnectors } from '../../connectors/index.js';
import { valuesFromEnv } from '../connection.js';
import { listConnectors, type ConnectorRow } from '../connector-list.js';
import type { Context } from '../context.js';
import { chooseScheme } from '../engine/auth.js';
import { decideMode } from '../mode.js';
import { platformCredentialsPresent } from '../platform/credentials.js';

export interface UsableConnector extends ConnectorRow {
  /** Where the credentials of an unsaved local connector come from. */
  credentials?: 'environment' | '.env';
}

/**
 * What a tool call can name now: the saved connectors, the hosted ones of the workspace when platform
 * credentials are present, and (in local mode) every connector type the environment or `.env` has credentials for.
 */
export async function usableConnectors(ctx: Context): Promise<UsableConnector[]> {
  const store = ctx.existingStore();
  const hosted = platformCredentialsPresent(store, ctx.env);
  const client = hosted ? (await import('../platform/client.js')).platformClient(ctx) : undefined;
  const rows: UsableConnector[] = store || client ? await listConnectors(ctx, client) : [];
  const taken = new Set(rows.map((r) => r.name));
  if (decideMode(undefined, store, ctx.env, { isType: true }).mode !== 'local') return rows;
  for (const connector of await loadAllConnectors()) {
    if (taken.has(connector.name)) continue;
    const values = valuesFromEnv(connector, ctx.env);
    let auth: string;
    try {
      auth = chooseScheme(connector, values);
    } catch {
      continue;
    }
    const fields = Object.values(connector.auth[auth]!.fields).map((f) => f.env);
    const fromFile = fields.some((name) => ctx.dotenv?.has(name));
    rows.push({ name: connector.name, type: connector.name, mode: 'local', auth, saved: false, credentials: fromFile ? '.env' : 'environment' });
  }
  return rows;
}
