import { z } from 'zod';
import { paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** Comma-separated names, the way the CRM v3 read endpoints take properties and associations. */
const csv = (what: string) => z.string().optional().describe(what);

export const properties = csv('Comma-separated property names to include (unknown names are ignored)');
export const propertiesWithHistory = csv('Comma-separated property names to include with their past values');
export const associations = csv('Comma-separated object types whose associated IDs to include, e.g. "contacts,deals"');
export const archived = z.boolean().optional().describe('Return archived records instead of active ones');

/** Query params of a CRM v3 list endpoint (`GET /crm/v3/objects/...`). */
export const listParams = z.object({
  limit: z.number().int().min(1).max(100).optional().describe('Records per page (1-100, HubSpot default 25)'),
  after: z.string().optional().describe('Paging cursor: paging.next.after of the previous page'),
  associations,
  properties,
  propertiesWithHistory,
  archived,
});

/** Query params of a CRM v3 read of one record. */
export const getParams = z.object({
  properties,
  propertiesWithHistory,
  associations,
  idProperty: z
    .string()
    .optional()
    .describe('Look the record up by this unique property (e.g. "email") instead of by its record ID'),
  archived,
});

const filter = z.object({
  propertyName: z.string().describe('Property to test, e.g. "email" or "hs_lastmodifieddate"'),
  operator: z
    .enum(['BETWEEN', 'CONTAINS_TOKEN', 'EQ', 'GT', 'GTE', 'HAS_PROPERTY', 'IN', 'LT', 'LTE', 'NEQ', 'NOT_CONTAINS_TOKEN', 'NOT_HAS_PROPERTY', 'NOT_IN'])
    .describe('Comparison to apply'),
  value: z.string().optional().describe('Value to compare with (single-value operators)'),
  values: z.array(z.string()).optional().describe('Values to compare with (IN / NOT_IN)'),
});

/** JSON body of `POST /crm/v3/objects/<type>/search`. */
export const searchParams = z.object({
  filterGroups: z
    .array(z.object({ filters: z.array(filter).describe('Filters that must all match (AND)') }))
    .optional()
    .describe('Filter groups; a record matches when any group matches (OR)'),
  properties: z.array(z.string()).optional().describe('Property names to return for each record'),
  limit: z.number().int().min(1).max(200).optional().describe('Records per page (1-200, HubSpot default 25)'),
  after: z.string().optional().describe('Paging cursor: paging.next.after of the previous page'),
  sorts: z
    .array(
      z.object({
        propertyName: z.string().describe('Property to sort by'),
        direction: z.enum(['ASCENDING', 'DESCENDING']).optional().describe('Sort direction'),
      }),
    )
    .optional()
    .describe('Sort order of the results'),
  query: z.string().optional().describe('Free text matched against the default searchable properties'),
});

const nextPage = {
  next_cursor: 'paging.next.after',
  next_link: 'paging.next.link',
};

/** Records, meta and `after` cursor pagination of a CRM v3 list. */
export const listed = {
  records: 'results',
  meta: nextPage,
  paginate: paginate.cursor({ param: 'after', from: 'paging.next.after' }),
} satisfies Partial<ActionDef>;

/** The same for a search: a POST that only reads, so it is safe to retry. */
export const searched = {
  records: 'results',
  meta: { total: 'total', ...nextPage },
  paginate: paginate.cursor({ param: 'after', from: 'paging.next.after' }),
  kind: 'read',
} satisfies Partial<ActionDef>;
