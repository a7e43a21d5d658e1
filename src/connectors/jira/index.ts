import { basic, defineConnector, field } from '../kit.js';
import { directoryEntities } from './directory.js';
import { issueEntities } from './issues.js';

/** Jira Cloud REST API v3 on https://<subdomain>.atlassian.net. */
export default defineConnector({
  name: 'jira',
  title: 'Jira',
  definitionId: '68e63de2-bb83-4c7e-93fa-a8a9051e3993',
  docsUrl: 'https://developer.atlassian.com/cloud/jira/platform/rest/v3/',
  server: 'https://{subdomain}.atlassian.net',
  config: {
    subdomain: field('JIRA_SUBDOMAIN', {
      kind: 'subdomain',
      title: 'Site subdomain',
      description: 'The part before .atlassian.net, e.g. "acme" for acme.atlassian.net',
      secret: false,
    }),
  },
  auth: {
    api_token: basic({
      title: 'API token',
      description: 'Your Atlassian account email and an API token, sent as HTTP basic auth',
      fields: {
        username: field('JIRA_EMAIL', { title: 'Email address', description: 'Email of your Atlassian account', secret: false }),
        password: field('JIRA_API_TOKEN', {
          title: 'API token',
          description: 'Created at https://id.atlassian.com/manage-profile/security/api-tokens',
          secret: true,
        }),
      },
      username: 'username',
      password: 'password',
    }),
  },
  body: 'json',
  entities: {
    ...issueEntities,
    ...directoryEntities,
  },
});
