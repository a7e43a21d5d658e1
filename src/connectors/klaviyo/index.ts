import { z } from 'zod';
import { byId, defineConnector, defineEntities, headerKey, listAndGet, paginate } from '../kit.js';
import type { ActionDef } from '../../lib/engine/types.js';

/** Klaviyo REST API (JSON:API style, dated revisions): profiles, lists, campaigns, events, metrics, flows, templates. Read only. */

/** Every request names the API revision it was written against, in the `revision` header. */
const versioned = z.object({
  revision: z.string().default('2024-10-15').describe('Klaviyo API revision (a date), sent in the revision header'),
});
const inHeader = { in: { revision: 'header' } } as const;

/** The cursor param; the next page's full URL comes back in links.next. */
const cursorParams = versioned.extend({
  'page[cursor]': z.string().optional().describe('Page cursor, as found in the links.next URL of the previous page'),
});

/** Cursor paging with a page size of at most `max` records (Klaviyo's limit differs by resource). */
function sizedPages(max: 10 | 100) {
  return cursorParams.extend({ 'page[size]': z.number().int().min(1).max(max).optional().describe(`Records per page, 1 to ${max}`) });
}
const pageParams = sizedPages(100);

const listed = {
  records: 'data',
  meta: { next: 'links.next' },
  paginate: paginate.nextUrl({ from: 'links.next' }),
  ...inHeader,
} satisfies Partial<ActionDef>;

/** A list (`GET /things`) and a fetch-by-ID (`GET /things/{id}`) of one kind of resource. */
function pagedPair<const P extends z.ZodObject>(path: string, what: string, plural: string, listParams: P) {
  return listAndGet({
    path,
    what,
    list: { description: `List ${plural}, page by page`, params: listParams, ...listed },
    get: { params: versioned.extend(byId(z.string().describe(`ID of the ${what}`)).shape), records: 'data', ...inHeader },
  });
}

const entities = defineEntities({
  profiles: {
    description: 'Profiles: the people (contacts) of the account, with their identifiers and properties',
    columns: ['id', 'attributes.email', 'attributes.first_name', 'attributes.last_name', 'attributes.created'],
    actions: pagedPair('/profiles', 'profile', 'profiles', pageParams),
  },
  lists: {
    description: 'Lists: static groups of profiles that campaigns are sent to',
    columns: ['id', 'attributes.name', 'attributes.opt_in_process', 'attributes.created', 'attributes.updated'],
    actions: pagedPair('/lists', 'list', 'lists', sizedPages(10)),
  },
  campaigns: {
    description: 'Campaigns: one-off email or SMS sends to lists and segments',
    columns: ['id', 'attributes.name', 'attributes.status', 'attributes.send_time', 'attributes.updated_at'],
    actions: pagedPair(
      '/campaigns',
      'campaign',
      'campaigns of one channel',
      cursorParams.extend({
        filter: z
          .string()
          .default("equals(messages.channel,'email')")
          .describe("Klaviyo filter expression; it must name the channel, e.g. equals(messages.channel,'sms')"),
      }),
    ),
  },
  events: {
    description: 'Events: actions profiles took (opened an email, placed an order …), each of one metric',
    columns: ['id', 'attributes.datetime', 'attributes.uuid'],
    actions: {
      list: {
        route: 'GET /events',
        description: 'List events, page by page, newest first unless sorted otherwise',
        params: pageParams.extend({
          sort: z.string().default('-datetime').describe('Sort field; a leading "-" sorts descending (datetime, timestamp)'),
        }),
        ...listed,
      },
    },
  },
  metrics: {
    description: 'Metrics: the kinds of event tracked in the account, e.g. Opened Email or Placed Order',
    columns: ['id', 'attributes.name', 'attributes.created', 'attributes.updated'],
    actions: pagedPair(
      '/metrics',
      'metric',
      'metrics',
      cursorParams.extend({
        filter: z.string().optional().describe("Klaviyo filter expression, e.g. equals(integration.category,'API')"),
      }),
    ),
  },
  flows: {
    description: 'Flows: automated message sequences started by a trigger',
    columns: ['id', 'attributes.name', 'attributes.status', 'attributes.trigger_type', 'attributes.updated'],
    actions: pagedPair('/flows', 'flow', 'flows', pageParams),
  },
  email_templates: {
    description: 'Email templates: reusable HTML or drag-and-drop email designs',
    columns: ['id', 'attributes.name', 'attributes.editor_type', 'attributes.updated'],
    actions: pagedPair('/templates', 'email template', 'email templates', sizedPages(10)),
  },
});

export default defineConnector({
  name: 'klaviyo',
  title: 'Klaviyo',
  definitionId: '95e8cffd-b8c4-4039-968e-d32fb4a69bde',
  docsUrl: 'https://developers.klaviyo.com/en/reference/api_overview',
  server: 'https://a.klaviyo.com/api',
  auth: {
    api_key: headerKey({
      header: 'Authorization',
      prefix: 'Klaviyo-API-Key ',
      field: 'api_key',
      env: 'KLAVIYO_API_KEY',
      title: 'Private API key',
      description: 'A private API key (Settings → Account → API keys), with read scopes',
      secret: true,
      scheme: { title: 'Private API key', description: 'Sends the key as "Authorization: Klaviyo-API-Key <key>"' },
    }),
  },
  body: 'json',
  entities,
});
