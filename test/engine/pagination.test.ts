import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/connectors/kit.js';
import { execute, pages } from '../../src/lib/engine/index.js';
import { linkRel } from '../../src/lib/engine/pagination.js';
import type { ActionDef } from '../../src/lib/engine/types.js';
import { allRecords, collect, connectorWith, ref, runOpts, useServers } from './fixtures.js';

const serve = useServers();

const recs = (...ids: (number | string)[]) => ids.map((id) => ({ id }));
const listWith = (def: Partial<ActionDef>) => ref(connectorWith({ list: { route: 'GET /things', records: 'data', ...def } }));

describe('cursor pagination (cursor read from a body field)', () => {
  const strategy = paginate.cursor({ param: 'cursor', from: 'meta.next', hasMore: 'has_more' });
  const book: Record<string, { data: unknown[]; meta: { next: string | null }; has_more: boolean }> = {
    '': { data: recs(1, 2), meta: { next: 'c2' }, has_more: true },
    c2: { data: recs(3, 4), meta: { next: 'c3' }, has_more: true },
    c3: { data: recs(5), meta: { next: null }, has_more: true },
  };

  it('sends the cursor from the previous page until the cursor is empty', async () => {
    const s = await serve((req) => ({ body: book[req.query.get('cursor') ?? '']! }));
    const records = await allRecords(listWith({ paginate: strategy }), { limit: 2 }, runOpts(s.url));
    expect(records).toEqual(recs(1, 2, 3, 4, 5));
    expect(s.requests.map((r) => r.query.get('cursor'))).toEqual([null, 'c2', 'c3']);
    // the other params are kept on every page
    expect(s.requests.map((r) => r.query.get('limit'))).toEqual(['2', '2', '2']);
  });

  it('stops when hasMore is false even if a cursor is present', async () => {
    const s = await serve((req) =>
      req.query.get('cursor') === 'c2'
        ? { body: { data: recs(3), meta: { next: 'c3' }, has_more: false } }
        : { body: { data: recs(1, 2), meta: { next: 'c2' }, has_more: true } },
    );
    const records = await allRecords(listWith({ paginate: strategy }), {}, runOpts(s.url));
    expect(records).toEqual(recs(1, 2, 3));
    expect(s.requests).toHaveLength(2);
  });

  it('works without hasMore, stopping on an empty cursor', async () => {
    const s = await serve((req) =>
      req.query.get('cursor') ? { body: { data: recs(2), meta: { next: '' } } } : { body: { data: recs(1), meta: { next: 'x' } } },
    );
    const records = await allRecords(listWith({ paginate: paginate.cursor({ param: 'cursor', from: 'meta.next' }) }), {}, runOpts(s.url));
    expect(records).toEqual(recs(1, 2));
    expect(s.requests).toHaveLength(2);
  });

  it('fails (exit 1) when the server returns the cursor it was just given', async () => {
    const s = await serve((req) => ({ body: { data: recs(req.query.get('cursor') ?? 'first'), meta: { next: 'same' }, has_more: true } }));
    const { records, error } = await collect(listWith({ paginate: strategy }), {}, runOpts(s.url));
    expect(records).toEqual(recs('first', 'same'));
    expect(error).toMatchObject({ type: 'api', exitCode: 1, message: expect.stringContaining('already fetched') });
    expect(s.requests).toHaveLength(2);
  });

  it('fails on a cursor cycle (A → B → A)', async () => {
    const next: Record<string, string> = { '': 'A', A: 'B', B: 'A' };
    const s = await serve((req) => {
      const cursor = req.query.get('cursor') ?? '';
      return { body: { data: recs(cursor || 'first'), meta: { next: next[cursor] }, has_more: true } };
    });
    const { records, error } = await collect(listWith({ paginate: strategy }), {}, runOpts(s.url));
    expect(records).toEqual(recs('first', 'A', 'B'));
    expect(error).toMatchObject({ type: 'api', exitCode: 1, message: expect.stringContaining('already fetched') });
    expect(s.requests).toHaveLength(3);
  });

  it('puts the cursor where the strategy says (`in`), even on a POST search', async () => {
    const s = await serve((req) =>
      req.query.get('cursor') ? { body: { data: recs(2), meta: { next: null } } } : { body: { data: recs(1), meta: { next: 'n2' } } },
    );
    const r = ref(
      connectorWith({
        search: { route: 'POST /things/search', records: 'data', kind: 'read', paginate: paginate.cursor({ param: 'cursor', from: 'meta.next', in: 'query' }) },
      }),
      'search',
    );
    expect(await allRecords(r, { q: 'x' }, runOpts(s.url))).toEqual(recs(1, 2));
    expect(s.requests[1]!.query.get('cursor')).toBe('n2');
    expect(s.requests[1]!.json).toEqual({ q: 'x' });
  });

  it('execute returns a single page and its meta', async () => {
    const s = await serve(() => ({ body: book['']! }));
    const r = listWith({ paginate: strategy, meta: { next_cursor: 'meta.next', has_more: 'has_more', missing: 'nope' } });
    const result = await execute(r, {}, runOpts(s.url));
    expect(result.data).toEqual(recs(1, 2));
    expect(result.meta).toMatchObject({ next_cursor: 'c2', has_more: true });
    expect(result.meta).not.toHaveProperty('missing');
    expect(s.requests).toHaveLength(1);
  });
});

describe('lastId pagination (cursor from the last record id)', () => {
  it('sends the last id while hasMore is true', async () => {
    const s = await serve((req) => {
      const after = req.query.get('starting_after');
      if (!after) return { body: { data: recs('a', 'b'), has_more: true } };
      if (after === 'b') return { body: { data: recs('c', 'd'), has_more: true } };
      return { body: { data: recs('e'), has_more: false } };
    });
    const r = listWith({ paginate: paginate.lastId({ param: 'starting_after', hasMore: 'has_more' }) });
    expect(await allRecords(r, { limit: 2 }, runOpts(s.url))).toEqual(recs('a', 'b', 'c', 'd', 'e'));
    expect(s.requests.map((q) => q.query.get('starting_after'))).toEqual([null, 'b', 'd']);
  });

  it('uses idField and stops on an empty page even if hasMore is true', async () => {
    const s = await serve((req) =>
      req.query.get('after')
        ? { body: { data: [], more: true } }
        : { body: { data: [{ uuid: 'u1' }, { uuid: 'u2' }], more: true } },
    );
    const r = listWith({ paginate: paginate.lastId({ param: 'after', hasMore: 'more', idField: 'uuid' }) });
    expect(await allRecords(r, {}, runOpts(s.url))).toEqual([{ uuid: 'u1' }, { uuid: 'u2' }]);
    expect(s.requests.map((q) => q.query.get('after'))).toEqual([null, 'u2']);
  });

  it('fails when a server ignores the cursor and repeats the same page', async () => {
    const s = await serve(() => ({ body: { data: recs('x', 'y'), has_more: true } }));
    const r = listWith({ paginate: paginate.lastId({ param: 'starting_after', hasMore: 'has_more' }) });
    const { records, error } = await collect(r, {}, runOpts(s.url));
    expect(records).toEqual(recs('x', 'y', 'x', 'y'));
    expect(error).toMatchObject({ type: 'api', exitCode: 1, message: expect.stringContaining('already fetched') });
    expect(s.requests).toHaveLength(2);
  });
});

describe('page-number pagination', () => {
  const pageOf = (page: number, size: number, total: number) =>
    Array.from({ length: Math.max(0, Math.min(size, total - (page - 1) * size)) }, (_, i) => ({ id: (page - 1) * size + i + 1 }));

  it('stops at totalPages even when the last page is full', async () => {
    const s = await serve((req) => {
      const page = Number(req.query.get('page') ?? 1);
      const size = Number(req.query.get('per_page'));
      return { body: { data: pageOf(page, size, 100), meta: { total_pages: 3 } } };
    });
    const r = listWith({ paginate: paginate.page({ param: 'page', sizeParam: 'per_page', totalPages: 'meta.total_pages' }) });
    const records = await allRecords(r, { per_page: 2 }, runOpts(s.url));
    expect(records).toEqual(recs(1, 2, 3, 4, 5, 6));
    expect(s.requests.map((q) => q.query.get('page'))).toEqual([null, '2', '3']);
    expect(s.requests.every((q) => q.query.get('per_page') === '2')).toBe(true);
  });

  it('stops on a short page when the page size is known', async () => {
    const s = await serve((req) => ({ body: { data: pageOf(Number(req.query.get('page') ?? 1), 2, 5) } }));
    const r = listWith({ paginate: paginate.page({ param: 'page', sizeParam: 'per_page' }) });
    expect(await allRecords(r, { per_page: 2 }, runOpts(s.url))).toEqual(recs(1, 2, 3, 4, 5));
    expect(s.requests).toHaveLength(3);
  });

  it('stops on an empty page when the page size is unknown', async () => {
    const s = await serve((req) => ({ body: { data: pageOf(Number(req.query.get('page') ?? 1), 2, 4) } }));
    const r = listWith({ paginate: paginate.page({ param: 'page', sizeParam: 'per_page' }) });
    expect(await allRecords(r, {}, runOpts(s.url))).toEqual(recs(1, 2, 3, 4));
    expect(s.requests.map((q) => q.query.get('page'))).toEqual([null, '2', '3']);
  });

  it('with 0-based pages, stops at totalPages without asking for a page past the end', async () => {
    const s = await serve((req) => {
      const page = Number(req.query.get('page') ?? 0);
      return page < 3 ? { body: { data: recs(page), total_pages: 3 } } : { status: 400, body: { message: 'page out of range' } };
    });
    const r = listWith({ paginate: paginate.page({ param: 'page', start: 0, totalPages: 'total_pages' }) });
    expect(await allRecords(r, {}, runOpts(s.url))).toEqual(recs(0, 1, 2));
    expect(s.requests.map((q) => q.query.get('page'))).toEqual([null, '1', '2']);
  });

  it('counts from `start` and from the page the caller asked for', async () => {
    const s = await serve((req) => ({ body: { data: Number(req.query.get('p') ?? 0) < 2 ? recs(req.query.get('p') ?? 'first') : [] } }));
    const r = listWith({ paginate: paginate.page({ param: 'p', start: 0 }) });
    expect(await allRecords(r, {}, runOpts(s.url))).toEqual(recs('first', '1'));
    expect(s.requests.map((q) => q.query.get('p'))).toEqual([null, '1', '2']);

    s.requests.length = 0;
    await allRecords(r, { p: 1 }, runOpts(s.url));
    expect(s.requests.map((q) => q.query.get('p'))).toEqual(['1', '2']);
  });
});

describe('offset pagination', () => {
  const slice = (offset: number, limit: number, total: number) =>
    Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({ id: offset + i }));

  it('stops when `total` is reached, even on a full last page', async () => {
    const s = await serve((req) => ({ body: { items: slice(Number(req.query.get('offset') ?? 0), 2, 4), total: 4 } }));
    const r = listWith({ records: 'items', paginate: paginate.offset({ param: 'offset', limitParam: 'limit', total: 'total' }) });
    expect(await allRecords(r, {}, runOpts(s.url))).toEqual(recs(0, 1, 2, 3));
    expect(s.requests.map((q) => q.query.get('offset'))).toEqual([null, '2']);
  });

  it('advances by the records received and stops on a short page', async () => {
    const s = await serve((req) => ({
      body: { items: slice(Number(req.query.get('offset') ?? 0), Number(req.query.get('limit')), 7) },
    }));
    const r = listWith({ records: 'items', paginate: paginate.offset({ param: 'offset', limitParam: 'limit' }) });
    expect(await allRecords(r, { limit: 3 }, runOpts(s.url))).toEqual(recs(0, 1, 2, 3, 4, 5, 6));
    expect(s.requests.map((q) => [q.query.get('offset'), q.query.get('limit')])).toEqual([
      [null, '3'],
      ['3', '3'],
      ['6', '3'],
    ]);
  });

  it('stops on an empty page', async () => {
    const s = await serve((req) => ({ body: { items: slice(Number(req.query.get('offset') ?? 0), 2, 2) } }));
    const r = listWith({ records: 'items', paginate: paginate.offset({ param: 'offset', limitParam: 'limit' }) });
    expect(await allRecords(r, {}, runOpts(s.url))).toEqual(recs(0, 1));
    expect(s.requests).toHaveLength(2);
  });
});

describe('Link header pagination', () => {
  it('parses rel="next" among other relations', () => {
    expect(linkRel('<https://x/a?page=1>; rel="prev", <https://x/a?page=3>; rel="next", <https://x/a?page=9>; rel="last"')).toBe(
      'https://x/a?page=3',
    );
    expect(linkRel('<https://x/a?page=9>; rel="last"')).toBeUndefined();
    expect(linkRel('<https://x/a?page=2>; rel=next')).toBe('https://x/a?page=2');
    expect(linkRel(undefined)).toBeUndefined();
  });

  it('follows absolute and relative next links and stops without one', async () => {
    const s = await serve((req) => {
      const page = Number(req.query.get('page') ?? 1);
      const headers: Record<string, string> = {};
      if (page === 1) headers.link = `<http://${req.headers.host}/things?page=2&per_page=1>; rel="next", <http://x/last>; rel="last"`;
      if (page === 2) headers.link = '</things?page=3&per_page=1>; rel="next"';
      return { headers, body: recs(page) };
    });
    const r = listWith({ records: undefined, paginate: paginate.link() });
    expect(await allRecords(r, { per_page: 1, state: 'open' }, runOpts(s.url))).toEqual(recs(1, 2, 3));
    expect(s.requests.map((q) => `${q.path}?${q.query.toString()}`)).toEqual([
      '/things?per_page=1&state=open',
      '/things?page=2&per_page=1',
      '/things?page=3&per_page=1',
    ]);
    // auth is applied to every page
    expect(s.requests.every((q) => q.headers.authorization === 'Bearer tok_engine_secret_123')).toBe(true);
  });

  it('fails when a next link points to a page already fetched', async () => {
    const s = await serve((req) => {
      const page = Number(req.query.get('page') ?? 1);
      return { headers: { link: `</things?page=${page === 3 ? 2 : page + 1}>; rel="next"` }, body: recs(page) };
    });
    const r = listWith({ records: undefined, paginate: paginate.link() });
    const { records, error } = await collect(r, {}, runOpts(s.url));
    expect(records).toEqual(recs(1, 2, 3));
    expect(error).toMatchObject({ type: 'api', exitCode: 1, message: expect.stringContaining('already fetched') });
    expect(s.requests).toHaveLength(3);
  });

  it('fails when the last page links back to the first page', async () => {
    const s = await serve((req) => {
      const page = Number(req.query.get('page') ?? 1);
      return { headers: { link: page === 2 ? '</things>; rel="next"' : '</things?page=2>; rel="next"' }, body: recs(page) };
    });
    const r = listWith({ records: undefined, paginate: paginate.link() });
    const { records, error } = await collect(r, {}, runOpts(s.url));
    expect(records).toEqual(recs(1, 2));
    expect(error).toMatchObject({ type: 'api', exitCode: 1, message: expect.stringContaining('already fetched') });
    expect(s.requests).toHaveLength(2);
  });
});

describe('next-page URLs on another host', () => {
  it('are refused before any credentials are sent there', async () => {
    const other = await serve(() => ({ body: recs(99) }));
    const s = await serve(() => ({ headers: { link: `<${other.url}/things?page=2>; rel="next"` }, body: recs(1) }));
    const r = listWith({ records: undefined, paginate: paginate.link() });
    const error = await allRecords(r, {}, runOpts(s.url)).catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'api', message: expect.stringContaining('another host') });
    expect(other.requests).toHaveLength(0);
  });
});

describe('GraphQL pageInfo pagination', () => {
  const def: Partial<ActionDef> = {
    route: 'POST /graphql',
    graphql: {
      query: 'query($owner: String!, $after: String) { things(owner: $owner, after: $after) { nodes { {{fields}} } pageInfo { hasNextPage endCursor } } }',
      variables: { owner: 'owner', after: 'after' },
      defaultFields: 'id',
    },
    records: 'data.things.nodes',
    paginate: paginate.graphql({ param: 'after', pageInfo: 'data.things.pageInfo' }),
  };
  const reply = (nodes: unknown[], hasNextPage: boolean, endCursor: string | null) => ({
    body: { data: { things: { nodes, pageInfo: { hasNextPage, endCursor } } } },
  });

  it('passes endCursor as the `after` variable until hasNextPage is false', async () => {
    const s = await serve((req) => {
      const after = (req.json as { variables: { after?: string } }).variables.after;
      if (!after) return reply(recs(1, 2), true, 'Y1');
      if (after === 'Y1') return reply(recs(3), true, 'Y2');
      return reply(recs(4), false, 'Y3');
    });
    const r = listWith(def);
    expect(r.def.paginate).toBeDefined();
    expect(await allRecords(r, { owner: 'octo' }, runOpts(s.url))).toEqual(recs(1, 2, 3, 4));
    expect(s.requests.map((q) => q.method)).toEqual(['POST', 'POST', 'POST']);
    expect(s.requests.map((q) => q.json)).toEqual([
      { query: expect.stringContaining('nodes { id }'), variables: { owner: 'octo' } },
      { query: expect.stringContaining('nodes { id }'), variables: { owner: 'octo', after: 'Y1' } },
      { query: expect.stringContaining('nodes { id }'), variables: { owner: 'octo', after: 'Y2' } },
    ]);
  });

  it('stops when endCursor is empty even if hasNextPage is true', async () => {
    const s = await serve(() => reply(recs(1), true, null));
    expect(await allRecords(listWith(def), { owner: 'o' }, runOpts(s.url))).toEqual(recs(1));
    expect(s.requests).toHaveLength(1);
  });

  it('fails when the cursor repeats', async () => {
    const s = await serve((req) => {
      const after = (req.json as { variables: { after?: string } }).variables.after;
      return reply(recs(after ?? 'first'), true, after === 'A' ? 'B' : 'A');
    });
    const { records, error } = await collect(listWith(def), { owner: 'o' }, runOpts(s.url));
    expect(records).toEqual(recs('first', 'A', 'B'));
    expect(error).toMatchObject({ type: 'api', exitCode: 1, message: expect.stringContaining('already fetched') });
    expect(s.requests).toHaveLength(3);
  });
});

describe('nextUrl pagination', () => {
  it('follows a full next URL from the body, dropping the original query, until it is null', async () => {
    const s = await serve((req) => {
      const token = req.query.get('token');
      if (!token) return { body: { results: recs(1), next: `http://${req.headers.host}/things?token=t2` } };
      if (token === 't2') return { body: { results: recs(2), next: '/things?token=t3' } };
      return { body: { results: recs(3), next: null } };
    });
    const r = listWith({ records: 'results', paginate: paginate.nextUrl({ from: 'next' }) });
    expect(await allRecords(r, { q: 'abc' }, runOpts(s.url))).toEqual(recs(1, 2, 3));
    expect(s.requests.map((q) => `${q.path}?${q.query.toString()}`)).toEqual(['/things?q=abc', '/things?token=t2', '/things?token=t3']);
  });

  it('fails on a cycle of next URLs', async () => {
    const s = await serve((req) => ({ body: { results: recs(req.query.get('token') ?? 'first'), next: '/things?token=loop' } }));
    const r = listWith({ records: 'results', paginate: paginate.nextUrl({ from: 'next' }) });
    const { records, error } = await collect(r, {}, runOpts(s.url));
    expect(records).toEqual(recs('first', 'loop'));
    expect(error).toMatchObject({ type: 'api', exitCode: 1, message: expect.stringContaining('already fetched') });
    expect(s.requests).toHaveLength(2);
  });
});

describe('pages()', () => {
  it('yields a single page for an action without pagination', async () => {
    const s = await serve(() => ({ body: { data: recs(1, 2), next: 'ignored' } }));
    const seen: unknown[][] = [];
    for await (const page of pages(listWith({}), {}, runOpts(s.url))) seen.push(page.records);
    expect(seen).toEqual([recs(1, 2)]);
  });

  it('can be stopped early by the consumer without fetching more pages', async () => {
    const s = await serve((req) => ({ body: { data: recs(Number(req.query.get('page') ?? 1)) } }));
    const r = listWith({ paginate: paginate.page({ param: 'page' }) });
    for await (const page of pages(r, {}, runOpts(s.url))) {
      if (page.records.length) break;
    }
    expect(s.requests).toHaveLength(1);
  });
});
