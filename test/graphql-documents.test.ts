import { schema } from '@octokit/graphql-schema';
import { buildClientSchema, parse, validate, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConnector } from '../src/connectors/index.js';
import { linearSchema } from './helpers/linear-schema.js';

/** The published schemas the servers answer with: GitHub's from @octokit/graphql-schema, Linear's from its SDK. */
const schemas: Record<string, () => GraphQLSchema> = {
  github: () => buildClientSchema((schema.json as { data?: IntrospectionQuery } & IntrospectionQuery).data ?? (schema.json as IntrospectionQuery)),
  linear: linearSchema,
};

const connectors = await Promise.all(Object.keys(schemas).map((name) => loadConnector(name)));

describe.each(connectors.map((c) => [c.name, c] as const))('%s GraphQL documents', (name, connector) => {
  const published = schemas[name]!();
  const documents = Object.entries(connector.entities).flatMap(([entity, e]) =>
    Object.entries(e.actions).flatMap(([action, def]) => (def.graphql ? [[`${entity} ${action}`, def.graphql] as const] : [])),
  );

  it('has GraphQL actions to check', () => {
    expect(documents.length).toBeGreaterThan(10);
  });

  it.each(documents)('%s validates against the published schema, with its default fields', (_, gql) => {
    const query = gql.query.replaceAll('{{fields}}', gql.defaultFields ?? '');
    const errors = validate(published, parse(query)).map((e) => e.message);
    expect(errors).toEqual([]);
  });
});
