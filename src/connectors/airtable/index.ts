import { z } from 'zod';
import { bearer, defineConnector, paginate } from '../kit.js';

/** Airtable Web API (v0): bases and their table schemas from the metadata API, and table records (read only). */

const baseId = z.string().describe('ID of the base (starts with "app")');
const tableIdOrName = z.string().describe('ID (starts with "tbl") or name of the table');
const offset = z.string().optional().describe('The offset token of the previous page, to fetch the next one');

/** Airtable pages with an opaque `offset` token that is echoed back until the last page. */
const offsetPaged = (records: string) =>
  ({
    records,
    meta: { offset: 'offset' },
    paginate: paginate.cursor({ param: 'offset', from: 'offset' }),
  }) as const;

export default defineConnector({
  name: 'airtable',
  title: 'Airtable',
  definitionId: '14c6e7ea-97ed-4f5e-a7b5-25e9a80b8212',
  docsUrl: 'https://airtable.com/developers/web/api/introduction',
  server: 'https://api.airtable.com/v0',
  auth: {
    personal_access_token: bearer({
      field: 'personal_access_token',
      env: 'AIRTABLE_ACCESS_TOKEN',
      title: 'Personal access token',
      description: 'A personal access token from airtable.com/create/tokens, with read scopes for data and schema',
      secret: true,
      scheme: { title: 'Personal access token', description: 'Sends the personal access token as a Bearer token' },
    }),
  },
  body: 'json',
  entities: {
    bases: {
      description: 'Bases (databases) the token can reach, with your permission level on each',
      columns: ['id', 'name', 'permissionLevel'],
      actions: {
        list: {
          route: 'GET /meta/bases',
          description: 'List the bases the token can access, page by page',
          params: z.object({ offset }),
          ...offsetPaged('bases'),
        },
      },
    },
    tables: {
      description: 'Tables of a base, with their fields (columns) and views',
      columns: ['id', 'name', 'primaryFieldId'],
      actions: {
        list: {
          route: 'GET /meta/bases/{base_id}/tables',
          description: 'List every table of a base with its schema (one response, no paging)',
          params: z.object({ base_id: baseId }),
          records: 'tables',
        },
      },
    },
    records: {
      description: 'Records (rows) of a table, with their field values',
      columns: ['id', 'createdTime', 'fields'],
      actions: {
        list: {
          route: 'GET /{base_id}/{table_id_or_name}',
          description: 'List the records of a table, page by page, optionally through a view or a formula filter',
          params: z.object({
            base_id: baseId,
            table_id_or_name: tableIdOrName,
            offset,
            pageSize: z.number().int().min(1).max(100).optional().describe('Records per page, 1 to 100'),
            view: z.string().optional().describe('Name or ID of a view: only its records, in its order'),
            filterByFormula: z
              .string()
              .optional()
              .describe('An Airtable formula; only records for which it is truthy, e.g. {Status} = "Done"'),
            sort: z.string().optional().describe('Sort order, as a JSON array of {field, direction} objects'),
          }),
          ...offsetPaged('records'),
        },
        get: {
          route: 'GET /{base_id}/{table_id_or_name}/{record_id}',
          description: 'Fetch one record by ID',
          params: z.object({
            base_id: baseId,
            table_id_or_name: tableIdOrName,
            record_id: z.string().describe('ID of the record (starts with "rec")'),
          }),
        },
      },
    },
  },
});
