import { z } from 'zod';
import { byId, listAndGet, paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** Pieces every Greenhouse Harvest entity reuses: numeric IDs, page-numbered lists walked through the Link header. */

export const id = (what: string) => z.number().int().describe(`Greenhouse ID of the ${what}`);

/** `per_page` + `page`, taken by every list. */
export const pageParams = z.object({
  per_page: z.number().int().min(1).max(500).default(100).describe('Records per page, 1 to 500'),
  page: z.number().int().min(1).default(1).describe('Page number to start from, 1-based'),
});

/** An optional ISO 8601 timestamp filter. */
export const timestamp = (what: string) =>
  z.string().optional().describe(`Only records ${what} this time (ISO 8601, e.g. "2025-01-31T00:00:00Z")`);

export const createdRange = {
  created_before: timestamp('created before'),
  created_after: timestamp('created at or after'),
};

export const updatedRange = {
  updated_before: timestamp('updated before'),
  updated_after: timestamp('updated at or after'),
};

/** A list answers with a bare JSON array; the next page is the Link header's rel="next". */
export const linkList = { meta: { next: '@link.next' }, paginate: paginate.link() } satisfies Partial<ActionDef>;

/** `list` + `get` of an entity with no filters beyond paging. */
export function pagedPair(path: string, what: string, plural: string) {
  return listAndGet({
    path,
    what,
    list: { description: `List ${plural}, page by page`, params: pageParams, ...linkList },
    get: { params: byId(id(what)) },
  });
}

/**
 * The attachment downloads: Harvest has no download endpoint; the file URLs (signed, short-lived S3 links) are
 * in the `attachments` of the candidate or application. `attachment_index` names the entry to fetch and is not
 * sent (a GET carries no body).
 */
export function attachmentDownload(path: string, what: string) {
  return {
    download: {
      route: `GET ${path}/{id}`,
      description: `Download one attachment (resume, cover letter…) of a ${what}, from its temporary URL`,
      params: z.object({
        id: id(what),
        attachment_index: z
          .number()
          .int()
          .min(0)
          .default(0)
          .describe('Position of the wanted file in the attachments array, from 0'),
      }),
      in: { attachment_index: 'body' },
      records: 'attachments',
      download: {
        accept: '*/*',
        urlFrom: 'attachments.{attachment_index}.url',
        hosts: ['https://*.s3.amazonaws.com', 'https://s3.amazonaws.com', 'https://*.greenhouse.io'],
      },
    },
  } satisfies Record<string, ActionDef>;
}
