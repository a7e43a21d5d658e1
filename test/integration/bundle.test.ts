import { readdirSync, readFileSync } from 'node:fs';
import { createSecureServer } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { connectorNames, loadConnector } from '../../src/connectors/index.js';
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

  it('bundles every connector definition with the same actions, params and schemas as the sources', async () => {
    // scripts/lazy-definitions.mjs rewrites the definitions so that their schemas are built when first read
    const dir = new URL('../../dist/bundle/', import.meta.url);
    const files = readdirSync(dir);
    const asJson = (def: unknown) =>
      JSON.stringify(def, (_key, value: unknown) =>
        value && typeof value === 'object' && '_zod' in value ? (value as unknown as { toJSONSchema(o: object): unknown }).toJSONSchema({ io: 'input', unrepresentable: 'any' }) : value,
      );
    for (const name of connectorNames) {
      const file = files.filter((f) => new RegExp(`^${name}-[A-Z0-9]{8}\\.js$`).test(f));
      expect(file, name).toHaveLength(1);
      const bundled = ((await import(new URL(file[0]!, dir).href)) as { default: unknown }).default;
      const sources = await loadConnector(name);
      // the same fields, values and JSON Schemas (in any key order: a getter settles where the spread put it)
      expect(JSON.parse(asJson(bundled)), name).toEqual(JSON.parse(asJson(sources)));
    }
  });

  it('speaks HTTP/2 over TLS, though the bundle loads node:http2 only when undici first connects with it', async () => {
    // scripts/bundle.mjs: undici's HTTP/2 client gets its constants at build time and node:http2 at its first connect
    const tls = (name: string) => readFileSync(new URL(`tls/${name}`, import.meta.url));
    const seen: string[] = [];
    const server = createSecureServer({ key: tls('localhost-key.pem'), cert: tls('localhost-cert.pem'), allowHTTP1: true }, (req, res) => {
      seen.push(`HTTP/${req.httpVersion} ${req.method} ${req.url} ${req.headers.authorization}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'cus_1', object: 'customer' }));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const url = `https://localhost:${(server.address() as AddressInfo).port}`;
      const env = { STRIPE_API_KEY: 'sk_test_h2', NODE_EXTRA_CA_CERTS: fileURLToPath(new URL('tls/localhost-cert.pem', import.meta.url)) };
      const r = await spawnCli(['exec', 'stripe', 'customers', 'get', '-p', 'id=cus_1', '--base-url', url], { env });
      expect(r).toEqual({ code: 0, stdout: `${JSON.stringify({ id: 'cus_1', object: 'customer' }, null, 2)}\n`, stderr: '' });
      expect(seen).toEqual(['HTTP/2.0 GET /v1/customers/cus_1 Bearer sk_test_h2']);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
