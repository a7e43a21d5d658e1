import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempConfigDir } from '../helpers/cli.js';
import type { TestServer } from '../helpers/server.js';
import { CUSTOMERS, fakeStripe, KEY, pretty } from '../helpers/stripe.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function stripeServer(): Promise<TestServer> {
  const server = await fakeStripe();
  servers.push(server);
  return server;
}

describe('connectors create --local --base-url', () => {
  it('saves the base URL; exec uses it unless --base-url is given', async () => {
    const [saved, other] = [await stripeServer(), await stripeServer()];
    const env = { AAC_CONFIG_DIR: tempConfigDir() };
    const created = await runCli(['connectors', 'create', 'stripe', '--local', '--name', 'proxy', '--base-url', `${saved.url}/`], { env: { ...env, STRIPE_API_KEY: KEY }, ttyColumns: 80 });
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(new RegExp(`^Saved stripe connector "proxy" \\(local, auth: api_key, base URL ${saved.url}\\) in `));
    const got = JSON.parse((await runCli(['connectors', 'get', 'proxy'], { env })).stdout) as { base_url: string };
    expect(got.base_url).toBe(saved.url);

    expect(await runCli(['exec', 'proxy', 'customers', 'get', '-p', 'id=cus_1'], { env })).toEqual({ code: 0, stdout: pretty(CUSTOMERS[0]), stderr: '' });
    expect(saved.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/customers/cus_1']);
    expect((await runCli(['exec', 'proxy', 'customers', 'get', '-p', 'id=cus_2', '--base-url', other.url], { env })).code).toBe(0);
    expect(other.requests.map((r) => r.path)).toEqual(['/v1/customers/cus_2']);
    expect(saved.requests).toHaveLength(1);
  });

  it('refuses a base URL that is not plain http(s), and nothing is saved', async () => {
    const env = { AAC_CONFIG_DIR: tempConfigDir() };
    for (const url of ['ftp://example.com', 'https://user:pw@example.com', 'not a url']) {
      const r = await runCli(['connectors', 'create', 'stripe', '--local', '--base-url', url], { env });
      expect(r.code).toBe(4);
      expect(JSON.parse(r.stderr).error.message).toBe('--base-url must be an http or https URL without credentials, query or fragment, e.g. https://github.example.com/api/v3.');
      expect(r.stderr).not.toContain('pw@');
    }
    expect(JSON.parse((await runCli(['connectors', 'list'], { env })).stdout)).toEqual([]);
  });

  it('exec refuses a --base-url that is not plain http(s) before anything is sent', async () => {
    const server = await stripeServer();
    const env = { AAC_CONFIG_DIR: tempConfigDir(), STRIPE_API_KEY: KEY };
    for (const url of [`ftp://${server.url.slice('http://'.length)}`, server.url.replace('http://', 'http://user:pw@'), `${server.url}?debug=1`]) {
      for (const extra of [[], ['--dry-run']]) {
        const r = await runCli(['exec', 'stripe', 'customers', 'list', '--base-url', url, ...extra], { env });
        expect(r.code).toBe(4);
        expect(JSON.parse(r.stderr).error.message).toBe('--base-url must be an http or https URL without credentials, query or fragment, e.g. https://github.example.com/api/v3.');
        expect(r.stdout).toBe('');
        expect(r.stderr).not.toContain('pw@');
      }
    }
    expect(server.requests).toEqual([]);
  });
});
