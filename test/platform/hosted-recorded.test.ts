import { describe, expect, it } from 'vitest';
import { WithMetadata, type ExecuteCall } from '../helpers/platform-emulator.js';
import { envCredentials, platformCli, useEmulator } from '../helpers/platform.js';
import { KEY, ndjson, pretty } from '../helpers/stripe.js';

/**
 * What the platform answered for Stripe customers, recorded here by hand: these tests check aac's side of hosted
 * exec (request, envelope, paging, rendering) against a fixed answer, without aac's own engine in the loop.
 */
const PAGE_1 = [
  { id: 'cus_R1', object: 'customer', email: 'ada@example.com', name: 'Ada', created: 1714000001 },
  { id: 'cus_R2', object: 'customer', email: 'alan@example.com', name: null, created: 1714000002 },
];
const PAGE_2 = [{ id: 'cus_R3', object: 'customer', email: 'grace@example.com', name: 'Grace', created: 1714000003 }];

function recorded(call: ExecuteCall): unknown {
  if (call.entity !== 'customers' || call.action !== 'list') return { error: 'not recorded' };
  return call.params.starting_after === 'cus_R2' ? new WithMetadata(PAGE_2, { has_more: false }) : new WithMetadata(PAGE_1, { has_more: true });
}

describe('hosted exec against a recorded platform answer', () => {
  const { start } = useEmulator();

  async function hosted() {
    const em = await start({ execute: recorded });
    const cli = platformCli(em, envCredentials);
    expect((await cli.run(['templates', 'register', 'stripe'])).code).toBe(0);
    expect((await cli.run(['connectors', 'create', 'stripe', '--hosted'], { env: { STRIPE_API_KEY: KEY } })).code).toBe(0);
    em.requests.length = 0;
    return { em, cli };
  }

  it('prints the recorded records exactly as a local exec would print them', async () => {
    const { em, cli } = await hosted();
    const r = await cli.run(['exec', 'stripe', 'customers', 'list', '-p', 'limit=2', '--fields', 'id,email']);
    expect(r).toEqual({ code: 0, stdout: pretty(PAGE_1.map(({ id, email }) => ({ id, email }))), stderr: '' });
    const body = em.apiRequests().find((q) => q.path.endsWith('/execute'))!.json;
    expect(body).toEqual({ entity: 'customers', action: 'list', params: { limit: 2 }, select_fields: ['id', 'email'] });
  });

  it('--all follows the cursor from connector_metadata to the last recorded page', async () => {
    const { em, cli } = await hosted();
    const r = await cli.run(['exec', 'stripe', 'customers', 'list', '--all']);
    expect(r).toEqual({ code: 0, stdout: ndjson([...PAGE_1, ...PAGE_2]), stderr: '' });
    const pages = em.apiRequests().filter((q) => q.path.endsWith('/execute')).map((q) => (q.json as { params: unknown }).params);
    expect(pages).toEqual([expect.not.objectContaining({ starting_after: expect.anything() }), expect.objectContaining({ starting_after: 'cus_R2' })]);
  });
});
