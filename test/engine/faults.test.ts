import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/connectors/kit.js';
import { execute } from '../../src/lib/engine/index.js';
import type { ActionDef } from '../../src/lib/engine/types.js';
import type { Reply } from '../helpers/server.js';
import { collect, connectorWith, failure, ref, runOpts, TOKEN, useServers } from './fixtures.js';

const serve = useServers();

const recs = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ id: from + i }));
const raw = (body: string | Buffer, headers: Record<string, string> = {}, status = 200): Reply => (_req, res) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
};
const list = ref(connectorWith({ list: { route: 'GET /things', records: 'data' } }));
const get = ref(connectorWith({ get: { route: 'GET /things/{id}' } }), 'get');
const fast = (url: string) => runOpts(url, { http: { retries: 2 } });

describe('a 2xx that is not what the action expects is an error, never a success', () => {
  it.each([
    ['truncated JSON', raw('{"data":[{"id":1},{"id"')],
    ['an HTML page', raw('<!doctype html><html><body>Sign in</body></html>', { 'content-type': 'text/html; charset=utf-8' })],
    ['HTML served as JSON', raw('<html>proxy error</html>')],
    ['an empty 200', raw('')],
    ['a body without the records path', raw('{"items":[]}')],
    ['plain text', raw('OK', { 'content-type': 'text/plain' })],
  ])('%s: bad_response (exit 1), retried like a 5xx on a safe read', async (_name, reply) => {
    const s = await serve(() => reply);
    const err = await failure(execute(list, {}, fast(s.url)));
    expect(err).toMatchObject({ type: 'bad_response', exitCode: 1, statusCode: 200, retryable: true });
    expect(err.message).toMatch(/^Test API sent an unexpected response \(200, [^)]+\): /);
    expect(s.requests).toHaveLength(3);
  });

  it('names the status and content type', async () => {
    const s = await serve(() => raw('<html></html>', { 'content-type': 'text/html' }, 203));
    const err = await failure(execute(get, { id: 'a' }, fast(s.url)));
    expect(err.message).toBe('Test API sent an unexpected response (203, text/html): an HTML page instead of JSON.');
  });

  it('a get never returns an HTML page as the record', async () => {
    const s = await serve(() => raw('<html>login</html>', { 'content-type': 'text/html' }));
    expect(await failure(execute(get, { id: 'a' }, fast(s.url)))).toMatchObject({ type: 'bad_response' });
  });

  it('recovers when a retry brings the real answer', async () => {
    let n = 0;
    const s = await serve(() => (n++ === 0 ? raw('{"data":[') : { body: { data: recs(1, 2) } }));
    expect((await execute(list, {}, fast(s.url))).data).toEqual(recs(1, 2));
    expect(s.requests).toHaveLength(2);
  });

  it('a write that gets a broken 2xx is not retried and says it may have been applied', async () => {
    const create = ref(connectorWith({ create: { route: 'POST /things' }, list: { route: 'GET /things', records: 'data' } }), 'create');
    const s = await serve(() => raw('<html>oops</html>', { 'content-type': 'text/html' }));
    const err = await failure(execute(create, { name: 'x' }, fast(s.url)));
    expect(err).toMatchObject({ type: 'bad_response', retryable: false });
    expect(err.hint).toContain('may have been applied');
    expect(err.hint).toContain('`aac exec testapi things list`');
    expect(s.requests).toHaveLength(1);
  });

  it('a 304 (never asked for) is a bad_response, not an empty success', async () => {
    const s = await serve(() => ({ status: 304 }));
    expect(await failure(execute(list, {}, fast(s.url)))).toMatchObject({ type: 'bad_response', statusCode: 304, exitCode: 1 });
    expect(s.requests).toHaveLength(1);
  });

  it('a 204 on a write is an empty success', async () => {
    const del = ref(connectorWith({ delete: { route: 'DELETE /things/{id}', kind: 'destructive' } }), 'delete');
    const s = await serve(() => ({ status: 204 }));
    expect((await execute(del, { id: 'a' }, fast(s.url))).data).toBeNull();
  });
});

describe('Content-Encoding', () => {
  const body = JSON.stringify({ data: recs(1, 3) });
  it.each([
    ['gzip', gzipSync(body)],
    ['deflate', deflateSync(body)],
    ['br', brotliCompressSync(body)],
  ])('%s is decoded even when aac did not ask for it', async (encoding, bytes) => {
    const s = await serve(() => raw(bytes, { 'content-encoding': encoding }));
    expect((await execute(list, {}, fast(s.url))).data).toEqual(recs(1, 3));
  });

  it('an unknown encoding is refused clearly', async () => {
    const s = await serve(() => raw('zzzz', { 'content-encoding': 'zstd' }));
    const err = await failure(execute(list, {}, fast(s.url)));
    expect(err).toMatchObject({ type: 'bad_response', retryable: false });
    expect(err.message).toContain('Content-Encoding "zstd", which aac cannot decode');
    expect(s.requests).toHaveLength(1);
  });

  it('a corrupt gzip body is an error', async () => {
    const s = await serve(() => raw('not gzip at all', { 'content-encoding': 'gzip' }));
    expect((await failure(execute(list, {}, fast(s.url)))).message).toContain('could not decode');
  });
});

describe('response size cap', () => {
  const big = JSON.stringify({ data: Array.from({ length: 2000 }, (_, i) => ({ id: i, pad: 'x'.repeat(40) })) });

  it('a body over maxBodyBytes is an error naming the cap', async () => {
    const s = await serve(() => raw(big));
    const err = await failure(execute(list, {}, runOpts(s.url, { http: { maxBodyBytes: 10_000 } })));
    expect(err).toMatchObject({ type: 'bad_response', exitCode: 1, retryable: false });
    expect(err.message).toContain('larger than 10000 bytes');
    expect(err.hint).toContain('--max-body');
    expect(s.requests).toHaveLength(1);
  });

  it('without Content-Length (chunked) too', async () => {
    const s = await serve(() => (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(big.slice(0, 8000));
      res.end(big.slice(8000));
    });
    expect((await failure(execute(list, {}, runOpts(s.url, { http: { maxBodyBytes: 10_000 } })))).message).toContain('larger than 10000 bytes');
  });

  it('the cap applies after decompression (a gzip bomb)', async () => {
    const s = await serve(() => raw(gzipSync(big), { 'content-encoding': 'gzip' }));
    expect(gzipSync(big).length).toBeLessThan(10_000);
    expect((await failure(execute(list, {}, runOpts(s.url, { http: { maxBodyBytes: 10_000 } })))).message).toContain('larger than 10000 bytes');
  });

  it('a body under the cap passes', async () => {
    const s = await serve(() => raw(big));
    expect((await execute(list, {}, runOpts(s.url, { http: { maxBodyBytes: big.length } }))).data).toHaveLength(2000);
  });
});

describe('under --all, a bad page is an error, never a silent end', () => {
  const def: ActionDef = { route: 'GET /things', records: 'data', paginate: paginate.cursor({ param: 'cursor', from: 'next' }) };
  const paged = ref(connectorWith({ list: def }));
  const page = (n: number, last: boolean) => ({ data: recs(n * 100 + 1, n * 100 + 100), next: last ? null : `p${n + 1}` });

  it('a page cut in half fails the run after the whole pages, with no record lost or duplicated', async () => {
    const s = await serve((req) => {
      const n = Number((req.query.get('cursor') ?? 'p0').slice(1));
      if (n === 2) return raw(JSON.stringify(page(2, false)).slice(0, 500));
      return { body: page(n, n === 4) };
    });
    const { records, error } = await collect(paged, {}, runOpts(s.url, { http: { retries: 1 } }));
    expect(error).toMatchObject({ type: 'bad_response', exitCode: 1 });
    expect(records).toEqual(recs(1, 200));
    // page 2 was tried twice (one retry), and nothing after it was asked for
    expect(s.requests.map((r) => r.query.get('cursor'))).toEqual([null, 'p1', 'p2', 'p2']);
  });

  it('a page that recovers on retry keeps every record exactly once', async () => {
    let broken = true;
    const s = await serve((req) => {
      const n = Number((req.query.get('cursor') ?? 'p0').slice(1));
      if (n === 2 && broken) {
        broken = false;
        return raw('');
      }
      return { body: page(n, n === 3) };
    });
    const { records, error } = await collect(paged, {}, runOpts(s.url));
    expect(error).toBeUndefined();
    expect(records).toEqual(recs(1, 400));
    expect(s.requests).toHaveLength(5);
  });

  it('the secret never appears in a bad_response error', async () => {
    const s = await serve(() => raw(`<html>Your token ${TOKEN} is</html>`, { 'content-type': 'text/html' }));
    const err = await failure(execute(list, {}, fast(s.url)));
    expect(JSON.stringify(err.toJSON())).not.toContain(TOKEN);
  });
});
