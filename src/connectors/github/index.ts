import { bearer, defineConnector } from '../kit.js';
import { codeEntities } from './code.js';
import { issueEntities } from './issues.js';
import { orgEntities } from './orgs.js';
import { pullEntities } from './pulls.js';
import { repositoryEntities } from './repositories.js';

/**
 * GitHub: every read is a GraphQL query posted to /graphql (paged through pageInfo), every write a REST call
 * under /repos/{owner}/{repo}.
 */
export default defineConnector({
  name: 'github',
  title: 'GitHub',
  definitionId: 'ef69ef6e-aa7f-4af1-a01d-ef775033524e',
  docsUrl: 'https://docs.github.com/en/graphql',
  server: 'https://api.github.com',
  auth: {
    token: bearer({
      field: 'token',
      env: 'GITHUB_TOKEN',
      title: 'Personal access token',
      secret: true,
      scheme: { title: 'Personal access token', description: 'A fine-grained or classic personal access token' },
    }),
    oauth: bearer({
      field: 'access_token',
      env: 'GITHUB_ACCESS_TOKEN',
      title: 'Access token',
      secret: true,
      scheme: { title: 'OAuth access token', description: 'An access token obtained through a GitHub OAuth or GitHub App flow' },
    }),
  },
  // Lower-case so that they replace, not join, the engine's default `accept`.
  headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
  body: 'json',
  entities: {
    ...repositoryEntities,
    ...codeEntities,
    ...issueEntities,
    ...pullEntities,
    ...orgEntities,
  },
});
