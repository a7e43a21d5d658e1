import diagnostics from 'node:diagnostics_channel';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { paginate } from '../../src/connectors/kit.js';
import { pages } from '../../src/lib/engine/index.js';
import { PAGE_WINDOW } from '../../src/lib/engine/page-loop.js';
import type { Reply } from '../helpers/server.js';
import { collect, connectorWith, ref, runOpts, useServers } from './fixtures.js';

const serve = useServers();

const TOTAL = 10;
const items = (from: number, to: number) => Array.from({ length: Math.max(0, Math.min(TOTAL, to) - from) }, (_, i) => ({ n: from + i }));
const ALL = items(0, TOTAL);

const offsetList = ref(
  connectorWith({
    list: {
      route: 'GET /things',
      params: z.object({ offset: z.number().optional(), limit: z.number().optional() }),
      records: 'data',
      paginate: paginate.offset({ param: 'offset', limitParam: 'limit', total: 'total' }),
    },
  }),
);

const pageList = ref(
  connectorWith({
    list: {
      route: 'GET /things',
      params: z.object({ page: z.number().optional(), size: z.number().optional() }),
      records: 'data',
      paginate: paginate.page({ param: 'page', sizeParam: 'size', totalPages: 'total_pages' }),
    },
  }),
);

const cursorList = ref(
  connectorWith({ list: { route: 'GET /things', records: 'data', paginate: paginate.cursor({ param: 'cursor', from: 'next' }) } }),
);

const offsetPage = (offset: number): Reply => ({ body: { data: items(offset, offset + 2), total: TOTAL } });
const offsets = (requests: { query: URLSearchParams }[]) => requests.map((r) => Number(r.query.get('offset') ?? 0));

/** A promise with its resolve function, for a server that holds answers until the test lets them go. */
function gate<T = void>(): { promise: Promise<T>; open: (value: T) => void } {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

describe('the page loop: pages fetched ahead', () => {
  it(`offsets with a total: ${PAGE_WINDOW} pages in flight at once, answered last first, emitted in order, none lost or repeated`, async () => {
    const held = new Map<number, () => void>();
    const allHeld = gate();
    const s = await serve(async (req) => {
      const offset = Number(req.query.get('offset') ?? 0);
      if (offset === 0) return offsetPage(0);
      const answered = gate();
      held.set(offset, () => answered.open());
      if (held.size === PAGE_WINDOW) allHeld.open();
      await answered.promise;
      return offsetPage(offset);
    });
    const walk = collect(offsetList, { limit: 2 }, runOpts(s.url));
    // every page after the first is asked for before any of them is answered
    await allHeld.promise;
    expect([...held.keys()]).toEqual([2, 4, 6, 8]);
    for (const offset of [8, 6, 4, 2]) held.get(offset)!();
    expect(await walk).toEqual({ records: ALL });
    expect(offsets(s.requests)).toEqual([0, 2, 4, 6, 8]);
  });

  it('page numbers with a total: no request past the last page', async () => {
    const s = await serve((req) => {
      const page = Number(req.query.get('page') ?? 1);
      return { body: { data: items((page - 1) * 4, page * 4), total_pages: 3 } };
    });
    expect(await collect(pageList, { size: 4 }, runOpts(s.url))).toEqual({ records: ALL });
    expect(s.requests.map((r) => r.query.get('page') ?? '1').sort()).toEqual(['1', '2', '3']);
  });

  it('an error mid-window ends the walk after the records before it, in order; the pages after it are not printed', async () => {
    const s = await serve((req) => {
      const offset = Number(req.query.get('offset') ?? 0);
      return offset === 4 ? { status: 400, body: { message: 'bad page' } } : offsetPage(offset);
    });
    const { records, error } = await collect(offsetList, { limit: 2 }, runOpts(s.url));
    expect(records).toEqual(items(0, 4));
    expect(error).toMatchObject({ type: 'validation', statusCode: 400 });
    // pages already in flight past the failed one may or may not have reached the server, but none twice and none past the window
    const sent = offsets(s.requests).sort((a, b) => a - b);
    expect(sent.slice(0, 3)).toEqual([0, 2, 4]);
    expect([[0, 2, 4], [0, 2, 4, 6], [0, 2, 4, 6, 8], [0, 2, 4, 8]]).toContainEqual(sent);
  });

  it('limits bound the window: --max-items 3 over pages of 2 sends two requests; the last page comes whole, its next page still said', async () => {
    const s = await serve((req) => offsetPage(Number(req.query.get('offset') ?? 0)));
    const got: Array<{ records: unknown[]; next?: unknown }> = [];
    for await (const page of pages(offsetList, { limit: 2 }, runOpts(s.url), { maxItems: 3 })) got.push({ records: page.records, next: page.next });
    expect(got).toEqual([
      { records: items(0, 2), next: { limit: 2, offset: 2 } },
      { records: items(2, 4), next: { limit: 2, offset: 4 } },
    ]);
    expect(offsets(s.requests)).toEqual([0, 2]);
  });

  it('--max-pages 2 sends two requests, even where more pages are known', async () => {
    const s = await serve((req) => offsetPage(Number(req.query.get('offset') ?? 0)));
    const records: unknown[] = [];
    for await (const page of pages(offsetList, { limit: 2 }, runOpts(s.url), { maxPages: 2 })) records.push(...page.records);
    expect(records).toEqual(items(0, 4));
    expect(offsets(s.requests)).toEqual([0, 2]);
  });

  it('a cursor list asks for the next page while the current one is still being handled', async () => {
    const second = gate();
    const s = await serve((req) => {
      if (!req.query.get('cursor')) return { body: { data: [{ n: 0 }], next: 'c1' } };
      second.open();
      return { body: { data: [{ n: 1 }], next: null } };
    });
    const walk = pages(cursorList, {}, runOpts(s.url))[Symbol.asyncIterator]();
    expect((await walk.next()).value).toEqual({ records: [{ n: 0 }], meta: {}, next: { cursor: 'c1' } });
    // the first page is in hand and not yet released: the second request is already on its way
    await second.promise;
    expect((await walk.next()).value).toEqual({ records: [{ n: 1 }], meta: {} });
    expect((await walk.next()).done).toBe(true);
    expect(s.requests).toHaveLength(2);
  });

  it("a cursor list's next request has left (its headers written to the socket) before the current page is handed over", async () => {
    const s = await serve((req) => {
      const n = Number(req.query.get('cursor') ?? 0);
      return { body: { data: [{ n }], next: n < 3 ? String(n + 1) : null } };
    });
    let written = 0;
    const onHeaders = () => written++;
    diagnostics.subscribe('undici:client:sendHeaders', onHeaders);
    try {
      const seen: Array<[number, number]> = [];
      // the caller reads the count at once, as a caller that prints the page synchronously would hold the loop
      for await (const page of pages(cursorList, {}, runOpts(s.url))) seen.push([(page.records[0] as { n: number }).n, written]);
      // page 1's next request opens a second connection (undici frees the first one turn later), so it may still be
      // connecting; from then on the connections take turns, and the next request is always out
      expect(seen.slice(1)).toEqual([
        [1, 3],
        [2, 4],
        [3, 4],
      ]);
    } finally {
      diagnostics.unsubscribe('undici:client:sendHeaders', onHeaders);
    }
  });

  it('a cursor that points back to an earlier page is an api error after that page, with one request per page', async () => {
    const book: Record<string, Reply> = {
      '': { body: { data: [{ n: 0 }], next: 'a' } },
      a: { body: { data: [{ n: 1 }], next: 'b' } },
      b: { body: { data: [{ n: 2 }], next: 'a' } },
    };
    const s = await serve((req) => book[req.query.get('cursor') ?? '']!);
    const { records, error } = await collect(cursorList, {}, runOpts(s.url));
    expect(records).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
    expect(error).toMatchObject({ type: 'api', exitCode: 1 });
    expect(error!.message).toBe('Test API pagination is stuck after 3 pages: the server pointed back to a page already fetched; aac stopped instead of looping.');
    expect(s.requests).toHaveLength(3);
  });

  it('a server that serves fewer records than asked, with a total, is walked to the end (the pages fetched ahead are re-asked)', async () => {
    // asked for 4 a page, the server gives 2: the offsets guessed ahead (4, 8) are not the ones needed (2, 4, 6, 8)
    const s = await serve((req) => offsetPage(Number(req.query.get('offset') ?? 0)));
    expect(await collect(offsetList, { limit: 4 }, runOpts(s.url))).toEqual({ records: ALL });
    const needed = offsets(s.requests).filter((o) => o % 2 === 0);
    expect(new Set(needed)).toEqual(new Set([0, 2, 4, 6, 8]));
  });
});
