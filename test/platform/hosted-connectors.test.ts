import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoSecrets, platformWithStripe } from '../helpers/hosted.js';
import type { EmulatorOptions, PlatformEmulator } from '../helpers/platform-emulator.js';
import { envCredentials, errorOf, platformCli, type PlatformCli } from '../helpers/platform.js';
import { KEY, pretty } from '../helpers/stripe.js';
import { tempConfigDir } from '../helpers/cli.js';

const platform = platformWithStripe();

const STRIPE_DEFINITION = 'e094cb9a-26de-4645-8761-65c0c425d1de';
const CONNECTORS = '/api/v1/integrations/connectors';

/** An emulator with Stripe enabled, and a CLI with platform credentials in its environment. */
async function enabled(opts: EmulatorOptions = {}): Promise<{ em: PlatformEmulator; cli: PlatformCli }> {
  const { em } = await platform(opts);
  const cli = platformCli(em, envCredentials);
  expect((await cli.run(['templates', 'register', 'stripe'])).code).toBe(0);
  em.requests.length = 0;
  return { em, cli };
}

/** The API calls the emulator received; the workspace listing (paged by the client) is shown without its query. */
const calls = (em: PlatformEmulator) =>
  em.apiRequests().map((r) => `${r.method} ${r.path}${r.query.size && r.path !== '/api/v1/workspaces' ? `?${r.query}` : ''}`);

describe('aac connectors create --hosted', () => {
  it('creates it in the workspace with the credentials from the environment, and remembers it by name', async () => {
    const { em, cli } = await enabled();
    const r = await cli.run(['connectors', 'create', 'stripe', '--hosted'], { env: { STRIPE_API_KEY: KEY }, ttyColumns: 100 });
    const connector = em.connectors[0]!;
    expect(r).toEqual({ code: 0, stdout: `Created hosted stripe connector "stripe" in workspace "default" (id ${connector.id})\n`, stderr: '' });
    expect(calls(em)).toEqual(['GET /api/v1/workspaces', `POST ${CONNECTORS}`]);
    expect(em.apiRequests()[1]!.json).toEqual({ workspace_name: 'default', definition_id: STRIPE_DEFINITION, name: 'stripe', credentials: { api_key: KEY } });
    expect(connector.credentials).toEqual({ api_key: KEY });
    const saved = cli.config().profiles.default!.connectors!.stripe;
    expect(saved).toEqual({ mode: 'hosted', type: 'stripe', id: connector.id, workspace: 'default', createdAt: expect.any(String) });
    expectNoSecrets(em, r.stdout, r.stderr, JSON.stringify(cli.config()));
  });

  it('reads --auth-file, uses --name and --workspace, and prints JSON with --json', async () => {
    const { em, cli } = await enabled({ workspaces: ['acme', 'globex'] });
    const file = join(tempConfigDir(), 'auth.json');
    writeFileSync(file, JSON.stringify({ api_key: KEY, auth_type: 'api_key' }));
    const r = await cli.run(['connectors', 'create', 'stripe', '--hosted', '--name', 'billing', '--workspace', 'globex', '--auth-file', file, '--json']);
    expect(r.code).toBe(0);
    const id = em.connectors[0]!.id;
    expect(JSON.parse(r.stdout)).toEqual({ name: 'billing', type: 'stripe', mode: 'hosted', id, workspace: 'globex', status: 'created' });
    const create = em.apiRequests().find((q) => q.method === 'POST')!;
    expect(create.json).toEqual({ workspace_name: 'globex', definition_id: STRIPE_DEFINITION, name: 'billing', credentials: { api_key: KEY } });
  });

  it('with --oauth-secret-id sends the secret id instead of credentials', async () => {
    const { em, cli } = await enabled();
    const r = await cli.run(['connectors', 'create', 'stripe', '--oauth-secret-id', 'airbyte_oauth_secret_123', '--json']);
    expect(r.code).toBe(0);
    expect(em.apiRequests().find((q) => q.method === 'POST')!.json).toEqual({
      workspace_name: 'default',
      definition_id: STRIPE_DEFINITION,
      name: 'stripe',
      server_side_oauth_secret_id: 'airbyte_oauth_secret_123',
    });
  });

  it('"connector already exists" finds and reuses the existing one (exit 0, says so)', async () => {
    const { em, cli } = await enabled();
    const first = await platformCli(em, envCredentials).run(['connectors', 'create', 'stripe', '--hosted', '--name', 'made-elsewhere'], { env: { STRIPE_API_KEY: KEY } });
    expect(first.code).toBe(0);
    const id = em.connectors[0]!.id;
    em.requests.length = 0;
    const r = await cli.run(['connectors', 'create', 'stripe', '--hosted'], { env: { STRIPE_API_KEY: KEY }, ttyColumns: 100 });
    expect(r).toEqual({
      code: 0,
      stdout: `Hosted stripe connector "stripe" already exists in workspace "default" (id ${id}); reusing it (its credentials were not changed).\n`,
      stderr: '',
    });
    expect(calls(em)).toEqual([
      'GET /api/v1/workspaces',
      `POST ${CONNECTORS}`,
      `GET ${CONNECTORS}?workspace_name=default&definition_id=${STRIPE_DEFINITION}`,
    ]);
    expect(em.connectors).toHaveLength(1);
    expect(cli.config().profiles.default!.connectors!.stripe).toMatchObject({ mode: 'hosted', id });
  });

  it('a connector the store remembers is checked on the platform and reused without a POST', async () => {
    const { em, cli } = await enabled();
    expect((await cli.run(['connectors', 'create', 'stripe', '--hosted'], { env: { STRIPE_API_KEY: KEY } })).code).toBe(0);
    const id = em.connectors[0]!.id;
    em.requests.length = 0;
    const again = await cli.run(['connectors', 'create', 'stripe', '--hosted', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ id, status: 'existing' });
    expect(calls(em)).toEqual(['GET /api/v1/workspaces', `GET ${CONNECTORS}/${id}`]);
  });

  it('without a template the platform error is exit 4 with its field error and a hint to register one', async () => {
    const { em } = await platform();
    const r = await platformCli(em, envCredentials).run(['connectors', 'create', 'stripe', '--hosted'], { env: { STRIPE_API_KEY: KEY } });
    expect(r.code).toBe(4);
    expect(errorOf(r)).toEqual({
      type: 'validation',
      message: `No enabled connector (source template) for this connector type (422 on POST ${CONNECTORS})\n  - definition_id: Register a source template for it first`,
      status_code: 422,
      retryable: false,
      hint: 'Enable the connector for your organization first: `aac templates register stripe`.',
      details: { errors: [{ field: 'definition_id', message: 'Register a source template for it first' }] },
    });
  });

  it('fails fast without credentials, naming STRIPE_API_KEY, before any POST', async () => {
    const { em, cli } = await enabled();
    const r = await cli.run(['connectors', 'create', 'stripe', '--hosted']);
    expect(r.code).toBe(2);
    expect(errorOf(r)).toMatchObject({
      type: 'authentication',
      message: 'Missing api_key (STRIPE_API_KEY) for Stripe.',
      hint: 'Set STRIPE_API_KEY, or pass --auth-file (or --auth-stdin) with a JSON object of those fields.',
      details: { missing: ['api_key'], variables: ['STRIPE_API_KEY'] },
    });
    expect(em.requests.filter((q) => q.method === 'POST' && q.path === CONNECTORS)).toEqual([]);
  });
});

describe('aac connectors list|get|check|inspect|delete with hosted connectors', () => {
  async function withBoth(): Promise<{ em: PlatformEmulator; cli: PlatformCli; id: string }> {
    const { em, cli } = await enabled();
    expect((await cli.run(['connectors', 'create', 'stripe', '--hosted', '--name', 'pay'], { env: { STRIPE_API_KEY: KEY } })).code).toBe(0);
    expect((await cli.run(['connectors', 'create', 'stripe', '--local', '--name', 'pay-local'], { env: { STRIPE_API_KEY: KEY } })).code).toBe(0);
    em.requests.length = 0;
    return { em, cli, id: em.connectors[0]!.id };
  }

  it('list shows the local and hosted ones; hosted ones the store does not remember come from the platform', async () => {
    const { em, cli, id } = await withBoth();
    const other = platformCli(em, envCredentials);
    const json = await cli.run(['connectors', 'list', '--json']);
    expect(JSON.parse(json.stdout)).toEqual([
      { name: 'pay', type: 'stripe', mode: 'hosted', id, workspace: 'default', saved: true },
      { name: 'pay-local', type: 'stripe', mode: 'local', auth: 'api_key', saved: true },
    ]);
    expect(JSON.parse((await other.run(['connectors', 'list', '--json'])).stdout)).toEqual([{ name: 'pay', type: 'stripe', mode: 'hosted', id, saved: false }]);
    expect(JSON.parse((await cli.run(['connectors', 'list', '--local', '--json'])).stdout)).toHaveLength(2);
    const local = platformCli(em);
    expect((await local.run(['connectors', 'list', '--json'])).stdout).toBe('[]\n');
  });

  it('get prints the platform connector for a hosted one and the saved entry (no secret) for a local one', async () => {
    const { em, cli, id } = await withBoth();
    const hosted = await cli.run(['connectors', 'get', 'pay']);
    expect(hosted.code).toBe(0);
    expect(JSON.parse(hosted.stdout)).toMatchObject({ id, name: 'pay', source_template: { name: 'Stripe', source_definition_id: STRIPE_DEFINITION } });
    expect(calls(em)).toEqual([`GET ${CONNECTORS}/${id}`]);
    const local = await cli.run(['connectors', 'get', 'pay-local']);
    expect(local).toEqual({ code: 0, stdout: pretty({ name: 'pay-local', type: 'stripe', mode: 'local', auth: 'api_key', fields: ['api_key'], config: {}, sources: { api_key: 'store' } }), stderr: '' });
    const byPlatformName = await platformCli(em, envCredentials).run(['connectors', 'get', 'pay']);
    expect(JSON.parse(byPlatformName.stdout)).toMatchObject({ id });
  });

  it('inspect reports on the hosted connector; on a local one it is exit 4', async () => {
    const { em, cli, id } = await withBoth();
    const r = await cli.run(['connectors', 'inspect', 'pay']);
    expect(JSON.parse(r.stdout)).toMatchObject({ connector_id: id, name: 'pay', source_definition_id: STRIPE_DEFINITION });
    expect(calls(em)).toEqual([`GET ${CONNECTORS}/${id}/inspect`]);
    expect((await cli.run(['connectors', 'inspect', 'pay-local'])).code).toBe(4);
  });

  it('check runs the platform check (exit 0), and a failed check is exit 1 with its message', async () => {
    const { em, cli, id } = await withBoth();
    const ok = await cli.run(['connectors', 'check', 'pay']);
    expect(ok).toEqual({ code: 0, stdout: pretty({ name: 'pay', mode: 'hosted', id, status: 'succeeded' }), stderr: '' });
    expect(em.apiRequests()[0]).toMatchObject({ method: 'POST', path: `${CONNECTORS}/${id}/check`, json: {} });
    em.failNext('POST', `${CONNECTORS}/${id}/check`, { status: 200, body: { id, status: 'failed', error_message: 'Invalid API key' } });
    const failed = await cli.run(['connectors', 'check', 'pay']);
    expect(failed.code).toBe(1);
    expect(errorOf(failed)).toMatchObject({ type: 'api', message: 'The platform check of "pay" failed: Invalid API key' });
  });

  it('delete needs --yes without a TTY; with it the platform connector and the saved name both go', async () => {
    const { em, cli, id } = await withBoth();
    const refused = await cli.run(['connectors', 'delete', 'pay']);
    expect(refused.code).toBe(4);
    expect(errorOf(refused).message).toBe(`Refusing to delete the hosted connector "pay" (${id}) on the platform without confirmation.`);
    expect(em.connectors).toHaveLength(1);
    const r = await cli.run(['connectors', 'delete', 'pay', '--yes', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ deleted: 'pay', mode: 'hosted', id, job_id: expect.any(String) });
    expect(em.connectors).toEqual([]);
    expect(Object.keys(cli.config().profiles.default!.connectors!)).toEqual(['pay-local']);
    expect(calls(em)).toEqual([`DELETE ${CONNECTORS}/${id}`]);
  });

  it('an unknown name is exit 3, with or without platform credentials', async () => {
    const { em, cli } = await withBoth();
    expect((await cli.run(['connectors', 'get', 'nope'])).code).toBe(3);
    const offline = await platformCli(em).run(['connectors', 'delete', 'nope', '--yes']);
    expect(offline.code).toBe(3);
    expect(errorOf(offline).message).toBe('No saved connector named "nope".');
  });
});
