import { getPath } from './path.js';
import type { Pagination } from './types.js';

/** Where the next page comes from: the same action with new params, or a full URL given by the server. */
export type NextPage = { params: Record<string, unknown> } | { url: string } | null;

export interface PageResult {
  body: unknown;
  headers: Record<string, string>;
  records: unknown[];
  params: Record<string, unknown>;
}

const empty = (v: unknown) => v === undefined || v === null || v === '' || v === false;

/** RFC 8288: the URL of the link with relation `rel` (default `next`) in a Link header. */
export function linkRel(header: string | undefined, rel = 'next'): string | undefined {
  if (!header) return undefined;
  const relation = new RegExp(`\\brel="?([^"]*\\s)?${rel.replace(/[^a-z0-9-]/gi, '')}(\\s[^"]*)?"?`, 'i');
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /<([^>]+)>\s*;(.*)/.exec(part.trim());
    if (match && relation.test(match[2]!)) return match[1];
  }
  return undefined;
}

function pageSize(params: Record<string, unknown>, sizeParam: string | undefined): number | undefined {
  const size = sizeParam === undefined ? undefined : Number(params[sizeParam]);
  return size !== undefined && Number.isFinite(size) && size > 0 ? size : undefined;
}

/** Decides the next page from the current one; each strategy is written here once. */
export function nextPage(strategy: Pagination, page: PageResult): NextPage {
  const { body, records, params } = page;
  switch (strategy.type) {
    case 'cursor': {
      if (strategy.hasMore !== undefined && !getPath(body, strategy.hasMore)) return null;
      const cursor = getPath(body, strategy.from);
      if (empty(cursor)) return null;
      return { params: { ...params, [strategy.param]: cursor } };
    }
    case 'lastId': {
      if (!getPath(body, strategy.hasMore) || records.length === 0) return null;
      const id = getPath(records.at(-1), strategy.idField ?? 'id');
      return empty(id) ? null : { params: { ...params, [strategy.param]: id } };
    }
    case 'page': {
      if (records.length === 0) return null;
      const current = Number(params[strategy.param] ?? strategy.start ?? 1);
      const total = strategy.totalPages === undefined ? NaN : Number(getPath(body, strategy.totalPages));
      // pages counted from `start` (0 or 1): the last one is start + total - 1
      if (Number.isFinite(total) && current - (strategy.start ?? 1) + 1 >= total) return null;
      // a short page ends the list only when no total says otherwise (a server may serve less than was asked)
      const size = pageSize(params, strategy.sizeParam);
      if (!Number.isFinite(total) && size !== undefined && records.length < size) return null;
      return { params: { ...params, [strategy.param]: current + 1 } };
    }
    case 'offset': {
      if (records.length === 0) return null;
      const offset = Number(params[strategy.param] ?? 0) + records.length;
      const total = strategy.total === undefined ? NaN : Number(getPath(body, strategy.total));
      if (Number.isFinite(total) && offset >= total) return null;
      const size = pageSize(params, strategy.limitParam);
      if (!Number.isFinite(total) && size !== undefined && records.length < size) return null;
      return { params: { ...params, [strategy.param]: offset } };
    }
    case 'link': {
      const next = linkRel(page.headers.link);
      return next ? { url: next } : null;
    }
    case 'graphql': {
      const info = getPath(body, strategy.pageInfo) as { hasNextPage?: boolean; endCursor?: string } | undefined;
      if (!info?.hasNextPage || empty(info.endCursor)) return null;
      return { params: { ...params, [strategy.param]: info.endCursor } };
    }
    case 'nextUrl': {
      const size = pageSize(params, strategy.sizeParam);
      if (size !== undefined && records.length < size) return null;
      const next = getPath(body, strategy.from);
      return typeof next === 'string' && next ? { url: next } : null;
    }
  }
}

/**
 * The params of the pages after this one (at most `count`), where the strategy knows them without asking:
 * offsets and page numbers up to a total the server gave. Empty when it cannot know.
 */
export function pagesAhead(strategy: Pagination, page: PageResult, count: number): Record<string, unknown>[] {
  const { body, params } = page;
  const steps = (from: number, step: number, end: number, param: string) => {
    const out: Record<string, unknown>[] = [];
    for (let value = from + step; value < end && out.length < count; value += step) out.push({ ...params, [param]: value });
    return out;
  };
  if (strategy.type === 'page' && strategy.totalPages !== undefined) {
    const total = Number(getPath(body, strategy.totalPages));
    const first = strategy.start ?? 1;
    return Number.isFinite(total) ? steps(Number(params[strategy.param] ?? first), 1, first + total, strategy.param) : [];
  }
  if (strategy.type === 'offset' && strategy.total !== undefined) {
    const total = Number(getPath(body, strategy.total));
    const size = pageSize(params, strategy.limitParam);
    return Number.isFinite(total) && size !== undefined ? steps(Number(params[strategy.param] ?? 0), size, total, strategy.param) : [];
  }
  return [];
}
