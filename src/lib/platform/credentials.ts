import type { PlatformState } from '../config/schema.js';
import type { Store } from '../config/store.js';
import type { Env } from '../context.js';

export const DEFAULT_API_URL = 'https://api.airbyte.ai';

/** The application credentials a platform request authenticates with, and where they came from. */
export interface PlatformCredentials {
  clientId: string;
  clientSecret: string;
  organizationId?: string;
  source: 'env' | 'login';
}

/**
 * AIRBYTE_CLIENT_ID + AIRBYTE_CLIENT_SECRET when both are set (they win, as environment values do everywhere),
 * else the credentials saved by `aac login`. AIRBYTE_ORGANIZATION_ID overrides the saved organization.
 */
export function platformCredentials(store: Store | undefined, env: Env): PlatformCredentials | undefined {
  const saved = store?.platform();
  const organizationId = env.AIRBYTE_ORGANIZATION_ID || undefined;
  if (env.AIRBYTE_CLIENT_ID && env.AIRBYTE_CLIENT_SECRET) {
    const sameApp = saved?.clientId === env.AIRBYTE_CLIENT_ID;
    return {
      clientId: env.AIRBYTE_CLIENT_ID,
      clientSecret: env.AIRBYTE_CLIENT_SECRET,
      organizationId: organizationId ?? (sameApp ? saved?.organizationId : undefined),
      source: 'env',
    };
  }
  if (!saved) return undefined;
  return { clientId: saved.clientId, clientSecret: saved.clientSecret, organizationId: organizationId ?? saved.organizationId, source: 'login' };
}

/** Whether platform mode is available: `aac login` was run, or both environment variables are set. */
export function platformCredentialsPresent(store: Store | undefined, env: Env): boolean {
  return platformCredentials(store, env) !== undefined;
}

/** --api-url, else AAC_PLATFORM_URL, else the URL saved at login, else the public API. */
export function resolveApiUrl(flag: string | undefined, store: Store | undefined, env: Env): string {
  return (flag || env.AAC_PLATFORM_URL || store?.platform()?.apiUrl || DEFAULT_API_URL).replace(/\/+$/, '');
}

/** The saved login, when it belongs to the application these credentials are for. */
export function savedFor(store: Store | undefined, credentials: PlatformCredentials | undefined): PlatformState | undefined {
  const saved = store?.platform();
  return saved && credentials && saved.clientId === credentials.clientId ? saved : undefined;
}
