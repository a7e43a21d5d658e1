import { describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/platform.js';

const { loggedIn } = useEmulator();
const SPINNER = /Airbyte platform: GET \/api\/v1\/workspaces/;

describe('platform commands: a spinner on a terminal while they wait', { timeout: 90_000 }, () => {
  it('draws on stderr, never on stdout, and is gone when the result prints', async () => {
    const { cli } = await loggedIn({ workspaces: ['acme'] });
    const r = await cli.run(['workspaces'], { stderrColumns: 80 });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(SPINNER);
    expect(r.stdout).not.toMatch(SPINNER);
    expect(JSON.parse(r.stdout)).toMatchObject([{ name: 'acme' }]);
  });

  it('stays off under CI, with --json, and when stderr is not a terminal', async () => {
    const { cli } = await loggedIn({ workspaces: ['acme'] });
    for (const [args, opts] of [
      [['workspaces'], { stderrColumns: 80, env: { CI: 'true' } }],
      [['workspaces', '--json'], { stderrColumns: 80 }],
      [['workspaces'], {}],
    ] as const) {
      const r = await cli.run([...args], { ...opts });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    }
  });
});
