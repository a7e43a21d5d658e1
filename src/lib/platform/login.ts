import { text } from 'node:stream/consumers';
import type { Context } from '../context.js';
import { AacError } from '../errors.js';
import { platformClient } from './client.js';
import { DEFAULT_API_URL, savedFor, type PlatformCredentials } from './credentials.js';

export interface LoginInput {
  clientId?: string;
  /** Read the client secret from stdin. */
  secretStdin?: boolean;
  organizationId?: string;
  /** false: never prompt (e.g. `setup --yes`). */
  interactive?: boolean;
}

/** Client id and secret from flags, AIRBYTE_CLIENT_ID / AIRBYTE_CLIENT_SECRET, stdin, or masked prompts on a TTY. */
export async function loginCredentials(ctx: Context, input: LoginInput): Promise<PlatformCredentials> {
  const env = ctx.env;
  let clientId = input.clientId || env.AIRBYTE_CLIENT_ID || undefined;
  let clientSecret = input.secretStdin ? (await text(ctx.io.stdin)).trim() : env.AIRBYTE_CLIENT_SECRET || undefined;
  if (input.secretStdin && !clientSecret) throw new AacError('usage', 'No client secret on stdin.', { hint: 'Pipe it in: `printf %s "$SECRET" | aac login --client-secret-stdin`.' });
  if (ctx.interactive && input.interactive !== false && (!clientId || !clientSecret)) {
    clientId ??= (await ctx.prompter.input('Airbyte client id:')).trim();
    clientSecret ??= (await ctx.prompter.password('Airbyte client secret:')).trim();
  }
  const missing = [
    !clientId && '--client-id (or AIRBYTE_CLIENT_ID)',
    !clientSecret && '--client-secret-stdin (or AIRBYTE_CLIENT_SECRET)',
  ].filter(Boolean);
  if (missing.length) {
    throw new AacError('usage', `Missing ${missing.join(' and ')}.`, {
      hint: 'Get the client id and secret at https://app.airbyte.ai > Settings > API Keys.',
    });
  }
  const organizationId = input.organizationId || env.AIRBYTE_ORGANIZATION_ID || undefined;
  return { clientId: clientId!, clientSecret: clientSecret!, organizationId, source: 'login' };
}

export interface LoginResult {
  client_id: string;
  organization_id: string | null;
  api_url: string;
  token_expires_at: string;
  config_path: string;
}

/** Exchanges the credentials for a token (so bad ones fail now), then saves both in the store. */
export async function login(ctx: Context, credentials: PlatformCredentials, opts: { apiUrl?: string; timeoutMs?: number } = {}): Promise<LoginResult> {
  const store = ctx.store();
  const client = platformClient(ctx, { credentials, apiUrl: opts.apiUrl, timeoutMs: opts.timeoutMs });
  const issued = await client.token({ force: true });
  const previous = store.platform();
  const organizationId = credentials.organizationId ?? issued.organizationId;
  await store.savePlatform({
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    organizationId,
    apiUrl: client.apiUrl === DEFAULT_API_URL ? undefined : client.apiUrl,
    token: issued.token,
    tokenExpiresAt: issued.expiresAt,
    workspace: previous?.clientId === credentials.clientId ? previous.workspace : undefined,
  });
  return {
    client_id: credentials.clientId,
    organization_id: organizationId ?? null,
    api_url: client.apiUrl,
    token_expires_at: new Date(issued.expiresAt).toISOString(),
    config_path: store.path,
  };
}

export interface Identity {
  api_url: string;
  client_id: string;
  credentials_from: 'login' | 'env';
  organization_id: string | null;
  workspace: { id: string; name: string } | null;
  token_expires_at: string;
}

/** Who the platform commands act as; gets a token first when the cached one is missing or about to expire. */
export async function whoami(ctx: Context, opts: { apiUrl?: string; timeoutMs?: number } = {}): Promise<Identity> {
  const store = ctx.store();
  const client = platformClient(ctx, { apiUrl: opts.apiUrl, timeoutMs: opts.timeoutMs });
  const issued = await client.token();
  const credentials = client.credentials!;
  const saved = savedFor(store, credentials);
  return {
    api_url: client.apiUrl,
    client_id: credentials.clientId,
    credentials_from: credentials.source,
    organization_id: client.organizationId ?? null,
    workspace: saved?.workspace ?? null,
    token_expires_at: new Date(issued.expiresAt).toISOString(),
  };
}
