import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/connectors/kit.js';
import { execute, MAX_EMPTY_PAGES } from '../../src/lib/engine/index.js';
import type { Reply } from '../helpers/server.js';
import { collect, connectorWith, failure, ref, runOpts, useServers } from './fixtures.js';

const serve = useServers();

const get = ref(connectorWith({ get: { route: 'GET /things/{id}' } }), 'get');
const hang: Reply = () => undefined;

describe('Retry-After waits are capped and announced', () => {
  it('a huge Retry-After is capped at 60 s and announced through notice', async () => {
    const s = await serve(() => ({ status: 429, headers: { 'retry-after': '100000' } }));
    const controller = new AbortController();
    const notices: string[] = [];
    const notice = (line: string) => {
      notices.push(line);
      controller.abort();
    };
    const err = await failure(execute(get, { id: 'a' }, runOpts(s.url, { http: { notice, signal: controller.signal } })));
    expect(err.type).toBe('cancelled');
    expect(notices).toEqual(['GET /things/a: HTTP 429, waiting 60 s as the server asked (it asked for 100000 s), then retrying (attempt 2 of 4).']);
    expect(s.requests).toHaveLength(1);
  });

  it('a wait that would pass the deadline fails with a timeout error instead, announcing nothing', async () => {
    const s = await serve(() => ({ status: 503, headers: { 'retry-after': '30' } }));
    const notices: string[] = [];
    const err = await failure(execute(get, { id: 'a' }, runOpts(s.url, { http: { deadlineMs: 5_000, notice: (l) => notices.push(l) } })));
    expect(err).toMatchObject({ type: 'timeout', exitCode: 1 });
    expect(err.message).toContain("would pass the call's time limit");
    expect(notices).toEqual([]);
    expect(s.requests).toHaveLength(1);
  });
});

describe('deadline', () => {
  it('cuts a request that outlives the whole call, even below the per-attempt timeout', async () => {
    const s = await serve(() => hang);
    const err = await failure(execute(get, { id: 'a' }, runOpts(s.url, { http: { deadlineMs: 200, timeoutMs: 30_000 } })));
    expect(err).toMatchObject({ type: 'timeout', exitCode: 1 });
    expect(s.requests).toHaveLength(1);
  });

  it('a hang on a later page ends the walk with a timeout, keeping the earlier records', async () => {
    const s = await serve((req) => (req.query.get('cursor') ? hang : { body: { data: [{ id: 1 }], next: 'c2' } }));
    const r = ref(connectorWith({ list: { route: 'GET /things', records: 'data', paginate: paginate.cursor({ param: 'cursor', from: 'next' }) } }));
    const { records, error } = await collect(r, {}, runOpts(s.url, { http: { deadlineMs: 300 } }));
    expect(records).toEqual([{ id: 1 }]);
    expect(error).toMatchObject({ type: 'timeout' });
    expect(s.requests).toHaveLength(2);
  });
});

describe('control characters in header values', () => {
  const withHeader = ref(connectorWith({ get: { route: 'GET /things', in: { tenant: 'header' }, wire: { tenant: 'X-Tenant' } } }), 'get');

  it.each(['a\r\nX-Evil: 1', 'a\nb', 'a\u0000b', 'a\u0007b'])('%j in a header param is a usage error (exit 4), nothing sent', async (value) => {
    const s = await serve(() => ({ body: {} }));
    const err = await failure(execute(withHeader, { tenant: value }, runOpts(s.url)));
    expect(err).toMatchObject({ type: 'usage', exitCode: 4 });
    expect(err.message).toBe('Header "x-tenant" contains a control character (such as a line break); nothing was sent.');
    expect(s.requests).toHaveLength(0);
  });

  it('a credential with a line break is refused the same way, without printing it', async () => {
    const s = await serve(() => ({ body: {} }));
    const err = await failure(execute(get, { id: 'a' }, runOpts(s.url, { auth: { scheme: 'token', values: { api_token: 'tok-line\r\nbreak' } } })));
    expect(err).toMatchObject({ type: 'usage', exitCode: 4 });
    expect(err.message).not.toContain('tok-line');
    expect(s.requests).toHaveLength(0);
  });

  it('a tab is allowed', async () => {
    const s = await serve(() => ({ body: { ok: true } }));
    await execute(withHeader, { tenant: 'a\tb' }, runOpts(s.url));
    expect(s.requests[0]!.headers['x-tenant']).toBe('a\tb');
  });
});

describe('empty pages that still claim more', () => {
  it(`stop the walk with an api error after ${MAX_EMPTY_PAGES} in a row`, async () => {
    const s = await serve((req) => {
      const n = Number(req.query.get('cursor') ?? 0);
      return { body: { data: n === 0 ? [{ id: 'first' }] : [], has_more: true, next: String(n + 1) } };
    });
    const r = ref(connectorWith({ list: { route: 'GET /things', records: 'data', paginate: paginate.cursor({ param: 'cursor', from: 'next', hasMore: 'has_more' }) } }));
    const { records, error } = await collect(r, {}, runOpts(s.url));
    expect(records).toEqual([{ id: 'first' }]);
    expect(error).toMatchObject({ type: 'api', exitCode: 1 });
    expect(error!.message).toContain('3 empty pages in a row still say there are more');
    expect(s.requests).toHaveLength(1 + MAX_EMPTY_PAGES);
  });

  it('an empty page between full ones is fine', async () => {
    const book: Record<string, unknown> = {
      '': { data: [{ id: 1 }], next: 'a' },
      a: { data: [], next: 'b' },
      b: { data: [{ id: 2 }], next: null },
    };
    const s = await serve((req) => ({ body: book[req.query.get('cursor') ?? ''] }));
    const r = ref(connectorWith({ list: { route: 'GET /things', records: 'data', paginate: paginate.cursor({ param: 'cursor', from: 'next' }) } }));
    expect(await collect(r, {}, runOpts(s.url))).toEqual({ records: [{ id: 1 }, { id: 2 }] });
  });
});
