import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempConfigDir } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { spawnCli } from '../helpers/spawn.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('OAuth2 refresh of a saved local connector across processes', () => {
  it('N processes with an expired access token make one token request and all use the new token', async () => {
    let issued = 0;
    server = await startServer((req) => {
      if (req.path === '/services/oauth2/token') return { body: { access_token: `fresh-token-${++issued}`, instance_url: server!.url, token_type: 'Bearer' } };
      return { body: { sobjects: [{ name: 'Account' }] } };
    });
    const dir = tempConfigDir();
    const saved = await runCli(['connectors', 'create', 'salesforce', '--local', '--name', 'sf', '--auth-stdin'], {
      env: { AAC_CONFIG_DIR: dir, SALESFORCE_LOGIN_URL: server.url },
      stdin: JSON.stringify({ client_id: 'cid', client_secret: 'csecret-never-printed', refresh_token: 'rtoken-never-printed', access_token: 'expired-token' }),
    });
    expect(saved.code).toBe(0);
    const file = join(dir, 'config.json');
    const store = JSON.parse(readFileSync(file, 'utf8')) as { profiles: { default: { connectors: { sf: { credentials: Record<string, string> } } } } };
    expect(store.profiles.default.connectors.sf.credentials.access_token).toBe('expired-token');
    // it expired a minute ago

    const N = 6;
    const env = { AAC_CONFIG_DIR: dir };
    store.profiles.default.connectors.sf.credentials.expires_at = String(Math.floor(Date.now() / 1000) - 60);
    writeFileSync(file, JSON.stringify(store));

    const results = await Promise.all(Array.from({ length: N }, () => spawnCli(['exec', 'sf', 'sobjects', 'list'], { env })));
    for (const r of results) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([{ name: 'Account' }]);
    }
    const tokenRequests = server.requests.filter((q) => q.path === '/services/oauth2/token');
    expect(tokenRequests).toHaveLength(1);
    const api = server.requests.filter((q) => q.path !== '/services/oauth2/token');
    expect(api.map((q) => q.headers.authorization)).toEqual(Array(N).fill('Bearer fresh-token-1'));
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('fresh-token-1');
    expect(after).toContain('rtoken-never-printed');
  });
});
