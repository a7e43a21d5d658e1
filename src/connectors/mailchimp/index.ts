import { basic, defineConnector, field } from '../kit.js';
import { campaignEntities } from './campaigns.js';
import { listEntities } from './lists.js';

/**
 * Mailchimp Marketing API 3.0, read-only: campaigns, reports, automations, audiences and their members,
 * tags, interests and segments. The host depends on the account's data center (the end of the API key).
 */
export default defineConnector({
  name: 'mailchimp',
  title: 'Mailchimp',
  definitionId: 'b03a9f3e-22a5-11eb-adc1-0242ac120002',
  docsUrl: 'https://mailchimp.com/developer/marketing/api/',
  server: 'https://{data_center}.api.mailchimp.com/3.0',
  config: {
    data_center: field('MAILCHIMP_DATA_CENTER', {
      kind: 'subdomain',
      title: 'Data center',
      description: 'The part of the API key after the dash, e.g. "us6" for a key ending in -us6; derived from the key when not set',
      secret: false,
      optional: true,
      derive: { from: 'api_key', after: '-' },
    }),
  },
  auth: {
    api_key: basic({
      title: 'API key',
      description: 'HTTP basic auth with the API key as the password',
      fields: {
        api_key: field('MAILCHIMP_API_KEY', {
          title: 'API key',
          description: 'Profile → Extras → API keys; it ends with the data center, e.g. "-us6"',
          secret: true,
        }),
      },
      // Mailchimp ignores the basic-auth username; the key itself is used as one (the format has no literal username).
      username: 'api_key',
      password: 'api_key',
    }),
  },
  entities: {
    ...campaignEntities,
    ...listEntities,
  },
});
