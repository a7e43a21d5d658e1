import { describe, expect, it } from 'vitest';
import { connectorNames } from '../../src/connectors/index.js';
import { runCli } from '../helpers/cli.js';
import { spawnCli } from '../helpers/spawn.js';

/** bin/run.js runs the esbuild bundle (dist/bundle/); the in-process runs, the TypeScript sources. They must agree. */
describe('the bundled CLI answers as the sources do', () => {
  const lines: string[][] = [
    ['connectors', 'catalog', '--json'],
    // answered before oclif loads (src/prebuilt-answers.ts), piped: JSON
    ['connectors', 'catalog'],
    ['describe', 'stripe'],
    // not a bare describe: through the command
    ['describe', 'stripe', '--jq', '.name'],
    ['describe', 'stripe', 'customers', 'list', '--json'],
    ['describe', 'strip'],
    ['exec', 'stripe', 'customers', 'list', '--dry-run', '-p', 'limit=3'],
    // the bundle builds each action's params schema when first read (scripts/bundle.mjs): validation, page size
    ['exec', 'stripe', 'customers', 'list', '--dry-run', '-p', 'limit=500'],
    ['exec', 'stripe', 'customers', 'list', '--dry-run', '--all'],
    ['exec', 'stripe', 'customers', 'update', '--dry-run', '-p', 'id=cus_1', '-p', 'adress={}'],
    ['exec', 'github', 'issues', 'list', '--dry-run', '-p', 'owner=o', '-p', 'repo=r'],
    ['exec', '-h'],
    ['connectors', 'list', '--json'],
  ];
  const env = { STRIPE_API_KEY: 'sk_test_bundle', GITHUB_TOKEN: 'ghp_bundle' };

  it.each(lines.map((args) => [args.join(' '), args] as const))('aac %s', async (_line, args) => {
    const [bundled, sources] = await Promise.all([spawnCli(args, { env }), runCli(args, { env })]);
    expect(bundled).toEqual(sources);
  });

  it('describes every connector type from the descriptions computed at build time', async () => {
    for (const name of connectorNames) {
      const [bundled, sources] = await Promise.all([spawnCli(['describe', name, '--json']), runCli(['describe', name, '--json'])]);
      expect(bundled, name).toEqual(sources);
      expect(bundled.code).toBe(0);
    }
  });
});
