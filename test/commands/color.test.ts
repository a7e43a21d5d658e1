import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { TestServer } from '../helpers/server.js';
import { fakeStripe, stripe } from '../helpers/stripe.js';

const RED = '\u001b[31m';
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('colour: on a terminal unless NO_COLOR', () => {
  it('an error on a terminal: "Error:" red, the hint dim', async () => {
    const r = await runCli(['exec', 'strpe', 'customers', 'list'], { answers: [], env: { NO_COLOR: '' } });
    expect(r.code).toBe(4);
    expect(r.stderr.startsWith(`${RED}Error:\u001b[39m Unknown connector "strpe".\n${DIM}Hint: `)).toBe(true);
  });

  it('no colour with NO_COLOR, nor when stderr is not a terminal', async () => {
    const plain = await runCli(['exec', 'strpe', 'customers', 'list'], { answers: [], env: { NO_COLOR: '1' } });
    expect(plain.stderr.startsWith('Error: Unknown connector "strpe".\nHint: ')).toBe(true);
    const piped = await runCli(['exec', 'strpe', 'customers', 'list'], { env: { NO_COLOR: '' } });
    expect(piped.stderr).not.toContain('\u001b[');
  });

  it('table headers are bold on a terminal, plain when NO_COLOR is set', async () => {
    server = await fakeStripe();
    const bold = await stripe(server, ['customers', 'list', '-o', 'table'], { ttyColumns: 100, env: { NO_COLOR: '' } });
    expect(bold.stdout.split('\n')[1]).toContain(`${BOLD}id\u001b[22m`);
    const plain = await stripe(server, ['customers', 'list', '-o', 'table'], { ttyColumns: 100 });
    expect(plain.stdout).not.toContain('\u001b[');
  });
});
