// The baseline for an offset-paginated `--all` (Mailchimp lists) against a server that takes 50 ms a page:
// undici with keep-alive, one page after the other, NDJSON to stdout like bench/undici-loop.js.
//
//   node bench/offset-loop.js <base-url> [count]
import { once } from 'node:events';
import { Agent, request } from 'undici';

const [base, countArg = '100'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node bench/offset-loop.js <base-url> [count]');
  process.exit(4);
}
const dispatcher = new Agent({ keepAliveTimeout: 10_000 });
const headers = { accept: 'application/json', authorization: 'Basic YW55c3RyaW5nOmtleS11czE=' };

for (let offset = 0; ; ) {
  const res = await request(`${base}/3.0/lists?count=${countArg}&offset=${offset}`, { headers, dispatcher });
  const text = await res.body.text();
  if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}: ${text}`);
  /** @type {{ lists: unknown[], total_items: number }} */
  const body = JSON.parse(text);
  let out = '';
  for (const record of body.lists) out += `${JSON.stringify(record)}\n`;
  if (out && !process.stdout.write(out)) await once(process.stdout, 'drain');
  offset += body.lists.length;
  if (body.lists.length === 0 || offset >= body.total_items) break;
}
await dispatcher.close();
