import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempConfigDir } from '../helpers/cli.js';
import { envCredentials, useEmulator } from '../helpers/platform.js';
import { closedPort } from '../helpers/stripe.js';

const { start } = useEmulator();

describe('aac doctor', { timeout: 90_000 }, () => {
  it('a fresh machine: no problems, local mode, nothing configured (exit 0)', async () => {
    const dir = tempConfigDir();
    const r = await runCli(['doctor'], { env: { AAC_CONFIG_DIR: dir } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      node: { ok: true, version: process.version, detail: `Node.js ${process.version}` },
      config: { ok: true, path: join(dir, 'config.json'), exists: false, detail: `${join(dir, 'config.json')} (not created yet)` },
      profile: 'default',
      mode: { mode: 'local', reason: 'no platform credentials' },
      connectors: [],
      platform: { ok: true, credentials: false, detail: 'no platform credentials (local mode only)' },
      problems: 0,
    });
  });

  it('names the source of each connector’s credentials and flags loose permissions and partial credentials (exit 1)', async () => {
    const dir = tempConfigDir();
    const cwd = tempConfigDir();
    writeFileSync(join(cwd, '.env'), 'GITHUB_TOKEN=ghp_from_dotenv\n');
    const saved = await runCli(['connectors', 'create', 'stripe', '--local', '--name', 'stripe-live'], { env: { AAC_CONFIG_DIR: dir, STRIPE_API_KEY: 'sk_live_1' } });
    expect(saved.code).toBe(0);
    chmodSync(join(dir, 'config.json'), 0o644);
    const r = await runCli(['doctor'], { cwd, env: { AAC_CONFIG_DIR: dir, STRIPE_API_KEY: 'sk_test_2', JIRA_SUBDOMAIN: 'acme' } });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.config).toMatchObject({ ok: false, hint: `Others can read your credentials; run \`chmod 600 ${join(dir, 'config.json')}\`.` });
    expect(report.connectors).toEqual([
      { name: 'github', type: 'github', sources: ['.env'], ok: true, detail: 'credentials from .env' },
      expect.objectContaining({ name: 'jira', type: 'jira', sources: ['environment'], ok: false, detail: 'Missing username (JIRA_EMAIL), password (JIRA_API_TOKEN) for Jira.' }),
      { name: 'stripe', type: 'stripe', sources: ['environment'], ok: true, detail: 'credentials from environment' },
      { name: 'stripe-live', type: 'stripe', sources: ['store'], ok: true, detail: 'credentials from store' },
    ]);
    expect(report.problems).toBe(2);
    expect(r.stdout).not.toContain('sk_live_1');
    expect(r.stdout).not.toContain('ghp_from_dotenv');
  });

  it('on a terminal: one line a check, hints under problems', async () => {
    const r = await runCli(['doctor'], { ttyColumns: 100, env: { JIRA_SUBDOMAIN: 'acme' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✓ Node: Node.js ${process.version}\n`);
    expect(r.stdout).toContain('  Mode: local (no platform credentials)\n');
    expect(r.stdout).toContain('✗ jira: Missing username (JIRA_EMAIL), password (JIRA_API_TOKEN) for Jira.\n    Set JIRA_EMAIL and JIRA_API_TOKEN');
    expect(r.stdout.endsWith('\n1 problem found.\n')).toBe(true);
  });

  it('checks that the platform answers when platform credentials are present', async () => {
    const em = await start();
    const ok = await runCli(['doctor'], { env: { ...envCredentials, AAC_PLATFORM_URL: em.url } });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).platform).toEqual({ ok: true, credentials: true, api_url: em.url, detail: `${em.url} answers; the credentials are accepted` });
    expect(JSON.parse(ok.stdout).mode).toEqual({ mode: 'platform', reason: 'AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET are set' });

    const down = await closedPort();
    const bad = await runCli(['doctor', '--timeout', '5'], { env: { ...envCredentials, AAC_PLATFORM_URL: down } });
    expect(bad.code).toBe(1);
    const platform = JSON.parse(bad.stdout).platform;
    expect(platform).toMatchObject({ ok: false, credentials: true, api_url: down });
    expect(platform.hint).toBeTruthy();
  });
});
