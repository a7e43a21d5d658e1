import { describe, expect, it } from 'vitest';
import { headerKey, queryKey, basic, bearer, defineConnector, field, oauth2 } from '../../src/connectors/kit.js';
import { chooseScheme } from '../../src/lib/engine/auth.js';
import { dryRun, execute, resolveAction } from '../../src/lib/engine/index.js';
import type { AuthScheme, ConnectorDef } from '../../src/lib/engine/types.js';
import type { ReceivedRequest } from '../helpers/server.js';
import { failure, runOpts, useServers } from './fixtures.js';

const serve = useServers();

function connector(auth: Record<string, AuthScheme>, extra: Partial<ConnectorDef> = {}): ConnectorDef {
  return defineConnector({
    name: 'authapi',
    title: 'Auth API',
    definitionId: '00000000-0000-0000-0000-000000000001',
    server: 'https://api.invalid',
    auth,
    entities: { me: { actions: { get: { route: 'GET /me' } } } },
    ...extra,
  });
}

const meRef = (c: ConnectorDef) => resolveAction(c, 'me', 'get');
const basicOf = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

describe('static credentials', () => {
  it('bearer puts `Authorization: Bearer <token>`', async () => {
    const s = await serve(() => ({ body: { ok: 1 } }));
    const c = connector({ token: bearer({ field: 'api_key', env: 'X_KEY', scheme: { title: 'Token' } }) });
    await execute(meRef(c), {}, runOpts(s.url, { auth: { scheme: 'token', values: { api_key: 'sk_live_abc' } } }));
    expect(s.requests[0]!.headers.authorization).toBe('Bearer sk_live_abc');
  });

  it('basic encodes username:password', async () => {
    const s = await serve(() => ({ body: {} }));
    const c = connector({
      basic: basic({ title: 'Basic', fields: { email: field('X_EMAIL', { secret: false }), api_token: field('X_TOKEN') }, username: 'email', password: 'api_token' }),
    });
    await execute(meRef(c), {}, runOpts(s.url, { auth: { scheme: 'basic', values: { email: 'me@example.com', api_token: 'p:ss/wörd' } } }));
    expect(s.requests[0]!.headers.authorization).toBe(basicOf('me@example.com', 'p:ss/wörd'));
  });

  it('basic username and password may be templates of fields (e.g. `{email}/token`)', async () => {
    const s = await serve(() => ({ body: {} }));
    const c = connector({
      token: basic({ title: 'API token', fields: { email: field('X_EMAIL', { secret: false }), api_token: field('X_TOKEN') }, username: '{email}/token', password: 'api_token' }),
    });
    await execute(meRef(c), {}, runOpts(s.url, { auth: { scheme: 'token', values: { email: 'a@b.c', api_token: 'zd-1' } } }));
    expect(s.requests[0]!.headers.authorization).toBe(basicOf('a@b.c/token', 'zd-1'));
  });

  it('header key with a prefix', async () => {
    const s = await serve(() => ({ body: {} }));
    const c = connector({ key: headerKey({
  header: 'Authorization',
  prefix: 'Klaviyo-API-Key ',
  field: 'api_key',
  env: 'X_KEY',
  scheme: { title: 'Key' },
}) });
    await execute(meRef(c), {}, runOpts(s.url, { auth: { scheme: 'key', values: { api_key: 'pk_123' } } }));
    expect(s.requests[0]!.headers.authorization).toBe('Klaviyo-API-Key pk_123');
  });

  it('header key without a prefix, under a custom header name', async () => {
    const s = await serve(() => ({ body: {} }));
    const c = connector({ key: headerKey({ header: 'X-Api-Key', field: 'api_key', env: 'X_KEY', scheme: { title: 'Key' } }) });
    await execute(meRef(c), {}, runOpts(s.url, { auth: { scheme: 'key', values: { api_key: 'k-1' } } }));
    expect(s.requests[0]!.headers['x-api-key']).toBe('k-1');
    expect(s.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('query key is added to the query string next to the other params', async () => {
    const s = await serve(() => ({ body: {} }));
    const c = connector({ key: queryKey({ param: 'api_key', field: 'key', env: 'X_KEY', scheme: { title: 'Key' } }) }, {
      entities: { me: { actions: { get: { route: 'GET /me' } } } },
    });
    await execute(meRef(c), { fields: 'a b' }, runOpts(s.url, { auth: { scheme: 'key', values: { key: 'q&k=1' } } }));
    const req = s.requests[0]!;
    expect(req.query.get('api_key')).toBe('q&k=1');
    expect(req.query.get('fields')).toBe('a b');
    expect(req.headers.authorization).toBeUndefined();
  });

  it('chooses the first scheme whose required fields are present, or names the missing variables', () => {
    const c = connector({
      oauth: oauth2({ title: 'OAuth', tokenUrl: 'https://x/token', fields: { client_id: field('X_CID'), client_secret: field('X_CS'), refresh_token: field('X_RT') } }),
      token: bearer({ field: 'api_key', env: 'X_KEY', scheme: { title: 'Token' } }),
    });
    expect(chooseScheme(c, { api_key: 'k' })).toBe('token');
    expect(chooseScheme(c, { client_id: 'a', client_secret: 'b', refresh_token: 'c', api_key: 'k' })).toBe('oauth');
    expect(() => chooseScheme(c, {})).toThrow(expect.objectContaining({ type: 'authentication', hint: expect.stringContaining('X_CID') }));
    expect(() => chooseScheme(c, {}, 'token')).toThrow(expect.objectContaining({ type: 'authentication', hint: expect.stringContaining('X_KEY') }));
    expect(() => chooseScheme(c, {}, 'nope')).toThrow(expect.objectContaining({ type: 'usage' }));
  });
});

describe('OAuth2 refresh-token flow', () => {
  const fields = {
    client_id: field('X_CLIENT_ID'),
    client_secret: field('X_CLIENT_SECRET'),
    refresh_token: field('X_REFRESH_TOKEN'),
    access_token: field('X_ACCESS_TOKEN', { optional: true }),
    expires_at: field('X_EXPIRES_AT', { optional: true, secret: false }),
  };
  const creds = { client_id: 'cid', client_secret: 'csecret', refresh_token: 'rt-old' };

  /** One server plays both the token endpoint (/oauth/token) and the API (/api/me). */
  async function setup(opts: {
    token?: (req: ReceivedRequest, n: number) => { status?: number; body: unknown };
    api?: (req: ReceivedRequest) => { status?: number; body: unknown };
    clientAuth?: 'body' | 'basic';
    extract?: string[];
  }) {
    let tokenCalls = 0;
    const s = await serve((req) => {
      if (req.path === '/oauth/token') {
        tokenCalls++;
        return opts.token?.(req, tokenCalls) ?? { body: { access_token: `at-${tokenCalls}`, expires_in: 3600, token_type: 'bearer' } };
      }
      return opts.api?.(req) ?? { body: { me: true } };
    });
    const c = connector(
      { oauth: oauth2({ title: 'OAuth', tokenUrl: `${s.url}/oauth/token`, fields, clientAuth: opts.clientAuth, extract: opts.extract }) },
      { server: `${s.url}/api` },
    );
    return { s, c, tokenRequests: () => s.requests.filter((r) => r.path === '/oauth/token'), apiRequests: () => s.requests.filter((r) => r.path !== '/oauth/token') };
  }

  it('refreshes when there is no access token, sends client credentials in the body, and reports the new tokens', async () => {
    const { c, tokenRequests, apiRequests } = await setup({
      token: () => ({ body: { access_token: 'at-new', refresh_token: 'rt-new', expires_in: 3600, instance_url: 'https://i.example' } }),
      extract: ['instance_url'],
    });
    const updates: Record<string, string>[] = [];
    const before = Math.floor(Date.now() / 1000);
    const auth = { scheme: 'oauth', values: { ...creds }, onUpdate: (v: Record<string, string>) => void updates.push(v) };
    const result = await execute(meRef(c), {}, runOpts(undefined, { auth }));
    expect(result.data).toEqual({ me: true });

    const [tokenReq] = tokenRequests();
    expect(tokenReq!.method).toBe('POST');
    expect(tokenReq!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(tokenReq!.form!)).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'rt-old',
      client_id: 'cid',
      client_secret: 'csecret',
    });
    expect(tokenReq!.headers.authorization).toBeUndefined();
    expect(apiRequests()[0]!.headers.authorization).toBe('Bearer at-new');

    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ ...creds, access_token: 'at-new', refresh_token: 'rt-new', instance_url: 'https://i.example' });
    const expiresAt = Number(updates[0]!.expires_at);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 3600);
    expect(expiresAt).toBeLessThan(before + 3700);
    expect(auth.values).toEqual(updates[0]);
  });

  it('builds the server URL from a variable the token answer carries (instance_url)', async () => {
    const api = await serve(() => ({ body: { me: 'from-instance' } }));
    const { s } = await setup({
      token: () => ({ body: { access_token: 'at-i', expires_in: 3600, instance_url: api.url } }),
    });
    const c = connector(
      { oauth: oauth2({ title: 'OAuth', tokenUrl: `${s.url}/oauth/token`, fields, extract: ['instance_url'] }) },
      { server: '{instance_url}/api' },
    );
    const result = await execute(meRef(c), {}, runOpts(undefined, { auth: { scheme: 'oauth', values: { ...creds } } }));
    expect(result.data).toEqual({ me: 'from-instance' });
    expect(api.requests[0]!.path).toBe('/api/me');
    expect(api.requests[0]!.headers.authorization).toBe('Bearer at-i');
  });

  it('sends client credentials with HTTP Basic when clientAuth is basic', async () => {
    const { c, tokenRequests } = await setup({ clientAuth: 'basic' });
    await execute(meRef(c), {}, runOpts(undefined, { auth: { scheme: 'oauth', values: { ...creds } } }));
    const tokenReq = tokenRequests()[0]!;
    expect(tokenReq.headers.authorization).toBe(basicOf('cid', 'csecret'));
    expect(Object.fromEntries(tokenReq.form!)).toEqual({ grant_type: 'refresh_token', refresh_token: 'rt-old' });
  });

  it('uses a valid access token without refreshing', async () => {
    const { c, tokenRequests, apiRequests } = await setup({});
    const expires = String(Math.floor(Date.now() / 1000) + 3600);
    await execute(meRef(c), {}, runOpts(undefined, { auth: { scheme: 'oauth', values: { ...creds, access_token: 'at-valid', expires_at: expires } } }));
    expect(tokenRequests()).toHaveLength(0);
    expect(apiRequests()[0]!.headers.authorization).toBe('Bearer at-valid');
  });

  it('refreshes an access token that has expired (or is about to)', async () => {
    const { c, tokenRequests, apiRequests } = await setup({});
    const expired = String(Math.floor(Date.now() / 1000) - 10);
    const updates: Record<string, string>[] = [];
    await execute(
      meRef(c),
      {},
      runOpts(undefined, { auth: { scheme: 'oauth', values: { ...creds, access_token: 'at-stale', expires_at: expired }, onUpdate: (v) => void updates.push(v) } }),
    );
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer at-1']);
    // the refresh token was not rotated: the old one is kept
    expect(updates[0]).toMatchObject({ access_token: 'at-1', refresh_token: 'rt-old' });

    const soon = String(Math.floor(Date.now() / 1000) + 5);
    await execute(meRef(c), {}, runOpts(undefined, { auth: { scheme: 'oauth', values: { ...creds, access_token: 'at-soon', expires_at: soon } } }));
    expect(tokenRequests()).toHaveLength(2);
  });

  it('refreshes once on a 401 and retries the request with the new token', async () => {
    const { c, tokenRequests, apiRequests } = await setup({
      api: (req) => (req.headers.authorization === 'Bearer at-1' ? { body: { me: 'fresh' } } : { status: 401, body: { message: 'token revoked' } }),
    });
    const updates: Record<string, string>[] = [];
    const result = await execute(
      meRef(c),
      {},
      runOpts(undefined, { auth: { scheme: 'oauth', values: { ...creds, access_token: 'at-revoked' }, onUpdate: (v) => void updates.push(v) } }),
    );
    expect(result.data).toEqual({ me: 'fresh' });
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer at-revoked', 'Bearer at-1']);
    expect(tokenRequests()).toHaveLength(1);
    expect(updates.map((u) => u.access_token)).toEqual(['at-1']);
  });

  it('refreshes only once when the API keeps answering 401, then fails with an authentication error', async () => {
    const { c, tokenRequests, apiRequests } = await setup({ api: () => ({ status: 401, body: { message: 'nope' } }) });
    const err = await failure(execute(meRef(c), {}, runOpts(undefined, { auth: { scheme: 'oauth', values: { ...creds, access_token: 'at-x' } } })));
    expect(err.type).toBe('authentication');
    expect(err.statusCode).toBe(401);
    expect(err.exitCode).toBe(2);
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests()).toHaveLength(2);
  });

  it('a failed refresh is an authentication error with the vendor reason, and the API is not called', async () => {
    const { c, apiRequests } = await setup({
      token: () => ({ status: 400, body: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' } }),
    });
    const updates: unknown[] = [];
    const err = await failure(
      execute(meRef(c), {}, runOpts(undefined, { auth: { scheme: 'oauth', values: { ...creds }, onUpdate: (v) => void updates.push(v) } })),
    );
    expect(err.type).toBe('authentication');
    expect(err.message).toContain('Token has been expired or revoked.');
    expect(err.statusCode).toBe(400);
    expect(err.hint).toContain('aac connectors create authapi --local');
    expect(apiRequests()).toHaveLength(0);
    expect(updates).toHaveLength(0);
  });

  it('a token response without access_token is an authentication error', async () => {
    const { c } = await setup({ token: () => ({ body: { error: 'unauthorized_client' } }) });
    const err = await failure(execute(meRef(c), {}, runOpts(undefined, { auth: { scheme: 'oauth', values: { ...creds } } })));
    expect(err.type).toBe('authentication');
    expect(err.message).toContain('unauthorized_client');
  });

  it('fills {variables} of the token URL from the config', async () => {
    const s = await serve((req) => (req.path === '/acme/oauth/token' ? { body: { access_token: 'at-sub' } } : { body: {} }));
    const c = connector(
      { oauth: oauth2({ title: 'OAuth', tokenUrl: `${s.url}/{subdomain}/oauth/token`, fields }) },
      { server: `${s.url}/{subdomain}/api`, config: { subdomain: field('X_SUBDOMAIN', { secret: false }) } },
    );
    await execute(meRef(c), {}, { ...runOpts(undefined, { auth: { scheme: 'oauth', values: { ...creds } } }), config: { subdomain: 'acme' } });
    expect(s.requests.map((r) => `${r.method} ${r.path} ${r.headers.authorization ?? ''}`)).toEqual([
      'POST /acme/oauth/token ',
      'GET /acme/api/me Bearer at-sub',
    ]);
  });

  it('dryRun shows placeholders and never calls the token endpoint', async () => {
    const { s, c } = await setup({});
    const request = await dryRun(meRef(c), {}, runOpts(undefined, { auth: { scheme: 'oauth', values: { ...creds } } }));
    expect(request.headers.authorization).toBe('Bearer <access_token>');
    expect(s.requests).toHaveLength(0);
  });
});
