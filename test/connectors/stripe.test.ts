import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import stripe from '../../src/connectors/stripe/index.js';
import type { EntityDef } from '../../src/lib/engine/types.js';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const KEY = 'sk_test_x';
const env = { STRIPE_API_KEY: KEY };

const { serve, exec } = vendorTest('stripe', env);

const cus = (n: number) => ({ id: `cus_${n}`, object: 'customer', email: `c${n}@example.com`, created: 1700000000 + n });

type Schema = { $ref?: string; properties?: Record<string, unknown>; required?: string[] };
interface SpecOp {
  'x-airbyte-entity'?: string;
  'x-airbyte-action'?: string;
  parameters?: { name: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface Spec {
  paths: Record<string, Record<string, SpecOp>>;
  components: { schemas: Record<string, Schema> };
}

const specPath = resolve(import.meta.dirname, '../../../shared/reference/airbyte-specs/stripe.yaml');

describe.skipIf(!existsSync(specPath))('stripe connector definition against the Airbyte spec', () => {
  const spec = (existsSync(specPath) ? parse(readFileSync(specPath, 'utf8')) : { paths: {} }) as Spec;
  const ops = Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([, op]) => op['x-airbyte-entity'])
      .map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  const deref = (s: Schema): Schema => (s.$ref ? spec.components.schemas[s.$ref.split('/').at(-1)!]! : s);

  it('has exactly the entity/action pairs of the spec', () => {
    const expected = ops.map(({ op }) => `${op['x-airbyte-entity']}.${op['x-airbyte-action']}`).sort();
    const actual = Object.entries(stripe.entities)
      .flatMap(([entity, def]) => Object.keys(def.actions).map((action) => `${entity}.${action}`))
      .sort();
    expect(expected).toHaveLength(47);
    expect(actual).toEqual(expected);
  });

  it.each(ops.map((o) => [`${o.op['x-airbyte-entity']}.${o.op['x-airbyte-action']}`, o] as const))(
    '%s has the route, param names and required params of the spec',
    (_, { path, method, op }) => {
      const action = (stripe.entities as Record<string, EntityDef>)[op['x-airbyte-entity']!]!.actions[
        op['x-airbyte-action']!
      ]!;
      expect(action.route).toBe(`${method} ${path}`);
      const names = new Set((op.parameters ?? []).map((p) => p.name));
      const required = new Set((op.parameters ?? []).filter((p) => p.required).map((p) => p.name));
      for (const media of Object.values(op.requestBody?.content ?? {})) {
        const body = deref(media.schema);
        for (const name of Object.keys(body.properties ?? {})) names.add(name);
        for (const name of body.required ?? []) required.add(name);
      }
      const shape = action.params?.shape ?? {};
      expect(Object.keys(shape).sort()).toEqual([...names].sort());
      const ours = Object.entries(shape)
        .filter(([, schema]) => !(schema as { safeParse(v: unknown): { success: boolean } }).safeParse(undefined).success)
        .map(([name]) => name);
      expect(ours.sort()).toEqual([...required].sort());
    },
  );
});

describe('stripe over HTTP', () => {
  it('lists customers with query filters and bearer auth', async () => {
    const s = await serve(() => ({ body: { object: 'list', data: [cus(1), cus(2)], has_more: true, url: '/v1/customers' } }));
    const res = await exec(['customers', 'list'], { limit: 2, email: 'c1@example.com', created: { gte: 1700000000 } });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty([cus(1), cus(2)]));
    expect(s.requests).toHaveLength(1);
    const [req] = s.requests;
    expect(req!.method).toBe('GET');
    expect(req!.path).toBe('/v1/customers');
    expect(req!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req!.headers['idempotency-key']).toBeUndefined();
    expect([...req!.query].sort()).toEqual(
      [
        ['limit', '2'],
        ['email', 'c1@example.com'],
        ['created[gte]', '1700000000'],
      ].sort(),
    );
  });

  it('follows starting_after across pages with --all and prints NDJSON', async () => {
    const s = await serve((req) =>
      req.query.get('starting_after') === 'cus_2'
        ? { body: { object: 'list', data: [cus(3)], has_more: false } }
        : { body: { object: 'list', data: [cus(1), cus(2)], has_more: true } },
    );
    const res = await exec(['customers', 'list', '--all'], { limit: 2 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([cus(1), cus(2), cus(3)]));
    expect(s.requests.map((r) => r.query.toString())).toEqual(['limit=2', 'limit=2&starting_after=cus_2']);
  });

  it('follows next_page across search pages with --all', async () => {
    const s = await serve((req) =>
      req.query.get('page') === 'pg_2'
        ? { body: { object: 'search_result', data: [cus(3)], has_more: false, next_page: null } }
        : { body: { object: 'search_result', data: [cus(1), cus(2)], has_more: true, next_page: 'pg_2' } },
    );
    const res = await exec(['customers', 'api_search', '--all'], { query: "email~'example.com'" });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([cus(1), cus(2), cus(3)]));
    expect(s.requests.map((r) => r.path)).toEqual(['/v1/customers/search', '/v1/customers/search']);
    expect(s.requests.map((r) => Object.fromEntries(r.query))).toEqual([
      { query: "email~'example.com'", limit: '100' },
      { query: "email~'example.com'", limit: '100', page: 'pg_2' },
    ]);
  });

  it('sends a product ID filter as a bracketed query array', async () => {
    const s = await serve(() => ({ body: { object: 'list', data: [], has_more: false } }));
    const res = await exec(['products', 'list'], { ids: ['prod_1', 'prod_2'], active: true });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty([]));
    expect(s.requests[0]!.query.getAll('ids[]')).toEqual(['prod_1', 'prod_2']);
    expect(s.requests[0]!.query.get('active')).toBe('true');
  });

  it('gets one customer by id', async () => {
    const s = await serve(() => ({ body: cus(7) }));
    const res = await exec(['customers', 'get'], { id: 'cus_7' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(cus(7)));
    expect(s.requests[0]!.method).toBe('GET');
    expect(s.requests[0]!.path).toBe('/v1/customers/cus_7');
    expect(s.requests[0]!.query.toString()).toBe('');
    expect(s.requests[0]!.body).toBe('');
  });

  it('gets the balance, which has no params', async () => {
    const balance = { object: 'balance', available: [{ amount: 100, currency: 'usd' }], pending: [], livemode: false };
    const s = await serve(() => ({ body: balance }));
    const res = await exec(['balance', 'get']);

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(balance));
    expect(s.requests[0]!.path).toBe('/v1/balance');
  });

  it('creates a customer with a form body of nested address and metadata', async () => {
    const created = { ...cus(9), name: 'Ada' };
    const s = await serve(() => ({ body: created }));
    const res = await exec(['customers', 'create'], {
      email: 'c9@example.com',
      name: 'Ada',
      address: { line1: '1 Main St', city: 'Paris', country: 'FR' },
      metadata: { plan: 'pro', seats: '5' },
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(created));
    const [req] = s.requests;
    expect(req!.method).toBe('POST');
    expect(req!.path).toBe('/v1/customers');
    expect(req!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req!.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(req!.headers['idempotency-key']).toMatch(/\S{16,}/);
    expect([...req!.form!]).toEqual([
      ['email', 'c9@example.com'],
      ['name', 'Ada'],
      ['address[line1]', '1 Main St'],
      ['address[city]', 'Paris'],
      ['address[country]', 'FR'],
      ['metadata[plan]', 'pro'],
      ['metadata[seats]', '5'],
    ]);
  });

  it('creates a subscription with an indexed items array', async () => {
    const sub = { id: 'sub_1', object: 'subscription', customer: 'cus_1', status: 'active' };
    const s = await serve(() => ({ body: sub }));
    const res = await exec(['subscriptions', 'create'], {
      customer: 'cus_1',
      items: [{ price: 'price_a', quantity: 2 }, { price: 'price_b' }],
      cancel_at_period_end: false,
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(sub));
    expect(s.requests[0]!.path).toBe('/v1/subscriptions');
    expect(Object.fromEntries(s.requests[0]!.form!)).toEqual({
      customer: 'cus_1',
      'items[0][price]': 'price_a',
      'items[0][quantity]': '2',
      'items[1][price]': 'price_b',
      cancel_at_period_end: 'false',
    });
  });

  it('puts the id of an action route in the path and the rest in the body', async () => {
    const invoice = { id: 'in_1', object: 'invoice', status: 'open' };
    const s = await serve(() => ({ body: invoice }));
    const res = await exec(['invoice_finalizations', 'create'], { id: 'in_1', auto_advance: false });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(invoice));
    expect(s.requests[0]!.method).toBe('POST');
    expect(s.requests[0]!.path).toBe('/v1/invoices/in_1/finalize');
    expect(s.requests[0]!.body).toBe('auto_advance=false');
  });

  it('reuses the same Idempotency-Key when it retries a POST after a 500', async () => {
    const intent = { id: 'pi_1', object: 'payment_intent', amount: 5000, currency: 'usd', status: 'requires_payment_method' };
    let calls = 0;
    const s = await serve(() =>
      ++calls === 1
        ? { status: 500, body: { error: { type: 'api_error', message: 'Something went wrong' } } }
        : { body: intent },
    );
    const res = await exec(['payment_intents', 'create'], { amount: 5000, currency: 'usd', metadata: { order: '42' } });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(intent));
    expect(s.requests).toHaveLength(2);
    const [first, second] = s.requests;
    expect(first!.headers['idempotency-key']).toBeTruthy();
    expect(second!.headers['idempotency-key']).toBe(first!.headers['idempotency-key']);
    expect(second!.body).toBe(first!.body);
    expect(first!.body).toBe('amount=5000&currency=usd&metadata%5Border%5D=42');
  });

  it('uses a fresh Idempotency-Key for each new POST', async () => {
    const s = await serve(() => ({ body: { id: 'prod_1', object: 'product', name: 'Hat' } }));
    await exec(['products', 'create'], { name: 'Hat' });
    await exec(['products', 'create'], { name: 'Hat' });

    const keys = s.requests.map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBeTruthy();
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('refuses to cancel a subscription without --yes, and sends DELETE with it', async () => {
    const canceled = { id: 'sub_1', object: 'subscription', status: 'canceled' };
    const s = await serve(() => ({ body: canceled }));

    const refused = await exec(['subscriptions', 'delete'], { id: 'sub_1' });
    expect(refused.code).toBe(4);
    expect(refused.stdout).toBe('');
    expect(JSON.parse(refused.stderr.trim())).toMatchObject({ error: { type: 'usage' } });
    expect(s.requests).toHaveLength(0);

    const res = await exec(['subscriptions', 'delete', '--yes'], { id: 'sub_1' });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(canceled));
    expect(s.requests).toHaveLength(1);
    expect(s.requests[0]!.method).toBe('DELETE');
    expect(s.requests[0]!.path).toBe('/v1/subscriptions/sub_1');
    expect(s.requests[0]!.body).toBe('');
    expect(s.requests[0]!.headers['idempotency-key']).toBeUndefined();
  });

  it('maps a Stripe 404 to exit code 3 with a JSON error on stderr', async () => {
    await serve(() => ({
      status: 404,
      body: { error: { type: 'invalid_request_error', code: 'resource_missing', message: "No such customer: 'cus_x'" } },
    }));
    const res = await exec(['customers', 'get'], { id: 'cus_x' });

    expect(res.code).toBe(3);
    expect(res.stdout).toBe('');
    const { error } = JSON.parse(res.stderr.trim()) as { error: Record<string, unknown> };
    expect(error.type).toBe('not_found');
    expect(error.status_code).toBe(404);
    expect(String(error.message)).toContain("No such customer: 'cus_x'");
  });

  it('rejects a create missing a required param before any request (exit 4)', async () => {
    const s = await serve(() => ({ body: {} }));
    const res = await exec(['payment_intents', 'create'], { currency: 'usd' });

    expect(res.code).toBe(4);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('amount');
    expect(s.requests).toHaveLength(0);
  });
});
