// The baseline for `aac exec stripe customers list --all`: the plainest client that does the same job —
// undici with keep-alive, one request per page following Stripe's last-id cursor, JSON-parse each page,
// write every record to stdout as one NDJSON line (waiting for 'drain' like aac does).
//
//   node bench/undici-loop.js <base-url> [limit]
import { once } from 'node:events';
import { URLSearchParams } from 'node:url';
import { Agent, request } from 'undici';

const [base, limitArg = '100'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node bench/undici-loop.js <base-url> [limit]');
  process.exit(4);
}
const MAX_PAGES = 1_000_000;
const dispatcher = new Agent({ keepAliveTimeout: 10_000 });
const headers = { accept: 'application/json', authorization: `Bearer ${process.env.STRIPE_API_KEY ?? 'sk_test_bench'}` };

let after = '';
for (let page = 0; page < MAX_PAGES; page++) {
  const query = new URLSearchParams({ limit: limitArg });
  if (after) query.set('starting_after', after);
  const res = await request(`${base}/v1/customers?${query}`, { headers, dispatcher });
  const text = await res.body.text();
  if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}: ${text}`);
  /** @type {{ data: Array<{ id: string }>, has_more: boolean }} */
  const body = JSON.parse(text);
  for (const record of body.data) {
    if (!process.stdout.write(`${JSON.stringify(record)}\n`)) await once(process.stdout, 'drain');
  }
  const last = body.data.at(-1);
  if (!body.has_more || !last) break;
  after = last.id;
}
await dispatcher.close();
