import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempConfigDir } from '../helpers/cli.js';
import { spawnCli } from '../helpers/spawn.js';
import { platformCli, useEmulator } from '../helpers/platform.js';
import { KEY } from '../helpers/stripe.js';

// Real CLI processes started together on a small, shared machine: leave room for a loaded one.
vi.setConfig({ testTimeout: 180_000 });

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface StoreFile {
  profiles: Record<string, { connectors: Record<string, { credentials: Record<string, string> }>; platform?: { token?: string; tokenExpiresAt?: number } }>;
}
const readStore = (dir: string) => JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as StoreFile;

describe('concurrent aac processes sharing one store', () => {
  it('20 simultaneous `connectors create --local` all keep their connector', async () => {
    const dir = tempConfigDir();
    dirs.push(dir);
    const names = Array.from({ length: 20 }, (_, i) => `s${i}`);
    const results = await Promise.all(
      names.map((name) =>
        spawnCli(['connectors', 'create', 'stripe', '--local', '--name', name, '--json'], { env: { AAC_CONFIG_DIR: dir, STRIPE_API_KEY: `${KEY}_${name}` } }),
      ),
    );
    for (const [i, r] of results.entries()) {
      expect(r).toEqual({ code: 0, stdout: `${JSON.stringify({ name: names[i], type: 'stripe', mode: 'local', auth: 'api_key', fields: ['api_key'], path: join(dir, 'config.json') }, null, 2)}\n`, stderr: '' });
    }
    const saved = readStore(dir).profiles.default!.connectors;
    expect(Object.keys(saved).sort()).toEqual([...names].sort());
    for (const name of names) expect(saved[name]!.credentials).toEqual({ api_key: `${KEY}_${name}` });
    expect(readdirSync(dir)).toEqual(['config.json']);
  });
});

describe('platform token refresh across processes', () => {
  const { loggedIn } = useEmulator();
  const N = 8;

  async function loggedInStore() {
    const { em, cli } = await loggedIn();
    dirs.push(cli.configDir);
    expect(em.tokenRequests()).toHaveLength(1);
    return { em, cli };
  }

  /** Runs `aac workspaces --json` in N processes at once; all must succeed. */
  async function listInParallel(cli: ReturnType<typeof platformCli>, url: string) {
    const env = { AAC_CONFIG_DIR: cli.configDir, AAC_PLATFORM_URL: url };
    const results = await Promise.all(Array.from({ length: N }, () => spawnCli(['workspaces', '--json'], { env })));
    for (const r of results) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { name: string }[]).map((w) => w.name)).toEqual(['default']);
    }
  }

  it('N processes with an expired cached token make one token request and all use the new token', async () => {
    const { em, cli } = await loggedInStore();
    em.expireTokens();
    const file = join(cli.configDir, 'config.json');
    const store = readStore(cli.configDir);
    store.profiles.default!.platform!.tokenExpiresAt = Date.now() - 1000;
    writeFileSync(file, JSON.stringify(store));

    await listInParallel(cli, em.url);

    expect(em.tokenRequests()).toHaveLength(2);
    const fresh = em.tokens[1]!;
    expect(em.apiRequests()).toHaveLength(N);
    for (const req of em.apiRequests()) expect(req.headers.authorization).toBe(`Bearer ${fresh}`);
    expect(readStore(cli.configDir).profiles.default!.platform!.token).toBe(fresh);
  });

  it('N processes whose cached token the platform rejects (401) replace it once between them', async () => {
    const { em, cli } = await loggedInStore();
    const rejected = em.tokens[0]!;
    em.expireTokens();

    await listInParallel(cli, em.url);

    expect(em.tokenRequests()).toHaveLength(2);
    const fresh = em.tokens[1]!;
    const auths = em.apiRequests().map((r) => r.headers.authorization);
    expect(auths.filter((a) => a === `Bearer ${fresh}`)).toHaveLength(N);
    expect(auths.every((a) => a === `Bearer ${fresh}` || a === `Bearer ${rejected}`)).toBe(true);
    expect(readStore(cli.configDir).profiles.default!.platform!.token).toBe(fresh);
  });
});
