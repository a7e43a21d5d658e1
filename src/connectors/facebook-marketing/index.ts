import { defineConnector, field } from '../kit.js';
import { accountEntities } from './account.js';
import { adEntities } from './ads.js';

/** Facebook Marketing API (Graph API v24.0): ad accounts, campaigns, ad sets, ads, creatives, insights, pixels. */
export default defineConnector({
  name: 'facebook-marketing',
  title: 'Facebook Marketing',
  definitionId: 'e7778cfc-e97c-4458-9ecb-b4f2bba8946c',
  docsUrl: 'https://developers.facebook.com/docs/marketing-api/',
  server: 'https://graph.facebook.com/v24.0',
  auth: {
    oauth2: {
      title: 'OAuth access token',
      description: 'A user access token with the ads_read (and ads_management for writes) permission, sent as a bearer token',
      fields: {
        access_token: field('FACEBOOK_ACCESS_TOKEN', { title: 'Access token', secret: true }),
        client_id: field('FACEBOOK_CLIENT_ID', {
          title: 'App ID',
          description: 'The Facebook app the token was issued to; kept for hosted connectors, not needed locally',
          secret: false,
          optional: true,
        }),
        client_secret: field('FACEBOOK_CLIENT_SECRET', {
          title: 'App secret',
          description: 'The secret of that app; kept for hosted connectors, not needed locally',
          secret: true,
          optional: true,
        }),
      },
      apply: { type: 'bearer', field: 'access_token' },
    },
    service_account: {
      title: 'System user token',
      description: 'A long-lived access token of a Business Manager system user, sent as a bearer token',
      fields: {
        account_key: field('FACEBOOK_SYSTEM_USER_TOKEN', { title: 'System user access token', secret: true }),
      },
      apply: { type: 'bearer', field: 'account_key' },
    },
  },
  body: 'form',
  errors: [
    {
      // OAuthException 190: the token expired, was revoked, or the user changed their password; sent as HTTP 400
      field: 'error.code',
      equals: 190,
      type: 'authentication',
      hint: 'The Facebook access token expired or was revoked (OAuthException 190). Create a new one and set FACEBOOK_ACCESS_TOKEN (or FACEBOOK_SYSTEM_USER_TOKEN), or save it with `aac connectors create facebook-marketing --local`.',
    },
  ],
  entities: {
    ...accountEntities,
    ...adEntities,
  },
});
