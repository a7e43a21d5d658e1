import { resolveAction, resolveEntity, returnsList, validate, type ActionRef, type Result } from './engine/index.js';
import type { ConnectorDef } from './engine/types.js';
import { AacError } from './errors.js';

export interface VerifyQuery {
  ref: ActionRef;
  params: Record<string, unknown>;
}

export interface Verified {
  entity: string;
  action: string;
  records: number;
}

const PAGE_SIZE_PARAMS = ['limit', 'per_page', 'page_size', 'count', 'first'];
const PAGE_SIZE = 10;

function paramsFor(ref: ActionRef): Record<string, unknown> | undefined {
  const shape = ref.def.params?.shape ?? {};
  const size = PAGE_SIZE_PARAMS.find((p) => p in shape);
  for (const candidate of size ? [{ [size]: PAGE_SIZE }, {}] : [{}]) {
    try {
      return validate(ref, candidate);
    } catch {
      // needs params the check cannot make up; try the next candidate
    }
  }
  return undefined;
}

/**
 * The cheapest read that proves the credentials work: a list needing no params (of `entity` when given),
 * else a parameter-free get.
 */
export function verifyQuery(connector: ConnectorDef, entity?: string): VerifyQuery | undefined {
  if (entity) resolveEntity(connector, entity);
  const entities = entity ? [entity] : Object.keys(connector.entities);
  const reads = entities.flatMap((e) => ['list', 'get'].filter((a) => connector.entities[e]!.actions[a]).map((a) => resolveAction(connector, e, a)));
  for (const ref of [...reads.filter((r) => returnsList(r)), ...reads.filter((r) => !returnsList(r))]) {
    const params = paramsFor(ref);
    if (params) return { ref, params };
  }
  if (entity) throw new AacError('usage', `${connector.name} ${entity} has no list or get that runs without params.`, { hint: 'Choose another --verify-entity.' });
  return undefined;
}

export function recordCount(data: unknown): number {
  return Array.isArray(data) ? data.length : data === null || data === undefined ? 0 : 1;
}

export async function runVerify(query: VerifyQuery, run: (ref: ActionRef, params: Record<string, unknown>) => Promise<Result>): Promise<Verified> {
  const { data } = await run(query.ref, query.params);
  return { entity: query.ref.entity, action: query.ref.action, records: recordCount(data) };
}
