import { z } from 'zod';
import { defineEntities } from '../kit.js';
import { archived, getParams, listed, listParams } from './shared.js';

const objectType = z.string().describe('Object type ID or fully qualified name, e.g. "2-123456" or "p12345_cars"');

/** Custom object schemas and records of any object type, addressed by type. */
export const objectEntities = defineEntities({
  schemas: {
    description: 'Definitions of the custom object types of the portal',
    columns: ['id', 'name', 'objectTypeId', 'fullyQualifiedName', 'primaryDisplayProperty'],
    actions: {
      list: {
        route: 'GET /crm-object-schemas/v3/schemas',
        description: 'List every custom object schema (one response, no paging)',
        params: z.object({ archived }),
        records: 'results',
      },
      get: {
        route: 'GET /crm-object-schemas/v3/schemas/{objectType}',
        description: 'Fetch one custom object schema with its properties and associations',
        params: z.object({ objectType: z.string().describe('Fully qualified name or object type ID of the schema') }),
      },
    },
  },
  objects: {
    description: 'Records of any object type, standard or custom, addressed by type',
    columns: ['id', 'createdAt', 'updatedAt', 'archived'],
    actions: {
      list: {
        route: 'GET /crm/v3/objects/{objectType}',
        description: 'List the records of an object type, page by page',
        params: z.object({ objectType }).extend(listParams.shape),
        ...listed,
      },
      get: {
        route: 'GET /crm/v3/objects/{objectType}/{objectId}',
        description: 'Fetch one record of an object type by its ID',
        params: z.object({ objectType, objectId: z.string().describe('Record ID') }).extend(getParams.shape),
      },
    },
  },
});
