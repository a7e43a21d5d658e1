import type { Store } from '../config/store.js';
import type { Context } from '../context.js';
import { AacError } from '../errors.js';
import { closest } from '../suggest.js';
import type { PlatformClient } from './client.js';
import { savedFor } from './credentials.js';
import { isUuid, type Workspace } from './schemas.js';

export interface WorkspaceRef {
  id: string;
  name: string;
}

export interface ResolvedWorkspace extends WorkspaceRef {
  /** Where the choice came from. */
  source: 'flag' | 'default' | 'only' | 'prompt';
}

/** The workspace of a tenant: an existing one, or a name the platform does not know yet (`id` empty, `isNew`). */
export interface TenantWorkspace extends WorkspaceRef {
  isNew: boolean;
}

/** A workspace by id, or by exact name (case-insensitive when that is unambiguous). Not found is exit 3. */
export async function findWorkspace(client: PlatformClient, nameOrId: string): Promise<Workspace> {
  if (isUuid(nameOrId)) return client.workspaces.get(nameOrId);
  const candidates = await client.workspaces.list({ name_contains: nameOrId });
  const exact = candidates.filter((w) => w.name === nameOrId);
  const loose = candidates.filter((w) => w.name.toLowerCase() === nameOrId.toLowerCase());
  const match = exact.length === 1 ? exact[0] : loose.length === 1 ? loose[0] : undefined;
  if (match) return match;
  if (exact.length > 1 || loose.length > 1) {
    throw new AacError('usage', `Several workspaces are named "${nameOrId}".`, {
      hint: `Use its id instead: ${[...exact, ...loose].map((w) => w.id).join(', ')}.`,
    });
  }
  const names = (await client.workspaces.list()).map((w) => w.name);
  const guess = closest(nameOrId, names);
  throw new AacError('not_found', `No workspace named "${nameOrId}".`, {
    hint: `${guess ? `Did you mean "${guess}"? ` : ''}Run \`aac workspaces\` to list them.`,
  });
}

export interface ResolveWorkspaceOptions {
  /** --workspace (oclif also fills it from AAC_WORKSPACE). */
  flag?: string;
  /** false: never prompt (e.g. `setup --yes`). */
  interactive?: boolean;
}

/**
 * The workspace a command acts on: --workspace / AAC_WORKSPACE, else the default set with `aac workspaces use`,
 * else the only active workspace; with several, a prompt on a TTY, otherwise an error naming --workspace.
 */
export async function resolveWorkspace(client: PlatformClient, ctx: Context, opts: ResolveWorkspaceOptions): Promise<ResolvedWorkspace> {
  const store = ctx.existingStore();
  const explicit = opts.flag || ctx.env.AAC_WORKSPACE;
  if (explicit) {
    const ws = await findWorkspace(client, explicit);
    return { id: ws.id, name: ws.name, source: 'flag' };
  }
  const saved = savedFor(store, client.credentials)?.workspace;
  if (saved) return { ...saved, source: 'default' };
  const active = await client.workspaces.list({ status: 'active' });
  if (active.length === 0) {
    throw new AacError('not_found', 'There is no active workspace in this organization.', {
      hint: 'Create or reactivate one at https://app.airbyte.ai.',
    });
  }
  if (active.length === 1) return { id: active[0]!.id, name: active[0]!.name, source: 'only' };
  if (!ctx.interactive || opts.interactive === false) {
    throw new AacError('usage', `Several workspaces are available (${active.map((w) => w.name).join(', ')}); choose one.`, {
      hint: 'Pass --workspace <name|id> or set AAC_WORKSPACE, or save a default with `aac workspaces use <name>`.',
    });
  }
  const id = await ctx.prompter.select('Which workspace?', active.map((w) => ({ value: w.id, name: w.name, description: w.id })));
  const chosen = active.find((w) => w.id === id)!;
  return { id: chosen.id, name: chosen.name, source: 'prompt' };
}

/**
 * The workspace a tenant-provisioning command sends as `workspace_name`: like `resolveWorkspace`, except that a
 * name no workspace has is a new tenant (the platform creates its workspace), said on stderr and in --debug.
 * An id stays something that must exist (exit 3).
 */
export async function tenantWorkspace(client: PlatformClient, ctx: Context, flag: string | undefined): Promise<TenantWorkspace> {
  const explicit = flag || ctx.env.AAC_WORKSPACE;
  if (!explicit || isUuid(explicit)) return { ...(await resolveWorkspace(client, ctx, { flag })), isNew: false };
  try {
    const ws = await findWorkspace(client, explicit);
    return { id: ws.id, name: ws.name, isNew: false };
  } catch (err) {
    if (!(err instanceof AacError && err.type === 'not_found')) throw err;
  }
  const line = `Workspace "${explicit}" does not exist yet: the platform will create it for this new tenant.`;
  ctx.note(line);
  ctx.debug?.(line);
  return { id: '', name: explicit, isNew: true };
}

/** Saves the default workspace with the login (`aac workspaces use`). */
export async function saveDefaultWorkspace(store: Store, client: PlatformClient, ws: WorkspaceRef): Promise<void> {
  const saved = savedFor(store, client.credentials);
  if (!saved) {
    throw new AacError('usage', 'A default workspace is saved with your login, and you are not logged in with these credentials.', {
      hint: 'Run `aac login` first, or set AAC_WORKSPACE instead.',
    });
  }
  await store.savePlatform({ ...saved, workspace: { id: ws.id, name: ws.name } });
}

/** Keeps the saved default in step after a workspace is renamed or deleted. */
export async function syncDefaultWorkspace(store: Store, client: PlatformClient, id: string, renamed: WorkspaceRef | null): Promise<void> {
  const saved = savedFor(store, client.credentials);
  if (saved?.workspace?.id !== id) return;
  await store.savePlatform({ ...saved, workspace: renamed ? { id: renamed.id, name: renamed.name } : undefined });
}
