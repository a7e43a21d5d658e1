import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const TOKEN = 'shpat_test_token';
const env = { SHOPIFY_ACCESS_TOKEN: TOKEN };
/** The version prefix of the real server, kept in --base-url so the paths look like Shopify's. */
const PREFIX = '/admin/api/2025-01';

const { serve, exec } = vendorTest('shopify', env, PREFIX);

const order = (n: number) => ({ id: 4500 + n, name: `#100${n}`, email: `buyer${n}@example.com`, financial_status: 'paid', total_price: '19.99' });

describe('shopify connector', () => {
  it('lists orders with --all, following the Link header page_info cursor, with X-Shopify-Access-Token', async () => {
    const s = await serve((req) => {
      const base = `${s.url}${PREFIX}/orders.json`;
      return req.query.get('page_info') === 'p2'
        ? { headers: { link: `<${base}?limit=2&page_info=p1>; rel="previous"` }, body: { orders: [order(3)] } }
        : { headers: { link: `<${base}?limit=2&page_info=p2>; rel="next"` }, body: { orders: [order(1), order(2)] } };
    });

    const res = await exec(['orders', 'list', '--all'], { limit: 2, financial_status: 'paid' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([order(1), order(2), order(3)]));
    expect(s.requests).toHaveLength(2);
    const [first, second] = s.requests;
    for (const req of [first!, second!]) {
      expect(req.method).toBe('GET');
      expect(req.path).toBe(`${PREFIX}/orders.json`);
      expect(req.headers['x-shopify-access-token']).toBe(TOKEN);
      expect(req.headers.authorization).toBeUndefined();
      expect(req.body).toBe('');
    }
    // status defaults to "any" (Shopify's own default is "open")
    expect(Object.fromEntries(first!.query)).toEqual({ limit: '2', status: 'any', financial_status: 'paid' });
    // the next page is exactly the Link URL: Shopify refuses filters next to page_info
    expect(Object.fromEntries(second!.query)).toEqual({ limit: '2', page_info: 'p2' });
  });

  it('prints one page of products, with the next page URL from the Link header as meta', async () => {
    const products = [{ id: 632910392, title: 'IPod Nano', vendor: 'Apple', status: 'active' }];
    const s = await serve(() => ({
      headers: { link: `<${s.url}${PREFIX}/products.json?limit=1&page_info=n2>; rel="next"` },
      body: { products },
    }));

    const res = await exec(['products', 'list', '--meta'], { limit: 1, vendor: 'Apple', updated_at_min: '2026-01-01T00:00:00Z' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({
      data: products,
      meta: {
        next_page_url: `${s.url}${PREFIX}/products.json?limit=1&page_info=n2`,
        next: { url: `${s.url}${PREFIX}/products.json?limit=1&page_info=n2` },
      },
    });
    expect(Object.fromEntries(s.requests[0]!.query)).toEqual({ limit: '1', vendor: 'Apple', updated_at_min: '2026-01-01T00:00:00Z' });
  });

  it('gets a discount code of a price rule, unwrapping the discount_code key', async () => {
    const code = { id: 507328175, price_rule_id: 507328175, code: 'SUMMERSALE10OFF', usage_count: 0 };
    const s = await serve(() => ({ body: { discount_code: code } }));

    const res = await exec(['discount_codes', 'get'], { price_rule_id: 507328175, discount_code_id: 507328175 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(code));
    const req = s.requests[0]!;
    expect([req.method, req.path, [...req.query.keys()]]).toEqual([
      'GET',
      `${PREFIX}/price_rules/507328175/discount_codes/507328175.json`,
      [],
    ]);
    expect(req.headers['x-shopify-access-token']).toBe(TOKEN);
  });

  it('lists the metafields of a product image with two path params and query filters', async () => {
    const metafields = [{ id: 1, namespace: 'seo', key: 'alt', value: 'Front', type: 'single_line_text_field' }];
    const s = await serve(() => ({ body: { metafields } }));

    const res = await exec(['metafield_product_images', 'list'], { product_id: 7, image_id: 8, namespace: 'seo' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(metafields));
    const req = s.requests[0]!;
    expect(req.path).toBe(`${PREFIX}/products/7/images/8/metafields.json`);
    expect(Object.fromEntries(req.query)).toEqual({ limit: '50', namespace: 'seo' });
  });

  it('builds the shop URL from SHOPIFY_SHOP (dry run)', async () => {
    const res = await runCli(['exec', 'shopify', 'shop', 'get', '--dry-run'], { env: { ...env, SHOPIFY_SHOP: 'acme' } });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({
      method: 'GET',
      url: 'https://acme.myshopify.com/admin/api/2025-01/shop.json',
      headers: { 'x-shopify-access-token': '[REDACTED]' },
    });
  });

  it('sends ids for inventory_items list, empty by default as in the Airbyte definition', async () => {
    const items = [{ id: 808950810, sku: 'IPOD2008PINK', tracked: true }];
    const s = await serve(() => ({ body: { inventory_items: items } }));

    const given = await exec(['inventory_items', 'list'], { ids: '808950810' });
    const none = await exec(['inventory_items', 'list'], {});

    expect([given.code, none.code]).toEqual([0, 0]);
    expect(given.stdout).toBe(pretty(items));
    expect(Object.fromEntries(s.requests[0]!.query)).toEqual({ ids: '808950810', limit: '50' });
    expect(Object.fromEntries(s.requests[1]!.query)).toEqual({ ids: '', limit: '50' });
  });
});
