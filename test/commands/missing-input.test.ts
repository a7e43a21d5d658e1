import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

function error(stderr: string): Record<string, unknown> {
  return (JSON.parse(stderr) as { error: Record<string, unknown> }).error;
}

describe('a missing required input is one error: type authentication, exit 2, naming its variable', () => {
  it('a Jira subdomain left unset names JIRA_SUBDOMAIN and --base-url, after the params were validated', async () => {
    const r = await runCli(['exec', 'jira', 'users', 'list'], { env: { JIRA_EMAIL: 'me@acme.test', JIRA_API_TOKEN: 'tok_123' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(error(r.stderr)).toEqual({
      type: 'authentication',
      message: 'Missing subdomain (JIRA_SUBDOMAIN) for Jira.',
      status_code: null,
      retryable: false,
      hint: 'Set JIRA_SUBDOMAIN, or pass --base-url with the full server URL, or save it with `aac connectors create jira --local`.',
      details: { missing: ['subdomain'], variables: ['JIRA_SUBDOMAIN'] },
    });
  });

  it('a Shopify shop, a Mailchimp data center and a Stripe key exit the same way', async () => {
    const shop = await runCli(['exec', 'shopify', 'customers', 'list'], { env: { SHOPIFY_ACCESS_TOKEN: 'shpat_1' } });
    const dc = await runCli(['exec', 'mailchimp', 'lists', 'list'], { env: { MAILCHIMP_API_KEY: 'k0123456789abcdef' } });
    const key = await runCli(['exec', 'stripe', 'customers', 'list']);
    for (const [r, variable] of [[shop, 'SHOPIFY_SHOP'], [dc, 'MAILCHIMP_DATA_CENTER'], [key, 'STRIPE_API_KEY']] as const) {
      expect(r.code).toBe(2);
      expect(error(r.stderr)).toMatchObject({ type: 'authentication', details: { variables: [variable] } });
    }
  });

  it('saving without the credential names the variable and --auth-file, with the same exit code', async () => {
    const r = await runCli(['connectors', 'create', 'jira', '--local'], { env: { JIRA_EMAIL: 'me@acme.test', JIRA_API_TOKEN: 'tok_123' } });
    expect(r.code).toBe(2);
    expect(error(r.stderr)).toMatchObject({
      type: 'authentication',
      message: 'Missing subdomain (JIRA_SUBDOMAIN) for Jira.',
      hint: 'Set JIRA_SUBDOMAIN, or pass --auth-file (or --auth-stdin) with a JSON object of those fields.',
    });
  });

  it('a bad param still comes first (exit 4)', async () => {
    const r = await runCli(['exec', 'jira', 'issues', 'get']);
    expect(r.code).toBe(4);
  });
});
