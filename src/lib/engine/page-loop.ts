import { AacError } from '../errors.js';
import { nextPage, pagesAhead } from './pagination.js';
import { linkedSignal, type LinkedSignal } from './signal.js';
import type { Pagination } from './types.js';

/** Which page to fetch: the action's params for it, or a full URL the server gave. */
export type PageRequest = { params: Record<string, unknown>; url?: undefined } | { params: Record<string, unknown>; url: string };

/** One fetched page: its records and meta for the caller, its body and headers for the strategy. */
export interface FetchedPage {
  records: unknown[];
  meta: Record<string, unknown>;
  body: unknown;
  headers: Record<string, string>;
  /** The URL that answered, against which a relative next-page URL is resolved. */
  url?: string;
}

/** A page request made ready to send: `key` is what makes it the same request as another (the cycle guard). */
export interface PreparedPage {
  key: string;
  send(): Promise<FetchedPage>;
}

/**
 * Where pages come from: the local engine, a hosted connector, the platform API. `prepare` builds a request
 * without sending it; `signal` is aborted when the loop no longer wants its answer.
 */
export interface PageFetcher {
  /** Names the service in the "pagination is stuck" error. */
  title: string;
  strategy: Pagination | undefined;
  prepare(request: PageRequest, signal: AbortSignal): Promise<PreparedPage>;
  /** Checks (and may rewrite) a next-page URL from the server before it is followed. */
  follow?(url: string, page: FetchedPage): string;
}

export interface PageLimits {
  /** Stop after this many pages: no request is sent for a page past it. */
  maxPages?: number;
  /**
   * Stop once this many records have come: no request is sent for a page past the one that reaches it. Pages come
   * whole (the caller cuts the last one), with the next page's params or URL still said.
   */
  maxItems?: number;
}

export interface PageLoopOptions extends PageLimits {
  /** Pages in flight at once where the strategy knows the pages ahead (offset, page number with a total). */
  window?: number;
  signal?: AbortSignal;
}

export interface Page {
  records: unknown[];
  meta: Record<string, unknown>;
  /** The whole params of the next page, when the strategy pages by params (not by a URL from the server). */
  next?: Record<string, unknown>;
  /** The next page's URL, when the strategy pages by URLs from the server (absolute; checked when it is followed). */
  nextUrl?: string;
  /** The URL that answered this page, for a list paged by server URLs (where a later call can start again). */
  url?: string;
}

/** The records of a page's data: an array as is, one object as one record, nothing as none. */
export function asRecords(data: unknown): unknown[] {
  return Array.isArray(data) ? data : data === null || data === undefined ? [] : [data];
}

/** Empty pages in a row that still claim more, after which the list is taken to be stuck. */
export const MAX_EMPTY_PAGES = 3;

/** Pages fetched at once where the strategy knows what comes next. */
export const PAGE_WINDOW = 4;

function stuck(title: string, fetched: number, why: string): AacError {
  return new AacError('api', `${title} pagination is stuck after ${fetched} pages: ${why}; aac stopped instead of looping.`, {
    hint: 'The list is incomplete. Try again later, or page by hand with --meta.',
  });
}

interface InFlight {
  /** The request it answers, as asked for (params or URL). */
  asked: string;
  key: string;
  page: Promise<FetchedPage>;
  link: LinkedSignal;
}

const asked = (request: PageRequest) => request.url ?? JSON.stringify(request.params);

/**
 * Lets the requests just started leave before the caller gets the page. They reach undici a few microtasks later
 * (after the auth step), and undici writes a request on a kept-alive connection only in the next check phase (once
 * it has seen whether the server closed it); a caller that handles the page synchronously (a page of records
 * printed) would otherwise hold them back until it is done. Two check phases: the second one comes after undici's.
 */
const sent = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

/**
 * The one page loop: follows the strategy page after page and yields each page in order. The next page is
 * already on its way while the caller handles the current one, and where the strategy knows the pages ahead
 * up to `window` are fetched at once; a page fetched ahead is used only when it is the one the strategy then
 * asks for, so the result is the same as one page at a time. A request sent before (a cycle) or
 * MAX_EMPTY_PAGES empty pages that still claim more end the walk with an `api` error after the page that
 * showed it, never a silent end.
 */
export async function* pageLoop(fetcher: PageFetcher, params: Record<string, unknown>, opts: PageLoopOptions = {}): AsyncGenerator<Page> {
  const window = Math.max(1, opts.window ?? PAGE_WINDOW);
  const byUrl = fetcher.strategy?.type === 'link' || fetcher.strategy?.type === 'nextUrl';
  const seen = new Set<string>();
  const queue: InFlight[] = [];
  /** Sends a page request, unless the same request was sent before (then undefined: nothing is sent). */
  const start = async (request: PageRequest): Promise<InFlight | undefined> => {
    const link = linkedSignal(opts.signal);
    const prepared = await fetcher.prepare(request, link.signal).catch((err: unknown) => {
      link.end();
      throw err;
    });
    if (seen.has(prepared.key)) {
      link.end();
      return undefined;
    }
    seen.add(prepared.key);
    const page = prepared.send();
    // A page fetched ahead may never be awaited (the list ended first); its failure is then nobody's.
    page.catch(() => undefined);
    return { asked: asked(request), key: prepared.key, page, link };
  };
  const drop = () => {
    for (const item of queue.splice(0)) {
      item.link.abort();
      seen.delete(item.key);
    }
  };
  /** Queues the page the strategy asks for next: the one already fetched ahead when it is that one. */
  const follow = async (request: PageRequest): Promise<AacError | undefined> => {
    if (queue[0]?.asked === asked(request)) return undefined;
    drop();
    const item = await start(request);
    if (!item) return stuck(fetcher.title, seen.size, 'the server pointed back to a page already fetched');
    queue.push(item);
    return undefined;
  };
  let current = params;
  let emptyRun = 0;
  let pageCount = 0;
  let itemCount = 0;
  /** Pages still wanted after this one, by the limits (page sizes estimated from this one). */
  const pagesLeft = (records: number) => {
    const byPages = opts.maxPages === undefined ? Infinity : opts.maxPages - pageCount;
    const byItems = opts.maxItems === undefined ? Infinity : records === 0 ? 1 : Math.ceil((opts.maxItems - itemCount) / records);
    return Math.min(byPages, byItems);
  };
  try {
    queue.push((await start({ params }))!);
    for (;;) {
      const item = queue.shift()!;
      const page = await item.page.finally(item.link.end);
      pageCount++;
      itemCount += page.records.length;
      const result = { body: page.body, headers: page.headers, records: page.records, params: current };
      const wanted = pagesLeft(page.records.length);
      const next = fetcher.strategy ? nextPage(fetcher.strategy, result) : null;
      const more = next !== null && wanted > 0;
      let failure: AacError | undefined;
      let nextUrl: string | undefined;
      if (next && more) {
        emptyRun = page.records.length === 0 ? emptyRun + 1 : 0;
        if (emptyRun >= MAX_EMPTY_PAGES) failure = stuck(fetcher.title, seen.size, `${emptyRun} empty pages in a row still say there are more`);
        else {
          const request: PageRequest = 'url' in next ? { params: current, url: fetcher.follow ? fetcher.follow(next.url, page) : next.url } : { params: next.params };
          if (request.url) nextUrl = request.url;
          failure = await follow(request);
        }
        if ('params' in next) current = next.params;
      } else {
        drop();
        // not followed, so not checked here: a later call that starts at it checks it then
        if (next && 'url' in next) nextUrl = page.url ? new URL(next.url, page.url).toString() : next.url;
      }
      if (more && !failure) {
        const ahead = pagesAhead(fetcher.strategy!, result, Math.min(window, wanted));
        for (let i = queue.length; i < ahead.length; i++) {
          const item = await start({ params: ahead[i]! });
          if (!item) break;
          queue.push(item);
        }
      }
      if (queue.length) await sent();
      yield { records: page.records, meta: page.meta, ...(next && !('url' in next) ? { next: next.params } : {}), ...(nextUrl ? { nextUrl } : {}), ...(byUrl && page.url ? { url: page.url } : {}) };
      if (failure) throw failure;
      if (!more) return;
    }
  } finally {
    drop();
  }
}
