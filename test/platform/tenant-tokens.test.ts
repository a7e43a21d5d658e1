import { describe, expect, it } from 'vitest';
import { CLIENT_SECRET } from '../helpers/platform-emulator.js';
import { envCredentials, errorOf, platformCli, useEmulator } from '../helpers/platform.js';

const harness = useEmulator();
const GITHUB_DEFINITION = 'ef69ef6e-aa7f-4af1-a01d-ef775033524e';
const OAUTH_SECRET = 'oauth-app-secret-do-not-print';

async function started(workspaces = ['acme']) {
  const em = await harness.start({ workspaces });
  return { em, cli: platformCli(em, envCredentials) };
}

describe('aac tokens scoped|widget|info', () => {
  it('scoped prints only the token, piped or not, and sends the workspace name', async () => {
    const { em, cli } = await started();
    const r = await cli.run(['tokens', 'scoped', '--workspace', 'acme']);
    const [token] = [...em.tenants.scopedTokens.keys()];
    expect(r).toEqual({ code: 0, stdout: `${token}\n`, stderr: '' });
    expect(em.apiRequests().at(-1)).toMatchObject({ method: 'POST', path: '/api/v1/account/applications/scoped-token', json: { workspace_name: 'acme' } });
    const tty = await cli.run(['tokens', 'scoped', '--workspace', 'acme'], { ttyColumns: 80 });
    expect(tty.stdout).toBe(`${[...em.tenants.scopedTokens.keys()][1]}\n`);
  });

  it('--json gives the object; a new workspace name is created by the platform and said so', async () => {
    const { em, cli } = await started();
    const r = await cli.run(['tokens', 'scoped', '--workspace', 'newco', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ token: [...em.tenants.scopedTokens.keys()][0], workspace_name: 'newco', new_workspace: true });
    expect(em.workspaces.map((w) => w.name)).toEqual(['acme', 'newco']);
  });

  it('the token never reaches the --debug log', async () => {
    const { em, cli } = await started();
    const r = await cli.run(['tokens', 'scoped', '--workspace', 'acme', '--debug']);
    const [token] = [...em.tenants.scopedTokens.keys()];
    expect(r.stdout).toBe(`${token}\n`);
    expect(r.stderr).toContain('[debug]');
    expect(r.stderr).not.toContain(token);
    expect(r.stderr).not.toContain(CLIENT_SECRET);
  });

  it('widget sends the allowed origin; without one, or with a bad one, it is exit 4 before any request', async () => {
    const { em, cli } = await started();
    const r = await cli.run(['tokens', 'widget', '--workspace', 'acme', '--allowed-origin', 'https://app.example.com/']);
    expect(r).toEqual({ code: 0, stdout: `${em.tenants.widgetTokens[0]!.token}\n`, stderr: '' });
    expect(em.apiRequests().at(-1)!.json).toEqual({ workspace_name: 'acme', allowed_origin: 'https://app.example.com' });
    em.requests.length = 0;
    const none = await cli.run(['tokens', 'widget', '--workspace', 'acme']);
    expect(none.code).toBe(4);
    expect(errorOf(none).message).toContain('Missing required flag allowed-origin');
    const bad = await cli.run(['tokens', 'widget', '--workspace', 'acme', '--allowed-origin', 'app.example.com']);
    expect(bad.code).toBe(4);
    expect(errorOf(bad).message).toBe('--allowed-origin app.example.com is not a URL origin.');
    expect(em.requests).toEqual([]);
  });

  it('info reads the scoped token from stdin or AAC_SCOPED_TOKEN and needs no application credentials', async () => {
    const { em, cli } = await started();
    const token = (await cli.run(['tokens', 'scoped', '--workspace', 'acme'])).stdout;
    em.requests.length = 0;
    const anonymous = platformCli(em);
    const r = await anonymous.run(['tokens', 'info', '--token-stdin'], { stdin: token });
    expect(r.code).toBe(0);
    const acme = em.workspaces[0]!;
    expect(JSON.parse(r.stdout)).toEqual({ organization_id: acme.organization_id, workspace_id: acme.id, workspace_name: 'acme' });
    expect(em.requests.map((q) => [q.path, q.headers.authorization])).toEqual([['/api/v1/account/applications/scoped-token/info', `Bearer ${token.trim()}`]]);
    const fromEnv = await anonymous.run(['tokens', 'info'], { env: { AAC_SCOPED_TOKEN: token.trim() }, ttyColumns: 80 });
    expect(fromEnv.stdout).toBe(`workspace_name   acme\nworkspace_id     ${acme.id}\norganization_id  ${acme.organization_id}\n`);
    expect(r.stdout + r.stderr + fromEnv.stdout + fromEnv.stderr).not.toContain(token.trim());
  });

  it('each error has its exit code: no token 4, a bad token 2, not logged in 2', async () => {
    const { em } = await started();
    const anonymous = platformCli(em);
    const none = await anonymous.run(['tokens', 'info']);
    expect(none.code).toBe(4);
    expect(errorOf(none)).toMatchObject({ type: 'usage', message: 'No scoped token given.' });
    const bad = await anonymous.run(['tokens', 'info', '--token-stdin'], { stdin: 'scoped-not-a-real-one' });
    expect(bad.code).toBe(2);
    expect(errorOf(bad)).toMatchObject({ type: 'authentication', status_code: 401 });
    expect(JSON.stringify(errorOf(bad))).not.toContain('scoped-not-a-real-one');
    const loggedOut = await anonymous.run(['tokens', 'scoped', '--workspace', 'acme']);
    expect(loggedOut.code).toBe(2);
    expect(errorOf(loggedOut).message).toBe('Not logged in to the Airbyte platform.');
  });
});

describe('aac oauth configure|remove', () => {
  it('configure sends the client id and the secret from stdin, and never prints the secret', async () => {
    const { em, cli } = await started();
    const r = await cli.run(['oauth', 'configure', 'github', '--client-id', 'gh-app-1', '--client-secret-stdin'], { stdin: `${OAUTH_SECRET}\n` });
    expect(r.code).toBe(0);
    expect(em.apiRequests().at(-1)).toMatchObject({
      method: 'PUT',
      path: '/api/v1/oauth/credentials',
      json: { connector_definition_id: GITHUB_DEFINITION, configuration: { client_id: 'gh-app-1', client_secret: OAUTH_SECRET } },
    });
    expect(JSON.parse(r.stdout)).toMatchObject({ id: em.tenants.oauthApps[0]!.id, connector_definition_id: GITHUB_DEFINITION, scope_type: 'organization' });
    expect(r.stdout + r.stderr).not.toContain(OAUTH_SECRET);
  });

  it('configure without the client id or the secret is exit 4 before any request; an unknown connector too', async () => {
    const { em, cli } = await started();
    const noId = await cli.run(['oauth', 'configure', 'github', '--client-secret-stdin'], { stdin: OAUTH_SECRET });
    expect(noId.code).toBe(4);
    expect(errorOf(noId).message).toBe('Missing --client-id for the GitHub OAuth app.');
    const noSecret = await cli.run(['oauth', 'configure', 'github', '--client-id', 'gh-app-1', '--client-secret-stdin']);
    expect(errorOf(noSecret).message).toBe('No client secret on stdin.');
    const unknown = await cli.run(['oauth', 'configure', 'githib', '--client-id', 'x', '--client-secret-stdin'], { stdin: OAUTH_SECRET });
    expect(unknown.code).toBe(4);
    expect(errorOf(unknown).message).toBe('Unknown connector "githib".');
    expect(em.requests).toEqual([]);
  });

  it('remove deletes the app by connector type with --yes, and refuses without it when there is no TTY', async () => {
    const { em, cli } = await started();
    expect((await cli.run(['oauth', 'configure', 'github', '--client-id', 'gh-app-1', '--client-secret-stdin'], { stdin: OAUTH_SECRET })).code).toBe(0);
    const refused = await cli.run(['oauth', 'remove', 'github']);
    expect(refused.code).toBe(4);
    expect(em.tenants.oauthApps).toHaveLength(1);
    const r = await cli.run(['oauth', 'remove', 'github', '--yes'], { ttyColumns: 80 });
    expect(r).toEqual({ code: 0, stdout: 'Removed the github OAuth app of your organization.\n', stderr: '' });
    expect(em.apiRequests().at(-1)).toMatchObject({ method: 'DELETE', path: '/api/v1/oauth/credentials/connector_type/GitHub' });
    expect(em.tenants.oauthApps).toEqual([]);
    const again = await cli.run(['oauth', 'remove', 'github', '--yes', '--json']);
    expect(again).toEqual({ code: 0, stdout: '{\n  "connector": "github",\n  "removed": true\n}\n', stderr: '' });
  });
});
