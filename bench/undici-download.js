// The baseline for `aac exec google-drive files download -O <file>`: the plainest client that does the same
// job — one undici request, its body piped into the file — printing the byte count as aac's summary does.
//
//   node bench/undici-download.js <file-url> <output-file>
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { request } from 'undici';

const [url, out] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node bench/undici-download.js <file-url> <output-file>');
  process.exit(4);
}
const res = await request(url, { headers: { accept: '*/*', authorization: `Bearer ${process.env.GOOGLE_DRIVE_ACCESS_TOKEN ?? 'ya29.bench'}` } });
if (res.statusCode !== 200) {
  console.error(`HTTP ${res.statusCode}`);
  process.exit(1);
}
let bytes = 0;
res.body.on('data', (/** @type {Buffer} */ chunk) => (bytes += chunk.length));
await pipeline(res.body, createWriteStream(out));
console.log(JSON.stringify({ path: out, bytes }));
