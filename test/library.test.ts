import { afterEach, describe, expect, it } from 'vitest';
import { AacError, connect } from '../src/lib/index.js';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('library', () => {
  it('executes an action and follows pagination with the same engine as the CLI', async () => {
    server = await startServer((req) => {
      const after = req.query.get('starting_after');
      return after
        ? { body: { data: [{ id: 'cus_3' }], has_more: false } }
        : { body: { data: [{ id: 'cus_1' }, { id: 'cus_2' }], has_more: true } };
    });
    const stripe = await connect('stripe', { credentials: { api_key: 'sk_test_lib' }, env: {}, baseUrl: server.url });

    const first = await stripe.execute('customers', 'list', { limit: 2 });
    expect(first).toEqual({ data: [{ id: 'cus_1' }, { id: 'cus_2' }], meta: { has_more: true, next: { starting_after: 'cus_2' } } });

    const ids: unknown[] = [];
    for await (const c of stripe.records('customers', 'list', { limit: 2 })) ids.push((c as { id: string }).id);
    expect(ids).toEqual(['cus_1', 'cus_2', 'cus_3']);
    expect(server.requests.map((r) => r.query.toString())).toEqual(['limit=2', 'limit=2', 'limit=2&starting_after=cus_2']);
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sk_test_lib');
  });

  it('rejects invalid params before sending anything', async () => {
    server = await startServer(() => ({ body: {} }));
    // Untyped on purpose (a name known only at run time), so that a wrongly typed param reaches the validation.
    const stripe = await connect('stripe' as string, { credentials: { api_key: 'sk_test_lib' }, env: {}, baseUrl: server.url });
    const error = await stripe.execute('customers', 'list', { limit: 'ten' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AacError);
    expect((error as AacError).exitCode).toBe(4);
    expect(server.requests).toHaveLength(0);
  });

  it('fails with an authentication error naming the env var when no credentials are given', async () => {
    const error = await connect('stripe', { env: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AacError);
    expect((error as AacError).type).toBe('authentication');
    expect((error as AacError).hint).toContain('STRIPE_API_KEY');
  });
});
