import { bearer, defineConnector } from '../kit.js';
import { peopleEntities } from './people.js';
import { workspaceEntities } from './workspace.js';

/** Intercom REST API: JSON bodies, an Intercom-Version header on every call, lists paged by `starting_after`. */
export default defineConnector({
  name: 'intercom',
  title: 'Intercom',
  definitionId: 'd8313939-3782-41b0-be29-b3ca20d8dd3a',
  docsUrl: 'https://developers.intercom.com/docs/references/rest-api/api.intercom.io',
  server: 'https://api.intercom.io',
  auth: {
    access_token: bearer({
      field: 'access_token',
      env: 'INTERCOM_ACCESS_TOKEN',
      title: 'Access token',
      description: 'The access token of an Intercom app (Developer Hub → your app → Authentication)',
      secret: true,
      scheme: { title: 'Access token', description: 'Sends the access token as a Bearer token' },
    }),
  },
  body: 'json',
  entities: {
    ...peopleEntities,
    ...workspaceEntities,
  },
});
