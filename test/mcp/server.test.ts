import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempConfigDir } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { customer, KEY } from '../helpers/stripe.js';
import { expectSameText, manyCustomers, mcpSessions, savedStripe, type Session } from '../helpers/mcp.js';

const session = mcpSessions();
let vendor: TestServer | undefined;
afterEach(async () => {
  await vendor?.close();
  vendor = undefined;
});

/** A server over a fake Stripe of `count` customers, saved as the local connector "stripe" with its base URL. */
async function stripeSession(count: number, opts: Parameters<ReturnType<typeof mcpSessions>>[1] = {}, env: Record<string, string> = {}): Promise<Session & { vendor: TestServer }> {
  vendor = await manyCustomers(count);
  const dir = await savedStripe(vendor.url);
  vendor.requests.length = 0;
  return { ...(await session({ AAC_CONFIG_DIR: dir, ...env }, opts)), vendor };
}

const ids = (data: unknown) => (data as { id: string }[]).map((c) => c.id);

describe('aac mcp tools', () => {
  it('lists five generic tools with JSON Schema inputs', async () => {
    const { client } = await stripeSession(1);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(['list_connectors', 'list_entities', 'describe_entity', 'validate_operation', 'execute']);
    const execute = tools.find((t) => t.name === 'execute')!;
    expect(execute.inputSchema.type).toBe('object');
    expect(execute.inputSchema.required).toEqual(['connector_id', 'entity', 'action']);
    expect(Object.keys(execute.inputSchema.properties ?? {})).toEqual(['connector_id', 'entity', 'action', 'params', 'fields', 'max_items', 'skip', 'page_url', 'confirm', 'intent', 'file_name']);
    expect(execute.annotations).toMatchObject({ destructiveHint: true, readOnlyHint: false });
  });

  it('list_connectors: saved connectors and connector types with credentials in the environment, each with its mode', async () => {
    const { call } = await stripeSession(1, {}, { GITHUB_TOKEN: 'ghp_EnvironmentTokenNeverPrinted' });
    const r = await call('list_connectors');
    expectSameText(r);
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toEqual({
      connectors: [
        { name: 'stripe', type: 'stripe', mode: 'local', auth: 'api_key', saved: true },
        { name: 'github', type: 'github', mode: 'local', auth: 'token', saved: false, credentials: 'environment' },
      ],
    });
    expect(JSON.stringify(r)).not.toContain('ghp_EnvironmentTokenNeverPrinted');
    expect(JSON.stringify(r)).not.toContain(KEY);
  });

  it('list_entities and describe_entity describe the connector', async () => {
    const { call } = await stripeSession(1);
    const entities = (await call('list_entities', { connector_id: 'stripe' })).structuredContent as { mode: string; entities: { name: string; actions: string[] }[] };
    expect(entities.mode).toBe('local');
    expect(entities.entities.find((e) => e.name === 'customers')?.actions).toEqual(['list', 'create', 'get', 'update', 'delete', 'api_search']);
    const described = (await call('describe_entity', { connector_id: 'stripe', entity: 'customers' })).structuredContent as {
      entity: string;
      actions: Record<string, { kind: string; method: string; path: string; input_schema: { properties: Record<string, unknown> } }>;
    };
    expect(described.entity).toBe('customers');
    expect(described.actions.delete).toMatchObject({ kind: 'destructive', method: 'DELETE', path: '/v1/customers/{id}' });
    expect(Object.keys(described.actions.list!.input_schema.properties)).toContain('starting_after');
  });

  it('validate_operation checks names and params and sends nothing', async () => {
    const { call, vendor: server } = await stripeSession(3);
    const ok = await call('validate_operation', { connector_id: 'stripe', entity: 'customers', action: 'get', params: { id: 'cus_1' } });
    expect(ok.structuredContent).toEqual({ valid: true, connector_id: 'stripe', mode: 'local', entity: 'customers', action: 'get', kind: 'read', params: { id: 'cus_1' } });
    const destructive = await call('validate_operation', { connector_id: 'stripe', entity: 'customers', action: 'delete', params: { id: 'cus_1' } });
    expect(destructive.structuredContent).toMatchObject({ valid: true, kind: 'destructive', requires_confirm: true });
    const bad = await call('validate_operation', { connector_id: 'stripe', entity: 'customers', action: 'list', params: { limit: 500, colour: 'red' } });
    expect(bad.isError).toBeFalsy();
    expect(bad.structuredContent).toMatchObject({ valid: false, error: { type: 'validation', details: [{ param: 'colour' }, { param: 'limit' }] } });
    expect(server.requests).toEqual([]);
  });

  it('execute returns one page with has_more and the params of the next page', async () => {
    const { call, vendor: server } = await stripeSession(7);
    const r = await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'list', params: { limit: 3 } });
    expectSameText(r);
    expect(r.structuredContent).toMatchObject({
      connector_id: 'stripe',
      mode: 'local',
      data: [customer(1), customer(2), customer(3)],
      count: 3,
      has_more: true,
      next: { limit: 3, starting_after: 'cus_3' },
    });
    expect(server.requests.map((q) => `${q.method} ${q.path}?${q.query}`)).toEqual(['GET /v1/customers?limit=3']);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('execute follows pagination up to max_items and keeps only `fields`', async () => {
    const { call, vendor: server } = await stripeSession(30);
    const r = await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'list', params: { limit: 10 }, max_items: 25, fields: ['id', 'address.city'] });
    const content = r.structuredContent as { data: unknown[]; has_more: boolean; next: unknown };
    expect(content.data).toHaveLength(25);
    expect(content.data[24]).toEqual({ id: 'cus_25', address: { city: 'City 25' } });
    expect(content).toMatchObject({ count: 25, has_more: true, next: { limit: 10, starting_after: 'cus_25' } });
    expect(server.requests.map((q) => q.query.get('starting_after'))).toEqual([null, 'cus_10', 'cus_20']);
  });

  it('max_items that ends on a page boundary sends no request for the page after it, and still says where it goes on', async () => {
    const { call, vendor: server } = await stripeSession(30);
    const r = await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'list', params: { limit: 10 }, max_items: 20 });
    expect(r.structuredContent).toMatchObject({ count: 20, has_more: true, next: { limit: 10, starting_after: 'cus_20' } });
    expect(server.requests.map((q) => q.query.get('starting_after'))).toEqual([null, 'cus_10']);
  });

  it('a 5,000-record list comes back bounded, cut at a record, and can be paged to the end', async () => {
    const { call, vendor: server } = await stripeSession(5000);
    const seen: string[] = [];
    let params: Record<string, unknown> = { limit: 100 };
    let calls = 0;
    for (;;) {
      const r = await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'list', params, max_items: 5000 });
      calls++;
      const text = (r.content as { text: string }[])[0]!.text;
      expect(text.length).toBeLessThanOrEqual(50_000);
      const content = r.structuredContent as { data: unknown[]; truncated?: boolean; has_more: boolean; next?: Record<string, unknown>; message?: string };
      seen.push(...ids(content.data));
      if (!content.has_more) break;
      expect(content.truncated).toBe(true);
      expect(content.message).toContain('cut to keep the result under 50000 characters');
      params = content.next!;
    }
    expect(calls).toBeGreaterThan(10);
    expect(seen).toEqual(Array.from({ length: 5000 }, (_, i) => `cus_${i + 1}`));
    expect(server.requests.every((q) => q.query.get('limit') === '100')).toBe(true);
  });

  it('--max-result-chars sets the budget', async () => {
    const { call } = await stripeSession(50, { maxResultChars: 2000 });
    const r = await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'list', params: { limit: 50 } });
    const content = r.structuredContent as { data: unknown[]; truncated: boolean; next: { starting_after: string } };
    expect((r.content as { text: string }[])[0]!.text.length).toBeLessThanOrEqual(2000);
    expect(content.truncated).toBe(true);
    expect(content.next).toEqual({ limit: 50, starting_after: `cus_${content.data.length}` });
  });

  it('a destructive action without confirm: true is refused and nothing is sent; with it, it runs', async () => {
    const { call, vendor: server } = await stripeSession(3);
    const refused = await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'delete', params: { id: 'cus_2' } });
    expect(refused.isError).toBe(true);
    expect(refused.structuredContent).toEqual({
      error: {
        type: 'usage',
        message: '"Delete Stripe customer cus_2" is destructive and was not sent.',
        status_code: null,
        retryable: false,
        hint: 'Ask the user first; if they agree, call execute again with the same arguments and confirm: true.',
      },
    });
    expect(server.requests).toEqual([]);
    const done = await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'delete', params: { id: 'cus_2' }, confirm: true });
    expect(done.structuredContent).toMatchObject({ data: { id: 'cus_2', deleted: true } });
    expect(server.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['DELETE /v1/customers/cus_2']);
  });

  it('--read-only exposes and allows read actions only', async () => {
    const { call, client, vendor: server } = await stripeSession(3, { readOnly: true });
    const execute = (await client.listTools()).tools.find((t) => t.name === 'execute')!;
    expect(execute.description).toContain('read-only');
    const entities = (await call('list_entities', { connector_id: 'stripe' })).structuredContent as { entities: { name: string; actions: string[] }[] };
    expect(entities.entities.find((e) => e.name === 'customers')?.actions).toEqual(['list', 'get', 'api_search']);
    const described = (await call('describe_entity', { connector_id: 'stripe', entity: 'customers' })).structuredContent as { actions: Record<string, unknown> };
    expect(Object.keys(described.actions)).toEqual(['list', 'get', 'api_search']);
    const refused = await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'delete', params: { id: 'cus_1' }, confirm: true });
    expect(refused.isError).toBe(true);
    expect(refused.structuredContent).toMatchObject({ error: { type: 'usage', message: '"stripe customers delete" is a destructive action and this server is read-only.' } });
    expect((await call('validate_operation', { connector_id: 'stripe', entity: 'customers', action: 'create', params: {} })).structuredContent).toMatchObject({ valid: false });
    expect(server.requests).toEqual([]);
    expect((await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'get', params: { id: 'cus_1' } })).structuredContent).toMatchObject({ data: customer(1) });
  });

  it('bad calls are tool errors with type, message, hint and details, and the server keeps serving', async () => {
    const { call, vendor: server } = await stripeSession(3);
    const invalid = await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'list', params: { limit: 'many' } });
    expect(invalid.isError).toBe(true);
    expect(invalid.structuredContent).toMatchObject({ error: { type: 'validation', hint: 'See `aac describe stripe customers list` for the parameters.', details: [{ param: 'limit' }] } });
    const unknown = await call('execute', { connector_id: 'strpe', entity: 'customers', action: 'list' });
    expect(unknown.structuredContent).toMatchObject({ error: { type: 'usage', message: 'Unknown connector "strpe".' } });
    const entity = await call('describe_entity', { connector_id: 'stripe', entity: 'customer' });
    expect(entity.structuredContent).toMatchObject({ error: { type: 'usage', message: 'Unknown entity "customer" for stripe.' } });
    const missing = await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'get', params: { id: 'cus_404' } });
    expect(missing.structuredContent).toMatchObject({ error: { type: 'not_found', status_code: 404 } });
    const shape = await call('execute', { connector_id: 'stripe' });
    expect(shape.isError).toBe(true);
    expect(server.requests.map((q) => q.path)).toEqual(['/v1/customers/cus_404']);
    const after = await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'get', params: { id: 'cus_1' } });
    expect(after.isError).toBeFalsy();
    for (const r of [invalid, unknown, entity, missing, shape, after]) expect(JSON.stringify(r)).not.toContain(KEY);
  });

  it('a bad credential is an authentication error that does not quote the key', async () => {
    vendor = await manyCustomers(1);
    const dir = await savedStripe(vendor.url);
    const { call } = await session({ AAC_CONFIG_DIR: dir, STRIPE_API_KEY: 'sk_test_WrongKeyFromTheEnvironment' });
    const r = await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'list' });
    expect(r.structuredContent).toMatchObject({ error: { type: 'authentication', status_code: 401 } });
    expect(JSON.stringify(r)).not.toContain('sk_test_WrongKeyFromTheEnvironment');
  });
});

describe('a cursor list cut mid-page', () => {
  it('resumes on the same page with next_skip, and then moves on with the cursor', async () => {
    const channels = (page: number) => Array.from({ length: 10 }, (_, i) => ({ id: `C${page}${i}`, name: `channel-${page}-${i}`, topic: 'x'.repeat(150) }));
    vendor = await startServer((req) => {
      const page = req.query.get('cursor') === 'page2' ? 2 : 1;
      return { body: { ok: true, channels: channels(page), response_metadata: { next_cursor: page === 1 ? 'page2' : '' } } };
    });
    const dir = tempConfigDir();
    expect((await runCli(['connectors', 'create', 'slack', '--local', '--base-url', vendor.url], { env: { AAC_CONFIG_DIR: dir, SLACK_BOT_TOKEN: 'xoxb-slack-test-token' } })).code).toBe(0);
    const { call } = await session({ AAC_CONFIG_DIR: dir }, { maxResultChars: 2000 });
    const first = (await call('execute', { connector_id: 'slack', entity: 'channels', action: 'list' })).structuredContent as { data: { id: string }[]; next: Record<string, unknown>; next_skip: number };
    const n = first.data.length;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(10);
    expect(first).toMatchObject({ truncated: true, has_more: true, next_skip: n });
    expect(first.next.cursor).toBeUndefined();
    const second = (await call('execute', { connector_id: 'slack', entity: 'channels', action: 'list', params: first.next, skip: first.next_skip, max_items: 10 })).structuredContent as { data: { id: string }[] };
    expect(second.data[0]!.id).toBe(`C1${n}`);
    expect(JSON.stringify([first, second])).not.toContain('xoxb-slack-test-token');
  });
});

describe('a list paged by server URLs, cut by the budget', () => {
  it('gives next_page_url (and next_skip mid-page), and the calls that follow it return every record once', async () => {
    const PREFIX = '/admin/api/2025-01';
    const order = (n: number) => ({ id: n, name: `#${n}`, note: 'x'.repeat(120) });
    const TOTAL = 25;
    vendor = await startServer((req) => {
      const page = Number(req.query.get('page_info') ?? 1);
      const orders = Array.from({ length: 10 }, (_, i) => (page - 1) * 10 + i + 1).filter((n) => n <= TOTAL).map(order);
      const headers: Record<string, string> = page * 10 < TOTAL ? { link: `<${vendor!.url}${PREFIX}/orders.json?limit=10&page_info=${page + 1}>; rel="next"` } : {};
      return { headers, body: { orders } };
    });
    const dir = tempConfigDir();
    const created = await runCli(['connectors', 'create', 'shopify', '--local', '--base-url', `${vendor.url}${PREFIX}`], { env: { AAC_CONFIG_DIR: dir, SHOPIFY_ACCESS_TOKEN: 'shpat_mcp_test', SHOPIFY_SHOP: 'acme' } });
    expect(created.code).toBe(0);
    const { call } = await session({ AAC_CONFIG_DIR: dir }, { maxResultChars: 2500 });
    const seen: number[] = [];
    const urls: string[] = [];
    let args: Record<string, unknown> = { connector_id: 'shopify', entity: 'orders', action: 'list', params: { limit: 10 } };
    for (let calls = 0; calls < 20; calls++) {
      const result = (await call('execute', args)).structuredContent as {
        data: { id: number }[];
        has_more: boolean;
        next?: Record<string, unknown>;
        next_page_url?: string;
        next_skip?: number;
        message?: string;
      };
      seen.push(...result.data.map((o) => o.id));
      if (!result.has_more) break;
      // a cut first page goes on from its params; any later page from its own URL
      const skip = result.next_skip === undefined ? {} : { skip: result.next_skip };
      if (result.next_page_url) {
        urls.push(result.next_page_url);
        expect(result.message).toContain('page_url set to `next_page_url`');
        args = { connector_id: 'shopify', entity: 'orders', action: 'list', params: { limit: 10 }, page_url: result.next_page_url, ...skip };
      } else {
        args = { connector_id: 'shopify', entity: 'orders', action: 'list', params: result.next, ...skip };
      }
    }
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(new RegExp(`^${vendor.url}${PREFIX}/orders\\.json\\?`));
    expect(seen).toEqual(Array.from({ length: TOTAL }, (_, i) => i + 1));
    expect(vendor.requests.every((r) => r.headers['x-shopify-access-token'] === 'shpat_mcp_test')).toBe(true);
  });

  it('refuses a page_url on another host, and sends nothing', async () => {
    const { call, vendor: stripeVendor } = await stripeSession(3);
    const result = await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'list', page_url: 'https://elsewhere.example/v1/customers' });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toContain('pages by params, not by server URLs');
    expect(stripeVendor.requests).toHaveLength(0);
  });
});
