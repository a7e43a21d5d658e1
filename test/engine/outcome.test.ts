import { describe, expect, it } from 'vitest';
import { execute } from '../../src/lib/engine/index.js';
import type { ConnectorDef } from '../../src/lib/engine/types.js';
import type { Reply } from '../helpers/server.js';
import { connectorWith, failure, ref, runOpts, useServers } from './fixtures.js';

const serve = useServers();

const actions = {
  create: { route: 'POST /things' as const },
  list: { route: 'GET /things' as const, records: 'data' },
};
const create = (extra: Partial<ConnectorDef> = {}) => ref(connectorWith(actions, extra), 'create');
const destroy: Reply = (_req, res) => res.socket?.destroy();
const hang: Reply = () => undefined;

function expectUnknownOutcome(err: { retryable: boolean; hint: string | null; details: unknown }) {
  expect(err.retryable).toBe(false);
  expect(err.hint).toBe(
    'The request was sent but no clear answer came back, so the write may have been applied. Check with `aac exec testapi things list` before sending it again.',
  );
  expect(err.details).toEqual({ outcome: 'unknown' });
}

describe('a write whose outcome is unknown is never called retryable', () => {
  it('dropped connection after the POST was sent', async () => {
    const s = await serve(() => destroy);
    const err = await failure(execute(create(), { name: 'n' }, runOpts(s.url)));
    expect(err).toMatchObject({ type: 'network', exitCode: 1 });
    expectUnknownOutcome(err);
    expect(s.requests).toHaveLength(1);
  });

  it('a POST that timed out', async () => {
    const s = await serve(() => hang);
    const err = await failure(execute(create(), { name: 'n' }, runOpts(s.url, { http: { timeoutMs: 150 } })));
    expect(err).toMatchObject({ type: 'timeout' });
    expectUnknownOutcome(err);
    expect(s.requests).toHaveLength(1);
  });

  it.each([500, 502, 503, 504])('a %i on a POST without an idempotency key', async (status) => {
    const s = await serve(() => ({ status, body: { message: 'upstream trouble' } }));
    const err = await failure(execute(create(), { name: 'n' }, runOpts(s.url)));
    expect(err).toMatchObject({ type: 'api', statusCode: status, message: `Test API API error (${status}): upstream trouble` });
    expectUnknownOutcome(err);
    expect(err.hint).not.toMatch(/retries were exhausted|then retry/);
    expect(s.requests).toHaveLength(1);
  });

  it('names get when the entity has no list', async () => {
    const s = await serve(() => ({ status: 503 }));
    const r = ref(connectorWith({ update: { route: 'PATCH /things/{id}' }, get: { route: 'GET /things/{id}' } }), 'update');
    expect((await failure(execute(r, { id: 'a', name: 'n' }, runOpts(s.url)))).hint).toContain('`aac exec testapi things get`');
  });
});

describe('writes whose outcome is known', () => {
  it('a POST with an idempotency key is retried after a 503, and succeeds', async () => {
    let n = 0;
    const s = await serve(() => (n++ === 0 ? { status: 503 } : { body: { id: 'made' } }));
    const result = await execute(create({ idempotencyHeader: 'Idempotency-Key' }), { name: 'n' }, runOpts(s.url));
    expect(result.data).toEqual({ id: 'made' });
    expect(s.requests).toHaveLength(2);
    expect(s.requests[0]!.headers['idempotency-key']).toBe(s.requests[1]!.headers['idempotency-key']);
  });

  it('a refused connection sent nothing, so it stays retryable', async () => {
    const s = await serve(() => ({ body: {} }));
    const url = s.url;
    await s.close();
    const err = await failure(execute(create(), { name: 'n' }, runOpts(url)));
    expect(err).toMatchObject({ type: 'network', retryable: true, message: expect.stringContaining('ECONNREFUSED') });
    expect(err.details).toBeUndefined();
  });

  it('a 429 on a POST is retryable but does not claim retries happened', async () => {
    const s = await serve(() => ({ status: 429 }));
    const err = await failure(execute(create(), { name: 'n' }, runOpts(s.url)));
    expect(err).toMatchObject({ type: 'rate_limited', retryable: true, hint: 'Rate limited by the vendor. Wait and try again.' });
    expect(s.requests).toHaveLength(1);
  });

  it('a 503 on a GET says retries were exhausted, after retrying', async () => {
    const s = await serve(() => ({ status: 503 }));
    const err = await failure(execute(ref(connectorWith(actions), 'list'), {}, runOpts(s.url, { http: { retries: 2 } })));
    expect(err).toMatchObject({ retryable: true, hint: 'The vendor had a server error; retries were exhausted. Try again later.' });
    expect(s.requests).toHaveLength(3);
  });
});
