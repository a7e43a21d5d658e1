import { describe, expect, it } from 'vitest';
import { platformWithStripe } from '../helpers/hosted.js';
import { CLIENT_SECRET, WithMetadata, type EmulatorOptions, type PlatformEmulator } from '../helpers/platform-emulator.js';
import { envCredentials, errorOf, platformCli, type PlatformCli } from '../helpers/platform.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { customer, CUSTOMERS, KEY, ndjson, pretty, stripe } from '../helpers/stripe.js';

const start = platformWithStripe();

const EXECUTE = /^\/api\/v1\/integrations\/connectors\/[^/]+\/execute$/;
const LOGIN_HINT = 'Run `aac login`, or set AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET.';

/** A fake Stripe, the emulator running its connectors against it, and a hosted Stripe connector created through the CLI. */
async function hostedStripe(opts?: EmulatorOptions): Promise<{ em: PlatformEmulator; vendor: TestServer; cli: PlatformCli; stripeUrl: string; id: string }> {
  const { em, vendor } = await start(opts);
  const cli = platformCli(em, envCredentials);
  expect((await cli.run(['templates', 'register', 'stripe'])).code).toBe(0);
  const created = await cli.run(['connectors', 'create', 'stripe', '--hosted', '--json'], { env: { STRIPE_API_KEY: KEY } });
  expect(created.code).toBe(0);
  vendor.requests.length = 0;
  em.requests.length = 0;
  return { em, vendor, cli, stripeUrl: vendor.url, id: (JSON.parse(created.stdout) as { id: string }).id };
}

const executes = (em: PlatformEmulator) => em.requests.filter((r) => EXECUTE.test(r.path));

describe('aac exec on a hosted connector', () => {
  const cases: [string, string[]][] = [
    ['a list as a JSON array', ['customers', 'list']],
    ['a list with params', ['customers', 'list', '-p', 'limit=5']],
    ['one record', ['customers', 'get', '-p', 'id=cus_2']],
    ['a table', ['customers', 'list', '--output', 'table']],
    ['NDJSON', ['customers', 'list', '-o', 'ndjson']],
    ['selected fields', ['customers', 'list', '--fields', 'id,address.city']],
    ['every page with --all', ['customers', 'list', '--all']],
    ['--all with --max-items and a table', ['customers', 'list', '--all', '--max-items', '4', '-o', 'table']],
  ];

  it.each(cases)('prints exactly what local exec prints: %s', async (_what, args) => {
    const { em, cli, stripeUrl } = await hostedStripe();
    const hosted = await cli.run(['exec', 'stripe', ...args]);
    const local = await stripe(stripeUrl, args);
    expect(local.code).toBe(0);
    expect(hosted).toEqual(local);
    expect(executes(em).length).toBeGreaterThan(0);
  });

  it('sends entity, action and validated params; --fields as select_fields; --intent passed through', async () => {
    const { em, cli, id } = await hostedStripe();
    const r = await cli.run(['exec', 'stripe', 'customers', 'list', '-p', 'limit=2', '--fields', 'id,email', '--intent', 'find churned customers']);
    expect(r).toEqual({ code: 0, stdout: pretty(CUSTOMERS.slice(0, 2).map(({ id: cid, email }) => ({ id: cid, email }))), stderr: '' });
    expect(em.apiRequests().map((q) => `${q.method} ${q.path}`)).toEqual([`POST /api/v1/integrations/connectors/${id}/execute`]);
    expect(em.apiRequests()[0]!.json).toEqual({
      entity: 'customers',
      action: 'list',
      params: { limit: 2 },
      select_fields: ['id', 'email'],
      intent: 'find churned customers',
    });
  });

  it('--all follows the cursor the platform returns in connector_metadata', async () => {
    const { em, cli } = await hostedStripe();
    const r = await cli.run(['exec', 'stripe', 'customers', 'list', '--all']);
    expect(r).toEqual({ code: 0, stdout: ndjson(CUSTOMERS), stderr: '' });
    expect(executes(em).map((q) => (q.json as { params: unknown }).params)).toEqual([{ limit: 100 }, { limit: 100, starting_after: 'cus_3' }, { limit: 100, starting_after: 'cus_6' }]);
  });

  it('hosted and local paging stop at the same guard: a page that repeats is an api error after it, never a loop', async () => {
    // every page ends with the same customer and says there is more: the next request repeats the previous one
    const stuckPage = { object: 'list', has_more: true, data: [customer(1)] };
    const vendor = await startServer(() => ({ body: stuckPage }));
    const { em, cli } = await hostedStripe({ execute: () => new WithMetadata(stuckPage.data, { has_more: true }) });
    const hosted = await cli.run(['exec', 'stripe', 'customers', 'list', '--all']);
    const local = await stripe(vendor.url, ['customers', 'list', '--all']);
    await vendor.close();
    const message = (mode: string) => `${mode} pagination is stuck after 2 pages: the server pointed back to a page already fetched; aac stopped instead of looping.`;
    expect(hosted.code).toBe(1);
    expect(hosted.stdout).toBe(ndjson([customer(1), customer(1)]));
    expect(errorOf(hosted)).toMatchObject({ type: 'api', message: message('Stripe (hosted)') });
    expect(executes(em)).toHaveLength(2);
    expect(local.code).toBe(1);
    expect(local.stdout).toBe(hosted.stdout);
    expect(errorOf(local)).toMatchObject({ type: 'api', message: message('Stripe') });
    expect(vendor.requests.map((q) => q.query.toString())).toEqual(['limit=100', 'limit=100&starting_after=cus_1']);
  });

  it('--meta prints the same data with the platform connector_metadata as meta, and the next-page params', async () => {
    const { cli, stripeUrl } = await hostedStripe();
    const hosted = JSON.parse((await cli.run(['exec', 'stripe', 'customers', 'list', '--meta'])).stdout) as { data: unknown; meta: unknown };
    const local = JSON.parse((await stripe(stripeUrl, ['customers', 'list', '--meta'])).stdout) as { data: unknown };
    expect(hosted.data).toEqual(local.data);
    expect(hosted.meta).toEqual({ connector_name: 'Stripe', has_more: true, next: { starting_after: 'cus_3' } });
  });

  it('validates params locally before calling the platform (exit 4, nothing sent)', async () => {
    const { em, cli } = await hostedStripe();
    const r = await cli.run(['exec', 'stripe', 'customers', 'list', '-p', 'limit=500']);
    expect(r.code).toBe(4);
    expect(errorOf(r).type).toBe('validation');
    expect(em.requests).toEqual([]);
  });

  it('--page-url is refused on a hosted connector (exit 4, nothing sent): the platform pages by its own cursors', async () => {
    const { em, cli } = await hostedStripe();
    const r = await cli.run(['exec', 'stripe', 'customers', 'list', '--page-url', 'https://api.stripe.com/v1/customers?starting_after=cus_2']);
    expect(r.code).toBe(4);
    expect(errorOf(r)).toMatchObject({ type: 'usage', message: expect.stringContaining('A page URL applies to local mode') });
    expect(em.requests).toEqual([]);
  });

  it('--dry-run prints the execute request, token hidden, and sends nothing', async () => {
    const { em, cli, id } = await hostedStripe();
    const r = await cli.run(['exec', 'stripe', 'customers', 'get', '-p', 'id=cus_1', '--dry-run']);
    expect(r).toEqual({
      code: 0,
      stdout: pretty({
        method: 'POST',
        url: `${em.url}/api/v1/integrations/connectors/${id}/execute`,
        headers: { authorization: 'Bearer <token>', 'content-type': 'application/json' },
        body: { entity: 'customers', action: 'get', params: { id: 'cus_1' } },
      }),
      stderr: '',
    });
    expect(em.requests.filter((q) => q.path !== '/api/v1/account/applications/token')).toEqual([]);
  });

  it('finds the hosted connector of a type on the platform when the store does not remember it', async () => {
    const { em, id } = await hostedStripe();
    const fresh = platformCli(em, envCredentials);
    const r = await fresh.run(['exec', 'stripe', 'customers', 'get', '-p', 'id=cus_4']);
    expect(r).toEqual({ code: 0, stdout: pretty(CUSTOMERS[3]), stderr: '' });
    const api = em.apiRequests().map((q) => `${q.method} ${q.path}?${q.query}`);
    expect(api).toEqual([
      `GET /api/v1/integrations/connectors?definition_id=e094cb9a-26de-4645-8761-65c0c425d1de`,
      `POST /api/v1/integrations/connectors/${id}/execute?`,
    ]);
  });

  it('a read is retried after a 503; a write is not', async () => {
    const { em, cli, id } = await hostedStripe();
    const path = `/api/v1/integrations/connectors/${id}/execute`;
    em.failNext('POST', path, { status: 503, body: { message: 'Service unavailable', errors: [] } });
    expect((await cli.run(['exec', 'stripe', 'customers', 'get', '-p', 'id=cus_1'])).stdout).toBe(pretty(CUSTOMERS[0]));
    expect(executes(em)).toHaveLength(2);
    em.requests.length = 0;
    em.failNext('POST', path, { status: 503, body: { message: 'Service unavailable', errors: [] } });
    const write = await cli.run(['exec', 'stripe', 'customers', 'create', '-p', 'email=new@example.com']);
    expect(write.code).toBe(1);
    expect(errorOf(write)).toMatchObject({ type: 'api', status_code: 503, message: `Service unavailable (503 on POST ${path})` });
    expect(executes(em)).toHaveLength(1);
  });

  it('a hosted connector deleted on the platform is exit 3', async () => {
    const { em, cli } = await hostedStripe();
    em.connectors.length = 0;
    const r = await cli.run(['exec', 'stripe', 'customers', 'list']);
    expect(r.code).toBe(3);
    expect(errorOf(r)).toMatchObject({ type: 'not_found', status_code: 404 });
    expect(r.stderr).not.toContain(CLIENT_SECRET);
  });
});

describe('mode detection', () => {
  it('with platform credentials in the environment, exec runs in platform mode (--debug names it)', async () => {
    const { em, cli } = await hostedStripe();
    const saved = await cli.run(['exec', 'stripe', 'customers', 'get', '-p', 'id=cus_1', '--debug']);
    expect(saved.stderr.split('\n')[0]).toBe('[debug] mode: platform ("stripe" is a saved hosted connector)');
    em.requests.length = 0;
    const r = await platformCli(em, envCredentials).run(['exec', 'stripe', 'customers', 'get', '-p', 'id=cus_1', '--debug']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe('[debug] mode: platform (AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET are set)');
    expect(executes(em)).toHaveLength(1);
  });

  it('after `aac login`, exec runs in platform mode', async () => {
    const { em } = await hostedStripe();
    const cli = platformCli(em);
    expect((await cli.login()).code).toBe(0);
    const r = await cli.run(['exec', 'stripe', 'customers', 'get', '-p', 'id=cus_1', '--debug']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe('[debug] mode: platform (logged in with `aac login`)');
    expect(r.stderr).not.toContain(CLIENT_SECRET);
    expect(executes(em)).toHaveLength(1);
  });

  it('without platform credentials, exec runs locally', async () => {
    const { em, vendor, stripeUrl } = await hostedStripe();
    const r = await stripe(stripeUrl, ['customers', 'get', '-p', 'id=cus_1', '--debug']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe('[debug] mode: local (no platform credentials)');
    expect(em.requests).toEqual([]);
    expect(vendor.requests.map((q) => q.headers.authorization)).toEqual([`Bearer ${KEY}`]);
  });

  it('--mode local overrides the credentials', async () => {
    const { em, vendor, cli, stripeUrl } = await hostedStripe();
    const fresh = platformCli(em, envCredentials);
    const r = await fresh.run(['exec', 'stripe', 'customers', 'get', '-p', 'id=cus_1', '--mode', 'local', '--base-url', stripeUrl], { env: { STRIPE_API_KEY: KEY } });
    expect(r).toEqual({ code: 0, stdout: pretty(CUSTOMERS[0]), stderr: '' });
    expect(em.requests).toEqual([]);
    expect(vendor.requests).toHaveLength(1);
    // a hosted connector saved under its type's name never blocks local use of the type
    const typeName = await cli.run(['exec', 'stripe', 'customers', 'get', '-p', 'id=cus_1', '--mode', 'local', '--base-url', stripeUrl], { env: { STRIPE_API_KEY: KEY } });
    expect(typeName).toEqual({ code: 0, stdout: pretty(CUSTOMERS[0]), stderr: '' });
    expect(em.requests).toEqual([]);
    const named = await cli.run(['connectors', 'create', 'stripe', '--hosted', '--name', 'pay'], { env: { STRIPE_API_KEY: KEY } });
    expect(named.code).toBe(0);
    const hostedByName = await cli.run(['exec', 'pay', 'customers', 'list', '--mode', 'local']);
    expect(hostedByName.code).toBe(4);
    expect(errorOf(hostedByName).message).toBe('"pay" is a hosted connector; it runs in platform mode only.');
  });

  it('--mode platform without credentials is exit 2 with the hint to log in', async () => {
    const { em } = await hostedStripe();
    const r = await platformCli(em).run(['exec', 'stripe', 'customers', 'list', '--mode', 'platform']);
    expect(r.code).toBe(2);
    expect(errorOf(r)).toMatchObject({ type: 'authentication', message: 'Platform mode needs Airbyte platform credentials.', hint: LOGIN_HINT });
    expect(em.requests).toEqual([]);
  });

  it('a saved local connector runs locally even with platform credentials present', async () => {
    const { em, stripeUrl } = await hostedStripe();
    const cli = platformCli(em, envCredentials);
    expect((await cli.run(['connectors', 'create', 'stripe', '--local', '--name', 'mine'], { env: { STRIPE_API_KEY: KEY } })).code).toBe(0);
    const r = await cli.run(['exec', 'mine', 'customers', 'get', '-p', 'id=cus_2', '--base-url', stripeUrl]);
    expect(r).toEqual({ code: 0, stdout: pretty(CUSTOMERS[1]), stderr: '' });
    expect(em.requests).toEqual([]);
  });

  it('connectors create follows the same detection and reports the mode in its output', async () => {
    const { em } = await hostedStripe();
    const hosted = await platformCli(em, envCredentials).run(['connectors', 'create', 'stripe', '--json'], { env: { STRIPE_API_KEY: KEY } });
    expect(JSON.parse(hosted.stdout)).toMatchObject({ mode: 'hosted', status: 'existing' });
    const local = await platformCli(em).run(['connectors', 'create', 'stripe', '--json'], { env: { STRIPE_API_KEY: KEY } });
    expect(JSON.parse(local.stdout)).toMatchObject({ mode: 'local', auth: 'api_key' });
    const forced = await platformCli(em, envCredentials).run(['connectors', 'create', 'stripe', '--mode', 'local', '--json'], { env: { STRIPE_API_KEY: KEY } });
    expect(JSON.parse(forced.stdout)).toMatchObject({ mode: 'local' });
  });
});
