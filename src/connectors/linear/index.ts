import { headerKey, defineConnector } from '../kit.js';
import { issueEntities } from './issues.js';
import { workspaceEntities } from './workspace.js';

/** Linear: every read and write is a GraphQL document posted to /graphql; lists page through pageInfo. */
export default defineConnector({
  name: 'linear',
  title: 'Linear',
  definitionId: '1c5d8316-ed42-4473-8fbc-2626f03f070c',
  docsUrl: 'https://linear.app/developers/graphql',
  server: 'https://api.linear.app',
  auth: {
    api_key: headerKey({
      header: 'Authorization',
      field: 'api_key',
      env: 'LINEAR_API_KEY',
      title: 'API key',
      description: 'A personal API key (Settings → Security & access → Personal API keys)',
      secret: true,
      scheme: { title: 'API key', description: 'Sends the key as the Authorization header, without a Bearer prefix' },
    }),
  },
  body: 'json',
  entities: {
    ...issueEntities,
    ...workspaceEntities,
  },
});
