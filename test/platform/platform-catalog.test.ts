import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readOperations } from '../helpers/platform-emulator.js';
import { envCredentials, errorOf, platformCli, useEmulator } from '../helpers/platform.js';

const harness = useEmulator();
const CONNECTIONS = '/api/v1/integrations/templates/connections';
const DESTINATION = '22f6c74f-5699-40ff-833c-4a879ea40133';

async function started(opts: Parameters<typeof harness.start>[0] = {}) {
  const em = await harness.start(opts);
  const cli = platformCli(em, envCredentials);
  return { em, cli };
}

describe('aac templates update', () => {
  it('patches the template found by connector type with only the given fields', async () => {
    const { em, cli } = await started();
    expect((await cli.run(['templates', 'register', 'stripe'])).code).toBe(0);
    const id = em.templates[0]!.id;
    const r = await cli.run(['templates', 'update', 'stripe', '--name', 'Stripe (billing)', '--partial-default-config', '{"start_date":"2024-01-01"}', '--propagate']);
    expect(r.code).toBe(0);
    expect(em.apiRequests().at(-1)).toMatchObject({
      method: 'PATCH',
      path: `/api/v1/integrations/templates/sources/${id}`,
      json: { name: 'Stripe (billing)', partial_default_config: { start_date: '2024-01-01' }, propagate: true },
    });
    expect(JSON.parse(r.stdout)).toMatchObject({ id, name: 'Stripe (billing)', partial_default_config: { start_date: '2024-01-01' } });
  });

  it('nothing to update is exit 4; an unknown template exit 3', async () => {
    const { cli } = await started();
    const nothing = await cli.run(['templates', 'update', 'stripe']);
    expect(nothing.code).toBe(4);
    expect(errorOf(nothing).message).toBe('Nothing to update.');
    const missing = await cli.run(['templates', 'update', 'stripe', '--mode', 'MULTI']);
    expect(missing.code).toBe(3);
    expect(errorOf(missing).message).toBe('Stripe is not enabled: no template for it.');
  });
});

describe('aac connection-templates', () => {
  it('create, list, get, update and delete, each request as the OpenAPI describes it', async () => {
    const { em, cli } = await started();
    const hosted = await cli.run(['connection-templates', 'create', '--airbyte-hosted', '--cron', '0 0 * * * ?']);
    expect(hosted.code).toBe(0);
    expect(em.apiRequests().at(-1)!.json).toEqual({ data_hosting_type: 'airbyte_hosted', cron_expression: '0 0 * * * ?' });
    const own = await cli.run([
      'connection-templates', 'create',
      '--destination-name', 'Warehouse', '--destination-definition-id', DESTINATION,
      '--destination-config', '{"project_id":"p1"}', '--no-sync-on-create', '--non-breaking-changes', 'propagate_columns',
    ]);
    expect(own.code).toBe(0);
    expect(em.apiRequests().at(-1)!.json).toEqual({
      data_hosting_type: 'user_hosted',
      destination_name: 'Warehouse',
      destination_definition_id: DESTINATION,
      destination_config: { project_id: 'p1' },
      non_breaking_changes_preference: 'propagate_columns',
      sync_on_create: false,
    });
    const [a, b] = em.tenants.connectionTemplates.map((t) => t.id as string);

    const list = await cli.run(['connection-templates', '--json']);
    expect(JSON.parse(list.stdout)).toEqual([
      { id: a, destination: 'Airbyte-managed storage', hosting: 'airbyte_hosted', cron: '0 0 * * * ?', tags: '' },
      { id: b, destination: 'Warehouse', hosting: 'user_hosted', cron: null, tags: '' },
    ]);
    const table = await cli.run(['connection-templates'], { ttyColumns: 160 });
    expect(table.stdout.split('\n')[1]).toMatch(/^\W*destination\W+hosting\W+cron\W+tags\W+id\W*$/);
    expect(table.stdout.split('\n')[3]).toMatch(/^\W*Warehouse\W+user_hosted\W/);

    const got = await cli.run(['connection-templates', 'get', b!]);
    expect(JSON.parse(got.stdout)).toMatchObject({ id: b, destination_name: 'Warehouse', sync_on_create: false });

    const updated = await cli.run(['connection-templates', 'update', b!, '--cron', '0 30 * * * ?', '--sync-on-create']);
    expect(updated.code).toBe(0);
    expect(em.apiRequests().at(-1)).toMatchObject({ method: 'PATCH', path: `${CONNECTIONS}/${b}`, json: { cron_expression: '0 30 * * * ?', sync_on_create: true } });
    expect(JSON.parse(updated.stdout)).toMatchObject({ cron_expression: '0 30 * * * ?', sync_on_create: true });

    const deleted = await cli.run(['connection-templates', 'delete', a!, '--yes'], { ttyColumns: 80 });
    expect(deleted).toEqual({ code: 0, stdout: `Deleted the connection template ${a}.\n`, stderr: '' });
    expect(em.tenants.connectionTemplates.map((t) => t.id)).toEqual([b]);
  });

  it('list passes --tag and --tags-mode as query parameters', async () => {
    const { em, cli } = await started();
    const r = await cli.run(['connection-templates', '--tag', 'eu', '--tag', 'prod', '--tags-mode', 'any']);
    expect(r).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    expect(em.apiRequests().at(-1)!.query.toString()).toBe('tags=eu&tags=prod&tags_mode=any');
  });

  it('each error has its exit code: a user-hosted template without its destination 4, a name for an id 4, an unknown id 3', async () => {
    const { em, cli } = await started();
    const incomplete = await cli.run(['connection-templates', 'create', '--destination-name', 'Warehouse']);
    expect(incomplete.code).toBe(4);
    expect(errorOf(incomplete).message).toBe('Missing --destination-definition-id, --destination-config for a user-hosted connection template.');
    const notId = await cli.run(['connection-templates', 'get', 'warehouse']);
    expect(notId.code).toBe(4);
    expect(errorOf(notId).message).toBe('"warehouse" is not a connection template id.');
    const nothing = await cli.run(['connection-templates', 'update', randomUUID()]);
    expect(errorOf(nothing).message).toBe('Nothing to update.');
    expect(em.apiRequests()).toEqual([]);
    const ghost = randomUUID();
    const unknown = await cli.run(['connection-templates', 'get', ghost]);
    expect(unknown.code).toBe(3);
    expect(errorOf(unknown).message).toBe(`Connection template not found (404 on GET ${CONNECTIONS}/${ghost})`);
  });
});

describe('aac skills', () => {
  it('lists every skill, following next_cursor', async () => {
    const { em, cli } = await started({ pageSize: 2 });
    const r = await cli.run(['skills', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((s) => s.id)).toEqual(['platform-overview', 'connector-stripe', 'connector-github']);
    expect(em.apiRequests().map((q) => q.query.get('cursor'))).toEqual([null, '2']);
    const table = await cli.run(['skills'], { ttyColumns: 160 });
    expect(table.stdout.split('\n')[1]).toMatch(/^\W*id\W+kind\W+title\W+summary\W*$/);
    expect(table.stdout.split('\n')[4]).toMatch(/^\W*connector-github\W+connector_source\W+GitHub\W+Repositories and issues\W*$/);
  });

  it('search sends the query; docs renders the overview, and one section with --section', async () => {
    const { em, cli } = await started();
    const found = await cli.run(['skills', 'search', 'billing', '--json']);
    expect((JSON.parse(found.stdout) as { id: string }[]).map((s) => s.id)).toEqual(['connector-stripe']);
    expect(em.apiRequests().at(-1)!.query.get('query')).toBe('billing');
    const docs = await cli.run(['skills', 'docs', 'connector-stripe'], { ttyColumns: 80 });
    expect(docs.stdout).toBe(
      '# Stripe\n\nCustomers, invoices and charges\n\nCustomers, invoices and charges\n\n' +
        'Sections (read one with --section <id>):\n- customers: Customers\n- invoices: Invoices\n',
    );
    const section = await cli.run(['skills', 'docs', 'connector-stripe', '--section', 'invoices'], { ttyColumns: 80 });
    expect(section.stdout).toBe('# Stripe\n\nCustomers, invoices and charges\n\n## Invoices\n\nInvoices have lines.\n');
    expect(em.apiRequests().at(-1)!.query.toString()).toBe('id=connector-stripe&section=invoices');
  });

  it('an unknown skill is exit 3; a search without a query exit 4', async () => {
    const { cli } = await started();
    const unknown = await cli.run(['skills', 'docs', 'connector-nope']);
    expect(unknown.code).toBe(3);
    expect(errorOf(unknown).type).toBe('not_found');
    expect((await cli.run(['skills', 'search'])).code).toBe(4);
  });
});

describe('the platform emulator', () => {
  it('fails under CI when the OpenAPI description is missing, instead of checking nothing', () => {
    expect(() => readOperations('/nonexistent/airbyte-platform-openapi.json', { CI: 'true' })).toThrow(/OpenAPI description is missing/);
    expect(readOperations('/nonexistent/airbyte-platform-openapi.json', {})).toEqual([]);
  });
});
