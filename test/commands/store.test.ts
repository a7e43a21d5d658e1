import { mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempConfigDir } from '../helpers/cli.js';
import type { TestServer } from '../helpers/server.js';
import { aac, CUSTOMERS, errorLine, fakeStripe, KEY, pretty } from '../helpers/stripe.js';

// Every test runs the real CLI in child processes, several times; leave room for a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A config dir that does not exist yet, so the test sees aac create it. */
function freshDir(): { dir: string; file: string; env: { AAC_CONFIG_DIR: string } } {
  const dir = join(tempConfigDir(), 'nested', 'aac');
  return { dir, file: join(dir, 'config.json'), env: { AAC_CONFIG_DIR: dir } };
}

const mode = (path: string) => statSync(path).mode & 0o777;

interface StoreFile {
  version: number;
  profiles: Record<string, { connectors: Record<string, { mode: string; type: string; auth: string; credentials: Record<string, string> }> }>;
}
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as StoreFile;

describe('aac connectors create --local', () => {
  it('saves the key from the environment in a 0600 file inside a 0700 directory, never printing it', async () => {
    const { dir, file, env } = freshDir();
    const r = await aac(['connectors', 'create', 'stripe', '--local'], { env: { ...env, STRIPE_API_KEY: KEY }, ttyColumns: 100 });
    expect(r).toEqual({ code: 0, stdout: `Saved stripe connector "stripe" (local, auth: api_key) in ${file}\n`, stderr: '' });
    const piped = await aac(['connectors', 'create', 'stripe', '--local', '--name', 'piped'], { env: { ...env, STRIPE_API_KEY: KEY } });
    expect(piped).toEqual({ code: 0, stdout: pretty({ name: 'piped', type: 'stripe', mode: 'local', auth: 'api_key', fields: ['api_key'], path: file }), stderr: '' });
    expect(mode(dir)).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    const saved = read(file);
    expect(saved.version).toBe(1);
    expect(saved.profiles.default!.connectors.stripe).toMatchObject({ mode: 'local', type: 'stripe', auth: 'api_key', credentials: { api_key: KEY } });
  });

  it('reads the fields from --auth-file, under --name, and prints JSON with --json', async () => {
    const { dir, file, env } = freshDir();
    mkdirSync(dir, { recursive: true });
    const authFile = join(dir, '..', 'auth.json');
    writeFileSync(authFile, JSON.stringify({ api_key: KEY }));
    const r = await aac(['connectors', 'create', 'stripe', '--local', '--name', 'my-stripe', '--auth-file', authFile, '--json'], { env });
    expect(r).toEqual({
      code: 0,
      stdout: pretty({ name: 'my-stripe', type: 'stripe', mode: 'local', auth: 'api_key', fields: ['api_key'], path: file }),
      stderr: '',
    });
    expect(read(file).profiles.default!.connectors['my-stripe']!.credentials).toEqual({ api_key: KEY });
    expect(mode(file)).toBe(0o600);
    expect(mode(dir)).toBe(0o700);
  });

  it('reads the fields from stdin with --auth-stdin; stdin wins over the environment', async () => {
    const { file, env } = freshDir();
    const r = await aac(['connectors', 'create', 'stripe', '--local', '--auth-stdin'], {
      env: { ...env, STRIPE_API_KEY: 'sk_test_from_env_not_saved' },
      stdin: JSON.stringify({ api_key: KEY }),
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(read(file).profiles.default!.connectors.stripe!.credentials).toEqual({ api_key: KEY });
    expect(mode(file)).toBe(0o600);
  });

  it('fails fast without a TTY when no source has the key, naming STRIPE_API_KEY, and writes nothing', async () => {
    const { file, env } = freshDir();
    const r = await aac(['connectors', 'create', 'stripe', '--local'], { env });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    const { error } = JSON.parse(r.stderr) as { error: { hint: string } };
    expect(error.hint).toContain('STRIPE_API_KEY');
    expect(existsSync(file)).toBe(false);
  });

  it('rejects bad --auth-stdin / --auth-file input (exit 4)', async () => {
    const { env } = freshDir();
    const stdin = await aac(['connectors', 'create', 'stripe', '--local', '--auth-stdin'], { env, stdin: 'sk_live_raw' });
    expect(stdin.code).toBe(4);
    expect(stdin.stdout).toBe('');
    expect(JSON.parse(stdin.stderr)).toMatchObject({ error: { type: 'usage', message: 'The credentials on stdin are not valid JSON.' } });
    const missing = await aac(['connectors', 'create', 'stripe', '--local', '--auth-file', '/nonexistent/auth.json'], { env });
    expect(missing).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({ type: 'usage', message: 'Cannot read --auth-file /nonexistent/auth.json: ENOENT.', status_code: null, retryable: false, hint: null }),
    });
  });

  it('refuses to replace a saved connector without --force (exit 4), replaces it with --force', async () => {
    const { file, env } = freshDir();
    expect((await aac(['connectors', 'create', 'stripe', '--local'], { env: { ...env, STRIPE_API_KEY: 'sk_test_first_key' } })).code).toBe(0);
    const before = readFileSync(file);
    const again = await aac(['connectors', 'create', 'stripe', '--local'], { env: { ...env, STRIPE_API_KEY: KEY } });
    expect(again).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'usage',
        message: 'A connector named "stripe" already exists.',
        status_code: null,
        retryable: false,
        hint: 'Choose another --name, or pass --force to replace it.',
      }),
    });
    expect(readFileSync(file).equals(before)).toBe(true);
    const forced = await aac(['connectors', 'create', 'stripe', '--local', '--force'], { env: { ...env, STRIPE_API_KEY: KEY } });
    expect(forced.code).toBe(0);
    expect(read(file).profiles.default!.connectors.stripe!.credentials).toEqual({ api_key: KEY });
  });

  it('an unknown connector type is exit 4 with a suggestion', async () => {
    const { env } = freshDir();
    const r = await aac(['connectors', 'create', 'stirpe', '--local'], { env: { ...env, STRIPE_API_KEY: KEY } });
    expect(r.code).toBe(4);
    expect((JSON.parse(r.stderr) as { error: { hint: string } }).error.hint).toMatch(/^Did you mean "stripe"\? Valid: /);
  });
});

describe('aac connectors list / delete', () => {
  async function withTwo() {
    const paths = freshDir();
    await aac(['connectors', 'create', 'stripe', '--local'], { env: { ...paths.env, STRIPE_API_KEY: KEY } });
    await aac(['connectors', 'create', 'stripe', '--local', '--name', 'stripe-test', '--auth-stdin'], {
      env: paths.env,
      stdin: JSON.stringify({ api_key: `${KEY}_2` }),
    });
    return paths;
  }

  it('lists saved connectors as a table and as JSON, without secrets', async () => {
    const { env } = await withTwo();
    const table = await aac(['connectors', 'list'], { env, ttyColumns: 100 });
    expect(table).toEqual({
      code: 0,
      stdout: [
        '┌─────────────┬────────┬───────┬─────────┬───────────┐',
        '│ name        │ type   │ mode  │ auth    │ workspace │',
        '│ stripe      │ stripe │ local │ api_key │           │',
        '│ stripe-test │ stripe │ local │ api_key │           │',
        '└─────────────┴────────┴───────┴─────────┴───────────┘',
        '',
      ].join('\n'),
      stderr: '',
    });
    const json = await aac(['connectors', 'list', '--json'], { env });
    expect(json).toEqual({
      code: 0,
      stdout: pretty([
        { name: 'stripe', type: 'stripe', mode: 'local', auth: 'api_key', saved: true },
        { name: 'stripe-test', type: 'stripe', mode: 'local', auth: 'api_key', saved: true },
      ]),
      stderr: '',
    });
  });

  it('with nothing saved, prints nothing on stdout (and [] with --json)', async () => {
    const { file, env } = freshDir();
    const r = await aac(['connectors', 'list'], { env, ttyColumns: 100 });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect((await aac(['connectors', 'list'], { env })).stdout).toBe('[]\n');
    expect((await aac(['connectors', 'list', '--json'], { env })).stdout).toBe('[]\n');
    expect(existsSync(file)).toBe(false);
  });

  it('delete needs --yes without a TTY (exit 4, nothing removed)', async () => {
    const { file, env } = await withTwo();
    const before = readFileSync(file);
    const r = await aac(['connectors', 'delete', 'stripe-test'], { env });
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'usage',
        message: 'Refusing to delete the saved connector "stripe-test" without confirmation.',
        status_code: null,
        retryable: false,
        hint: 'Add --yes to confirm.',
      }),
    });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('delete --yes forgets the connector and its secret, keeping the others and the file mode', async () => {
    const { file, env } = await withTwo();
    const r = await aac(['connectors', 'delete', 'stripe-test', '--yes'], { env, ttyColumns: 100 });
    expect(r).toEqual({ code: 0, stdout: 'Deleted the saved connector "stripe-test".\n', stderr: '' });
    expect(Object.keys(read(file).profiles.default!.connectors)).toEqual(['stripe']);
    expect(readFileSync(file, 'utf8')).not.toContain(`${KEY}_2`);
    expect(mode(file)).toBe(0o600);
    const json = await aac(['connectors', 'delete', 'stripe', '-y', '--json'], { env });
    expect(json).toEqual({ code: 0, stdout: pretty({ deleted: 'stripe', mode: 'local' }), stderr: '' });
  });

  it('deleting an unknown name is exit 3 with the saved names', async () => {
    const { env } = await withTwo();
    const r = await aac(['connectors', 'delete', 'stripe-tst', '--yes'], { env });
    expect(r).toEqual({
      code: 3,
      stdout: '',
      stderr: errorLine({
        type: 'not_found',
        message: 'No saved connector named "stripe-tst".',
        status_code: null,
        retryable: false,
        hint: 'Did you mean "stripe-test"? Valid: stripe, stripe-test. See `aac connectors list`.',
      }),
    });
  });
});

describe('aac exec with a saved connector', () => {
  it('uses the saved credentials by name, with no key in the environment', async () => {
    const { env } = freshDir();
    await aac(['connectors', 'create', 'stripe', '--local', '--name', 'my-stripe', '--auth-stdin'], { env, stdin: JSON.stringify({ api_key: KEY }) });
    server = await fakeStripe();
    const r = await aac(['exec', 'my-stripe', 'customers', 'get', '-p', 'id=cus_1', '--base-url', server.url], { env });
    expect(r).toEqual({ code: 0, stdout: pretty(CUSTOMERS[0]), stderr: '' });
    expect(server.requests.map((q) => q.headers.authorization)).toEqual([`Bearer ${KEY}`]);
  });

  it('a saved connector is offered when its name is mistyped', async () => {
    const { env } = freshDir();
    await aac(['connectors', 'create', 'stripe', '--local', '--name', 'my-stripe', '--auth-stdin'], { env, stdin: JSON.stringify({ api_key: KEY }) });
    const r = await aac(['exec', 'my-strpe', 'customers', 'list'], { env });
    expect(r.code).toBe(4);
    expect((JSON.parse(r.stderr) as { error: { hint: string } }).error.hint).toMatch(/^Did you mean "my-stripe"\? Valid: .*\bmy-stripe\b/);
  });

  it('a saved connector keeps its own key over the environment, which fills only missing fields', async () => {
    const { env } = freshDir();
    await aac(['connectors', 'create', 'stripe', '--local', '--name', 'my-stripe', '--auth-stdin'], { env, stdin: JSON.stringify({ api_key: KEY }) });
    server = await fakeStripe();
    const r = await aac(['exec', 'my-stripe', 'customers', 'list', '--base-url', server.url], { env: { ...env, STRIPE_API_KEY: 'sk_test_exported_key' } });
    expect(r.code).toBe(0);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('the saved key never shows in --debug or --dry-run output', async () => {
    const { env } = freshDir();
    await aac(['connectors', 'create', 'stripe', '--local', '--auth-stdin'], { env, stdin: JSON.stringify({ api_key: KEY }) });
    server = await fakeStripe();
    const debug = await aac(['exec', 'stripe', 'customers', 'list', '--debug', '--base-url', server.url], { env });
    expect(debug.code).toBe(0);
    expect(debug.stderr).toContain('[debug] > authorization: [REDACTED]');
    const dry = await aac(['exec', 'stripe', 'customers', 'create', '-p', `description=${KEY}`, '--dry-run', '--base-url', server.url], { env });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('"body": "description=[REDACTED]"');
  });
});

describe('a corrupt config file', () => {
  const cases = [
    ['invalid JSON', '{"version":1,"profiles":{"default":{"connectors":{\n', /^not valid JSON \(.+\)$/],
    [
      'valid JSON failing the schema',
      JSON.stringify({ version: 1, profiles: { default: { connectors: { mine: { mode: 'local', type: 'stripe', credentials: {} } } } } }, null, 2),
      /^profiles\.default\.connectors\.mine\.auth: Invalid input: expected string, received undefined$/,
    ],
    ['an unknown version', '{"version":2}', /^version: Invalid input: expected 1$/],
  ] as const;

  it.each(cases)('%s: every command names the file, exits 1, and the file is left byte for byte', async (_, content, reason) => {
    const { dir, file, env } = freshDir();
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, content, { mode: 0o600 });
    const before = readFileSync(file);
    const runs = [
      ['connectors', 'create', 'stripe', '--local'],
      ['connectors', 'create', 'stripe', '--local', '--name', 'other', '--force'],
      ['connectors', 'list'],
      ['connectors', 'delete', 'mine', '--yes'],
      ['exec', 'stripe', 'customers', 'list', '--base-url', 'http://127.0.0.1:9'],
    ];
    for (const args of runs) {
      const r = await aac(args, { env: { ...env, STRIPE_API_KEY: KEY } });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      const { error } = JSON.parse(r.stderr) as { error: { type: string; message: string; hint: string } };
      expect(error.type).toBe('config');
      const prefix = `The config file ${file} is invalid: `;
      expect(error.message.startsWith(prefix)).toBe(true);
      expect(error.message.slice(prefix.length)).toMatch(reason);
      expect(error.hint).toBe('Fix it by hand, or move it away to start afresh (aac never overwrites a file it cannot read).');
      expect(readFileSync(file).equals(before), args.join(' ')).toBe(true);
    }
  });
});

describe('--profile', () => {
  it('keeps the saved connectors of each profile apart, in one file', async () => {
    const { file, env } = freshDir();
    const saveWork = await aac(['connectors', 'create', 'stripe', '--local', '--name', 'work-stripe', '--profile', 'work'], {
      env: { ...env, STRIPE_API_KEY: KEY },
    });
    expect(saveWork.code).toBe(0);
    const saveDefault = await aac(['connectors', 'create', 'stripe', '--local'], { env: { ...env, STRIPE_API_KEY: `${KEY}_default` } });
    expect(saveDefault.code).toBe(0);

    const listJson = (extra: string[], more: Record<string, string> = {}) => aac(['connectors', 'list', '--json', ...extra], { env: { ...env, ...more } });
    expect((await listJson([])).stdout).toBe(pretty([{ name: 'stripe', type: 'stripe', mode: 'local', auth: 'api_key', saved: true }]));
    expect((await listJson(['--profile', 'work'])).stdout).toBe(pretty([{ name: 'work-stripe', type: 'stripe', mode: 'local', auth: 'api_key', saved: true }]));
    expect((await listJson([], { AAC_PROFILE: 'work' })).stdout).toBe(pretty([{ name: 'work-stripe', type: 'stripe', mode: 'local', auth: 'api_key', saved: true }]));
    expect((await listJson(['--profile', 'empty'])).stdout).toBe('[]\n');
    expect(Object.keys(read(file).profiles).sort()).toEqual(['default', 'work']);

    server = await fakeStripe();
    const other = await aac(['exec', 'work-stripe', 'customers', 'list', '--base-url', server.url], { env });
    expect(other.code).toBe(4);
    expect(server.requests).toHaveLength(0);
    const mine = await aac(['exec', 'work-stripe', 'customers', 'list', '--base-url', server.url, '--profile', 'work'], { env });
    expect(mine).toEqual({ code: 0, stdout: pretty(CUSTOMERS.slice(0, 3)), stderr: '' });

    const del = await aac(['connectors', 'delete', 'stripe', '--yes', '--profile', 'work'], { env });
    expect(del.code).toBe(3);
    expect(read(file).profiles.default!.connectors.stripe).toBeDefined();
  });
});
