import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, expect } from 'vitest';
import type { Env } from '../../src/lib/context.js';
import { createMcpServer } from '../../src/lib/mcp/server.js';
import type { ToolOptions } from '../../src/lib/mcp/tools.js';
import { runCli, tempConfigDir } from './cli.js';
import { testContext } from './context.js';
import { startServer, type TestServer } from './server.js';
import { customer, KEY, stripeError } from './stripe.js';

/** A fake Stripe holding `count` customers, paged by `limit` (default 10, at most 100) and `starting_after`. */
export function manyCustomers(count: number): Promise<TestServer> {
  const all = Array.from({ length: count }, (_, i) => customer(i + 1));
  const index = new Map(all.map((c, i) => [c.id, i]));
  return startServer((req) => {
    if (req.headers.authorization !== `Bearer ${KEY}`) return stripeError(401, 'Invalid API Key provided', 'authentication_error');
    if (req.method === 'GET' && req.path === '/v1/customers') {
      const limit = Number(req.query.get('limit') ?? 10);
      const after = req.query.get('starting_after');
      const start = after ? index.get(after)! + 1 : 0;
      return { body: { object: 'list', url: '/v1/customers', has_more: start + limit < all.length, data: all.slice(start, start + limit) } };
    }
    const one = /^\/v1\/customers\/([^/]+)$/.exec(req.path);
    if (one && req.method === 'DELETE') return { body: { id: one[1], object: 'customer', deleted: true } };
    const found = one && all[index.get(one[1]!) ?? -1];
    if (found && req.method === 'GET') return { body: found };
    return stripeError(404, `Unrecognized request URL (${req.method}: ${req.path})`);
  });
}

/** A config directory with a local "stripe" connector saved with the key and `url` as its base URL. */
export async function savedStripe(url: string, name = 'stripe'): Promise<string> {
  const dir = tempConfigDir();
  const created = await runCli(['connectors', 'create', 'stripe', '--local', '--name', name, '--base-url', url], { env: { AAC_CONFIG_DIR: dir, STRIPE_API_KEY: KEY } });
  expect(created.code).toBe(0);
  return dir;
}

export interface Session {
  client: Client;
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult & { structuredContent: Record<string, unknown> }>;
}

/** An SDK client linked in memory to the server built from a test context; closed after the test. */
export function mcpSessions(): (env: Env, opts?: ToolOptions) => Promise<Session> {
  const open: Client[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });
  return async (env, opts = {}) => {
    const server = createMcpServer(testContext(env), { version: 'test', ...opts });
    const [serverSide, clientSide] = InMemoryTransport.createLinkedPair();
    const client = new Client({ name: 'test', version: '1.0.0' });
    await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
    open.push(client);
    return { client, call: (name, args = {}) => client.callTool({ name, arguments: args }) as never };
  };
}

/** The JSON text of a result parses to its structuredContent. */
export function expectSameText(result: CallToolResult): void {
  const [first] = result.content as { type: string; text: string }[];
  expect(first!.type).toBe('text');
  expect(JSON.parse(first!.text)).toEqual(result.structuredContent);
}
