import { AacError, errorFromStatus } from '../errors.js';
import { missingInput } from '../missing-input.js';
import { formEncode } from './encode.js';
import { REDACTED, redactError } from '../redact.js';
import { send, type HttpOptions } from './http.js';
import { fillTemplate, type PreparedRequest } from './request.js';
import type { AuthScheme, ConnectorDef } from './types.js';

/** Credential values and the scheme they satisfy, plus hooks to persist refreshed tokens. */
export interface AuthState {
  scheme: string;
  values: Record<string, string>;
  onUpdate?: (values: Record<string, string>) => void | Promise<void>;
  /**
   * Runs a refresh so that one process at a time refreshes: `refresh` gets the credentials as saved now (another
   * process may have refreshed meanwhile) and returns the new ones to persist, or nothing when it reused the saved ones.
   */
  exclusive?: (refresh: (saved: Record<string, string> | undefined) => Promise<Record<string, string> | undefined>) => Promise<void>;
}

const has = (values: Record<string, string>, key: string) => values[key] !== undefined && values[key] !== '';

function requiredFields(scheme: AuthScheme): string[] {
  return Object.entries(scheme.fields)
    .filter(([, f]) => !f.optional)
    .map(([name]) => name);
}

/** The first scheme (or the preferred one) whose required fields are all present. */
export function chooseScheme(connector: ConnectorDef, values: Record<string, string>, preferred?: string): string {
  if (preferred) {
    const scheme = connector.auth[preferred];
    if (!scheme) {
      throw new AacError('usage', `Unknown auth scheme "${preferred}" for ${connector.name}.`, {
        hint: `Valid schemes: ${Object.keys(connector.auth).join(', ')}.`,
      });
    }
    const missing = requiredFields(scheme).filter((f) => !has(values, f));
    if (missing.length) throw missingCredentials(connector, preferred, missing);
    return preferred;
  }
  for (const [name, scheme] of Object.entries(connector.auth)) {
    if (requiredFields(scheme).every((f) => has(values, f))) return name;
  }
  const [first] = Object.keys(connector.auth);
  throw missingCredentials(connector, first!, requiredFields(connector.auth[first!]!).filter((f) => !has(values, f)));
}

function missingCredentials(connector: ConnectorDef, schemeName: string, missing: string[]): AacError {
  return missingInput(connector, missing, { when: 'run', scheme: schemeName });
}

/** Values that must never appear in output or logs. */
export function secretValues(connector: ConnectorDef, values: Record<string, string>): string[] {
  const secrets: string[] = [];
  for (const scheme of Object.values(connector.auth)) {
    for (const [name, f] of Object.entries(scheme.fields)) if (f.secret !== false && values[name]) secrets.push(values[name]);
    // the encoded form a server may echo back (e.g. in an error body) decodes to the password
    const apply = scheme.apply;
    if (apply.type === 'basic' && templateOrField(apply.password, values)) {
      secrets.push(basicCredentials(templateOrField(apply.username, values), templateOrField(apply.password, values)));
    }
    if (apply.type === 'oauth2' && apply.clientAuth === 'basic' && values.client_secret) {
      secrets.push(basicCredentials(values.client_id ?? '', values.client_secret));
    }
  }
  if (values.access_token) secrets.push(values.access_token);
  return secrets;
}

/** The base64 `user:pass` of HTTP basic auth. */
function basicCredentials(user: string, password: string): string {
  return Buffer.from(`${user}:${password}`).toString('base64');
}

function needsRefresh(values: Record<string, string>): boolean {
  if (!has(values, 'access_token')) return true;
  const expiresAt = Number(values.expires_at);
  return Number.isFinite(expiresAt) && expiresAt > 0 && expiresAt * 1000 - Date.now() < 60_000;
}

/**
 * Exchanges the refresh token for a new access token and persists the result: through `exclusive` when the
 * credentials are shared with other processes (a fresh token one of them saved meanwhile is reused), else `onUpdate`.
 */
export async function refreshAccessToken(
  connector: ConnectorDef,
  state: AuthState,
  config: Record<string, string>,
  http: Omit<HttpOptions, 'safeToRetry'>,
): Promise<void> {
  if (connector.auth[state.scheme]!.apply.type !== 'oauth2') return;
  if (!state.exclusive) {
    state.values = await exchangeRefreshToken(connector, state, config, http);
    await state.onUpdate?.(state.values);
    return;
  }
  const stale = state.values.access_token;
  await state.exclusive(async (saved) => {
    if (saved?.access_token && saved.access_token !== stale && !needsRefresh(saved)) {
      const { access_token: _token, expires_at: _expiry, ...rest } = state.values;
      state.values = { ...rest, ...saved };
      return undefined;
    }
    state.values = await exchangeRefreshToken(connector, { ...state, values: { ...state.values, ...saved, access_token: stale ?? '' } }, config, http);
    return state.values;
  });
}

async function exchangeRefreshToken(
  connector: ConnectorDef,
  state: AuthState,
  config: Record<string, string>,
  http: Omit<HttpOptions, 'safeToRetry'>,
): Promise<Record<string, string>> {
  const apply = connector.auth[state.scheme]!.apply;
  if (apply.type !== 'oauth2') return state.values;
  const v = state.values;
  const tokenUrl = fillTemplate(apply.tokenUrl, { ...config, ...v }, (name) => missingInput(connector, [name], { when: 'run' }));
  const form: Record<string, string> = { grant_type: 'refresh_token', refresh_token: v.refresh_token ?? '' };
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (apply.clientAuth === 'basic') {
    headers.authorization = `Basic ${basicCredentials(v.client_id ?? '', v.client_secret ?? '')}`;
  } else {
    form.client_id = v.client_id ?? '';
    form.client_secret = v.client_secret ?? '';
  }
  // The token response carries the new tokens, which are not among the known secrets yet.
  const debug = http.debug && ((line: string) => http.debug!(line.replace(/("(?:access|refresh|id)_token"\s*:\s*")[^"]*/g, `$1${REDACTED}`)));
  const secrets = [...(http.secrets ?? []), ...secretValues(connector, v)];
  const res = await send({ method: 'POST', url: tokenUrl, headers, body: formEncode(form) }, { ...http, secrets, debug, safeToRetry: true });
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(res.text) as Record<string, unknown>;
  } catch {
    // handled below: no access_token
  }
  if (res.status >= 400 || typeof body.access_token !== 'string') {
    const reason = String(body.error_description ?? body.error ?? `HTTP ${res.status}`);
    const err = errorFromStatus(res.status >= 400 ? res.status : 401, `Could not refresh the ${connector.title} access token: ${reason}`);
    const failure = new AacError('authentication', err.message, {
      statusCode: err.statusCode ?? undefined,
      hint: `The refresh token may be revoked; save new credentials with \`aac connectors create ${connector.name} --local\`.`,
    });
    throw redactError(failure, secrets);
  }
  const updated: Record<string, string> = { ...v, access_token: body.access_token };
  if (typeof body.refresh_token === 'string') updated.refresh_token = body.refresh_token;
  // a token answer without expires_in (Salesforce's) leaves the expiry unknown, not the old one's
  if (typeof body.expires_in === 'number') updated.expires_at = String(Math.floor(Date.now() / 1000) + body.expires_in);
  else delete updated.expires_at;
  for (const key of apply.extract ?? []) if (typeof body[key] === 'string') updated[key] = body[key];
  return updated;
}

/** A field name, or a template of fields such as `{email}/token`. */
function templateOrField(source: string, values: Record<string, string>): string {
  if (!source.includes('{')) return values[source] ?? '';
  return source.replace(/\{([A-Za-z0-9_]+)\}/g, (_, name: string) => values[name] ?? '');
}

/** Refreshes an OAuth2 access token that is missing or about to expire; other schemes need nothing. */
export async function refreshIfDue(
  connector: ConnectorDef,
  state: AuthState,
  config: Record<string, string>,
  http: Omit<HttpOptions, 'safeToRetry'>,
): Promise<void> {
  if (connector.auth[state.scheme]?.apply.type === 'oauth2' && needsRefresh(state.values)) {
    await refreshAccessToken(connector, state, config, http);
  }
}

/** Puts the credentials on the request, refreshing an OAuth2 token first when it is missing or about to expire. */
export async function applyAuth(
  connector: ConnectorDef,
  request: PreparedRequest,
  state: AuthState,
  config: Record<string, string>,
  http: Omit<HttpOptions, 'safeToRetry'>,
): Promise<void> {
  const scheme = connector.auth[state.scheme]!;
  for (const [name, template] of Object.entries(scheme.headers ?? {})) {
    const value = templateOrField(template, state.values);
    if (value && request.headers[name.toLowerCase()] === undefined) request.headers[name.toLowerCase()] = value;
  }
  const apply = scheme.apply;
  const v = state.values;
  switch (apply.type) {
    case 'bearer':
      request.headers.authorization = `Bearer ${v[apply.field] ?? ''}`;
      break;
    case 'basic': {
      const user = templateOrField(apply.username, v);
      request.headers.authorization = `Basic ${basicCredentials(user, templateOrField(apply.password, v))}`;
      break;
    }
    case 'header':
      request.headers[apply.name.toLowerCase()] = `${apply.prefix ?? ''}${v[apply.field] ?? ''}`;
      break;
    case 'query': {
      const url = new URL(request.url);
      url.searchParams.set(apply.name, v[apply.field] ?? '');
      request.url = url.toString();
      break;
    }
    case 'oauth2':
      if (needsRefresh(v)) await refreshAccessToken(connector, state, config, http);
      request.headers.authorization = `Bearer ${state.values.access_token ?? ''}`;
      break;
  }
}
