import { describe, expect, it } from 'vitest';
import { Store } from '../../src/lib/config/store.js';
import { CLIENT_ID, CLIENT_SECRET } from '../helpers/platform-emulator.js';
import { testContext } from '../helpers/context.js';
import { PlatformClient } from '../../src/lib/platform/client.js';
import { resolveWorkspace } from '../../src/lib/platform/workspaces.js';
import { tempConfigDir } from '../helpers/cli.js';
import { envCredentials, errorOf, platformCli, useEmulator } from '../helpers/platform.js';

const harness = useEmulator();
const { loggedIn } = harness;

const names = (stdout: string) => (JSON.parse(stdout) as { name: string }[]).map((w) => w.name);

describe('aac workspaces', { timeout: 90_000 }, () => {
  it('follows the cursor pagination to the end', async () => {
    const { em, cli } = await loggedIn({ workspaces: ['acme', 'beta', 'gamma', 'delta', 'epsilon'], pageSize: 2 });
    const result = await cli.run(['workspaces']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(em.workspaces);
    const pages = em.apiRequests();
    expect(pages.map((r) => r.path)).toEqual(['/api/v1/workspaces', '/api/v1/workspaces', '/api/v1/workspaces']);
    expect(pages.map((r) => r.query.get('limit'))).toEqual(['100', '100', '100']);
    expect(pages[0]!.query.has('cursor')).toBe(false);
    expect(pages.slice(1).every((r) => r.query.get('cursor'))).toBe(true);
  });

  it('passes --name-contains and --status to the platform', async () => {
    const { em, cli } = await loggedIn({ workspaces: ['acme-prod', 'acme-dev', 'other'] });
    em.workspaces[1]!.status = 'inactive';
    const result = await cli.run(['workspaces', '--name-contains', 'ACME', '--status', 'active']);
    expect(names(result.stdout)).toEqual(['acme-prod']);
    expect(Object.fromEntries(em.apiRequests()[0]!.query)).toEqual({ limit: '100', name_contains: 'ACME', status: 'active' });
  });

  it('rejects an unknown --status before calling the platform', async () => {
    const { em, cli } = await loggedIn();
    const result = await cli.run(['workspaces', '--status', 'paused']);
    expect(result.code).toBe(4);
    expect(em.apiRequests()).toHaveLength(0);
  });

  it('get finds a workspace by name or id; an unknown name is exit 3 with a suggestion', async () => {
    const { em, cli } = await loggedIn({ workspaces: ['acme', 'beta'] });
    const [acme] = em.workspaces;
    expect(JSON.parse((await cli.run(['workspaces', 'get', 'acme'])).stdout)).toEqual(acme);
    expect(JSON.parse((await cli.run(['workspaces', 'get', acme!.id])).stdout)).toEqual(acme);
    const missing = await cli.run(['workspaces', 'get', 'acmee']);
    expect(missing.code).toBe(3);
    expect(errorOf(missing)).toMatchObject({
      type: 'not_found',
      message: 'No workspace named "acmee".',
      hint: 'Did you mean "acme"? Run `aac workspaces` to list them.',
    });
  });

  it('use saves the default workspace, shown by whoami and kept in step by update and delete', async () => {
    const { em, cli } = await loggedIn({ workspaces: ['acme', 'beta'] });
    const beta = em.workspaces[1]!;
    const use = await cli.run(['workspaces', 'use', 'beta']);
    expect(use.code).toBe(0);
    expect(JSON.parse(use.stdout)).toEqual({ workspace: { id: beta.id, name: 'beta' } });
    expect(cli.config().profiles.default!.platform!.workspace).toEqual({ id: beta.id, name: 'beta' });
    expect(JSON.parse((await cli.run(['whoami'])).stdout).workspace).toEqual({ id: beta.id, name: 'beta' });

    const update = await cli.run(['workspaces', 'update', 'beta', '--name', 'beta-prod', '--no-cache']);
    expect(update.code).toBe(0);
    expect(em.apiRequests().at(-1)!.json).toEqual({ name: 'beta-prod', cache_enabled: false });
    expect(JSON.parse(update.stdout)).toMatchObject({ id: beta.id, name: 'beta-prod', cache_enabled: false });
    expect(cli.config().profiles.default!.platform!.workspace).toEqual({ id: beta.id, name: 'beta-prod' });

    const refused = await cli.run(['workspaces', 'delete', 'beta-prod']);
    expect(refused.code).toBe(4);
    expect(errorOf(refused)).toMatchObject({ message: 'Refusing to delete the workspace "beta-prod" without confirmation.', hint: 'Add --yes to confirm.' });
    expect(em.apiRequests().some((r) => r.method === 'DELETE')).toBe(false);

    const deleted = await cli.run(['workspaces', 'delete', 'beta-prod', '--yes']);
    expect(deleted.code).toBe(0);
    expect(JSON.parse(deleted.stdout)).toEqual({ id: beta.id, name: 'beta-prod', deleted_at: expect.any(String) });
    expect(em.apiRequests().at(-1)).toMatchObject({ method: 'DELETE', path: `/api/v1/workspaces/${beta.id}` });
    expect(cli.config().profiles.default!.platform!.workspace).toBeUndefined();
  });

  it('update needs something to change', async () => {
    const { cli } = await loggedIn();
    const result = await cli.run(['workspaces', 'update', 'default']);
    expect(result.code).toBe(4);
    expect(errorOf(result)).toMatchObject({ message: 'Nothing to update.', hint: 'Pass --name, --status or --cache/--no-cache.' });
  });

  it('use needs a login to save the default in; with environment credentials AAC_WORKSPACE is the way', async () => {
    const cli = platformCli(await harness.start(), envCredentials);
    const result = await cli.run(['workspaces', 'use', 'default']);
    expect(result.code).toBe(4);
    expect(errorOf(result).hint).toBe('Run `aac login` first, or set AAC_WORKSPACE instead.');
  });

  it('stats counts active and inactive workspaces', async () => {
    const { em, cli } = await loggedIn({ workspaces: ['a', 'b', 'c'] });
    em.workspaces[2]!.status = 'inactive';
    expect(JSON.parse((await cli.run(['workspaces', 'stats'])).stdout)).toEqual({ active_count: 2, inactive_count: 1, total_count: 3 });
  });
});

describe('workspace resolution for platform commands', { timeout: 90_000 }, () => {
  async function resolver(workspaces: string[], env: Record<string, string> = {}) {
    const em = await harness.start({ workspaces });
    const client = new PlatformClient({ env: { ...envCredentials, AAC_PLATFORM_URL: em.url } });
    return (opts: { flag?: string; store?: Store } = {}) => resolveWorkspace(client, testContext(env, { store: opts.store }), { flag: opts.flag });
  }

  it('uses the only active workspace automatically', async () => {
    const resolve = await resolver(['solo']);
    expect(await resolve()).toEqual({ id: harness.emulator.workspaces[0]!.id, name: 'solo', source: 'only' });
  });

  it('with several and no TTY, fails naming --workspace', async () => {
    const resolve = await resolver(['acme', 'beta']);
    await expect(resolve()).rejects.toMatchObject({
      exitCode: 4,
      message: 'Several workspaces are available (acme, beta); choose one.',
      hint: 'Pass --workspace <name|id> or set AAC_WORKSPACE, or save a default with `aac workspaces use <name>`.',
    });
  });

  it('--workspace (or AAC_WORKSPACE) picks one by name or id', async () => {
    const resolve = await resolver(['acme', 'beta']);
    const beta = harness.emulator.workspaces[1]!;
    expect(await resolve({ flag: 'beta' })).toEqual({ id: beta.id, name: 'beta', source: 'flag' });
    expect(await resolve({ flag: beta.id })).toEqual({ id: beta.id, name: 'beta', source: 'flag' });
    await expect(resolve({ flag: 'gamma' })).rejects.toMatchObject({ exitCode: 3 });
  });

  it('uses the default saved with the login of the same application, without asking the platform', async () => {
    const resolve = await resolver(['acme', 'beta']);
    const store = Store.open('default', { AAC_CONFIG_DIR: tempConfigDir() });
    await store.savePlatform({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, workspace: { id: 'ws-1', name: 'beta' } });
    const before = harness.emulator.apiRequests().length;
    expect(await resolve({ store })).toEqual({ id: 'ws-1', name: 'beta', source: 'default' });
    expect(harness.emulator.apiRequests()).toHaveLength(before);
    await store.savePlatform({ clientId: 'another-app', clientSecret: 'x', workspace: { id: 'ws-1', name: 'beta' } });
    await expect(resolve({ store })).rejects.toMatchObject({ exitCode: 4 });
  });

  it('AAC_WORKSPACE works like the flag', async () => {
    const resolve = await resolver(['acme', 'beta'], { AAC_WORKSPACE: 'acme' });
    expect(await resolve()).toMatchObject({ name: 'acme', source: 'flag' });
  });

  it('with no active workspace, is exit 3', async () => {
    const resolve = await resolver(['old']);
    harness.emulator.workspaces[0]!.status = 'inactive';
    await expect(resolve()).rejects.toMatchObject({ exitCode: 3, message: 'There is no active workspace in this organization.' });
  });
});
