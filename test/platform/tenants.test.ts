import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tempConfigDir } from '../helpers/cli.js';
import { expectNoSecrets, platformWithStripe } from '../helpers/hosted.js';
import type { EmulatorOptions, PlatformEmulator } from '../helpers/platform-emulator.js';
import { envCredentials, errorOf, platformCli, type PlatformCli } from '../helpers/platform.js';
import { CUSTOMERS, KEY, pretty } from '../helpers/stripe.js';

const platform = platformWithStripe();

const STRIPE_DEFINITION = 'e094cb9a-26de-4645-8761-65c0c425d1de';
const CONNECTORS = '/api/v1/integrations/connectors';
const OLD_KEY = 'sk_test_51OldRevokedKeyDoNotPrint';

async function enabled(opts: EmulatorOptions = {}): Promise<{ em: PlatformEmulator; cli: PlatformCli }> {
  const { em } = await platform({ workspaces: ['acme'], ...opts });
  const cli = platformCli(em, envCredentials);
  expect((await cli.run(['templates', 'register', 'stripe'])).code).toBe(0);
  em.requests.length = 0;
  return { em, cli };
}

function tenantsFile(lines: string[]): { dir: string; file: string } {
  const dir = tempConfigDir();
  const file = join(dir, 'tenants.ndjson');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { dir, file };
}

const posts = (em: PlatformEmulator) => em.apiRequests().filter((r) => r.method !== 'GET');

describe('aac connectors create --hosted --from <file>', () => {
  const THREE = [
    JSON.stringify({ connector: 'stripe', workspace: 'acme', credentials: { api_key: { env: 'ACME_STRIPE_KEY' } } }),
    JSON.stringify({ connector: 'stripe', workspace: 'globex', name: 'globex-billing', credentials: { api_key: KEY } }),
    '',
    JSON.stringify({ connector: 'stripe', workspace: 'initech', credentials: { api_key: { env: 'INITECH_STRIPE_KEY' } } }),
  ];
  const env = { ACME_STRIPE_KEY: KEY, INITECH_STRIPE_KEY: KEY };

  it('provisions three tenants, new workspaces included; a second run finds them all and changes nothing', async () => {
    const { em, cli } = await enabled();
    const { dir } = tenantsFile(THREE);
    const first = await cli.run(['connectors', 'create', '--hosted', '--from', 'tenants.ndjson'], { env, cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    const [acme, globex, initech] = em.connectors;
    expect(first.stdout).toBe(
      [
        { line: 1, status: 'created', connector: 'stripe', workspace: 'acme', name: 'acme-stripe', id: acme!.id },
        { line: 2, status: 'created', connector: 'stripe', workspace: 'globex', name: 'globex-billing', id: globex!.id, new_workspace: true },
        { line: 4, status: 'created', connector: 'stripe', workspace: 'initech', name: 'initech-stripe', id: initech!.id, new_workspace: true },
      ]
        .map((r) => `${JSON.stringify(r)}\n`)
        .join(''),
    );
    expect(em.workspaces.map((w) => w.name)).toEqual(['acme', 'globex', 'initech']);
    expect(posts(em).map((r) => r.json)).toEqual(
      ['acme', 'globex', 'initech'].map((ws, i) => ({
        workspace_name: ws,
        definition_id: STRIPE_DEFINITION,
        name: ['acme-stripe', 'globex-billing', 'initech-stripe'][i],
        credentials: { api_key: KEY },
      })),
    );
    expect(em.connectors.map((c) => c.credentials)).toEqual([{ api_key: KEY }, { api_key: KEY }, { api_key: KEY }]);
    expect(Object.keys(cli.config().profiles.default!.connectors!)).toEqual(['acme-stripe', 'globex-billing', 'initech-stripe']);
    expectNoSecrets(em, first.stdout, first.stderr, JSON.stringify(cli.config()));

    const store = readFileSync(join(cli.configDir, 'config.json'), 'utf8');
    em.requests.length = 0;
    const second = await cli.run(['connectors', 'create', '--hosted', '--from', join(dir, 'tenants.ndjson'), '--json'], { env });
    expect(second.code).toBe(0);
    expect(second.stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: string; id: string })).toEqual([
      expect.objectContaining({ line: 1, status: 'existing', id: acme!.id }),
      expect.objectContaining({ line: 2, status: 'existing', id: globex!.id }),
      expect.objectContaining({ line: 4, status: 'existing', id: initech!.id }),
    ]);
    expect(posts(em)).toEqual([]);
    expect(em.connectors).toHaveLength(3);
    expect(em.workspaces).toHaveLength(3);
    expect(readFileSync(join(cli.configDir, 'config.json'), 'utf8')).toBe(store);
  });

  it('reports each bad line with its number, still does the others, and exits 1', async () => {
    const { em, cli } = await enabled();
    const { file } = tenantsFile([
      JSON.stringify({ connector: 'stripe', workspace: 'acme', credentials: { api_key: KEY } }),
      '{"connector": "stripe", "workspace": ',
      JSON.stringify({ connector: 'stripe', workspace: 'globex', credentials: { api_key: { env: 'GLOBEX_KEY' } } }),
      JSON.stringify({ connector: 'stripo', workspace: 'initech', credentials: { api_key: KEY } }),
      JSON.stringify({ connector: 'stripe', workspace: 'hooli', credential: { api_key: KEY } }),
      JSON.stringify({ connector: 'stripe', workspace: 'umbrella', credentials: { api_key: KEY } }),
    ]);
    const r = await cli.run(['connectors', 'create', '--hosted', '--from', file], { ttyColumns: 120 });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const [acme, umbrella] = em.connectors;
    expect(r.stdout).toBe(
      [
        `line 1: created stripe connector "acme-stripe" in workspace "acme" (id ${acme!.id})`,
        `line 2: failed: Line 2 of ${file} is not valid JSON.`,
        'line 3: failed: Line 3: credentials.api_key names GLOBEX_KEY, which is not set.',
        'line 4: failed: Unknown connector "stripo".',
        `line 5: failed: Line 5 of ${file}: (line): Unrecognized key: "credential".`,
        `line 6: created stripe connector "umbrella-stripe" in the new workspace "umbrella" (id ${umbrella!.id})`,
        '6 tenant(s): 2 created, 0 existing, 4 failed.',
        '',
      ].join('\n'),
    );
    expect(em.workspaces.map((w) => w.name)).toEqual(['acme', 'umbrella']);
  });

  it('a line that fails on the platform carries its error type; an unreadable file is exit 4', async () => {
    const { em } = await platform();
    const cli = platformCli(em, envCredentials);
    const { file } = tenantsFile([JSON.stringify({ connector: 'stripe', workspace: 'default', credentials: { api_key: KEY } })]);
    const r = await cli.run(['connectors', 'create', '--from', file]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ line: 1, status: 'failed', error: { type: 'validation', hint: 'Enable the connector for your organization first: `aac templates register stripe`.' } });
    const missing = await cli.run(['connectors', 'create', '--from', join(tempConfigDir(), 'nope.ndjson')]);
    expect(missing.code).toBe(4);
    expect(errorOf(missing).message).toMatch(/^Cannot read --from .*nope\.ndjson: ENOENT\.$/);
    const both = await cli.run(['connectors', 'create', 'stripe', '--from', file]);
    expect(both.code).toBe(4);
    expect(errorOf(both).message).toBe('Give either a connector type or --from, not both.');
  });
});

describe('aac connectors create --hosted --workspace', () => {
  it('a workspace name the organization does not have is a new tenant: said on stderr, sent as workspace_name, saved', async () => {
    const { em, cli } = await enabled();
    const r = await cli.run(['connectors', 'create', 'stripe', '--hosted', '--workspace', 'newco'], { env: { STRIPE_API_KEY: KEY }, answers: [], ttyColumns: 100 });
    const id = em.connectors[0]!.id;
    expect(r).toEqual({
      code: 0,
      stdout: `Created hosted stripe connector "stripe" in the new workspace "newco" (id ${id})\n`,
      stderr: 'Mode: platform (--mode platform)\nWorkspace "newco" does not exist yet: the platform will create it for this new tenant.\n',
    });
    expect(posts(em)[0]!.json).toEqual({ workspace_name: 'newco', definition_id: STRIPE_DEFINITION, name: 'stripe', credentials: { api_key: KEY } });
    expect(em.workspaces.find((w) => w.name === 'newco')?.id).toBe(em.connectors[0]!.workspace_id);
    expect(cli.config().profiles.default!.connectors!.stripe).toMatchObject({ mode: 'hosted', id, workspace: 'newco' });
  });

  it('says so in the --debug log too, and the JSON result marks the new workspace', async () => {
    const { cli } = await enabled();
    const r = await cli.run(['connectors', 'create', 'stripe', '--hosted', '--workspace', 'newco', '--debug'], { env: { STRIPE_API_KEY: KEY } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('[debug] Workspace "newco" does not exist yet: the platform will create it for this new tenant.\n');
    expect(JSON.parse(r.stdout)).toMatchObject({ workspace: 'newco', status: 'created', new_workspace: true });
  });

  it('a workspace id that does not exist is exit 3, and nothing is created', async () => {
    const { em, cli } = await enabled();
    const ghost = randomUUID();
    const r = await cli.run(['connectors', 'create', 'stripe', '--hosted', '--workspace', ghost], { env: { STRIPE_API_KEY: KEY } });
    expect(r.code).toBe(3);
    expect(errorOf(r)).toMatchObject({ type: 'not_found', message: `Workspace not found (404 on GET /api/v1/workspaces/${ghost})`, status_code: 404 });
    expect(posts(em)).toEqual([]);
  });

  it('a saved connector of that name in another workspace is exit 4, not reused', async () => {
    const { em, cli } = await enabled();
    expect((await cli.run(['connectors', 'create', 'stripe', '--hosted', '--workspace', 'acme'], { env: { STRIPE_API_KEY: KEY } })).code).toBe(0);
    const r = await cli.run(['connectors', 'create', 'stripe', '--hosted', '--workspace', 'globex'], { env: { STRIPE_API_KEY: KEY } });
    expect(r.code).toBe(4);
    expect(errorOf(r).message).toBe('A hosted connector named "stripe" is saved already, in workspace "acme".');
    expect(em.connectors).toHaveLength(1);
  });
});

describe('aac connectors create --hosted --check', () => {
  it('checks the configuration with the platform first, then creates', async () => {
    const { em, cli } = await enabled();
    const r = await cli.run(['connectors', 'create', 'stripe', '--hosted', '--check', '--json'], { env: { STRIPE_API_KEY: KEY } });
    expect(r.code).toBe(0);
    const body = { workspace_name: 'acme', definition_id: STRIPE_DEFINITION, name: 'stripe', credentials: { api_key: KEY } };
    expect(posts(em).map((q) => [q.path, q.json])).toEqual([
      [`${CONNECTORS}/check`, body],
      [CONNECTORS, body],
    ]);
  });

  it('a failed check is exit 1 and nothing is created', async () => {
    const { em, cli } = await enabled({ checkStatus: 'failed' });
    const r = await cli.run(['connectors', 'create', 'stripe', '--hosted', '--check'], { env: { STRIPE_API_KEY: KEY } });
    expect(r.code).toBe(1);
    expect(errorOf(r)).toMatchObject({ type: 'api', message: 'The platform check of the Stripe credentials failed: Check failed' });
    expect(em.connectors).toEqual([]);
    expect(existsSync(join(cli.configDir, 'config.json'))).toBe(false);
  });
});

describe('aac connectors update', () => {
  it('replaces a hosted connector\'s credentials in place; the next hosted exec uses them', async () => {
    const { em, cli } = await enabled();
    expect((await cli.run(['connectors', 'create', 'stripe', '--hosted', '--name', 'pay'], { env: { STRIPE_API_KEY: OLD_KEY } })).code).toBe(0);
    const id = em.connectors[0]!.id;
    const before = await cli.run(['exec', 'pay', 'customers', 'list', '-p', 'limit=2']);
    expect(before.code).toBe(1);
    em.requests.length = 0;

    const r = await cli.run(['connectors', 'update', 'pay', '--auth-stdin'], { stdin: JSON.stringify({ api_key: KEY }), ttyColumns: 100 });
    expect(r).toEqual({ code: 0, stdout: `Replaced the credentials of the hosted stripe connector "pay" (id ${id}): api_key (auth: api_key).\n`, stderr: '' });
    expect(em.apiRequests().map((q) => `${q.method} ${q.path}`)).toEqual([`PUT ${CONNECTORS}/${id}`]);
    expect(em.apiRequests()[0]!.json).toEqual({ replication_config: { credentials: { api_key: KEY } } });
    expect(em.connectors).toHaveLength(1);

    const after = await cli.run(['exec', 'pay', 'customers', 'list', '-p', 'limit=2']);
    expect(after).toEqual({ code: 0, stdout: pretty(CUSTOMERS.slice(0, 2)), stderr: '' });
    expectNoSecrets(em, r.stdout, r.stderr, before.stderr);
    expect(before.stderr + r.stdout).not.toContain(OLD_KEY);
  });

  it('--check has the platform check the new credentials first; a failure is exit 1 and changes nothing', async () => {
    const { em, cli } = await enabled({ checkStatus: 'failed' });
    expect((await cli.run(['connectors', 'create', 'stripe', '--hosted'], { env: { STRIPE_API_KEY: OLD_KEY } })).code).toBe(0);
    const id = em.connectors[0]!.id;
    em.requests.length = 0;
    const r = await cli.run(['connectors', 'update', 'stripe', '--check'], { env: { STRIPE_API_KEY: KEY } });
    expect(r.code).toBe(1);
    expect(errorOf(r)).toMatchObject({ type: 'api', message: 'The platform check of the new credentials of "stripe" failed: Check failed' });
    expect(posts(em).map((q) => [`${q.method} ${q.path}`, q.json])).toEqual([[`POST ${CONNECTORS}/${id}/check`, { replication_config: { credentials: { api_key: KEY } } }]]);
    expect(em.connectors[0]!.credentials).toEqual({ api_key: OLD_KEY });
  });

  it('replaces a local connector\'s credentials in the store and prints only field names', async () => {
    const { em } = await platform();
    const cli = platformCli(em);
    expect((await cli.run(['connectors', 'create', 'stripe', '--local'], { env: { STRIPE_API_KEY: OLD_KEY } })).code).toBe(0);
    const r = await cli.run(['connectors', 'update', 'stripe'], { env: { STRIPE_API_KEY: KEY } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ name: 'stripe', type: 'stripe', mode: 'local', auth: 'api_key', fields: ['api_key'] });
    expect(cli.config().profiles.default!.connectors!.stripe).toMatchObject({ mode: 'local', auth: 'api_key', credentials: { api_key: KEY } });
    expect(r.stdout + r.stderr).not.toContain(KEY);
    expect(em.requests).toEqual([]);
  });

  it('each error has its exit code: unknown name 3, missing credentials 2, not logged in 2', async () => {
    const { em, cli } = await enabled();
    const unknown = await platformCli(em).run(['connectors', 'update', 'nothing-here'], { env: { STRIPE_API_KEY: KEY } });
    expect(unknown.code).toBe(3);
    expect(errorOf(unknown).message).toBe('No saved connector named "nothing-here".');
    expect((await cli.run(['connectors', 'create', 'stripe', '--hosted'], { env: { STRIPE_API_KEY: KEY } })).code).toBe(0);
    const missing = await cli.run(['connectors', 'update', 'stripe']);
    expect(missing.code).toBe(2);
    expect(errorOf(missing)).toMatchObject({ type: 'authentication', details: { missing: ['api_key'], variables: ['STRIPE_API_KEY'] } });
    const loggedOut = await platformCli(em).run(['connectors', 'update', 'stripe'], { env: { STRIPE_API_KEY: KEY, AAC_CONFIG_DIR: cli.configDir } });
    expect(loggedOut.code).toBe(2);
    expect(errorOf(loggedOut).type).toBe('authentication');
  });
});
