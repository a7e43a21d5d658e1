import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempConfigDir } from '../helpers/cli.js';

function error(stderr: string): Record<string, unknown> {
  return (JSON.parse(stderr) as { error: Record<string, unknown> }).error;
}

const jira = { JIRA_EMAIL: 'me@acme.test', JIRA_API_TOKEN: 'tok_123' };

describe('inputs are checked when they are saved', () => {
  it('a Jira subdomain given as a URL is refused, with the bare name as the hint, and nothing is saved', async () => {
    const dir = tempConfigDir();
    const r = await runCli(['connectors', 'create', 'jira', '--local'], { env: { ...jira, JIRA_SUBDOMAIN: 'https://acme.atlassian.net', AAC_CONFIG_DIR: dir } });
    expect(r.code).toBe(4);
    expect(error(r.stderr)).toMatchObject({
      type: 'usage',
      message: 'Site subdomain (subdomain, JIRA_SUBDOMAIN) for Jira cannot be "https://acme.atlassian.net".',
      hint: 'Give the bare name only, e.g. "acme" (for https://acme.atlassian.net).',
    });
    expect(existsSync(join(dir, 'config.json'))).toBe(false);
  });

  it('a bare subdomain is saved', async () => {
    const r = await runCli(['connectors', 'create', 'jira', '--local'], { env: { ...jira, JIRA_SUBDOMAIN: 'acme' } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ name: 'jira', type: 'jira', auth: 'api_token' });
  });

  it('a Shopify shop typed with its domain, a Salesforce URL without scheme and an Amazon host with a path are refused', async () => {
    const shop = await runCli(['connectors', 'create', 'shopify', '--local'], { env: { SHOPIFY_ACCESS_TOKEN: 'shpat_1', SHOPIFY_SHOP: 'acme.myshopify.com' } });
    expect(shop.code).toBe(4);
    expect(error(shop.stderr).hint).toBe('Give the bare name only, e.g. "acme" (for https://acme.myshopify.com).');
    const sf = await runCli(['connectors', 'create', 'salesforce', '--local', '--auth-stdin'], {
      stdin: JSON.stringify({ client_id: 'c', client_secret: 's', refresh_token: 'r', login_url: 'login.salesforce.com' }),
    });
    expect(sf.code).toBe(4);
    expect(error(sf.stderr).hint).toBe('Give an absolute URL, e.g. "https://login.salesforce.com".');
    const amazon = await runCli(['connectors', 'create', 'amazon-ads', '--local'], {
      env: { AMAZON_ADS_CLIENT_ID: 'c', AMAZON_ADS_CLIENT_SECRET: 's', AMAZON_ADS_REFRESH_TOKEN: 'r', AMAZON_ADS_REGION: 'https://advertising-api-eu.amazon.com/' },
    });
    expect(amazon.code).toBe(4);
    expect(error(amazon.stderr).hint).toBe('Give the host name only, without scheme or path, e.g. "advertising-api-eu.amazon.com".');
  });

  it('names must match [a-z0-9][a-z0-9-_]*, in create (local and hosted) and in setup', async () => {
    const env = { STRIPE_API_KEY: 'sk_test_1' };
    for (const args of [
      ['connectors', 'create', 'stripe', '--local', '--name', 'bad name/x'],
      ['connectors', 'create', 'stripe', '--hosted', '--name', 'bad name/x'],
      ['setup', 'stripe', '--mode', 'local', '--yes', '--name', 'bad name/x'],
    ]) {
      const r = await runCli(args, { env });
      expect(r.code, args.join(' ')).toBe(4);
      expect(error(r.stderr)).toMatchObject({
        message: '"bad name/x" is not a valid connector name.',
        hint: 'Names are lower-case letters, digits, "-" and "_", starting with a letter or digit, e.g. "bad-name-x".',
      });
    }
    const ok = await runCli(['connectors', 'create', 'stripe', '--local', '--name', 'stripe_test-2'], { env });
    expect(ok.code).toBe(0);
  });

  it('setup checks the values it saves too', async () => {
    const r = await runCli(['setup', 'zendesk-support', '--mode', 'local', '--yes', '--no-verify'], {
      env: { ZENDESK_SUBDOMAIN: 'acme.zendesk.com', ZENDESK_EMAIL: 'a@acme.test', ZENDESK_API_TOKEN: 't' },
    });
    expect(r.code).toBe(4);
    expect(error(r.stderr).hint).toBe('Give the bare name only, e.g. "acme" (for https://acme.zendesk.com).');
  });
});
