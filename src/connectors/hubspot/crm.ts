import { z } from 'zod';
import { defineEntities } from '../kit.js';
import type { EntityDef } from '../../lib/engine/types.js';
import { getParams, listed, listParams, searched, searchParams } from './shared.js';

/** One standard CRM object type: list, get by ID and search, all under /crm/v3/objects/<type>. */
function crmObject<Id extends string>(
  type: string,
  idParam: Id,
  noun: string,
  description: string,
  columns: string[],
  searchHint: string,
) {
  return {
    description,
    columns,
    actions: {
      list: {
        route: `GET /crm/v3/objects/${type}`,
        description: `List ${type}, page by page`,
        params: listParams,
        ...listed,
      },
      get: {
        route: `GET /crm/v3/objects/${type}/{${idParam}}`,
        description: `Fetch one ${noun} by its record ID (or by idProperty)`,
        params: z
          .object({ [idParam]: z.string().describe(`Record ID of the ${noun}`) } as Record<Id, z.ZodString>)
          .extend(getParams.shape),
      },
      api_search: {
        route: `POST /crm/v3/objects/${type}/search`,
        description: `Search ${type} with property filters, sorting and free text (${searchHint})`,
        params: searchParams,
        ...searched,
      },
    },
  } satisfies EntityDef;
}

export const crmEntities = defineEntities({
  contacts: crmObject(
    'contacts',
    'contactId',
    'contact',
    'People in the CRM, with their contact properties',
    ['id', 'properties.email', 'properties.firstname', 'properties.lastname', 'updatedAt'],
    'e.g. email EQ someone@example.com',
  ),
  companies: crmObject(
    'companies',
    'companyId',
    'company',
    'Organisations in the CRM',
    ['id', 'properties.name', 'properties.domain', 'updatedAt'],
    'e.g. domain EQ example.com',
  ),
  deals: crmObject(
    'deals',
    'dealId',
    'deal',
    'Sales opportunities with amount, stage and close date',
    ['id', 'properties.dealname', 'properties.amount', 'properties.dealstage', 'properties.closedate'],
    'e.g. dealstage EQ closedwon',
  ),
  tickets: crmObject(
    'tickets',
    'ticketId',
    'ticket',
    'Customer service tickets with pipeline stage and priority',
    ['id', 'properties.subject', 'properties.hs_pipeline_stage', 'properties.hs_ticket_priority', 'updatedAt'],
    'e.g. hs_pipeline_stage EQ 1',
  ),
});
