import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempConfigDir } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';

const BIN = resolve(import.meta.dirname, '../../bin/run.js');
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('Ctrl-C during --all', () => {
  it('stops at once, leaves only whole NDJSON lines and exits 130', async () => {
    server = await startServer((req) => {
      if (!req.query.get('starting_after')) {
        return { body: { data: [{ id: 'cus_1' }, { id: 'cus_2' }], has_more: true } };
      }
      return () => undefined; // the second page never answers
    });
    const child = spawn(process.execPath, [BIN, 'exec', 'stripe', 'customers', 'list', '--all', '--base-url', server.url], {
      env: { PATH: process.env.PATH ?? '', HOME: tempConfigDir(), AAC_CONFIG_DIR: tempConfigDir(), STRIPE_API_KEY: 'sk_test_int' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (stdout.includes('cus_2')) setTimeout(() => child.kill('SIGINT'), 100);
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));

    expect(code).toBe(130);
    expect(stdout).toBe('{"id":"cus_1"}\n{"id":"cus_2"}\n');
    expect(JSON.parse(stderr.trim())).toMatchObject({ error: { type: 'cancelled' } });
    expect(server.requests).toHaveLength(2);
  });
});
