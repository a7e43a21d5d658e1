import { z } from 'zod';
import { paginate } from '../kit.js';
import type { ActionDef, EntityDef } from '../../lib/engine/types.js';

/** Pieces shared by the Salesforce sObject entities: SOQL lists, record reads and SOSL searches. */

export const recordId = (object: string) => z.string().describe(`Salesforce ID of the ${object} record (15 or 18 characters)`);

const fields = z
  .string()
  .optional()
  .describe('Comma-separated field API names to return, e.g. "Id,Name,CreatedDate"; all readable fields when absent');

/**
 * A SOQL query answered 2,000 records at a time: `records`, and `nextRecordsUrl` (a path on the instance) while
 * `done` is false.
 */
export function soqlList(description: string, defaultQuery: string) {
  return {
    route: 'GET /query',
    description,
    params: z.object({
      q: z
        .string()
        .default(defaultQuery)
        .describe('SOQL query; add a LIMIT clause or a WHERE filter, and dotted relationship fields such as Owner.Name'),
    }),
    records: 'records',
    meta: { done: 'done', nextRecordsUrl: 'nextRecordsUrl', totalSize: 'totalSize' },
    paginate: paginate.nextUrl({ from: 'nextRecordsUrl' }),
  } satisfies ActionDef;
}

/** One record of an sObject type by ID. */
export function recordGet(object: string) {
  return {
    route: `GET /sobjects/${object}/{id}`,
    description: `Fetch one ${object} record by ID`,
    params: z.object({ id: recordId(object), fields }),
  } satisfies ActionDef;
}

/** A SOSL full-text search; the hits are in `searchRecords`. */
export function soslSearch(object: string) {
  return {
    route: 'GET /search',
    description: `Full-text search (SOSL) returning ${object} records`,
    params: z.object({
      q: z
        .string()
        .describe(`SOSL search, e.g. "FIND {Acme*} IN NAME FIELDS RETURNING ${object}(Id, Name) LIMIT 20"`),
    }),
    records: 'searchRecords',
  } satisfies ActionDef;
}

interface SObjectOpts {
  /** API name of the sObject type, e.g. "Account". */
  object: string;
  description: string;
  columns: string[];
  /** SOQL sent by `list` when no `q` is given. */
  query?: string;
  search?: boolean;
}

const standardQuery = (object: string) => `SELECT FIELDS(STANDARD) FROM ${object} ORDER BY LastModifiedDate DESC LIMIT 200`;

/** list (SOQL) + get, and api_search (SOSL) for searchable types. */
export function sobject(opts: SObjectOpts) {
  const list = soqlList(`List ${opts.object} records with a SOQL query, newest change first by default`, opts.query ?? standardQuery(opts.object));
  return {
    description: opts.description,
    columns: opts.columns,
    actions: {
      list,
      get: recordGet(opts.object),
      ...(opts.search ? { api_search: soslSearch(opts.object) } : {}),
    },
  } satisfies EntityDef;
}
