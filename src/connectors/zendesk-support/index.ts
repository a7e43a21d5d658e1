import { basic, bearer, defineConnector, field } from '../../lib/engine/define.js';
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
      title: 'Subdomain',
      description: 'The part before .zendesk.com, e.g. "acme" for acme.zendesk.com',
      secret: false,
    }),
  },
  auth: {
    api_token: basic(
      'API token',
      {
        email: field('ZENDESK_EMAIL', { title: 'Email address', description: 'Email of the agent the token acts as', secret: false }),
        api_token: field('ZENDESK_API_TOKEN', {
          title: 'API token',
          description: 'Admin Center → Apps and integrations → APIs → Zendesk API',
          secret: true,
        }),
      },
      '{email}/token',
      'api_token',
      'An agent email and an API token, sent as basic auth with the username "<email>/token"',
    ),
    oauth2: bearer(
      'OAuth access token',
      'access_token',
      field('ZENDESK_ACCESS_TOKEN', { title: 'Access token', secret: true }),
      'An access token from a Zendesk OAuth client, sent as a bearer token',
    ),
  },
  body: 'json',
  entities: {
    ...ticketEntities,
    ...peopleEntities,
    ...ruleEntities,
    ...helpCenterEntities,
  },
});
