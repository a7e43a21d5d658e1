import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { runCli, type CliOptions, type CliResult } from './cli.js';
import { startServer, type Handler, type Reply, type ReceivedRequest, type TestServer } from './server.js';

/** The Stripe key the command tests use; no output of any test may contain it. */
export const KEY = 'sk_test_51CmdTestSecretKeyDoNotPrint';

export interface Customer {
  id: string;
  object: 'customer';
  email: string;
  name: string | null;
  created: number;
  address: { city: string; country: string };
  metadata: Record<string, string>;
}

export const customer = (n: number): Customer => ({
  id: `cus_${n}`,
  object: 'customer',
  email: `c${n}@example.com`,
  name: n % 2 ? `Customer ${n}` : null,
  created: 1_700_000_000 + n,
  address: { city: `City ${n}`, country: 'FR' },
  metadata: {},
});

/** The customers the fake Stripe holds, newest first as Stripe lists them. */
export const CUSTOMERS = [1, 2, 3, 4, 5, 6, 7].map(customer);

/** The most customers the fake Stripe puts on one page, whatever `limit` asks (Stripe's own cap is 100). */
export const MAX_PAGE = 3;

const json = (status: number, body: unknown): Reply => ({ status, body });

export const stripeError = (status: number, message: string, type = 'invalid_request_error'): Reply =>
  json(status, { error: { type, message } });

/**
 * A loopback server playing the part of Stripe's customer API: list with `limit` / `starting_after`
 * paging (pages of at most 3, so that `--all` asking for 100 still walks pages), get, create, update and delete. `override` answers first when it
 * returns a reply.
 */
export async function fakeStripe(override?: (req: ReceivedRequest) => Reply | undefined): Promise<TestServer> {
  const handler: Handler = (req) => {
    const custom = override?.(req);
    if (custom) return custom;
    if (req.headers.authorization !== `Bearer ${KEY}`) return stripeError(401, 'Invalid API Key provided: sk_test_****rint', 'authentication_error');
    const one = /^\/v1\/customers\/([^/]+)$/.exec(req.path);
    if (req.method === 'GET' && req.path === '/v1/customers') {
      const limit = Math.min(MAX_PAGE, Number(req.query.get('limit') ?? MAX_PAGE));
      const after = req.query.get('starting_after');
      const start = after ? CUSTOMERS.findIndex((c) => c.id === after) + 1 : 0;
      const data = CUSTOMERS.slice(start, start + limit);
      return json(200, { object: 'list', url: '/v1/customers', has_more: start + limit < CUSTOMERS.length, data });
    }
    if (one && req.method === 'GET') {
      const found = CUSTOMERS.find((c) => c.id === one[1]);
      return found ? json(200, found) : stripeError(404, `No such customer: '${one[1]}'`);
    }
    if (one && req.method === 'DELETE') return json(200, { id: one[1], object: 'customer', deleted: true });
    if (req.method === 'POST' && (req.path === '/v1/customers' || one)) {
      const fields = Object.fromEntries(req.form ?? []);
      return json(200, { ...customer(9), id: one?.[1] ?? 'cus_new', ...fields });
    }
    return stripeError(404, `Unrecognized request URL (${req.method}: ${req.path})`);
  };
  return startServer(handler);
}

/** Runs `aac` and checks that the Stripe key never reaches stdout or stderr, whatever the command did. */
export async function aac(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const result = await runCli(args, opts);
  expect(result.stdout).not.toContain(KEY);
  expect(result.stderr).not.toContain(KEY);
  return result;
}

/** `aac exec stripe …` against `server`, with the key in the environment. */
export function stripe(server: TestServer | string, args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const url = typeof server === 'string' ? server : server.url;
  return aac(['exec', 'stripe', ...args, '--base-url', url], { ...opts, env: { STRIPE_API_KEY: KEY, ...opts.env } });
}

/** What `--output json` prints for a value. */
export const pretty = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** What NDJSON output prints for records. */
export const ndjson = (records: unknown[]): string => records.map((r) => `${JSON.stringify(r)}\n`).join('');

/** The one-line JSON error a non-TTY stderr carries, with the keys in their documented order. */
export function errorLine(error: {
  type: string;
  message: string;
  status_code: number | null;
  retryable: boolean;
  hint: string | null;
  details?: unknown;
}): string {
  const { type, message, status_code, retryable, hint, details } = error;
  return `${JSON.stringify({ error: { type, message, status_code, retryable, hint, ...(details === undefined ? {} : { details }) } })}\n`;
}

/** A loopback port with nothing listening on it (connection refused). */
export async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
