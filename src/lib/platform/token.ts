import type { Store } from '../config/store.js';
import type { PlatformState } from '../config/schema.js';
import { AacError } from '../errors.js';
import { DEFAULT_API_URL, type PlatformCredentials } from './credentials.js';
import { LOGIN_HINT } from './errors.js';
import { TokenResponse } from './schemas.js';
import { call, type TransportOptions } from './transport.js';

export const TOKEN_PATH = '/api/v1/account/applications/token';
/** A token this close to its expiry is replaced before use (ms). */
export const REFRESH_MARGIN_MS = 60_000;

export interface IssuedToken {
  token: string;
  expiresAt: number;
  organizationId?: string;
}

/** Exchanges the application credentials for a bearer token. Bad credentials are an authentication error (exit 2). */
export async function issueToken(transport: TransportOptions, credentials: PlatformCredentials): Promise<IssuedToken> {
  const started = Date.now();
  let res: TokenResponse;
  try {
    res = await call(transport, 'POST', TOKEN_PATH, {
      body: { client_id: credentials.clientId, client_secret: credentials.clientSecret },
      organizationId: credentials.organizationId,
      schema: TokenResponse,
      safeToRetry: true,
    });
  } catch (err) {
    if (err instanceof AacError && (err.statusCode === 400 || err.statusCode === 422)) {
      throw new AacError('authentication', err.message, { statusCode: err.statusCode, hint: LOGIN_HINT, details: err.details });
    }
    throw err;
  }
  return { token: res.access_token, expiresAt: started + res.expires_in * 1000, organizationId: res.organization_id ?? undefined };
}

export function isFresh(expiresAt: number | undefined, now = Date.now()): boolean {
  return expiresAt !== undefined && expiresAt - now > REFRESH_MARGIN_MS;
}

/**
 * The token cache in the store. It is used only when the store holds the same application credentials for the
 * same API URL (a login, or environment variables that match it), so environment-only credentials are never
 * written to disk.
 */
export class TokenCache {
  constructor(
    private readonly store: Store | undefined,
    private readonly credentials: PlatformCredentials,
    private readonly apiUrl: string,
  ) {}

  private matching(saved: PlatformState | undefined): PlatformState | undefined {
    if (!saved || saved.clientId !== this.credentials.clientId || saved.clientSecret !== this.credentials.clientSecret) return undefined;
    return (saved.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '') === this.apiUrl ? saved : undefined;
  }

  read(): IssuedToken | undefined {
    return cachedToken(this.matching(this.store?.platform()));
  }

  /**
   * A new token, single-flight across processes: under the store's lock, the cached token is read again and
   * reused when another process has saved a fresh one meanwhile (any but `replacing`, the one just rejected);
   * otherwise `issue` gets one, saved before the lock is released.
   */
  async refresh(issue: () => Promise<IssuedToken>, replacing?: string): Promise<IssuedToken> {
    const store = this.store;
    if (!store || !this.matching(store.platform())) return issue();
    let issued: IssuedToken | undefined;
    await store.update(async (profile) => {
      const saved = this.matching(profile.platform);
      const cached = cachedToken(saved);
      if (cached && isFresh(cached.expiresAt) && cached.token !== replacing) {
        issued = cached;
        return undefined;
      }
      issued = await issue();
      if (!saved) return undefined;
      const platform = { ...saved, organizationId: saved.organizationId ?? issued.organizationId, token: issued.token, tokenExpiresAt: issued.expiresAt };
      return { ...profile, platform };
    });
    return issued!;
  }
}

function cachedToken(saved: PlatformState | undefined): IssuedToken | undefined {
  if (!saved?.token || saved.tokenExpiresAt === undefined) return undefined;
  return { token: saved.token, expiresAt: saved.tokenExpiresAt, organizationId: saved.organizationId };
}
