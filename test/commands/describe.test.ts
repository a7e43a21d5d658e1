import { describe, expect, it } from 'vitest';
import { connectorNames, loadAllConnectors, loadConnector } from '../../src/connectors/index.js';
import stripeDef from '../../src/connectors/stripe/index.js';
import { actionCount, currentEntities } from '../../src/lib/engine/deprecation.js';
import type { ActionDef, ConnectorDef } from '../../src/lib/engine/types.js';
import { aac, errorLine, pretty } from '../helpers/stripe.js';


/** Left-aligned columns two spaces apart, the last one unpadded (the layout of `aac describe`). */
function columns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd());
}

/** stdout and stderr are a terminal 120 columns wide: the human renderings. */
const TTY = { ttyColumns: 120 };

const kindOf = (route: string, kind?: string) => kind ?? (route.startsWith('GET ') ? 'read' : 'write');

describe('aac describe (text)', () => {
  it('a connector: server, auth fields with their env variables, entities and actions', async () => {
    const r = await aac(['describe', 'stripe'], TTY);
    const entities = columns(Object.entries(stripeDef.entities).map(([name, e]) => [`  ${name}`, Object.keys(e.actions).join(', ')]));
    expect(r).toEqual({
      code: 0,
      stdout: [
        'Stripe (stripe)',
        'Server: https://api.stripe.com',
        'Docs: https://docs.stripe.com/api',
        '',
        'Authentication (any one scheme):',
        '  api_key: API key (bearer)',
        '    api_key  STRIPE_API_KEY  required  secret',
        '',
        'Entities and actions:',
        ...entities,
        '',
        'Run `aac describe stripe <entity> <action>` for the parameters of one action.',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(entities[0]).toMatch(/^ {2}customers +list, create, get, update, delete, api_search$/);
  });

  it('an entity: each action with its kind, route and description', async () => {
    const r = await aac(['describe', 'stripe', 'customers'], TTY);
    const actions: Record<string, ActionDef> = stripeDef.entities.customers!.actions;
    const rows = columns(Object.entries(actions).map(([name, a]) => [`  ${name}`, kindOf(a.route, a.kind), a.route, a.description ?? '']));
    expect(r).toEqual({
      code: 0,
      stdout: ['stripe customers', '', ...rows, '', 'Run `aac describe stripe customers <action>` for its parameters.', ''].join('\n'),
      stderr: '',
    });
    expect(rows).toContain(
      `${'  delete'.padEnd(12)}  destructive  ${'DELETE /v1/customers/{id}'.padEnd(25)}  ${actions.delete!.description}`,
    );
  });

  it('an action: route, kind and each parameter', async () => {
    const r = await aac(['describe', 'stripe', 'customers', 'get'], TTY);
    expect(r).toEqual({
      code: 0,
      stdout: [
        'stripe customers get: GET /v1/customers/{id} (read)',
        'Fetch one customer',
        '',
        'Example: aac exec stripe customers get -p id=ID',
        '',
        'Parameters:',
        '  id  string  required, path  ID of the customer',
        '',
        'Returns one record; main fields: id, email, name, created.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('a paginated action names its pagination and its optional params', async () => {
    const r = await aac(['describe', 'stripe', 'customers', 'list'], TTY);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('stripe customers list: GET /v1/customers (read)');
    expect(lines).toContain('Pagination: lastId (use --all to follow it)');
    expect(lines.find((l) => l.startsWith('  limit '))).toMatch(/^ {2}limit +integer +optional, query +Page size, 1 to 100/);
    expect(lines.find((l) => l.startsWith('  created '))).toMatch(/^ {2}created +object +optional, query +/);
  });

  it('an action shows an example with its required params, the defaults of params and the fields it returns', async () => {
    const r = await aac(['describe', 'shopify', 'orders', 'list'], TTY);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('Example: aac exec shopify orders list');
    expect(lines.find((l) => l.startsWith('  status '))).toMatch(/optional, query, default "any" +Order status/);
    expect(lines.at(-2)).toMatch(/^Returns a list of records; main fields: id, /);
    const github = await aac(['describe', 'github', 'issues', 'create', '--json']);
    expect(JSON.parse(github.stdout)).toMatchObject({ example: 'aac exec github issues create -p owner=OWNER -p repo=REPO -p title=TITLE', returns: 'record' });
  });
});

describe('aac describe --json', () => {
  it('gives, for every auth field of every connector, the environment variable that supplies it', async () => {
    for (const name of ['stripe', 'github', 'slack']) {
      const def: ConnectorDef = await loadConnector(name);
      const r = await aac(['describe', name, '--json']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      const out = JSON.parse(r.stdout) as {
        name: string;
        auth: Record<string, { type: string; fields: Record<string, { env: string; required: boolean; secret: boolean }> }>;
        config: Record<string, { env: string }>;
        entities: Record<string, { actions: Record<string, unknown> }>;
      };
      expect(out.name).toBe(name);
      expect(Object.keys(out.auth)).toEqual(Object.keys(def.auth));
      for (const [scheme, s] of Object.entries(def.auth)) {
        expect(Object.keys(out.auth[scheme]!.fields)).toEqual(Object.keys(s.fields));
        for (const [field, f] of Object.entries(s.fields)) {
          expect(out.auth[scheme]!.fields[field]!.env, `${name} ${scheme}.${field}`).toBe(f.env);
          expect(f.env).toMatch(/^[A-Z][A-Z0-9_]*$/);
        }
      }
      for (const [field, f] of Object.entries(def.config ?? {})) expect(out.config[field]!.env).toBe(f.env);
      expect(Object.keys(out.entities)).toEqual(Object.keys(def.entities));
      for (const [entity, e] of Object.entries(def.entities)) expect(Object.keys(out.entities[entity]!.actions)).toEqual(Object.keys(e.actions));
    }
  });

  it('stripe: the api_key field is required, secret and read from STRIPE_API_KEY', async () => {
    const r = await aac(['describe', 'stripe', '--json']);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      name: 'stripe',
      title: 'Stripe',
      definition_id: stripeDef.definitionId,
      server: 'https://api.stripe.com',
      config: {},
      auth: { api_key: { title: 'API key', type: 'bearer', fields: { api_key: { env: 'STRIPE_API_KEY', required: true, secret: true } } } },
    });
  });

  it('an action: method, path, kind, params and the JSON Schema of its input', async () => {
    const r = await aac(['describe', 'stripe', 'customers', 'get', '--json']);
    expect(r).toEqual({
      code: 0,
      stdout: pretty({
        connector: 'stripe',
        entity: 'customers',
        action: 'get',
        method: 'GET',
        path: '/v1/customers/{id}',
        kind: 'read',
        description: 'Fetch one customer',
        example: 'aac exec stripe customers get -p id=ID',
        returns: 'record',
        fields: ['id', 'email', 'name', 'created'],
        params: [{ name: 'id', type: 'string', required: true, in: 'path', description: 'ID of the customer' }],
        input_schema: {
          $schema: 'https://json-schema.org/draft/2020-12/schema',
          type: 'object',
          properties: { id: { type: 'string', description: 'ID of the customer' } },
          required: ['id'],
        },
      }),
      stderr: '',
    });
  });

  it('an entity: its actions', async () => {
    const r = await aac(['describe', 'stripe', 'customers', '--json']);
    const out = JSON.parse(r.stdout) as { connector: string; entity: string; actions: Record<string, { kind: string; method: string }> };
    expect(out.connector).toBe('stripe');
    expect(out.entity).toBe('customers');
    expect(Object.keys(out.actions)).toEqual(Object.keys(stripeDef.entities.customers!.actions));
    expect(out.actions.delete).toMatchObject({ kind: 'destructive', method: 'DELETE', path: '/v1/customers/{id}' });
  });
});

describe('aac describe: unknown names (exit 4)', () => {
  it('connector', async () => {
    const r = await aac(['describe', 'slak']);
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'usage',
        message: 'Unknown connector "slak".',
        status_code: null,
        retryable: false,
        hint: `Did you mean "slack"? Valid: ${connectorNames.join(', ')}. See \`aac connectors catalog\`.`,
      }),
    });
  });

  it('entity', async () => {
    const r = await aac(['describe', 'stripe', 'invoice']);
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'usage',
        message: 'Unknown entity "invoice" for stripe.',
        status_code: null,
        retryable: false,
        hint: `Did you mean "invoices"? Valid: ${Object.keys(stripeDef.entities).join(', ')}. See \`aac describe stripe\`.`,
      }),
    });
  });

  it('action', async () => {
    const r = await aac(['describe', 'stripe', 'customers', 'serach', '--json']);
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'usage',
        message: 'Unknown action "serach" for stripe customers.',
        status_code: null,
        retryable: false,
        hint: `Valid: ${Object.keys(stripeDef.entities.customers!.actions).join(', ')}. See \`aac describe stripe customers\`.`,
      }),
    });
  });

  it('no connector at all', async () => {
    const r = await aac(['describe']);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { type: 'usage', message: expect.stringContaining('Missing 1 required arg:') } });
  });
});

describe('aac connectors catalog', () => {
  it('lists every connector type (stripe, github and slack among them) with its entities', async () => {
    const all = await loadAllConnectors();
    const rows = all.map((c) => ({
      name: c.name,
      title: c.title,
      definition_id: c.definitionId,
      entities: currentEntities(c).map(([name]) => name),
      actions: actionCount(c),
    }));
    expect(rows.map((c) => c.name)).toEqual(expect.arrayContaining(['stripe', 'github', 'slack']));
    expect(rows.find((c) => c.name === 'facebook-marketing')?.entities).not.toContain('ad_account'); // a deprecated name

    const text = await aac(['connectors', 'catalog'], TTY);
    const width = Math.max(...rows.map((c) => c.name.length));
    expect(text).toEqual({
      code: 0,
      stdout: rows.map((c) => `${c.name.padEnd(width)}  ${String(c.actions).padStart(3)} actions  ${c.entities.join(', ')}\n`).join(''),
      stderr: '',
    });
    expect(text.stdout).toMatch(/^stripe +47 actions {2}customers, invoices, /m);
    expect(text.stdout).toMatch(/^github +49 actions {2}repositories, /m);
    expect(text.stdout).toMatch(/^slack +22 actions {2}users, channels, /m);

    const json = await aac(['connectors', 'catalog', '--json']);
    expect(json).toEqual({ code: 0, stdout: pretty(rows), stderr: '' });
  });
});
