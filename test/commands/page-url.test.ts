import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { errorLine, fakeStripe, stripe } from '../helpers/stripe.js';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const env = { SHOPIFY_ACCESS_TOKEN: 'shpat_test_token' };
const PREFIX = '/admin/api/2025-01';
const { serve, exec } = vendorTest('shopify', env, PREFIX);

const order = (n: number) => ({ id: 4500 + n, name: `#100${n}` });

/** Orders in pages of two, each page naming the next by its page_info (as Shopify's Link header does). */
function pagedOrders(total: number) {
  return serve((req, url) => {
    const page = Number(req.query.get('page_info')?.slice(1) ?? 1);
    const orders = [2 * page - 1, 2 * page].filter((n) => n <= total).map(order);
    const more = 2 * page < total;
    const headers: Record<string, string> = more ? { link: `<${url}${PREFIX}/orders.json?limit=2&page_info=p${page + 1}>; rel="next"` } : {};
    return { headers, body: { orders } };
  });
}

describe('--page-url: a list paged by server URLs, page by page', () => {
  it('starts at the meta.next.url that --meta printed, and --all goes on from there', async () => {
    const s = await pagedOrders(5);
    const first = await exec(['orders', 'list', '--meta', '-p', 'limit=2']);
    expect(first.code).toBe(0);
    const nextUrl = JSON.parse(first.stdout).meta.next.url as string;
    expect(nextUrl).toBe(`${s.url}${PREFIX}/orders.json?limit=2&page_info=p2`);

    const second = await exec(['orders', 'list', '--page-url', nextUrl]);
    expect(second).toEqual({ code: 0, stdout: pretty([order(3), order(4)]), stderr: '' });

    const rest = await exec(['orders', 'list', '--all', '--page-url', nextUrl]);
    expect(rest).toEqual({ code: 0, stdout: ndjson([3, 4, 5].map(order)), stderr: '' });
    expect(s.requests.map((r) => r.query.get('page_info'))).toEqual([null, 'p2', 'p2', 'p3']);
    // the page URL is sent as the server gave it, with the credentials, and without the list's own filters
    expect(Object.fromEntries(s.requests[1]!.query)).toEqual({ limit: '2', page_info: 'p2' });
    expect(s.requests[1]!.headers['x-shopify-access-token']).toBe(env.SHOPIFY_ACCESS_TOKEN);
  });

  it('shows the request to that page with --dry-run', async () => {
    const s = await pagedOrders(5);
    const res = await exec(['orders', 'list', '--dry-run', '--page-url', `${PREFIX}/orders.json?limit=2&page_info=p2`]);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).url).toBe(`${s.url}${PREFIX}/orders.json?limit=2&page_info=p2`);
    expect(s.requests).toHaveLength(0);
  });

  it('refuses a page URL on another host before sending anything, so the token stays home', async () => {
    const s = await pagedOrders(5);
    const res = await exec(['orders', 'list', '--page-url', 'https://attacker.example/admin/api/2025-01/orders.json?page_info=p2']);
    expect(res.code).toBe(4);
    expect(JSON.parse(res.stderr).error).toMatchObject({
      type: 'usage',
      message: `The page URL must be on ${new URL(s.url).origin}, the API of Shopify: aac sends your credentials nowhere else.`,
    });
    expect(s.requests).toHaveLength(0);
  });

  it('refuses it for a list paged by params, naming what to pass instead', async () => {
    const server = await fakeStripe();
    try {
      const res = await stripe(server, ['customers', 'list', '--page-url', `${server.url}/v1/customers?starting_after=cus_2`]);
      expect(res).toEqual({
        code: 4,
        stdout: '',
        stderr: errorLine({
          type: 'usage',
          message: 'Stripe customers list pages by params, not by server URLs, so a page URL does not apply.',
          status_code: null,
          retryable: false,
          hint: "Pass the next page's params (meta.next) instead.",
        }),
      });
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it('is the same through oclif', async () => {
    const s = await pagedOrders(5);
    const argv = ['exec', 'shopify', 'orders', 'list', '--page-url', `${s.url}${PREFIX}/orders.json?limit=2&page_info=p3`, '--base-url', `${s.url}${PREFIX}`];
    expect(await runCli(argv, { env, oclifOnly: true })).toEqual({ code: 0, stdout: pretty([order(5)]), stderr: '' });
  });
});
