import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoSecrets, platformWithStripe } from '../helpers/hosted.js';
import { CLIENT_ID, CLIENT_SECRET } from '../helpers/platform-emulator.js';
import { platformCli } from '../helpers/platform.js';
import { KEY, MAX_PAGE } from '../helpers/stripe.js';
import { KEYS, runCliTty } from '../helpers/tty.js';
import { tempConfigDir } from '../helpers/cli.js';

const start = platformWithStripe();

describe('aac setup on a terminal', () => {
  it('asks each question of the checklist in order, then a second run asks only what it must and changes nothing', async () => {
    const { em } = await start({ workspaces: ['acme', 'globex'] });
    const cli = platformCli(em);
    const cwd = tempConfigDir();
    const env = { AAC_CONFIG_DIR: cli.configDir, AAC_PLATFORM_URL: em.url };

    const tty = runCliTty(['setup', 'stripe'], { cwd, env });
    await tty.waitFor('Where should the connector run?');
    tty.type(KEYS.up + KEYS.enter);
    await tty.waitFor('Airbyte client id:');
    tty.type(`${CLIENT_ID}\r`);
    await tty.waitFor('Airbyte client secret:');
    tty.type(`${CLIENT_SECRET}\r`);
    await tty.waitFor('Signed in');
    await tty.waitFor('Which workspace?');
    tty.type(KEYS.down + KEYS.enter);
    await tty.waitFor('Workspace "globex"');
    await tty.waitFor('Stripe is not enabled yet. Register a DIRECT template "Stripe" for it?');
    tty.type(KEYS.enter);
    await tty.waitFor('Template "Stripe" registered');
    await tty.waitFor('Name for the new connector:');
    tty.type(KEYS.enter);
    await tty.waitFor('Secret key');
    tty.type(`${KEY}\r`);
    await tty.waitFor('Created connector "stripe"');
    await tty.waitFor(`Pulled ${MAX_PAGE} records from stripe customers list`);
    await tty.waitFor('Write the credentials to');
    tty.type('y\r');
    const first = await tty.done;
    expect(first.code).toBe(0);
    expect(first.transcript).toContain(`Connector created and verified! Pulled ${MAX_PAGE} records successfully.`);
    expect(first.transcript).toContain('The stripe hosted connector "stripe" in workspace "globex" created');
    expectNoSecrets(em, first.transcript);

    const connector = em.connectors[0]!;
    expect(connector).toMatchObject({ name: 'stripe', workspace_id: em.workspaces[1]!.id, credentials: { api_key: KEY } });
    expect(em.templates).toMatchObject([{ name: 'Stripe', mode: 'DIRECT' }]);
    const profile = cli.config().profiles.default!;
    expect(profile.platform).toMatchObject({ clientId: CLIENT_ID, workspace: { id: em.workspaces[1]!.id, name: 'globex' } });
    expect(profile.connectors!.stripe).toMatchObject({ mode: 'hosted', id: connector.id, workspace: 'globex' });
    expect(readFileSync(join(cwd, '.env'), 'utf8')).toBe(`AIRBYTE_CLIENT_ID=${CLIENT_ID}\nAIRBYTE_CLIENT_SECRET=${CLIENT_SECRET}\nSTRIPE_API_KEY=${KEY}\n`);
    expect(statSync(join(cwd, '.env')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(cwd, '.gitignore'), 'utf8')).toBe('.env\n');

    const seen = em.requests.length;
    const again = runCliTty(['setup', 'stripe'], { cwd, env });
    await again.waitFor('Where should the connector run?');
    again.type(KEYS.enter);
    await again.waitFor('Workspace "globex" (your default)');
    await again.waitFor('Template "Stripe" already exists');
    await again.waitFor(`Connector "stripe" already exists (${connector.id})`);
    await again.waitFor(`Pulled ${MAX_PAGE} records`);
    await again.waitFor('Write the credentials to');
    again.type(KEYS.enter);
    const second = await again.done;
    expect(second.code).toBe(0);
    expect(second.transcript).toContain('Connector verified! Pulled');
    expect(second.transcript).not.toContain('Which workspace?');
    expect(second.transcript).not.toContain('Name for the new connector');
    expect(em.requests.slice(seen).filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([`/api/v1/integrations/connectors/${connector.id}/execute`]);
    expect(em.connectors).toHaveLength(1);
    expect(em.templates).toHaveLength(1);
  }, 300_000);

  it('with --yes on a terminal it asks nothing and shows a spinner line per step', async () => {
    const { em } = await start({ workspaces: ['acme'] });
    const cli = platformCli(em);
    const tty = runCliTty(['setup', 'stripe', '--yes'], {
      env: { AAC_CONFIG_DIR: cli.configDir, AAC_PLATFORM_URL: em.url, AIRBYTE_CLIENT_ID: CLIENT_ID, AIRBYTE_CLIENT_SECRET: CLIENT_SECRET, STRIPE_API_KEY: KEY },
    });
    const { code, transcript } = await tty.done;
    expect(code).toBe(0);
    const steps = [
      'Mode: platform (AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET are set)',
      'Airbyte credentials from the environment; token valid until',
      'Workspace "acme"',
      'Template "Stripe" registered',
      'No connector yet',
      'Created connector "stripe"',
      `Pulled ${MAX_PAGE} records from stripe customers list`,
      `Connector created and verified! Pulled ${MAX_PAGE} records successfully.`,
    ];
    let at = 0;
    for (const step of steps) {
      const found = transcript.indexOf(step, at);
      expect(found, `"${step}" in order in:\n${transcript}`).toBeGreaterThanOrEqual(0);
      at = found;
    }
    expect(transcript).not.toContain('?');
  }, 120_000);

  it('exec on a terminal says which mode ran, on stderr, before the records', async () => {
    const { em } = await start({ workspaces: ['acme'] });
    const cli = platformCli(em, { AIRBYTE_CLIENT_ID: CLIENT_ID, AIRBYTE_CLIENT_SECRET: CLIENT_SECRET });
    expect((await cli.run(['setup', 'stripe', '--yes', '--no-verify'], { env: { STRIPE_API_KEY: KEY } })).code).toBe(0);
    const env = { AAC_CONFIG_DIR: cli.configDir, AAC_PLATFORM_URL: em.url, AIRBYTE_CLIENT_ID: CLIENT_ID, AIRBYTE_CLIENT_SECRET: CLIENT_SECRET };
    const { code, transcript } = await runCliTty(['exec', 'stripe', 'customers', 'get', '-p', 'id=cus_1'], { env }).done;
    expect(code).toBe(0);
    expect(transcript.startsWith('Mode: platform ("stripe" is a saved hosted connector)\n')).toBe(true);
    expect(transcript).toContain('"id": "cus_1"');
  }, 120_000);
});
