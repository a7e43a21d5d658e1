import { describe, expect, it } from 'vitest';
import { headerKey, queryKey, basic, defineConnector, field, oauth2 } from '../../src/connectors/kit.js';
import { execute, pages, resolveAction } from '../../src/lib/engine/index.js';
import type { AuthScheme, ConnectorDef } from '../../src/lib/engine/types.js';
import { connectorWith, failure, ref, runOpts, TOKEN, useServers } from './fixtures.js';

const serve = useServers();

function connector(auth: Record<string, AuthScheme>, server = 'https://api.invalid'): ConnectorDef {
  return defineConnector({
    name: 'secretive',
    title: 'Secretive',
    definitionId: '00000000-0000-0000-0000-000000000002',
    server,
    auth,
    entities: { me: { actions: { get: { route: 'GET /me' }, update: { route: 'POST /me' } } } },
  });
}

/** Asserts that no debug line (nor the joined log) contains any of the secrets, and that something was logged. */
function expectClean(log: string[], secrets: string[]) {
  expect(log.length).toBeGreaterThan(0);
  const text = log.join('\n');
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(encodeURIComponent(secret));
    expect(text).not.toContain(new URLSearchParams({ s: secret }).toString().slice(2));
  }
}

/** A server that echoes every credential it received, in headers and body. */
const echo = () =>
  serve((req) => ({
    status: req.path.endsWith('/fail') ? 401 : 200,
    headers: { 'x-echo-auth': String(req.headers.authorization ?? ''), 'x-echo-query': req.query.toString() },
    body: { authorization: req.headers.authorization, query: req.query.toString(), body: req.body, message: `you sent ${req.body}` },
  }));

describe('debug logs never contain secrets', () => {
  it('bearer token: the request and response, headers and bodies, are logged redacted', async () => {
    const s = await echo();
    const log: string[] = [];
    await execute(ref(connectorWith({ get: { route: 'GET /me' } }), 'get'), { q: 1 }, runOpts(s.url, {}, log));
    expectClean(log, [TOKEN]);
    expect(log).toContain(`> GET ${s.url}/me?q=1`);
    expect(log).toContain('> authorization: [REDACTED]');
    expect(log.some((l) => l.startsWith('< 200'))).toBe(true);
    expect(log.some((l) => l.includes('x-echo-auth: Bearer [REDACTED]'))).toBe(true);
  });

  it('query key, in the URL, in the response and in error messages', async () => {
    const s = await echo();
    const secret = 'qk_live~with spaces!&=/+';
    const c = connector({ key: queryKey({ param: 'api_key', field: 'key', env: 'X_KEY', scheme: { title: 'Key' } }) }, s.url);
    const log: string[] = [];
    const opts = runOpts(undefined, { auth: { scheme: 'key', values: { key: secret } } }, log);
    await execute(resolveAction(c, 'me', 'get'), {}, opts);
    expectClean(log, [secret]);
    expect(log.some((l) => l.startsWith(`> GET ${s.url}/me?api_key=`) && l.includes('[REDACTED]'))).toBe(true);

    // a transport error names the URL, redacted
    const gone = await serve(() => (_req, res) => res.socket?.destroy());
    const c2 = connector({ key: queryKey({ param: 'api_key', field: 'key', env: 'X_KEY', scheme: { title: 'Key' } }) }, gone.url);
    const err = await failure(execute(resolveAction(c2, 'me', 'get'), {}, { ...opts, http: { ...opts.http, retries: 1 } }));
    expect(err.type).toBe('network');
    expect(err.message).toContain('[REDACTED]');
    expectClean([err.message, JSON.stringify(err.toJSON()), ...log], [secret]);
  });

  it('basic credentials and a custom auth header', async () => {
    const s = await echo();
    const log: string[] = [];
    const basicC = connector({ b: basic({ title: 'Basic', fields: { user: field('X_USER', { secret: false }), pass: field('X_PASS') }, username: 'user', password: 'pass' }) }, s.url);
    await execute(resolveAction(basicC, 'me', 'get'), {}, runOpts(undefined, { auth: { scheme: 'b', values: { user: 'bob', pass: 'hunter2-pass' } } }, log));
    const header = connector({ h: headerKey({ header: 'X-Custom-Auth', prefix: 'Key ', field: 'k', env: 'X_K', scheme: { title: 'Key' } }) }, s.url);
    await execute(resolveAction(header, 'me', 'get'), {}, runOpts(undefined, { auth: { scheme: 'h', values: { k: 'hdr-secret-999' } } }, log));
    expectClean(log, ['hunter2-pass', Buffer.from('bob:hunter2-pass').toString('base64'), 'hdr-secret-999']);
  });

  it('a secret echoed in a request or error body is redacted in the log and in the error', async () => {
    const s = await echo();
    const c = connectorWith({ fail: { route: 'POST /me/fail' } });
    const log: string[] = [];
    const err = await failure(execute(ref(c, 'fail'), { note: `my token is ${TOKEN}` }, runOpts(s.url, {}, log)));
    expect(err.type).toBe('authentication');
    expect(err.message).toContain('you sent');
    expectClean([...log, err.message, JSON.stringify(err.toJSON()), err.hint ?? ''], [TOKEN]);
  });

  it('retry lines are redacted too', async () => {
    let n = 0;
    const s = await serve(() => (n++ === 0 ? { status: 503, body: { message: `down for ${TOKEN}` } } : { body: [] }));
    const log: string[] = [];
    await execute(ref(connectorWith({ list: { route: 'GET /things' } })), {}, runOpts(s.url, {}, log));
    expect(log.some((l) => l.startsWith('retrying after 503'))).toBe(true);
    expectClean(log, [TOKEN]);
  });

  it('OAuth2: client secret, refresh token and the newly issued tokens never appear', async () => {
    const s = await serve((req) =>
      req.path === '/token'
        ? { body: { access_token: 'at-brand-new-1234', refresh_token: 'rt-rotated-5678', expires_in: 3600, scope: 'read' } }
        : req.headers.authorization === 'Bearer at-brand-new-1234'
          ? { body: { me: 'ok', echo: req.headers.authorization } }
          : { status: 401, body: { message: 'expired' } },
    );
    const c = connector(
      {
        oauth: oauth2({
          title: 'OAuth',
          tokenUrl: `${s.url}/token`,
          fields: {
            client_id: field('X_CID'),
            client_secret: field('X_CSECRET'),
            refresh_token: field('X_RT'),
            access_token: field('X_AT', { optional: true }),
          },
        }),
      },
      s.url,
    );
    const log: string[] = [];
    const values = { client_id: 'cid-abcdef', client_secret: 'cs-very-secret', refresh_token: 'rt-original-0000', access_token: 'at-stale-9999' };
    const result = await execute(resolveAction(c, 'me', 'get'), {}, runOpts(undefined, { auth: { scheme: 'oauth', values } }, log));
    expect(result.data).toMatchObject({ me: 'ok' });
    expect(log.some((l) => l.startsWith(`> POST ${s.url}/token`))).toBe(true);
    expectClean(log, ['cs-very-secret', 'rt-original-0000', 'at-stale-9999', 'at-brand-new-1234', 'rt-rotated-5678']);
  });

  it('every page of a paginated walk is redacted', async () => {
    const s = await serve((req) => ({
      headers: req.query.get('page') ? undefined : { link: `</things?page=2&token=${TOKEN}>; rel="next"` },
      body: [{ id: req.query.get('page') ?? '1' }],
    }));
    const c = connectorWith({ list: { route: 'GET /things', paginate: { type: 'link' } } });
    const log: string[] = [];
    const seen: unknown[] = [];
    for await (const page of pages(ref(c), {}, runOpts(s.url, {}, log))) seen.push(...page.records);
    expect(seen).toEqual([{ id: '1' }, { id: '2' }]);
    expectClean(log, [TOKEN]);
  });
});
