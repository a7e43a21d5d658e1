import { z } from 'zod';
import { paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** Pieces every Amazon Ads entity group reuses. */

export const CLIENT_ID_HEADER = 'Amazon-Advertising-API-ClientId';
export const SCOPE_HEADER = 'Amazon-Advertising-API-Scope';

/**
 * The Login with Amazon client ID, which Amazon wants in a header on every call: the auth scheme fills it from
 * the `client_id` credential, so the param is only there to override it.
 */
const clientIdHeader = z.string().optional().describe('Your Login with Amazon client ID; defaults to the client_id credential');
const scopeHeader = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .describe('Advertising profile ID the call acts on (from profiles list)');

/** Amazon's 64-bit IDs: a number, or digits as text when they exceed JSON's safe integers. */
export const longId = (what: string) =>
  z.union([z.number().int(), z.string().regex(/^\d+$/)]).describe(`ID of the ${what}`);

/** Params of calls that take only the client ID header (the profile endpoints). */
export const clientOnly = z.object({ [CLIENT_ID_HEADER]: clientIdHeader });
export const clientOnlyIn = { in: { [CLIENT_ID_HEADER]: 'header' } } as const;

/** Params of calls scoped to one advertising profile. */
export const scoped = clientOnly.extend({ [SCOPE_HEADER]: scopeHeader });
export const scopedIn = { in: { [CLIENT_ID_HEADER]: 'header', [SCOPE_HEADER]: 'header' } } as const;

/**
 * The POST …/list calls of the Sponsored Products v3 and Sponsored Brands v4 APIs: a versioned media type in
 * Accept and Content-Type, a state filter, page size and the nextToken cursor in the JSON body.
 */
export function versionedList(path: string, records: string, mediaType: string, noun: string) {
  return {
    route: `POST ${path}` as const,
    description: `List the ${noun} of a profile, page by page`,
    kind: 'read',
    params: scoped.extend({
      Accept: z.string().default(mediaType).describe('Versioned media type of the response'),
      'Content-Type': z.string().default(mediaType).describe('Versioned media type of the request body'),
      stateFilter: z
        .object({
          include: z.string().optional().describe('Comma-separated states to keep: enabled, paused, archived'),
        })
        .optional()
        .describe('Filter on the state of the records'),
      maxResults: z.number().int().min(1).default(100).describe('Records per page'),
      nextToken: z.string().optional().describe('Cursor from nextToken of the previous page'),
    }),
    in: { ...scopedIn.in, Accept: 'header', 'Content-Type': 'header' },
    records,
    meta: { next_token: 'nextToken' },
    paginate: paginate.cursor({ param: 'nextToken', from: 'nextToken', in: 'body' }),
  } satisfies ActionDef;
}
