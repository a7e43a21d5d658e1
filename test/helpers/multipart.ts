import type { ReceivedRequest } from './server.js';

export interface Part {
  headers: Record<string, string>;
  body: Buffer;
}

/** The parts of a multipart body as the server received it, split on the boundary its Content-Type names. */
export function parseMultipart(req: ReceivedRequest): { type: string; boundary: string; parts: Part[] } {
  const contentType = req.headers['content-type'] ?? '';
  const match = /^([^;]+);\s*boundary=("?)([^";]+)\2/.exec(contentType);
  if (!match) throw new Error(`not a multipart content type: ${contentType}`);
  const boundary = match[3]!;
  const delimiter = Buffer.from(`--${boundary}`);
  const raw = req.raw;
  const parts: Part[] = [];
  let at = raw.indexOf(delimiter);
  if (at !== 0) throw new Error('the body does not start with the boundary');
  for (;;) {
    const start = at + delimiter.length;
    if (raw.subarray(start, start + 2).toString() === '--') {
      if (raw.subarray(start + 2).toString() !== '\r\n') throw new Error('bytes after the closing boundary');
      break;
    }
    const next = raw.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), start);
    if (next === -1) throw new Error('no closing boundary');
    const part = raw.subarray(start + 2, next);
    const blank = part.indexOf('\r\n\r\n');
    const headers = Object.fromEntries(
      part
        .subarray(0, blank)
        .toString()
        .split('\r\n')
        .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    parts.push({ headers, body: part.subarray(blank + 4) });
    at = next + 2;
  }
  return { type: match[1]!, boundary, parts };
}
