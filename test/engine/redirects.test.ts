import { describe, expect, it } from 'vitest';
import { execute } from '../../src/lib/engine/index.js';
import { connectorWith, failure, ref, runOpts, TOKEN, useServers } from './fixtures.js';

const serve = useServers();

const get = ref(connectorWith({ get: { route: 'GET /things/{id}' } }), 'get');
const update = ref(connectorWith({ update: { route: 'POST /things/{id}' }, get: { route: 'GET /things/{id}' } }), 'update');

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])('a same-origin %i of a GET is followed, with the credentials', async (status) => {
    const s = await serve((req) => (req.path === '/things/old' ? { status, headers: { location: '/things/new' }, body: { id: 'moved-body' } } : { body: { id: 'new' } }));
    expect((await execute(get, { id: 'old' }, runOpts(s.url))).data).toEqual({ id: 'new' });
    expect(s.requests.map((r) => r.path)).toEqual(['/things/old', '/things/new']);
    expect(s.requests[1]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('a redirect to another origin is an error naming it, and nothing is sent there', async () => {
    const other = await serve(() => ({ body: { id: 'elsewhere' } }));
    const s = await serve(() => ({ status: 302, headers: { location: `${other.url}/steal` } }));
    const err = await failure(execute(get, { id: 'a' }, runOpts(s.url)));
    expect(err).toMatchObject({ type: 'api', exitCode: 1, statusCode: 302 });
    expect(err.message).toContain(`to ${other.url}/steal`);
    expect(err.message).toContain('another host');
    expect(other.requests).toHaveLength(0);
  });

  it('a redirect of a POST is not followed', async () => {
    const s = await serve((req) => (req.path === '/things/a' ? { status: 307, headers: { location: '/things/b' } } : { body: { id: 'b' } }));
    const err = await failure(execute(update, { id: 'a', name: 'n' }, runOpts(s.url)));
    expect(err).toMatchObject({ type: 'api', statusCode: 307 });
    expect(err.message).toContain('/things/b');
    expect(s.requests).toHaveLength(1);
  });

  it('more than 5 hops is an error', async () => {
    const s = await serve((req) => ({ status: 302, headers: { location: `/things/${Number(req.path.split('/').pop()) + 1}` } }));
    const err = await failure(execute(get, { id: '0' }, runOpts(s.url)));
    expect(err.message).toContain('more than 5 redirects');
    expect(s.requests).toHaveLength(6);
  });

  it('a 3xx without Location is a bad_response', async () => {
    const s = await serve(() => ({ status: 301, body: { id: 'not-the-record' } }));
    expect(await failure(execute(get, { id: 'a' }, runOpts(s.url)))).toMatchObject({ type: 'bad_response', exitCode: 1, statusCode: 301 });
  });

  it('a redirect location carrying the token is redacted', async () => {
    const other = await serve(() => ({ body: {} }));
    const s = await serve(() => ({ status: 302, headers: { location: `${other.url}/x?token=${TOKEN}` } }));
    const err = await failure(execute(get, { id: 'a' }, runOpts(s.url)));
    expect(err.message).not.toContain(TOKEN);
    expect(err.message).toContain('[REDACTED]');
  });
});
