import type { Context } from '../context.js';
import { returnsList, type ActionRef, type Page } from '../engine/index.js';
import type { PageLimits } from '../engine/page-loop.js';
import { getPath } from '../engine/path.js';
import { AacError } from '../errors.js';
import { runOnce, type PreparedExec } from '../exec.js';
import { checkFields, projectData } from '../output/project.js';

export interface CollectLimits {
  /** Follow pagination up to this many records; without it, one request. */
  maxItems?: number;
  /** Records of the first page already returned by an earlier, truncated call. */
  skip?: number;
  fields?: string[];
  /** Characters the records may take in the JSON result. */
  budget: number;
}

/** The records of one call, bounded, and where the next call starts. */
export interface Collected {
  data: unknown;
  count?: number;
  /** More records exist than were returned. */
  has_more?: boolean;
  /** The records were cut at the size budget. */
  truncated?: boolean;
  /** The params of the next call, which starts where this one stopped. */
  next?: Record<string, unknown>;
  /** For a list paged by server URLs: the page the next call starts at (with the same params). */
  next_page_url?: string;
  /** With `next` or `next_page_url`: records of that page to skip (a page cannot start mid-page). */
  next_skip?: number;
}

type Resume = Pick<Collected, 'next' | 'next_page_url' | 'next_skip'>;

const size = (value: unknown) => JSON.stringify(value)?.length ?? 4;

/** Where the next call starts when this one stopped before record `index` of `page` (fetched with `params`). */
function resumeAt(ref: ActionRef, page: Page, params: Record<string, unknown> | undefined, index: number): Resume {
  if (index >= page.records.length) return page.next ? { next: page.next } : page.nextUrl ? { next_page_url: page.nextUrl } : {};
  if (page.url) return index === 0 ? { next_page_url: page.url } : { next_page_url: page.url, next_skip: index };
  if (!params) return {};
  if (index === 0) return { next: params };
  const strategy = ref.def.paginate;
  if (strategy?.type === 'lastId') return { next: { ...params, [strategy.param]: getPath(page.records[index - 1], strategy.idField ?? 'id') } };
  if (strategy?.type === 'offset') return { next: { ...params, [strategy.param]: Number(params[strategy.param] ?? 0) + index } };
  return { next: params, next_skip: index };
}

/** One request as a page: the engine's `meta.next` holds the params that changed, or the next page's URL. */
async function* firstPage(prepared: PreparedExec): AsyncGenerator<Page> {
  const { data, meta } = await runOnce(prepared);
  const records = Array.isArray(data) ? data : data === null || data === undefined ? [] : [data];
  const moved = meta.next as Record<string, unknown> | undefined;
  const nextUrl = moved && 'url' in moved ? String(moved.url) : undefined;
  const url = prepared.options.pageUrl;
  yield { records, meta, ...(moved && !nextUrl ? { next: { ...prepared.params, ...moved } } : {}), ...(nextUrl ? { nextUrl } : {}), ...(url ? { url } : {}) };
}

function tooBig(ref: ActionRef, chars: number, budget: number): AacError {
  return new AacError('usage', `One ${ref.entity} record is ${chars} characters, more than the ${budget} the result may take.`, {
    hint: 'Pass `fields` to keep only what you need, or start the server with a larger --max-result-chars.',
  });
}

/**
 * Runs a prepared action for a tool call. A list follows pagination up to `maxItems` and stops at the budget,
 * at a record boundary, saying where to go on; one object comes back whole or not at all.
 */
export async function collect(ctx: Context, prepared: PreparedExec, limits: CollectLimits): Promise<Collected> {
  const { ref } = prepared;
  if (!returnsList(ref)) {
    const data = projectData((await runOnce(prepared)).data, limits.fields);
    checkFields([data], limits.fields);
    if (size(data) > limits.budget) throw tooBig(ref, size(data), limits.budget);
    return { data };
  }
  const records: unknown[] = [];
  let used = 2;
  let params: Record<string, unknown> | undefined = prepared.params;
  let skip = limits.skip ?? 0;
  let checked = false;
  // the page loop sends no request past the page that reaches max_items (the skipped records count); a call cut by the
  // budget may leave one page fetched ahead unused
  const source = limits.maxItems === undefined ? firstPage(prepared) : pagesOf(ctx, prepared, { maxItems: limits.maxItems + skip });
  for await (const page of source) {
    const projected = projectData(page.records, limits.fields) as unknown[];
    if (!checked && projected.length) [checked] = [true, checkFields(projected, limits.fields)];
    for (let i = skip; i < projected.length; i++) {
      if (limits.maxItems !== undefined && records.length >= limits.maxItems) return done(resumeAt(ref, page, params, i), false, true);
      const chars = size(projected[i]) + 1;
      if (used + chars > limits.budget) {
        if (records.length === 0) throw tooBig(ref, chars - 1, limits.budget);
        return done(resumeAt(ref, page, params, i), true, true);
      }
      records.push(projected[i]);
      used += chars;
    }
    skip = 0;
    if (limits.maxItems === undefined || records.length >= limits.maxItems) return done(resumeAt(ref, page, params, page.records.length), false, page.next !== undefined || page.nextUrl !== undefined || page.meta.next !== undefined);
    params = page.next;
  }
  return done({}, false, false);

  function done(resume: Resume, truncated: boolean, more: boolean): Collected {
    return { data: records, count: records.length, has_more: more, ...(truncated ? { truncated } : {}), ...resume };
  }
}

/** Every page up to the limits, whole: `collect` cuts and stops it. */
async function* pagesOf(ctx: Context, prepared: PreparedExec, limits: PageLimits): AsyncGenerator<Page> {
  const executor = await prepared.target.open(prepared.options);
  for await (const page of executor.pages(prepared.ref, prepared.params, limits)) {
    if (ctx.signal.aborted) throw new AacError('cancelled', 'Cancelled.');
    yield page;
  }
}
