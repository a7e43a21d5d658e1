import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestServer } from '../helpers/server.js';
import { aac, CUSTOMERS, fakeStripe, KEY, pretty } from '../helpers/stripe.js';
import { tempConfigDir } from '../helpers/cli.js';

// Every test runs the real CLI in child processes, several times; leave room for a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

let server: TestServer;

afterEach(async () => {
  await server?.close();
});

/** A working directory holding a `.env` file with `content`. */
function dirWithDotEnv(content: string): string {
  const dir = tempConfigDir();
  writeFileSync(join(dir, '.env'), content);
  return dir;
}

describe('.env in the working directory', () => {
  it('supplies STRIPE_API_KEY', async () => {
    server = await fakeStripe();
    const cwd = dirWithDotEnv(`# local secrets\nSTRIPE_API_KEY=${KEY}\nOTHER=1\n`);
    const r = await aac(['exec', 'stripe', 'customers', 'get', '-p', 'id=cus_1', '--base-url', server.url], { cwd });
    expect(r).toEqual({ code: 0, stdout: pretty(CUSTOMERS[0]), stderr: '' });
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('accepts quoted values', async () => {
    server = await fakeStripe();
    const cwd = dirWithDotEnv(`STRIPE_API_KEY="${KEY}"\n`);
    const r = await aac(['exec', 'stripe', 'customers', 'list', '--base-url', server.url], { cwd });
    expect(r.code).toBe(0);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('loses to a variable already set in the environment', async () => {
    server = await fakeStripe();
    const cwd = dirWithDotEnv('STRIPE_API_KEY=sk_test_from_dotenv_file\n');
    const r = await aac(['exec', 'stripe', 'customers', 'list', '--base-url', server.url], { cwd, env: { STRIPE_API_KEY: KEY } });
    expect(r).toEqual({ code: 0, stdout: pretty(CUSTOMERS.slice(0, 3)), stderr: '' });
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('is read from the working directory only, not a parent', async () => {
    server = await fakeStripe();
    const parent = dirWithDotEnv(`STRIPE_API_KEY=${KEY}\n`);
    const cwd = join(parent, 'sub');
    mkdirSync(cwd);
    const r = await aac(['exec', 'stripe', 'customers', 'list', '--base-url', server.url], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(server.requests).toHaveLength(0);
  });

  it('its key is redacted from --debug and --dry-run like any other', async () => {
    server = await fakeStripe();
    const cwd = dirWithDotEnv(`STRIPE_API_KEY=${KEY}\n`);
    const debug = await aac(['exec', 'stripe', 'customers', 'list', '--base-url', server.url, '--debug'], { cwd });
    expect(debug.code).toBe(0);
    expect(debug.stderr).toContain('[debug] > authorization: [REDACTED]');
    const dry = await aac(['exec', 'stripe', 'customers', 'list', '--dry-run'], { cwd });
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ headers: { authorization: '[REDACTED]' } });
  });

  it('also supplies the profile (AAC_PROFILE)', async () => {
    const cwd = dirWithDotEnv(`AAC_PROFILE=work\nSTRIPE_API_KEY=${KEY}\n`);
    const env = { AAC_CONFIG_DIR: tempConfigDir() };
    const created = await aac(['connectors', 'create', 'stripe', '--local', '--name', 'w', '--json'], { cwd, env });
    expect(created.code).toBe(0);
    const inWork = await aac(['connectors', 'list', '--json', '--profile', 'work'], { env });
    expect((JSON.parse(inWork.stdout) as { name: string }[]).map((c) => c.name)).toEqual(['w']);
  });
});
