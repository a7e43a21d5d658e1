import { isConnectorName, loadAllConnectors } from '../connectors/index.js';
import type { Store } from './config/store.js';
import type { Context, Env } from './context.js';
import { connectorType } from './connection.js';
import type { ConnectorDef } from './engine/types.js';
import { AacError } from './errors.js';
import { collectCredentials, type CollectedCredentials, type CredentialInput } from './local-connectors.js';
import type { PlatformClient } from './platform/client.js';
import { savedFor } from './platform/credentials.js';
import { isAlreadyExists } from './platform/errors.js';
import { isUuid, type CheckResult, type ConnectorCreateRequest, type ConnectorListItem, type ConnectorListQuery } from './platform/schemas.js';
import type { WorkspaceRef } from './platform/workspaces.js';
import { checkName } from './saved-input.js';
import { unknownNameHint } from './suggest.js';

/** A hosted connector instance ready to execute: its definition (for validation and output) and platform id. */
export interface HostedConnection {
  connector: ConnectorDef;
  id: string;
  name: string;
  workspace?: string;
}

export interface CreateHostedOptions extends CredentialInput {
  name?: string;
  workspace: WorkspaceRef;
  oauthSecretId?: string;
  force?: boolean;
  /** Validate the credentials with the platform before creating. */
  check?: boolean;
  /** Credentials gathered already (e.g. by `aac setup`); otherwise they are collected here. */
  collected?: CollectedCredentials;
}

export interface CreatedHosted {
  name: string;
  type: string;
  mode: 'hosted';
  id: string;
  workspace: string;
  /** `existing`: the platform already had it (or the store did), and it was reused. */
  status: 'created' | 'existing';
}

/** The platform infers the auth type from the credential fields and rejects these. */
const DISCRIMINATORS = new Set(['auth_type', 'credentials_title']);

/** The list filter for a workspace given as a name or id (--workspace / AAC_WORKSPACE), else the default one, else none. */
export function workspaceQuery(workspace: string | undefined, store: Store | undefined, client: PlatformClient, env: Env): ConnectorListQuery {
  const explicit = workspace || env.AAC_WORKSPACE;
  if (explicit) return isUuid(explicit) ? { workspace_id: explicit } : { workspace_name: explicit };
  const current = savedFor(store, client.credentials)?.workspace;
  return current ? { workspace_id: current.id } : {};
}

function where(query: ConnectorListQuery): string {
  return query.workspace_name ? ` in workspace "${query.workspace_name}"` : query.workspace_id ? ` in workspace ${query.workspace_id}` : '';
}

/** The hosted connector of a type in a workspace: the one named `name`, else the only one. */
export async function findHosted(client: PlatformClient, connector: ConnectorDef, query: ConnectorListQuery, name?: string): Promise<ConnectorListItem | undefined> {
  const items = await client.connectors.list({ ...query, definition_id: connector.definitionId });
  const named = items.find((i) => i.name === name);
  if (named || items.length <= 1) return named ?? items[0];
  throw new AacError('usage', `Several hosted ${connector.title} connectors${where(query)}: ${items.map((i) => i.name).join(', ')}.`, {
    hint: 'Name the one you mean, or pass --workspace to narrow the search.',
  });
}

/** A saved hosted connector by name; or the hosted connector of that type found on the platform. */
export async function resolveHosted(name: string, store: Store | undefined, client: PlatformClient, opts: { workspace?: string; env: Env }): Promise<HostedConnection> {
  const saved = store?.connector(name);
  if (saved?.mode === 'hosted') return { connector: await connectorType(saved.type), id: saved.id, name, workspace: saved.workspace };
  if (!saved && !isConnectorName(name)) return byPlatformName(name, store, client, opts);
  const connector = await connectorType(saved?.type ?? name, Object.keys(store?.connectors() ?? {}));
  const query = workspaceQuery(opts.workspace, store, client, opts.env);
  const found = await findHosted(client, connector, query, name);
  if (!found) {
    throw new AacError('not_found', `No hosted ${connector.title} connector${where(query)}.`, {
      hint: `Create one with \`aac connectors create ${connector.name} --hosted\`, or run it locally with --mode local.`,
    });
  }
  return { connector, id: found.id, name: found.name, workspace: query.workspace_name };
}

/** A hosted connector the store does not know, by its platform name (or id): its type comes from its definition. */
async function byPlatformName(name: string, store: Store | undefined, client: PlatformClient, opts: { workspace?: string; env: Env }): Promise<HostedConnection> {
  const { id } = await hostedId(name, store, client, opts.workspace, opts.env);
  const item = await client.connectors.get(id);
  const definitionId = item.source_template.source_definition_id;
  const connector = (await loadAllConnectors()).find((c) => c.definitionId === definitionId);
  if (!connector) {
    throw new AacError('usage', `The hosted connector "${name}" is of a type aac does not know (definition ${definitionId}).`, {
      hint: 'Run `aac connectors catalog` for the connector types aac supports.',
    });
  }
  return { connector, id, name: item.name };
}

/** The platform id of a hosted connector given by saved name, id, or platform name. */
export async function hostedId(name: string, store: Store | undefined, client: PlatformClient, workspace: string | undefined, env: Env): Promise<{ id: string; saved?: string }> {
  const saved = store?.connector(name);
  if (saved?.mode === 'hosted') return { id: saved.id, saved: name };
  if (isUuid(name)) return { id: name };
  const items = await client.connectors.list(workspaceQuery(workspace, store, client, env));
  const matches = items.filter((i) => i.name === name);
  if (matches.length === 1) return { id: matches[0]!.id };
  if (matches.length > 1) {
    throw new AacError('usage', `Several hosted connectors are named "${name}".`, { hint: `Pass its id instead: ${matches.map((m) => m.id).join(', ')}.` });
  }
  throw new AacError('not_found', `No connector named "${name}".`, {
    hint: unknownNameHint(name, [...Object.keys(store?.connectors() ?? {}), ...items.map((i) => i.name)], 'aac connectors list'),
  });
}

function withTemplateHint(err: unknown, connector: ConnectorDef): unknown {
  if (!(err instanceof AacError) || err.type !== 'validation' || err.hint || !/template/i.test(err.message)) return err;
  return new AacError(err.type, err.message, {
    statusCode: err.statusCode ?? undefined,
    hint: `Enable the connector for your organization first: \`aac templates register ${connector.name}\`.`,
    details: err.details,
  });
}

/** The credentials and settings of a hosted connector as the platform takes them. */
export function hostedConfig(collected: CollectedCredentials): { credentials: Record<string, string>; environment?: Record<string, string> } {
  const credentials = Object.fromEntries(Object.entries(collected.credentials).filter(([k]) => !DISCRIMINATORS.has(k)));
  return Object.keys(collected.config).length ? { credentials, environment: collected.config } : { credentials };
}

/** Fails (exit 1) when a platform check says the configuration does not work. */
export function assertCheckPassed(res: CheckResult, what: string, hint = 'Check the credentials (`aac describe <connector>` lists the fields), then try again.'): void {
  if (res.status !== 'failed') return;
  throw new AacError('api', `The platform check of ${what} failed${res.error_message ? `: ${res.error_message}` : '.'}`, {
    hint,
    details: res,
  });
}

async function reuseSaved(name: string, connector: ConnectorDef, store: Store, client: PlatformClient, workspace: string): Promise<CreatedHosted | undefined> {
  const saved = store.connector(name);
  if (saved?.mode !== 'hosted' || saved.type !== connector.name) return undefined;
  if (saved.workspace && saved.workspace !== workspace) {
    throw new AacError('usage', `A hosted connector named "${name}" is saved already, in workspace "${saved.workspace}".`, {
      hint: 'Give this tenant\'s connector another --name (or `name` in a --from file), or pass --force to replace the saved one.',
    });
  }
  try {
    await client.connectors.get(saved.id);
  } catch (err) {
    if (err instanceof AacError && err.type === 'not_found') return undefined;
    throw err;
  }
  return { name, type: connector.name, mode: 'hosted', id: saved.id, workspace: saved.workspace ?? '', status: 'existing' };
}

/**
 * Creates a hosted connector in a workspace and remembers it by name. A connector the store or the platform
 * already has is reused, not an error.
 */
export async function createHosted(ctx: Context, connector: ConnectorDef, client: PlatformClient, opts: CreateHostedOptions): Promise<CreatedHosted> {
  const store = ctx.store();
  const name = opts.name ?? connector.name;
  checkName(name);
  const saved = store.connector(name);
  if (saved && !opts.force && (saved.mode !== 'hosted' || saved.type !== connector.name)) {
    throw new AacError('usage', `A connector named "${name}" already exists.`, { hint: 'Choose another --name, or pass --force to replace it.' });
  }
  if (!opts.force) {
    const reused = await reuseSaved(name, connector, store, client, opts.workspace.name);
    if (reused) return reused;
  }
  const body: ConnectorCreateRequest = { workspace_name: opts.workspace.name, definition_id: connector.definitionId, name };
  if (opts.oauthSecretId) {
    body.server_side_oauth_secret_id = opts.oauthSecretId;
  } else {
    Object.assign(body, hostedConfig(opts.collected ?? (await collectCredentials(ctx, connector, opts))));
  }
  if (opts.check) {
    let res: CheckResult;
    try {
      res = await client.connectors.checkConfig(body);
    } catch (err) {
      throw withTemplateHint(err, connector);
    }
    assertCheckPassed(res, `the ${connector.title} credentials`);
  }
  let id: string;
  let status: CreatedHosted['status'] = 'created';
  try {
    id = (await client.connectors.create(body)).id;
  } catch (err) {
    if (!isAlreadyExists(err)) throw withTemplateHint(err, connector);
    const existing = await findHosted(client, connector, { workspace_name: opts.workspace.name }, name);
    if (!existing) throw err;
    id = existing.id;
    status = 'existing';
  }
  await store.saveConnector(name, { mode: 'hosted', type: connector.name, id, workspace: opts.workspace.name, createdAt: new Date().toISOString() });
  return { name, type: connector.name, mode: 'hosted', id, workspace: opts.workspace.name, status };
}
