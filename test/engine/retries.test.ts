import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../src/lib/engine/http.js';
import { execute } from '../../src/lib/engine/index.js';
import type { ActionDef, ConnectorDef } from '../../src/lib/engine/types.js';
import { startServer, type Reply } from '../helpers/server.js';
import { connectorWith, failure, ref, runOpts, useServers } from './fixtures.js';

const serve = useServers();

/** A handler that answers with `replies` in turn, then repeats the last one. */
function sequence(...replies: Reply[]) {
  let i = 0;
  const times: number[] = [];
  const handler = () => {
    times.push(performance.now());
    return replies[Math.min(i++, replies.length - 1)]!;
  };
  return { handler, times };
}

const ok: Reply = { body: { id: 'ok' } };
const destroy: Reply = (_req, res) => res.socket?.destroy();
const hang: Reply = () => undefined;
const act = (def: ActionDef, extra: Partial<ConnectorDef> = {}) => ref(connectorWith({ go: def }, extra), 'go');
const get = act({ route: 'GET /things/{id}' });

describe('Retry-After', () => {
  it('parses seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs('2', now)).toBe(2000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Tue, 31 Dec 2024 23:59:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });

  it('on 429 waits at least Retry-After seconds, then succeeds', async () => {
    const seq = sequence({ status: 429, headers: { 'retry-after': '1' }, body: { message: 'slow down' } }, ok);
    const s = await serve(seq.handler);
    const result = await execute(get, { id: 'a' }, runOpts(s.url));
    expect(result.data).toEqual({ id: 'ok' });
    expect(s.requests).toHaveLength(2);
    const waited = seq.times[1]! - seq.times[0]!;
    expect(waited).toBeGreaterThanOrEqual(900);
    expect(waited).toBeLessThan(10_000);
  });

  it('on 429 waits until a Retry-After HTTP date', async () => {
    let first = true;
    const times: number[] = [];
    const s = await serve(() => {
      times.push(performance.now());
      if (!first) return ok;
      first = false;
      return { status: 429, headers: { 'retry-after': new Date(Date.now() + 2000).toUTCString() } };
    });
    await execute(get, { id: 'a' }, runOpts(s.url));
    expect(s.requests).toHaveLength(2);
    // the date has one-second precision: at least one second remains of the two asked for
    const waited = times[1]! - times[0]!;
    expect(waited).toBeGreaterThanOrEqual(900);
    expect(waited).toBeLessThan(10_000);
  });

  it('caps a huge Retry-After at maxRetryAfterMs', async () => {
    const s = await serve(sequence({ status: 503, headers: { 'retry-after': '3600' } }, ok).handler);
    const result = await execute(get, { id: 'a' }, runOpts(s.url, { http: { maxRetryAfterMs: 20 } }));
    expect(result.data).toEqual({ id: 'ok' });
    expect(s.requests).toHaveLength(2);
  });

  it('a cancelled signal interrupts the wait', async () => {
    const s = await serve(() => ({ status: 429, headers: { 'retry-after': '30' } }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const err = await failure(execute(get, { id: 'a' }, runOpts(s.url, { http: { signal: controller.signal } })));
    expect(err.type).toBe('cancelled');
    expect(s.requests).toHaveLength(1);
  });
});

describe('retries on 5xx', () => {
  it('retries a 503 and returns the later success', async () => {
    const s = await serve(sequence({ status: 503, body: 'unavailable' }, { status: 502 }, ok).handler);
    const result = await execute(get, { id: 'a' }, runOpts(s.url));
    expect(result.data).toEqual({ id: 'ok' });
    expect(s.requests.map((r) => r.path)).toEqual(['/things/a', '/things/a', '/things/a']);
  });

  it('gives up after `retries` and returns the error, marked retryable', async () => {
    const s = await serve(() => ({ status: 503, body: { error: { message: 'Service down for maintenance' } } }));
    const err = await failure(execute(get, { id: 'a' }, runOpts(s.url, { http: { retries: 2 } })));
    expect(s.requests).toHaveLength(3);
    expect(err.type).toBe('api');
    expect(err.statusCode).toBe(503);
    expect(err.retryable).toBe(true);
    expect(err.message).toBe('Test API API error (503): Service down for maintenance');
    expect(err.hint).toContain('server error');
  });

  it('a rate limit that never clears ends as rate_limited, retryable', async () => {
    const s = await serve(() => ({ status: 429, headers: { 'retry-after': '0' }, body: { message: 'Too many' } }));
    const err = await failure(execute(get, { id: 'a' }, runOpts(s.url, { http: { retries: 1 } })));
    expect(s.requests).toHaveLength(2);
    expect(err).toMatchObject({ type: 'rate_limited', statusCode: 429, retryable: true });
  });

  it('does not retry 4xx errors', async () => {
    const s = await serve(() => ({ status: 400, body: { message: 'bad' } }));
    const err = await failure(execute(get, { id: 'a' }, runOpts(s.url)));
    expect(s.requests).toHaveLength(1);
    expect(err).toMatchObject({ type: 'validation', statusCode: 400, retryable: false });
  });

  it('retries: 0 sends once', async () => {
    const s = await serve(() => ({ status: 503 }));
    await failure(execute(get, { id: 'a' }, runOpts(s.url, { http: { retries: 0 } })));
    expect(s.requests).toHaveLength(1);
  });
});

describe('network errors', () => {
  it('retries when the server drops the connection', async () => {
    const s = await serve(sequence(destroy, destroy, ok).handler);
    const result = await execute(get, { id: 'a' }, runOpts(s.url));
    expect(result.data).toEqual({ id: 'ok' });
    expect(s.requests).toHaveLength(3);
  });

  it('ends as a retryable network error when the connection keeps dropping', async () => {
    const s = await serve(() => destroy);
    const err = await failure(execute(get, { id: 'a' }, runOpts(s.url, { http: { retries: 1 } })));
    expect(s.requests).toHaveLength(2);
    expect(err.type).toBe('network');
    expect(err.retryable).toBe(true);
    expect(err.exitCode).toBe(1);
    expect(err.message).toContain(`GET ${s.url}/things/a`);
  });

  it('a refused connection is a network error', async () => {
    const s = await startServer(() => ok);
    const url = s.url;
    await s.close();
    const err = await failure(execute(get, { id: 'a' }, runOpts(url, { http: { retries: 1 } })));
    expect(err.type).toBe('network');
    expect(err.message).toContain('ECONNREFUSED');
  });
});

describe('which requests are retried', () => {
  it('a POST without an idempotency key is not retried, on 503 or on a dropped connection', async () => {
    const post = act({ route: 'POST /things' });
    const s = await serve(() => ({ status: 503 }));
    const err = await failure(execute(post, { name: 'x' }, runOpts(s.url)));
    expect(s.requests).toHaveLength(1);
    expect(err.statusCode).toBe(503);

    const dropped = await serve(() => destroy);
    const err2 = await failure(execute(post, { name: 'x' }, runOpts(dropped.url)));
    expect(dropped.requests).toHaveLength(1);
    expect(err2.type).toBe('network');
  });

  it('a PATCH is not retried either', async () => {
    const s = await serve(() => ({ status: 502 }));
    await failure(execute(act({ route: 'PATCH /things/{id}' }), { id: 'x', name: 'y' }, runOpts(s.url)));
    expect(s.requests).toHaveLength(1);
  });

  it('a POST with an idempotency key is retried with the same key', async () => {
    const post = act({ route: 'POST /v1/things' }, { idempotencyHeader: 'Idempotency-Key', body: 'form' });
    const s = await serve(sequence({ status: 503 }, destroy, ok).handler);
    const result = await execute(post, { name: 'x' }, runOpts(s.url));
    expect(result.data).toEqual({ id: 'ok' });
    expect(s.requests).toHaveLength(3);
    const keys = s.requests.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(1);
    expect(s.requests.map((r) => r.body)).toEqual(['name=x', 'name=x', 'name=x']);

    // a second, separate create gets a fresh key
    await execute(post, { name: 'y' }, runOpts(s.url));
    expect(s.requests[3]!.headers['idempotency-key']).not.toBe(keys[0]);
  });

  it('only POSTs carry the idempotency key', async () => {
    const s = await serve(() => ok);
    await execute(act({ route: 'GET /things' }, { idempotencyHeader: 'Idempotency-Key' }), {}, runOpts(s.url));
    expect(s.requests[0]!.headers['idempotency-key']).toBeUndefined();
  });

  it('PUT, DELETE and read-only POSTs (searches, GraphQL queries) are retried', async () => {
    const cases: [ActionDef, Record<string, unknown>][] = [
      [{ route: 'PUT /things/{id}' }, { id: 'a', name: 'n' }],
      [{ route: 'DELETE /things/{id}', kind: 'destructive' }, { id: 'a' }],
      [{ route: 'POST /things/search', kind: 'read' }, { q: 'x' }],
      [{ route: 'POST /graphql', graphql: { query: '{ viewer { login } }' } }, {}],
    ];
    for (const [def, params] of cases) {
      const s = await serve(sequence({ status: 503 }, ok).handler);
      await execute(act(def), params, runOpts(s.url));
      expect(s.requests, def.route).toHaveLength(2);
    }
  });
});

describe('timeouts', () => {
  it('a server that never answers ends in a timeout error', async () => {
    const s = await serve(() => hang);
    const started = performance.now();
    const err = await failure(execute(get, { id: 'a' }, runOpts(s.url, { http: { timeoutMs: 100, retries: 0 } })));
    expect(err.type).toBe('timeout');
    expect(err.retryable).toBe(true);
    expect(err.message).toContain(`GET ${s.url}/things/a`);
    expect(err.hint).toContain('--timeout');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(s.requests).toHaveLength(1);
  });

  it('a timeout applies to each attempt and is retried', async () => {
    const s = await serve(sequence(hang, ok).handler);
    const result = await execute(get, { id: 'a' }, runOpts(s.url, { http: { timeoutMs: 150, retries: 1 } }));
    expect(result.data).toEqual({ id: 'ok' });
    expect(s.requests).toHaveLength(2);
  });

  it('a body that stalls after the headers also times out', async () => {
    const s = await serve(() => (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data": [');
    });
    const err = await failure(execute(get, { id: 'a' }, runOpts(s.url, { http: { timeoutMs: 150, retries: 0 } })));
    expect(err.type).toBe('timeout');
  });
});
