import { bearer, defineConnector, field, oauth2 } from '../kit.js';
import { projectEntities } from './projects.js';
import { taskEntities } from './tasks.js';
import { workspaceEntities } from './workspace.js';

/** Asana REST API 1.0: tasks, projects, sections, tags, teams, users and workspaces; writes take a `data` object. */
export default defineConnector({
  name: 'asana',
  title: 'Asana',
  definitionId: 'd0243522-dccf-4978-8ba0-37ed47a0bdbf',
  docsUrl: 'https://developers.asana.com/reference/rest-api-reference',
  server: 'https://app.asana.com/api/1.0',
  auth: {
    personal_access_token: bearer({
      field: 'token',
      env: 'ASANA_ACCESS_TOKEN',
      title: 'Personal access token',
      description: 'A personal access token from the Asana developer console (app.asana.com/0/my-apps)',
      secret: true,
      scheme: { title: 'Personal access token', description: 'Sends the personal access token as a Bearer token' },
    }),
    oauth2: oauth2({
      title: 'OAuth 2.0',
      description: 'An Asana OAuth app authorization; access tokens are refreshed automatically',
      tokenUrl: 'https://app.asana.com/-/oauth_token',
      clientAuth: 'body',
      fields: {
        client_id: field('ASANA_CLIENT_ID', { title: 'Client ID', secret: false }),
        client_secret: field('ASANA_CLIENT_SECRET', { title: 'Client secret', secret: true }),
        refresh_token: field('ASANA_REFRESH_TOKEN', { title: 'Refresh token', secret: true }),
        access_token: field('ASANA_OAUTH_ACCESS_TOKEN', {
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
    ...taskEntities,
    ...projectEntities,
    ...workspaceEntities,
  },
});
