import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoSecrets, platformWithStripe } from '../helpers/hosted.js';
import { CLIENT_ID, CLIENT_SECRET, ORGANIZATION_ID, type EmulatorOptions, type PlatformEmulator } from '../helpers/platform-emulator.js';
import { envCredentials, errorOf, platformCli } from '../helpers/platform.js';
import { CUSTOMERS, MAX_PAGE, KEY } from '../helpers/stripe.js';
import { tempConfigDir } from '../helpers/cli.js';

const platform = platformWithStripe();

const STRIPE_DEFINITION = 'e094cb9a-26de-4645-8761-65c0c425d1de';
const TOKEN = 'POST /api/v1/account/applications/token';

async function start(opts: EmulatorOptions = {}): Promise<PlatformEmulator> {
  return (await platform({ workspaces: ['acme'], ...opts })).em;
}

const project = () => tempConfigDir();
const posts = (em: PlatformEmulator, from = 0) => em.requests.slice(from).filter((r) => r.method === 'POST').map((r) => `${r.method} ${r.path}`);
const mode = (path: string) => statSync(path).mode & 0o777;

describe('aac setup without prompts', () => {
  it('walks the whole platform checklist from flags and environment variables', async () => {
    const em = await start();
    const cli = platformCli(em, envCredentials);
    const cwd = project();
    const r = await cli.run(['setup', 'stripe', '--yes', '--write-env'], { cwd, env: { STRIPE_API_KEY: KEY } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const connector = em.connectors[0]!;
    const template = em.templates[0]!;
    const env = join(cwd, '.env');
    expect(JSON.parse(r.stdout)).toEqual({
      mode: 'platform',
      platform: { credentials: 'env', organization_id: ORGANIZATION_ID },
      workspace: { id: em.workspaces[0]!.id, name: 'acme', source: 'only' },
      template: { id: template.id, name: 'Stripe', status: 'created' },
      connector: { name: 'stripe', type: 'stripe', mode: 'hosted', status: 'created', id: connector.id, workspace: 'acme' },
      verify: { entity: 'customers', action: 'list', records: MAX_PAGE },
      env_file: { path: env, status: 'created', gitignore: 'created' },
    });
    expect(em.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
      TOKEN,
      'GET /api/v1/workspaces',
      'GET /api/v1/integrations/templates/sources',
      'GET /api/v1/integrations/templates/sources',
      'POST /api/v1/integrations/templates/sources',
      'GET /api/v1/integrations/connectors',
      'POST /api/v1/integrations/connectors',
      `POST /api/v1/integrations/connectors/${connector.id}/execute`,
    ]);
    const byPath = (method: string, path: string) => em.requests.find((q) => q.method === method && q.path === path)!;
    expect(byPath('POST', '/api/v1/integrations/templates/sources').json).toEqual({
      actor_definition_id: STRIPE_DEFINITION,
      name: 'Stripe',
      partial_default_config: {},
      mode: 'DIRECT',
    });
    expect(byPath('GET', '/api/v1/integrations/connectors').query.toString()).toBe(`workspace_name=acme&definition_id=${STRIPE_DEFINITION}`);
    expect(byPath('POST', '/api/v1/integrations/connectors').json).toEqual({
      workspace_name: 'acme',
      definition_id: STRIPE_DEFINITION,
      name: 'stripe',
      credentials: { api_key: KEY },
    });
    expect(byPath('POST', `/api/v1/integrations/connectors/${connector.id}/execute`).json).toEqual({ entity: 'customers', action: 'list', params: { limit: 10 } });
    expect(template.mode).toBe('DIRECT');
    expect(cli.config().profiles.default!.connectors!.stripe).toEqual({ mode: 'hosted', type: 'stripe', id: connector.id, workspace: 'acme', createdAt: expect.any(String) });
    expect(readFileSync(env, 'utf8')).toBe(`AIRBYTE_CLIENT_ID=${CLIENT_ID}\nAIRBYTE_CLIENT_SECRET=${CLIENT_SECRET}\nSTRIPE_API_KEY=${KEY}\n`);
    expect(mode(env)).toBe(0o600);
    expect(readFileSync(join(cwd, '.gitignore'), 'utf8')).toBe('.env\n');
    expectNoSecrets(em, r.stdout, r.stderr);

    const exec = await cli.run(['exec', 'stripe', 'customers', 'get', '-p', 'id=cus_1'], { cwd });
    expect(JSON.parse(exec.stdout)).toEqual(CUSTOMERS[0]);
  });

  it('a second run finds everything in place and changes nothing: no POST but the test query', async () => {
    const em = await start();
    const cli = platformCli(em);
    expect((await cli.login()).code).toBe(0);
    const cwd = project();
    writeFileSync(join(cwd, '.gitignore'), 'node_modules\n');
    const args = ['setup', 'stripe', '--yes', '--write-env'];
    const first = await cli.run(args, { cwd, env: { STRIPE_API_KEY: KEY } });
    expect(first.code).toBe(0);
    expect(readFileSync(join(cwd, '.gitignore'), 'utf8')).toBe('node_modules\n.env\n');
    const store = readFileSync(join(cli.configDir, 'config.json'), 'utf8');
    const env = readFileSync(join(cwd, '.env'), 'utf8');
    const seen = em.requests.length;
    const state = JSON.stringify([em.workspaces, em.templates, em.connectors]);

    const second = await cli.run(args, { cwd });
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    const summary = JSON.parse(second.stdout) as Record<string, Record<string, unknown>>;
    // the .env written by the first run now supplies the credentials; the token saved with the login is reused
    expect(summary.platform).toEqual({ credentials: 'env', organization_id: ORGANIZATION_ID });
    expect(summary.workspace).toMatchObject({ name: 'acme', source: 'default' });
    expect(summary.template).toMatchObject({ status: 'exists' });
    expect(summary.connector).toMatchObject({ status: 'existing', id: em.connectors[0]!.id });
    expect(summary.verify).toEqual({ entity: 'customers', action: 'list', records: MAX_PAGE });
    expect(summary.env_file).toMatchObject({ status: 'unchanged', gitignore: 'unchanged' });
    expect(posts(em, seen)).toEqual([`POST /api/v1/integrations/connectors/${em.connectors[0]!.id}/execute`]);
    expect(JSON.stringify([em.workspaces, em.templates, em.connectors])).toBe(state);
    expect(readFileSync(join(cli.configDir, 'config.json'), 'utf8')).toBe(store);
    expect(readFileSync(join(cwd, '.env'), 'utf8')).toBe(env);
    expect(readFileSync(join(cwd, '.gitignore'), 'utf8')).toBe('node_modules\n.env\n');

    const quiet = em.requests.length;
    expect((await cli.run([...args, '--no-verify'], { cwd })).code).toBe(0);
    expect(posts(em, quiet)).toEqual([]);
  });

  it('reuses what exists already: a template and a connector made elsewhere', async () => {
    const em = await start();
    const other = platformCli(em, envCredentials);
    expect((await other.run(['templates', 'register', 'stripe', '--name', 'Payments'])).code).toBe(0);
    expect((await other.run(['connectors', 'create', 'stripe', '--name', 'billing'], { env: { STRIPE_API_KEY: KEY } })).code).toBe(0);
    const seen = em.requests.length;
    const cli = platformCli(em, envCredentials);
    const r = await cli.run(['setup', 'stripe', '--yes', '--no-verify']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      template: { name: 'Payments', status: 'exists' },
      connector: { name: 'stripe', status: 'existing', id: em.connectors[0]!.id },
      verify: { skipped: '--no-verify' },
    });
    expect(posts(em, seen)).toEqual([TOKEN]);
    expect(cli.config().profiles.default!.connectors!.stripe).toMatchObject({ mode: 'hosted', id: em.connectors[0]!.id });
  });

  it('fails fast naming each missing flag or variable, before any request', async () => {
    const em = await start();
    const cli = platformCli(em);
    const none = await cli.run(['setup', '--yes']);
    expect(none.code).toBe(4);
    expect(errorOf(none).details).toEqual({ missing: [expect.stringMatching(/^the <connector> argument \(one of: .*stripe.*\)$/)] });

    const platform = await cli.run(['setup', 'stripe', '--mode', 'platform']);
    expect(platform.code).toBe(4);
    expect(errorOf(platform)).toEqual({
      type: 'usage',
      message:
        'Setup cannot run without prompts; missing:\n' +
        '  - --client-id (or AIRBYTE_CLIENT_ID)\n' +
        '  - --client-secret-stdin (or AIRBYTE_CLIENT_SECRET)\n' +
        '  - Missing api_key (STRIPE_API_KEY) for Stripe: Set STRIPE_API_KEY, or pass --auth-file (or --auth-stdin) with a JSON object of those fields.',
      status_code: null,
      retryable: false,
      hint: 'Pass them as flags or environment variables (see `aac setup --help`), or run `aac setup` on a terminal to be asked.',
      details: {
        missing: [
          '--client-id (or AIRBYTE_CLIENT_ID)',
          '--client-secret-stdin (or AIRBYTE_CLIENT_SECRET)',
          'Missing api_key (STRIPE_API_KEY) for Stripe: Set STRIPE_API_KEY, or pass --auth-file (or --auth-stdin) with a JSON object of those fields.',
        ],
      },
    });
    const local = await cli.run(['setup', 'stripe', '--yes']);
    expect(errorOf(local).details).toEqual({ missing: ['Missing api_key (STRIPE_API_KEY) for Stripe: Set STRIPE_API_KEY, or pass --auth-file (or --auth-stdin) with a JSON object of those fields.'] });
    expect(em.requests).toEqual([]);
    expect(existsSync(join(cli.configDir, 'config.json'))).toBe(false);
  });

  it('with several workspaces and no --workspace it names --workspace; with it, it goes on', async () => {
    const em = await start({ workspaces: ['acme', 'globex'] });
    const cli = platformCli(em, envCredentials);
    const r = await cli.run(['setup', 'stripe', '--yes'], { env: { STRIPE_API_KEY: KEY } });
    expect(r.code).toBe(4);
    expect(errorOf(r).hint).toContain('--workspace');
    expect(em.connectors).toEqual([]);
    const ok = await cli.run(['setup', 'stripe', '--yes', '--workspace', 'globex'], { env: { STRIPE_API_KEY: KEY } });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ workspace: { name: 'globex', source: 'flag' }, connector: { workspace: 'globex', status: 'created' } });
  });

  it('local mode saves the connector locally and writes the .env; a second run keeps it', async () => {
    const em = await start();
    const cli = platformCli(em);
    const cwd = project();
    const r = await cli.run(['setup', 'stripe', '--mode', 'local', '--yes', '--write-env', '--no-verify'], { cwd, env: { STRIPE_API_KEY: KEY } });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      mode: 'local',
      connector: { name: 'stripe', type: 'stripe', mode: 'local', status: 'created' },
      verify: { skipped: '--no-verify' },
      env_file: { path: join(cwd, '.env'), status: 'created', gitignore: 'created' },
    });
    expect(readFileSync(join(cwd, '.env'), 'utf8')).toBe(`STRIPE_API_KEY=${KEY}\n`);
    expect(mode(join(cwd, '.env'))).toBe(0o600);
    const again = await cli.run(['setup', 'stripe', '--mode', 'local', '--yes', '--write-env', '--no-verify'], { cwd });
    expect(JSON.parse(again.stdout)).toMatchObject({ connector: { status: 'existing' }, env_file: { status: 'unchanged', gitignore: 'unchanged' } });
    expect(em.requests).toEqual([]);
  });
});
