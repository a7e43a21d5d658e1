import type { z } from 'zod';
import type { ActionDef } from './types.js';

/** Param names vendors use for the page size, tried when the strategy names none. */
const SIZE_PARAMS = ['limit', 'per_page', 'page_size', 'pageSize', 'first', 'count', 'maxResults', 'max_results', 'page[size]'];

function numberMax(schema: z.ZodType | undefined): number | undefined {
  let inner = schema as { unwrap?: () => unknown; maxValue?: number | null; def?: { type?: string } } | undefined;
  while (typeof inner?.unwrap === 'function') inner = inner.unwrap() as typeof inner;
  const max = inner?.def?.type === 'number' ? inner.maxValue : undefined;
  // zod reports an unbounded integer's max as MAX_SAFE_INTEGER
  return typeof max === 'number' && max < Number.MAX_SAFE_INTEGER ? max : undefined;
}

/** The param that sets a list's page size and the largest value it allows (the definition's hint, else the schema's max). */
export function largestPage(def: ActionDef): { param: string; size: number } | undefined {
  if (!def.paginate) return undefined;
  const shape = (def.params?.shape ?? {}) as Record<string, z.ZodType>;
  const strategy = def.paginate;
  const declared = strategy.type === 'page' ? strategy.sizeParam : strategy.type === 'offset' ? strategy.limitParam : undefined;
  const param = def.pageSize?.param ?? (declared !== undefined && declared in shape ? declared : SIZE_PARAMS.find((name) => (def.pageSize ? name in shape : numberMax(shape[name]) !== undefined)));
  if (param === undefined) return undefined;
  const size = def.pageSize?.max ?? numberMax(shape[param]);
  return size === undefined ? undefined : { param, size };
}

/** With --all, the largest page the action allows, unless the params already set a size. */
export function withLargestPage(def: ActionDef, params: Record<string, unknown>): Record<string, unknown> {
  const largest = largestPage(def);
  return largest && params[largest.param] === undefined ? { ...params, [largest.param]: largest.size } : params;
}
