import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { TestServer } from '../helpers/server.js';
import { CUSTOMERS, fakeStripe, stripe } from '../helpers/stripe.js';

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

function error(stderr: string): Record<string, unknown> {
  return (JSON.parse(stderr) as { error: Record<string, unknown> }).error;
}

describe('--jq', () => {
  it('filters the result of exec; strings print raw', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--jq', '.[].email']);
    expect(r).toEqual({ code: 0, stdout: CUSTOMERS.slice(0, 3).map((c) => `${c.email}\n`).join(''), stderr: '' });
  });

  it('runs on each record with --all, across pages', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--all', '--jq', '{id}', '--fields', 'id,email']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(CUSTOMERS.map((c) => `{\n  "id": "${c.id}"\n}\n`).join(''));
    expect(server.requests).toHaveLength(3);
  });

  it('applies to --meta output and wins over the terminal rendering', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--meta', '--jq', '.data | length'], { ttyColumns: 80 });
    expect(r).toEqual({ code: 0, stdout: '3\n', stderr: '' });
  });

  it('works on every JSON-printing command (describe)', async () => {
    const r = await runCli(['describe', 'stripe', '--jq', '.entities | keys | .[0]']);
    expect(r).toEqual({ code: 0, stdout: 'balance\n', stderr: '' });
  });

  it('a syntax error exits 4 with jq’s message, before any request', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--jq', '.[] |||']);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    const e = error(r.stderr);
    expect(e.type).toBe('usage');
    expect(e.message).toMatch(/^--jq "\.\[\] \|\|\|": jq: error: syntax error, unexpected '\|'/);
    expect(e.message).toContain('jq: 1 compile error');
    expect(server.requests).toHaveLength(0);
  });

  it('a runtime error exits 4 with jq’s message', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'get', '-p', 'id=cus_1', '--jq', '.email | error("no: " + .)']);
    expect(r.code).toBe(4);
    expect(error(r.stderr).message).toContain('jq: error (at <stdin>:0): no: c1@example.com'.replace('<stdin>', 'inputString'));
  });

  it('cannot be combined with --output table', async () => {
    const r = await runCli(['exec', 'stripe', 'customers', 'list', '--jq', '.', '-o', 'table']);
    expect(r.code).toBe(4);
    expect(error(r.stderr).message).toContain('--jq');
  });
});
