import { loadAllConnectors } from '../connectors/index.js';
import type { Context } from './context.js';
import { workspaceQuery } from './hosted-connectors.js';
import type { PlatformClient } from './platform/client.js';
import { savedFor } from './platform/credentials.js';

export interface ConnectorRow {
  name: string;
  type: string;
  mode: 'local' | 'hosted';
  auth?: string;
  id?: string;
  workspace?: string;
  /** Whether the local store remembers it (so `aac exec <name>` finds it without a lookup). */
  saved: boolean;
}

/**
 * The saved connectors, and with a platform client the hosted connectors of the workspace (given, default, or
 * all), merged: a hosted connector the store remembers is listed once, under its saved name.
 */
export async function listConnectors(ctx: Context, client?: PlatformClient, workspace?: string): Promise<ConnectorRow[]> {
  const store = ctx.store();
  const rows: ConnectorRow[] = Object.entries(store.connectors()).map(([name, c]) =>
    c.mode === 'local'
      ? { name, type: c.type, mode: 'local', auth: c.auth, saved: true }
      : { name, type: c.type, mode: 'hosted', id: c.id, workspace: c.workspace, saved: true },
  );
  if (!client) return rows;
  const query = workspaceQuery(workspace, store, client, ctx.env);
  const items = await client.connectors.list(query);
  const known = new Set(rows.map((r) => r.id).filter(Boolean));
  const fresh = items.filter((i) => !known.has(i.id));
  if (fresh.length === 0) return rows;
  const types = new Map((await loadAllConnectors()).map((c) => [c.definitionId, c.name]));
  const current = savedFor(store, client.credentials)?.workspace;
  const workspaceName = query.workspace_name ?? (current && current.id === query.workspace_id ? current.name : undefined);
  for (const item of fresh) {
    const definition = item.summarized_source_template.actor_definition_id;
    rows.push({
      name: item.name,
      type: types.get(definition) ?? item.summarized_source_template.name,
      mode: 'hosted',
      id: item.id,
      ...(workspaceName ? { workspace: workspaceName } : {}),
      saved: false,
    });
  }
  return rows;
}
