import { bearer, defineConnector, field, oauth2 } from '../kit.js';
import { crmEntities } from './crm.js';
import { objectEntities } from './objects.js';

/** HubSpot CRM v3: contacts, companies, deals, tickets, custom objects and their schemas (read and search). */
export default defineConnector({
  name: 'hubspot',
  title: 'HubSpot',
  definitionId: '36c891d9-4bd9-43ac-bad2-10e12756272c',
  docsUrl: 'https://developers.hubspot.com/docs/api/crm/understanding-the-crm',
  server: 'https://api.hubapi.com',
  auth: {
    private_app: bearer({
      field: 'private_app_token',
      env: 'HUBSPOT_ACCESS_TOKEN',
      title: 'Private app access token',
      secret: true,
      scheme: { title: 'Private app token', description: 'The access token of a HubSpot private app (Settings → Integrations → Private apps)' },
    }),
    oauth2: oauth2({
      title: 'OAuth 2.0',
      description: 'A HubSpot public app installation; access tokens are refreshed automatically',
      tokenUrl: 'https://api.hubapi.com/oauth/v1/token',
      clientAuth: 'body',
      fields: {
        client_id: field('HUBSPOT_CLIENT_ID', { title: 'Client ID', secret: false }),
        client_secret: field('HUBSPOT_CLIENT_SECRET', { title: 'Client secret', secret: true }),
        refresh_token: field('HUBSPOT_REFRESH_TOKEN', { title: 'Refresh token', secret: true }),
        access_token: field('HUBSPOT_OAUTH_ACCESS_TOKEN', {
          title: 'Access token',
          description: 'A current access token; fetched with the refresh token when absent or expired',
          secret: true,
          optional: true,
        }),
      },
    }),
  },
  body: 'json',
  entities: {
    ...crmEntities,
    ...objectEntities,
  },
});
