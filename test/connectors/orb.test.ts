import { describe, expect, it } from 'vitest';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const KEY = 'orb_test_key';
const env = { ORB_API_KEY: KEY };

const { serve, exec } = vendorTest('orb', env);

const customer = (n: number) => ({ id: `cus_${n}`, external_customer_id: `ext-${n}`, name: `Customer ${n}`, email: `c${n}@example.com` });

describe('orb connector', () => {
  it('lists customers with --all, sending pagination_metadata.next_cursor as the cursor, with a bearer key', async () => {
    const s = await serve((req) =>
      req.query.get('cursor') === 'cur_2'
        ? { body: { data: [customer(3)], pagination_metadata: { has_more: false, next_cursor: null } } }
        : { body: { data: [customer(1), customer(2)], pagination_metadata: { has_more: true, next_cursor: 'cur_2' } } },
    );

    const res = await exec(['customers', 'list', '--all'], { limit: 2 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([customer(1), customer(2), customer(3)]));
    expect(s.requests).toHaveLength(2);
    const [first, second] = s.requests;
    for (const req of [first!, second!]) {
      expect(req.method).toBe('GET');
      expect(req.path).toBe('/customers');
      expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(req.body).toBe('');
    }
    expect(Object.fromEntries(first!.query)).toEqual({ limit: '2' });
    expect(Object.fromEntries(second!.query)).toEqual({ limit: '2', cursor: 'cur_2' });
  });

  it('prints one page of invoices with its filters, and the cursor as meta', async () => {
    const invoices = [{ id: 'inv_1', status: 'paid', total: '10.00' }];
    const s = await serve(() => ({ body: { data: invoices, pagination_metadata: { has_more: true, next_cursor: 'cur_9' } } }));

    const res = await exec(['invoices', 'list', '--meta'], {
      customer_id: 'cus_1',
      status: 'paid',
      invoice_date_gte: '2026-01-01T00:00:00Z',
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ data: invoices, meta: { next_cursor: 'cur_9', next: { cursor: 'cur_9' } } });
    expect(Object.fromEntries(s.requests[0]!.query)).toEqual({
      limit: '50',
      customer_id: 'cus_1',
      status: 'paid',
      invoice_date_gte: '2026-01-01T00:00:00Z',
    });
  });

  it('gets one subscription by ID', async () => {
    const subscription = { id: 'sub_1', status: 'active', customer: { id: 'cus_1' }, plan: { id: 'plan_1', name: 'Pro' } };
    const s = await serve(() => ({ body: subscription }));

    const res = await exec(['subscriptions', 'get'], { subscription_id: 'sub_1' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(subscription));
    const req = s.requests[0]!;
    expect([req.method, req.path, [...req.query.keys()]]).toEqual(['GET', '/subscriptions/sub_1', []]);
    expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('maps a 404 to exit code 3', async () => {
    await serve(() => ({ status: 404, body: { type: 'https://docs.withorb.com/reference/error-responses#404-not-found', title: 'Not found' } }));

    const res = await exec(['plans', 'get'], { plan_id: 'nope' });

    expect(res.code).toBe(3);
    expect(res.stdout).toBe('');
    expect(JSON.parse(res.stderr.trim()).error).toMatchObject({ type: 'not_found', status_code: 404 });
  });

  it('rejects a status outside the enum with exit code 4 before any request', async () => {
    const s = await serve(() => ({ body: {} }));

    const res = await exec(['subscriptions', 'list'], { status: 'paused' });

    expect(res.code).toBe(4);
    expect(JSON.parse(res.stderr.trim()).error.type).toBe('validation');
    expect(s.requests).toHaveLength(0);
  });

  it('fails with exit code 2 naming ORB_API_KEY when there is no key', async () => {
    const s = await serve(() => ({ body: {} }));

    const res = await exec(['customers', 'list'], undefined, {});

    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    const { error } = JSON.parse(res.stderr.trim()) as { error: { type: string; hint: string } };
    expect(error.type).toBe('authentication');
    expect(error.hint).toContain('ORB_API_KEY');
    expect(s.requests).toHaveLength(0);
  });
});
