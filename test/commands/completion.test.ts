import { describe, expect, it } from 'vitest';
import { runCli, tempConfigDir } from '../helpers/cli.js';
import stripeDef from '../../src/connectors/stripe/index.js';
import { connectorNames } from '../../src/connectors/index.js';

const lines = (stdout: string) => stdout.split('\n').filter(Boolean);

describe('shell completion', () => {
  it('completes commands and topics, then subcommands', async () => {
    expect(lines((await runCli(['__complete', '--', 'd'])).stdout)).toEqual(['describe', 'doctor']);
    expect(lines((await runCli(['__complete', '--', 'connectors', 'c'])).stdout)).toEqual(['catalog', 'check', 'create']);
  });

  it('completes connector, entity and action names of exec from the definitions, and saved connectors', async () => {
    const dir = tempConfigDir();
    await runCli(['connectors', 'create', 'stripe', '--local', '--name', 'stripe-live'], { env: { AAC_CONFIG_DIR: dir, STRIPE_API_KEY: 'sk_1' } });
    const env = { AAC_CONFIG_DIR: dir };
    expect(lines((await runCli(['__complete', '--', 'exec', ''], { env })).stdout)).toEqual([...connectorNames, 'stripe-live'].sort());
    expect(lines((await runCli(['__complete', '--', 'exec', 'stri'], { env })).stdout)).toEqual(['stripe', 'stripe-live']);
    expect(lines((await runCli(['__complete', '--', 'exec', 'stripe-live', ''], { env })).stdout)).toEqual(Object.keys(stripeDef.entities).sort());
    expect(lines((await runCli(['__complete', '--', 'exec', 'stripe', 'customers', '--mode', 'local', 'l'], { env })).stdout)).toEqual(['list']);
    expect(lines((await runCli(['__complete', '--', 'describe', 'stripe', 'customers', ''], { env })).stdout)).toEqual(Object.keys(stripeDef.entities.customers!.actions).sort());
    expect(lines((await runCli(['__complete', '--', 'connectors', 'get', ''], { env })).stdout)).toEqual(['stripe-live']);
  });

  it('completes flags, and nothing past the last arg', async () => {
    expect(lines((await runCli(['__complete', '--', 'exec', 'stripe', 'customers', 'list', '--ma'])).stdout)).toEqual(['--max-body', '--max-items', '--max-pages']);
    expect((await runCli(['__complete', '--', 'exec', 'stripe', 'customers', 'list', ''])).stdout).toBe('');
  });

  it('prints a script for bash, zsh and fish that asks `aac __complete`', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const r = await runCli(['completion', shell]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('aac __complete -- ');
    }
    expect((await runCli(['completion', 'bash'])).stdout).toContain('complete -o default -F _aac_complete aac\n');
    expect((await runCli(['completion', 'tcsh'])).code).toBe(4);
  });

  it('the oclif autocomplete plugin is loaded through the same dispatch', async () => {
    const r = await runCli(['autocomplete', 'script', 'tcsh']);
    expect(r.code).toBe(4);
    expect(JSON.parse(r.stderr).error.message).toContain('Expected tcsh to be one of: zsh, bash, powershell');
  });
});
