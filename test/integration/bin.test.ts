import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanEnv, tempConfigDir } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { BIN, spawnCli } from '../helpers/spawn.js';

const ROOT = resolve(import.meta.dirname, '../..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const run = promisify(execFile);

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A Stripe-like list of `pages` pages of 100 customers each. */
function pagedCustomers(pages: number) {
  return startServer((req) => {
    const page = Number(req.query.get('starting_after')?.split('_')[1] ?? 0) / 100;
    const data = Array.from({ length: 100 }, (_, i) => ({ id: `cus_${page * 100 + i + 1}` }));
    return { body: { data, has_more: page + 1 < pages } };
  });
}

describe('the bin entry', () => {
  it('prints the version and exits 0', async () => {
    const r = await spawnCli(['--version']);
    expect(r).toEqual({ code: 0, stdout: `aac/${VERSION} ${process.platform}-${process.arch} node-${process.version}\n`, stderr: '' });
  });

  it('an unknown command is exit 4 with one JSON error line on a pipe', async () => {
    const r = await spawnCli(['exce', 'stripe']);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { type: 'usage', message: 'Unknown command "exce".' } });
  });

  it('a reader that closes stdout early (| head) ends the command quietly with exit 0', async () => {
    server = await pagedCustomers(50);
    const child = spawn(process.execPath, [BIN, 'exec', 'stripe', 'customers', 'list', '--all', '--base-url', server.url], {
      env: cleanEnv({ STRIPE_API_KEY: 'sk_test_pipe' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(server.requests.length).toBeLessThan(50);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s during --all stops at once with exit %i, leaving only whole NDJSON lines', async (signal, exit) => {
    server = await startServer((req) => (req.query.get('starting_after') ? () => undefined : { body: { data: [{ id: 'cus_1' }, { id: 'cus_2' }], has_more: true } }));
    const child = spawn(process.execPath, [BIN, 'exec', 'stripe', 'customers', 'list', '--all', '--base-url', server.url], {
      env: cleanEnv({ STRIPE_API_KEY: 'sk_test_signal' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (stdout.includes('cus_2')) setTimeout(() => child.kill(signal), 100);
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(exit);
    expect(stdout).toBe('{"id":"cus_1"}\n{"id":"cus_2"}\n');
    expect(JSON.parse(stderr.trim())).toMatchObject({ error: { type: 'cancelled' } });
    expect(server.requests).toHaveLength(2);
  });
});

describe('the npm package', () => {
  it('installs from its tarball into a fresh prefix and runs there', { timeout: 240_000 }, async () => {
    const dir = tempConfigDir();
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT });
    const tarball = join(dir, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
    const prefix = join(dir, 'prefix');
    await run('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: dir });
    const installed = join(prefix, 'lib', 'node_modules', 'aac', 'bin', 'run.js');
    const version = await run(process.execPath, [installed, '--version'], { env: { PATH: process.env.PATH ?? '', HOME: dir } });
    expect(version.stdout).toBe(`aac/${VERSION} ${process.platform}-${process.arch} node-${process.version}\n`);
    const dry = await run(process.execPath, [installed, 'exec', 'stripe', 'customers', 'list', '-p', 'limit=2', '--dry-run'], {
      env: { PATH: process.env.PATH ?? '', HOME: dir, AAC_CONFIG_DIR: join(dir, 'config'), STRIPE_API_KEY: 'sk_test_packaged' },
    });
    expect(JSON.parse(dry.stdout)).toMatchObject({ method: 'GET', url: 'https://api.stripe.com/v1/customers?limit=2' });
    expect(dry.stdout).not.toContain('sk_test_packaged');
  });
});
