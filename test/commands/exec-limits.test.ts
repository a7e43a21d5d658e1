import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';
import { CUSTOMERS, pretty, stripe } from '../helpers/stripe.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('aac exec: bounds on what a server may send', () => {
  it('a body over --max-body is exit 1 naming the cap and how to raise it; the default cap accepts it', async () => {
    const big = { ...CUSTOMERS[0], note: 'x'.repeat(2 * 1024 * 1024) };
    server = await startServer(() => ({ body: big }));
    const capped = await stripe(server, ['customers', 'get', '-p', 'id=cus_1', '--max-body', '1']);
    expect(capped.code).toBe(1);
    expect(capped.stdout).toBe('');
    expect(JSON.parse(capped.stderr)).toMatchObject({
      error: { type: 'bad_response', message: expect.stringContaining(`larger than ${1024 * 1024} bytes`), hint: expect.stringContaining('--max-body') },
    });
    const fine = await stripe(server, ['customers', 'get', '-p', 'id=cus_1']);
    expect(fine).toEqual({ code: 0, stdout: pretty(big), stderr: '' });
  });

  it('a Retry-After wait is announced on a terminal, capped, and the call then succeeds', async () => {
    let calls = 0;
    server = await startServer(() => (calls++ === 0 ? { status: 503, headers: { 'retry-after': '0' }, body: {} } : { body: CUSTOMERS[0] }));
    const r = await stripe(server, ['customers', 'get', '-p', 'id=cus_1'], { answers: [] });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(pretty(CUSTOMERS[0]));
    expect(r.stderr).toContain('GET /v1/customers/cus_1: HTTP 503, waiting 0 s as the server asked, then retrying (attempt 2 of 4).');
    expect(server.requests).toHaveLength(2);
  });

  it('a Retry-After that would outlast the call fails at once with a timeout instead of waiting', async () => {
    server = await startServer(() => ({ status: 429, headers: { 'retry-after': '50' }, body: {} }));
    const r = await stripe(server, ['customers', 'get', '-p', 'id=cus_1', '--timeout', '5', '--retries', '1']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { type: 'timeout', message: expect.stringContaining("would pass the call's time limit") } });
    expect(server.requests).toHaveLength(1);
  });
});
