import { describe, expect, it } from 'vitest';
import { basic, defineConnector, field, oauth2 } from '../../src/connectors/kit.js';
import { execute, resolveAction } from '../../src/lib/engine/index.js';
import type { AuthScheme } from '../../src/lib/engine/types.js';
import type { AacError } from '../../src/lib/errors.js';
import { call } from '../../src/lib/platform/transport.js';
import { failure, runOpts, useServers } from './fixtures.js';

const serve = useServers();

function connector(auth: Record<string, AuthScheme>, server: string) {
  return defineConnector({
    name: 'secretive',
    title: 'Secretive',
    definitionId: '00000000-0000-0000-0000-000000000003',
    server,
    auth,
    entities: { me: { actions: { get: { route: 'GET /me' } } } },
  });
}

/** Every form a secret may take in an echo: as is, URL-encoded, form-encoded. */
function expectNoSecret(err: AacError, secrets: string[], log: string[] = []) {
  const text = [err.message, err.hint ?? '', JSON.stringify(err.toJSON()), ...log].join('\n');
  for (const secret of secrets) {
    for (const form of [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)]) expect(text).not.toContain(form);
  }
}

describe('one redaction over every error message, hint, details entry and debug line', () => {
  const creds = { client_id: 'cid-public-1', client_secret: 'cs/very secret+1', refresh_token: 'rt~refresh token 2' };
  const echoAll = (text: string) =>
    `got ${text} / ${decodeURIComponent(text.replace(/\+/g, ' '))} / ${Buffer.from(text).toString('base64')}`;

  it.each(['body', 'basic'] as const)('an OAuth2 token endpoint that echoes the refresh token and client secret (client auth: %s)', async (clientAuth) => {
    const s = await serve((req) => ({
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description: `${echoAll(req.body)} auth=${req.headers.authorization ?? ''} secret=${creds.client_secret} rt=${creds.refresh_token}`,
      },
    }));
    const fields = { client_id: field('X_CID'), client_secret: field('X_CS'), refresh_token: field('X_RT') };
    const c = connector({ oauth: oauth2({ title: 'OAuth', tokenUrl: `${s.url}/token`, fields, clientAuth }) }, s.url);
    const log: string[] = [];
    const err = await failure(execute(resolveAction(c, 'me', 'get'), {}, runOpts(undefined, { auth: { scheme: 'oauth', values: { ...creds } } }, log)));
    expect(err).toMatchObject({ type: 'authentication', exitCode: 2 });
    expect(err.message).toContain('Could not refresh the Secretive access token: got ');
    expect(err.message).toContain('[REDACTED]');
    expectNoSecret(err, [creds.client_secret, creds.refresh_token, Buffer.from(`${creds.client_id}:${creds.client_secret}`).toString('base64')], log);
    expect(s.requests).toHaveLength(1);
  });

  it('a vendor echoing basic auth as user:pass base64 and the password URL-encoded', async () => {
    const password = 'p@ss word/+1';
    const s = await serve((req) => ({
      status: 403,
      body: { message: `denied ${req.headers.authorization} for ${encodeURIComponent(password)}`, errors: [{ detail: password }] },
    }));
    const c = connector({ basic: basic({ title: 'Basic', fields: { email: field('X_EMAIL', { secret: false }), password: field('X_PW') }, username: 'email', password: 'password' }) }, s.url);
    const log: string[] = [];
    const err = await failure(execute(resolveAction(c, 'me', 'get'), {}, runOpts(undefined, { auth: { scheme: 'basic', values: { email: 'me@x.io', password } } }, log)));
    expect(err.message).toBe('Secretive API error (403): denied Basic [REDACTED] for [REDACTED]');
    expectNoSecret(err, [password, Buffer.from(`me@x.io:${password}`).toString('base64')], log);
  });
});

describe('platform errors are redacted', () => {
  const clientSecret = 'platform-client-secret-42';
  const bearer = 'platform-bearer-token-77';
  const transport = (apiUrl: string) => ({ apiUrl, retries: 0, retryBaseMs: 1, secrets: () => [clientSecret] });

  it.each([400, 401, 500])('a %i body echoing the client secret and the bearer token', async (status) => {
    const s = await serve((req) => ({
      status,
      body: { message: `bad ${req.headers.authorization} ${req.body}`, errors: [{ field: 'client_secret', message: `was ${clientSecret}` }] },
    }));
    const err = await failure(call(transport(s.url), 'POST', '/api/v1/things', { token: bearer, body: { client_secret: clientSecret } }));
    expect(err.message).toContain('[REDACTED]');
    expect(err.details).toEqual({ errors: [{ field: 'client_secret', message: 'was [REDACTED]' }] });
    expectNoSecret(err, [clientSecret, bearer]);
  });

  it('a token request whose secret is not yet known to the client is redacted from its own body', async () => {
    const s = await serve((req) => ({ status: 422, body: { message: `invalid ${req.body}` } }));
    const secret = 'fresh-secret-not-in-the-store';
    const err = await failure(call({ ...transport(s.url), secrets: () => [] }, 'POST', '/token', { body: { client_id: 'id', client_secret: secret } }));
    expectNoSecret(err, [secret]);
  });

  it('a plain-text error body echoing the token', async () => {
    const s = await serve(() => ({ status: 502, headers: { 'content-type': 'text/plain' }, body: `gateway saw Bearer ${bearer}` }));
    const err = await failure(call(transport(s.url), 'GET', '/api/v1/things', { token: bearer }));
    expect(err.message).toBe('gateway saw Bearer [REDACTED] (502 on GET /api/v1/things)');
  });
});
