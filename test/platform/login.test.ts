import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_ID, CLIENT_SECRET, ORGANIZATION_ID, type PlatformEmulator } from '../helpers/platform-emulator.js';
import { envCredentials, errorOf, platformCli, useEmulator } from '../helpers/platform.js';

const { start } = useEmulator();

/** Nothing secret in what the CLI printed: neither the client secret nor any token the emulator issued. */
function expectNoSecrets(em: PlatformEmulator, ...outputs: string[]): void {
  for (const text of outputs) {
    expect(text).not.toContain(CLIENT_SECRET);
    for (const token of em.tokens) expect(text).not.toContain(token);
  }
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('aac login', { timeout: 90_000 }, () => {
  it('exchanges AIRBYTE_CLIENT_ID / AIRBYTE_CLIENT_SECRET for a token and saves both', async () => {
    const em = await start();
    const cli = platformCli(em);
    const before = Date.now();
    const result = await cli.login();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as Record<string, string>;
    expect(out).toEqual({
      client_id: CLIENT_ID,
      organization_id: ORGANIZATION_ID,
      api_url: em.url,
      token_expires_at: expect.stringMatching(ISO),
      config_path: join(cli.configDir, 'config.json'),
    });
    const expiresAt = Date.parse(out.token_expires_at!);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 900_000 - 1000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 900_000);

    expect(em.requests).toHaveLength(1);
    const [req] = em.requests;
    expect(req!.method).toBe('POST');
    expect(req!.path).toBe('/api/v1/account/applications/token');
    expect(req!.json).toEqual({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET });
    expect(req!.headers.authorization).toBeUndefined();

    const saved = cli.config().profiles.default!.platform!;
    expect(saved).toEqual({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      organizationId: ORGANIZATION_ID,
      apiUrl: em.url,
      token: em.tokens[0],
      tokenExpiresAt: expiresAt,
    });
    expectNoSecrets(em, result.stdout, result.stderr);
  });

  it('reads the secret from stdin with --client-secret-stdin and sends --organization-id as X-Organization-Id', async () => {
    const em = await start();
    const cli = platformCli(em);
    const result = await cli.run(['login', '--client-id', CLIENT_ID, '--client-secret-stdin', '--organization-id', ORGANIZATION_ID], {
      stdin: `${CLIENT_SECRET}\n`,
    });
    expect(result.code).toBe(0);
    expect(em.requests[0]!.json).toEqual({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET });
    expect(em.requests[0]!.headers['x-organization-id']).toBe(ORGANIZATION_ID);

    await cli.run(['workspaces']);
    expect(em.apiRequests()[0]!.headers['x-organization-id']).toBe(ORGANIZATION_ID);
    expect(em.apiRequests()[0]!.headers.authorization).toBe(`Bearer ${em.tokens[0]}`);
  });

  it('fails fast without a TTY when the secret is missing, naming the flag and the variable', async () => {
    const em = await start();
    const result = await platformCli(em).run(['login', '--client-id', CLIENT_ID]);
    expect(result.code).toBe(4);
    expect(result.stdout).toBe('');
    expect(errorOf(result)).toEqual({
      type: 'usage',
      message: 'Missing --client-secret-stdin (or AIRBYTE_CLIENT_SECRET).',
      status_code: null,
      retryable: false,
      hint: 'Get the client id and secret at https://app.airbyte.ai > Settings > API Keys.',
    });
    expect(em.requests).toHaveLength(0);
  });

  it('rejects bad credentials with exit 2 and a hint to log in, without printing the secret or saving anything', async () => {
    const em = await start();
    const cli = platformCli(em);
    const result = await cli.run(['login'], { env: { AIRBYTE_CLIENT_ID: CLIENT_ID, AIRBYTE_CLIENT_SECRET: 'wrong-secret-value' } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(errorOf(result)).toEqual({
      type: 'authentication',
      message: 'Invalid client credentials (403 on POST /api/v1/account/applications/token)',
      status_code: 403,
      retryable: false,
      hint: 'Run `aac login`, or set AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET.',
    });
    expect(result.stderr).not.toContain('wrong-secret-value');
    expect(existsSync(join(cli.configDir, 'config.json'))).toBe(false);
  });
});

describe('aac whoami / logout', { timeout: 90_000 }, () => {
  it('shows the organization, default workspace and token expiry from the cached token, never the secret', async () => {
    const em = await start();
    const cli = platformCli(em);
    await cli.login();
    const login = cli.config().profiles.default!.platform!;
    for (const command of ['whoami', 'status']) {
      const result = await cli.run([command, '--json']);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({
        api_url: em.url,
        client_id: CLIENT_ID,
        credentials_from: 'login',
        organization_id: ORGANIZATION_ID,
        workspace: null,
        token_expires_at: new Date(login.tokenExpiresAt as number).toISOString(),
      });
      expectNoSecrets(em, result.stdout, result.stderr);
    }
    expect(em.requests).toHaveLength(1);
  });

  it('is exit 2 with a hint when not logged in, and logout forgets the login', async () => {
    const em = await start();
    const cli = platformCli(em);
    const before = await cli.run(['whoami']);
    expect(before.code).toBe(2);
    expect(errorOf(before)).toMatchObject({ type: 'authentication', message: 'Not logged in to the Airbyte platform.', hint: expect.stringContaining('aac login') });

    await cli.login();
    const out = await cli.run(['logout']);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({ logged_out: true, environment_credentials: false });
    expect(cli.config().profiles.default!.platform).toBeUndefined();
    expect((await cli.run(['whoami'])).code).toBe(2);
    expect(JSON.parse((await cli.run(['logout'])).stdout)).toEqual({ logged_out: false, environment_credentials: false });
  });

  it('works from environment credentials alone, without writing them to disk', async () => {
    const em = await start();
    const cli = platformCli(em, envCredentials);
    const result = await cli.run(['whoami']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ credentials_from: 'env', client_id: CLIENT_ID, organization_id: ORGANIZATION_ID });
    expect((await cli.run(['workspaces'])).code).toBe(0);
    expect(existsSync(join(cli.configDir, 'config.json'))).toBe(false);
  });
});

describe('the application token', { timeout: 90_000 }, () => {
  it('is reused while fresh', async () => {
    const em = await start();
    const cli = platformCli(em);
    await cli.login();
    expect((await cli.run(['workspaces'])).code).toBe(0);
    expect((await cli.run(['workspaces', 'stats'])).code).toBe(0);
    expect(em.tokenRequests()).toHaveLength(1);
    expect(em.apiRequests().map((r) => r.headers.authorization)).toEqual([`Bearer ${em.tokens[0]}`, `Bearer ${em.tokens[0]}`]);
  });

  it('is refreshed before it expires, not after a 401', async () => {
    // A 30 s token is still accepted by the platform, but within the minute before expiry aac replaces it first.
    const em = await start({ tokenTtl: 30 });
    const cli = platformCli(em);
    await cli.login();
    const result = await cli.run(['workspaces']);
    expect(result.code).toBe(0);
    expect(em.requests.map((r) => `${r.method} ${r.path} ${r.headers.authorization ?? ''}`)).toEqual([
      'POST /api/v1/account/applications/token ',
      'POST /api/v1/account/applications/token ',
      `GET /api/v1/workspaces Bearer ${em.tokens[1]}`,
    ]);
    const saved = cli.config().profiles.default!.platform!;
    expect(saved.token).toBe(em.tokens[1]);
    expect(saved.tokenExpiresAt).toBeGreaterThan(Date.now());
  });

  it('is replaced once after a 401, and the request retried', async () => {
    const em = await start();
    const cli = platformCli(em);
    await cli.login();
    em.expireTokens();
    const result = await cli.run(['workspaces']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    expect(em.requests.slice(1).map((r) => `${r.method} ${r.path} ${r.headers.authorization ?? ''}`)).toEqual([
      `GET /api/v1/workspaces Bearer ${em.tokens[0]}`,
      'POST /api/v1/account/applications/token ',
      `GET /api/v1/workspaces Bearer ${em.tokens[1]}`,
    ]);
    expect(cli.config().profiles.default!.platform!.token).toBe(em.tokens[1]);
  });

  it('gives up after one new token: a second 401 is exit 2 with the hint to log in', async () => {
    const em = await start();
    const cli = platformCli(em);
    await cli.login();
    em.failNext('GET', '/api/v1/workspaces', { status: 401, body: { message: 'Token revoked', errors: [] } }, 2);
    const result = await cli.run(['workspaces']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(errorOf(result)).toEqual({
      type: 'authentication',
      message: 'Token revoked (401 on GET /api/v1/workspaces)',
      status_code: 401,
      retryable: false,
      hint: 'Run `aac login`, or set AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET.',
    });
    expect(em.tokenRequests()).toHaveLength(2);
    expect(em.apiRequests()).toHaveLength(2);
  });

  it('never appears in --debug logs', async () => {
    const em = await start();
    const cli = platformCli(em);
    const login = await cli.run(['login', '--debug'], { env: envCredentials });
    expect(login.code).toBe(0);
    const list = await cli.run(['workspaces', '--debug']);
    expect(list.code).toBe(0);
    expect(login.stderr).toContain('[debug] > POST');
    expect(login.stderr).toContain('"access_token":"[REDACTED]"');
    expect(list.stderr).toContain('authorization: [REDACTED]');
    expectNoSecrets(em, login.stdout, login.stderr, list.stdout, list.stderr);
  });
});
