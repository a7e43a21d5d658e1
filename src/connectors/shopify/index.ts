import { headerKey, defineConnector, field } from '../kit.js';
import { catalogEntities } from './catalog.js';
import { customerEntities } from './customers.js';
import { metafieldEntities } from './metafields.js';
import { orderEntities } from './orders.js';

/** Shopify Admin REST API (2025-01) on https://<shop>.myshopify.com: read-only, lists paged through the Link header. */
export default defineConnector({
  name: 'shopify',
  title: 'Shopify',
  definitionId: '9da77001-af33-4bcd-be46-6252bf9342b9',
  docsUrl: 'https://shopify.dev/docs/api/admin-rest',
  server: 'https://{shop}.myshopify.com/admin/api/2025-01',
  config: {
    shop: field('SHOPIFY_SHOP', {
      kind: 'subdomain',
      title: 'Shop name',
      description: 'The part before .myshopify.com, e.g. "acme" for acme.myshopify.com',
      secret: false,
    }),
  },
  auth: {
    api_key: headerKey({
      header: 'X-Shopify-Access-Token',
      field: 'api_key',
      env: 'SHOPIFY_ACCESS_TOKEN',
      title: 'Access token',
      description: 'An Admin API access token (shpat_…) of a custom app with read scopes',
      secret: true,
      scheme: { title: 'Admin API access token', description: 'Sends the access token in the X-Shopify-Access-Token header' },
    }),
  },
  body: 'json',
  entities: {
    ...customerEntities,
    ...orderEntities,
    ...catalogEntities,
    ...metafieldEntities,
  },
});
