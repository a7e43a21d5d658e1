// A loopback stand-in for the Stripe customers API, run as its own process by bench/run.js so that
// neither its memory nor its CPU is counted against the client being measured.
//
// Records are generated on the fly from their index; nothing is held in memory between requests.
// The record count lives in the base path, so one server serves any size:
//   GET /n/<total>/v1/customers?limit=<1..100>&starting_after=cus_<index>   → a Stripe list page
//   GET /n/<total>/v1/customers/<id>                                        → one customer
// Like Stripe, `limit` defaults to 10 and is capped at 100; pages follow the last id (has_more).
//   GET /slow/<total>/3.0/lists?count=<n>&offset=<i>                         → a Mailchimp lists page, after 50 ms
// It also plays Google Drive's file download, a body of any size made of one reused chunk:
//   GET /bytes/<size>/drive/v3/files/<id>?alt=media                         → <size> bytes

// The URL is sent to the parent over IPC; the server exits when the parent disconnects.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { setTimeout } from 'node:timers';

const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 10;
const CREATED = 1_700_000_000;

/** @param {number} i */
const customerId = (i) => `cus_${String(i).padStart(10, '0')}`;

/**
 * One customer shaped like Stripe's (about 700 bytes of JSON), built from its index.
 * @param {number} i
 * @param {string} [id]
 */
function customer(i, id = customerId(i)) {
  return (
    `{"id":"${id}","object":"customer","address":{"city":"City ${i % 997}","country":"US",` +
    `"line1":"${i} Main Street","line2":null,"postal_code":"${String(10_000 + (i % 89_999))}","state":"CA"},` +
    `"balance":0,"created":${CREATED - i},"currency":"usd","default_source":null,"delinquent":false,` +
    `"description":"Benchmark customer number ${i}","discount":null,"email":"user${i}@example.com",` +
    `"invoice_prefix":"B${(i % 46_656).toString(36).toUpperCase().padStart(4, '0')}","invoice_settings":{"custom_fields":null,` +
    `"default_payment_method":null,"footer":null,"rendering_options":null},"livemode":false,` +
    `"metadata":{"order":"${i}","source":"bench"},"name":"Customer ${i}","next_invoice_sequence":1,` +
    `"phone":"+1555${String(i % 10_000_000).padStart(7, '0')}","preferred_locales":["en"],"shipping":null,` +
    `"tax_exempt":"none","test_clock":null}`
  );
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} body
 */
function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} message
 */
function fail(res, status, message) {
  send(res, status, JSON.stringify({ error: { type: 'invalid_request_error', message } }));
}

/** 1 MiB of a repeating pattern, written again and again (with backpressure) to make a body of any size. */
const CHUNK = Buffer.alloc(1024 * 1024, 'aac-bench-download-');

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} size
 */
function sendBytes(res, size) {
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(size) });
  let left = size;
  const more = () => {
    while (left > 0) {
      const piece = left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left);
      left -= piece.length;
      if (!res.write(piece)) return void res.once('drain', more);
    }
    res.end();
  };
  more();
}

/** Mailchimp-style offset pages (`count` capped at 1000 like Mailchimp's, `total_items`), each answered after SLOW_MS. */
const SLOW_MS = 50;
const SLOW_MAX = 1000;

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} total
 * @param {URL} url
 */
function slowLists(res, total, url) {
  const count = Math.min(SLOW_MAX, Math.max(1, Number(url.searchParams.get('count') ?? 10) || 10));
  const offset = Math.max(0, Number(url.searchParams.get('offset') ?? 0) || 0);
  let lists = '';
  for (let i = offset; i < Math.min(total, offset + count); i++) lists += `${i === offset ? '' : ','}{"id":"list_${String(i).padStart(10, '0')}","name":"List ${i}","stats":{"member_count":${i % 1000}}}`;
  setTimeout(() => send(res, 200, `{"lists":[${lists}],"total_items":${total}}`), SLOW_MS);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const file = /^\/bytes\/(\d+)\/drive\/v3\/files\/[^/]+$/.exec(url.pathname);
  if (file && req.method === 'GET') {
    if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) return fail(res, 401, 'No access token.');
    if (url.searchParams.get('alt') !== 'media') return fail(res, 400, 'alt=media is required for a download.');
    return sendBytes(res, Number(file[1]));
  }
  const slow = /^\/slow\/(\d+)\/3\.0\/lists$/.exec(url.pathname);
  if (slow && req.method === 'GET') return slowLists(res, Number(slow[1]), url);
  const match = /^\/n\/(\d+)\/v1\/customers(?:\/([^/]+))?$/.exec(url.pathname);
  if (!match || req.method !== 'GET') return fail(res, 404, `No such route: ${req.method} ${url.pathname}`);
  if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) return fail(res, 401, 'No API key provided.');
  const total = Number(match[1]);
  if (match[2] !== undefined) return send(res, 200, customer(1, decodeURIComponent(match[2])));

  const limit = Math.min(MAX_LIMIT, Math.max(1, Number(url.searchParams.get('limit') ?? DEFAULT_LIMIT) || DEFAULT_LIMIT));
  const after = url.searchParams.get('starting_after');
  const start = after ? Number(after.slice(4)) + 1 : 0;
  if (!Number.isInteger(start) || start < 0) return fail(res, 400, `Invalid starting_after: ${after}`);
  const end = Math.min(total, start + limit);
  let data = '';
  for (let i = start; i < end; i++) data += (i === start ? '' : ',') + customer(i);
  send(res, 200, `{"object":"list","url":"/v1/customers","has_more":${end < total},"data":[${data}]}`);
});

server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send?.({ url: `http://127.0.0.1:${port}` });
});
process.on('disconnect', () => process.exit(0));
