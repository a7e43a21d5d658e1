import { Parser } from '@oclif/core';
import { afterEach, describe, expect, it } from 'vitest';
import Exec from '../../src/commands/exec.js';
import { execArgNames, execFlagSpecs } from '../../src/flags/exec.js';
import { fastParse } from '../../src/flags/fast-parse.js';
import { globalFlagSpecs, platformFlagSpecs } from '../../src/flags/specs.js';
import { runCli } from '../helpers/cli.js';
import type { TestServer } from '../helpers/server.js';
import { fakeStripe, KEY } from '../helpers/stripe.js';

const specs = { json: { kind: 'boolean', description: 'json' }, ...globalFlagSpecs, ...platformFlagSpecs, ...execFlagSpecs } as const;

/** What oclif's parser makes of an exec command line, as the command's run() sees it; an Error when it refuses it. */
async function oclifParse(argv: string[]): Promise<{ args: Record<string, unknown>; flags: Record<string, unknown> } | Error> {
  try {
    const { args, flags } = await Parser.parse(argv, { args: Exec.args, flags: { ...Exec.baseFlags, ...Exec.flags, json: { ...Exec.baseFlags.debug, name: 'json' } }, strict: true });
    return { args, flags: Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)) };
  } catch (err) {
    return err as Error;
  }
}

const taken: string[][] = [
  ['stripe', 'customers', 'list'],
  ['stripe', 'customers', 'list', '--dry-run'],
  ['stripe', 'customers', 'list', '--all', '-p', 'limit=100', '--base-url', 'http://127.0.0.1:9/x'],
  ['stripe', 'customers', 'get', '-p', 'id=cus_1', '--json', '--fields', 'id,email'],
  ['--json', 'stripe', 'customers', 'list', '--max-items=5', '--all', '--retries', '0', '--timeout', '5'],
  ['github', 'issues', 'list', '-p', 'owner=o', '-p', 'repo=r', '--param', 'state=open', '--max-pages', '2', '--all'],
  ['stripe', 'customers', 'delete', '-p', 'id=cus_1', '-y', '--mode', 'local', '--profile', 'work', '--debug'],
  ['stripe', 'customers', 'list', '-o', 'table', '--meta'],
  ['stripe', 'customers', 'list', '--jq', '.[].id', '--intent', 'why', '--workspace', 'w', '--api-url', 'http://x'],
  ['google-drive', 'files', 'download', '-p', 'fileId=1', '-O', 'out.pdf', '--max-body', '10'],
  ['stripe', 'customers', 'create', '-P', '{"email":"a@b.c"}'],
  ['stripe', 'customers', 'list', '--param=limit=3'],
];

const declined: string[][] = [
  ['stripe', 'customers'],
  ['stripe', 'customers', 'list', 'extra'],
  ['stripe', 'customers', 'list', '--help'],
  ['stripe', 'customers', 'list', '-h'],
  ['stripe', 'customers', 'list', '--nope'],
  ['stripe', 'customers', 'list', '--all', '--meta'],
  ['stripe', 'customers', 'list', '-o', 'table', '--jq', '.'],
  ['stripe', 'customers', 'list', '-o', 'yaml'],
  ['stripe', 'customers', 'list', '--mode', 'cloud'],
  ['stripe', 'customers', 'list', '--retries', 'x'],
  ['stripe', 'customers', 'list', '--retries', '-1'],
  ['stripe', 'customers', 'list', '--max-pages', '0', '--all'],
  ['stripe', 'customers', 'list', '--timeout', '1.5'],
  ['stripe', 'customers', 'list', '--fields', 'a', '--fields', 'b'],
  ['stripe', 'customers', 'list', '--all', '--all'],
  ['stripe', 'customers', 'list', '-pid=1'],
  ['stripe', 'customers', 'list', '-yp', 'id=1'],
  ['stripe', 'customers', 'list', '--no-all'],
  ['stripe', 'customers', 'list', '--', '--all'],
  ['stripe', 'customers', 'create', '-P', '-'],
  ['stripe', 'customers', 'list', '--fields'],
];

describe('exec without oclif (src/fast-exec.ts)', () => {
  it.each(taken)('parses %j as oclif does', async (...argv) => {
    const fast = fastParse(argv, execArgNames, specs);
    expect(fast).toBeDefined();
    expect(fast).toEqual(await oclifParse(argv));
  });

  it.each(declined)('leaves %j to oclif', async (...argv) => {
    expect(fastParse(argv, execArgNames, specs)).toBeUndefined();
  });

  it('has the flags oclif has, and the same kinds', () => {
    const oclif = { ...Exec.baseFlags, ...Exec.flags };
    expect(Object.keys(specs).filter((k) => k !== 'json').sort()).toEqual(Object.keys(oclif).sort());
    for (const [name, spec] of Object.entries(specs)) {
      if (name === 'json') continue;
      const flag = oclif[name as keyof typeof oclif];
      expect([name, flag.type, flag.char]).toEqual([name, spec.kind === 'boolean' ? 'boolean' : 'option', 'char' in spec ? spec.char : undefined]);
    }
  });

  describe('prints what the oclif command prints', () => {
    let server: TestServer;
    afterEach(async () => {
      await server?.close();
    });

    const cases: [string, string[]][] = [
      ['a list', ['customers', 'list', '-p', 'limit=2']],
      ['a stream', ['customers', 'list', '--all', '--max-items', '2']],
      ['a dry run', ['customers', 'list', '--dry-run', '-p', 'limit=2']],
      ['a usage error', ['customers', 'list', '-p', 'nope=1']],
      ['an API error', ['customers', 'get', '-p', 'id=cus_missing', '--json']],
      ['--jq', ['customers', 'list', '--jq', '.[].id']],
    ];
    it.each(cases)('%s', async (_, args) => {
      server = await fakeStripe();
      const argv = ['exec', 'stripe', ...args, '--base-url', server.url];
      const opts = { env: { STRIPE_API_KEY: KEY } };
      const fast = await runCli(argv, opts);
      const fastRequests = server.requests.map((r) => `${r.method} ${r.path}?${r.query}`);
      server.requests.length = 0;
      const oclif = await runCli(argv, { ...opts, oclifOnly: true });
      expect(fast).toEqual(oclif);
      expect(fastRequests).toEqual(server.requests.map((r) => `${r.method} ${r.path}?${r.query}`));
    });
  });
});
