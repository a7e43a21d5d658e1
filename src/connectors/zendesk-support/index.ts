import { basic, bearer, defineConnector, field } from '../kit.js';
import { helpCenterEntities } from './help-center.js';
import { peopleEntities } from './people.js';
import { ruleEntities } from './rules.js';
import { ticketEntities } from './tickets.js';

/** Zendesk Support REST API v2 on https://<subdomain>.zendesk.com, plus the Help Center articles. */
export default defineConnector({
  name: 'zendesk-support',
  title: 'Zendesk Support',
  definitionId: '79c1aa37-dae3-42ae-b333-d1c105477715',
  docsUrl: 'https://developer.zendesk.com/api-reference/ticketing/introduction/',
  server: 'https://{subdomain}.zendesk.com/api/v2',
  config: {
    subdomain: field('ZENDESK_SUBDOMAIN', {
      kind: 'subdomain',
      title: 'Subdomain',
      description: 'The part before .zendesk.com, e.g. "acme" for acme.zendesk.com',
      secret: false,
    }),
  },
  auth: {
    api_token: basic({
      title: 'API token',
      description: 'An agent email and an API token, sent as basic auth with the username "<email>/token"',
      fields: {
        email: field('ZENDESK_EMAIL', { title: 'Email address', description: 'Email of the agent the token acts as', secret: false }),
        api_token: field('ZENDESK_API_TOKEN', {
          title: 'API token',
          description: 'Admin Center → Apps and integrations → APIs → Zendesk API',
          secret: true,
        }),
      },
      username: '{email}/token',
      password: 'api_token',
    }),
    oauth2: bearer({
      field: 'access_token',
      env: 'ZENDESK_ACCESS_TOKEN',
      title: 'Access token',
      secret: true,
      scheme: { title: 'OAuth access token', description: 'An access token from a Zendesk OAuth client, sent as a bearer token' },
    }),
  },
  body: 'json',
  entities: {
    ...ticketEntities,
    ...peopleEntities,
    ...ruleEntities,
    ...helpCenterEntities,
  },
});
