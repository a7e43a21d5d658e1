import { z } from 'zod';
import { defineEntities } from '../kit.js';
import type { EntityDef } from '../../lib/engine/types.js';
import { id, linked, pageParams, single } from './shared.js';

/** Metafields (custom namespace/key/value data) of the shop and of the resources that carry them. */

const COLUMNS = ['id', 'namespace', 'key', 'value', 'type', 'updated_at'];

const filters = {
  ...pageParams,
  namespace: z.string().optional().describe('Only metafields in this namespace'),
  key: z.string().optional().describe('Only metafields with this key'),
};

/** The metafields list of one owner resource, e.g. `GET /products/{product_id}/metafields.json`. */
function ownedMetafields<S extends z.ZodRawShape>(owner: string, path: string, owners: S) {
  return {
    description: `Metafields attached to a ${owner}`,
    columns: COLUMNS,
    actions: {
      list: {
        route: `GET ${path}/metafields.json` as const,
        description: `List the metafields of a ${owner}`,
        params: z.object({ ...owners, ...filters }),
        ...linked('metafields'),
      },
    },
  } satisfies EntityDef;
}

export const metafieldEntities = defineEntities({
  metafield_shops: {
    description: 'Metafields attached to the shop itself',
    columns: COLUMNS,
    actions: {
      list: {
        route: 'GET /metafields.json',
        description: 'List the metafields of the shop',
        params: z.object({ ...filters, type: z.string().optional().describe('Only metafields of this type, e.g. "single_line_text_field"') }),
        ...linked('metafields'),
      },
      get: single('GET /metafields/{metafield_id}.json', 'Fetch one metafield by ID', z.object({ metafield_id: id('metafield') }), 'metafield'),
    },
  },
  metafield_customers: ownedMetafields('customer', '/customers/{customer_id}', { customer_id: id('customer') }),
  metafield_products: ownedMetafields('product', '/products/{product_id}', { product_id: id('product') }),
  metafield_orders: ownedMetafields('order', '/orders/{order_id}', { order_id: id('order') }),
  metafield_draft_orders: ownedMetafields('draft order', '/draft_orders/{draft_order_id}', { draft_order_id: id('draft order') }),
  metafield_locations: ownedMetafields('location', '/locations/{location_id}', { location_id: id('location') }),
  metafield_product_variants: ownedMetafields('product variant', '/variants/{variant_id}', { variant_id: id('variant') }),
  metafield_smart_collections: ownedMetafields('smart collection', '/smart_collections/{collection_id}', {
    collection_id: id('collection'),
  }),
  metafield_product_images: ownedMetafields('product image', '/products/{product_id}/images/{image_id}', {
    product_id: id('product'),
    image_id: id('image'),
  }),
});
