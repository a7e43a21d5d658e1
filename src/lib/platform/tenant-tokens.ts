import { text } from 'node:stream/consumers';
import type { Context } from '../context.js';
import { AacError } from '../errors.js';
import type { PlatformClient } from './client.js';
import type { ScopedTokenInfo } from './schemas.js';
import { tenantWorkspace } from './workspaces.js';

export interface TenantToken {
  token: string;
  workspace_name: string;
  /** The workspace did not exist: the platform created it for the token. */
  new_workspace?: boolean;
}

/** A token for a tenant's end users, scoped to its workspace (created by the platform when the name is new). */
export async function scopedToken(ctx: Context, client: PlatformClient, workspace: string | undefined): Promise<TenantToken> {
  const ws = await tenantWorkspace(client, ctx, workspace);
  const res = await client.tokens.scoped({ workspace_name: ws.name });
  return { ...res, workspace_name: ws.name, ...(ws.isNew ? { new_workspace: true } : {}) };
}

/** A token for a front end to open the connector widget of a tenant's workspace from `allowedOrigin`. */
export async function widgetToken(ctx: Context, client: PlatformClient, workspace: string | undefined, allowedOrigin: string): Promise<TenantToken> {
  let origin: URL;
  try {
    origin = new URL(allowedOrigin);
  } catch {
    throw new AacError('usage', `--allowed-origin ${allowedOrigin} is not a URL origin.`, { hint: 'Pass the origin of your front end, e.g. https://app.example.com.' });
  }
  const ws = await tenantWorkspace(client, ctx, workspace);
  const res = await client.tokens.widget({ workspace_name: ws.name, allowed_origin: origin.origin });
  return { ...res, workspace_name: ws.name, ...(ws.isNew ? { new_workspace: true } : {}) };
}

/** What a scoped token is for, asked with the token itself: from stdin, else AAC_SCOPED_TOKEN. */
export async function scopedTokenInfo(ctx: Context, client: PlatformClient, fromStdin: boolean): Promise<ScopedTokenInfo> {
  const token = fromStdin ? (await text(ctx.io.stdin)).trim() : ctx.env.AAC_SCOPED_TOKEN?.trim();
  if (!token) {
    throw new AacError('usage', fromStdin ? 'No scoped token on stdin.' : 'No scoped token given.', {
      hint: 'Pipe it in with --token-stdin (e.g. `aac tokens scoped --workspace acme | aac tokens info --token-stdin`), or set AAC_SCOPED_TOKEN.',
    });
  }
  return client.tokens.info(token);
}
