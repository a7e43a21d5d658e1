import { promisify } from 'node:util';
import type { ZlibOptions } from 'node:zlib';
import { AacError } from '../errors.js';

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

type Decoder = (input: Buffer, options: ZlibOptions) => Promise<Buffer>;

/** zlib, loaded for the first compressed body only: most answers are not, and it costs every start. */
const zlib = () => import('node:zlib');

const gunzipAny: Decoder = async (input, options) => promisify((await zlib()).gunzip)(input, options);

const inflateAny: Decoder = async (input, options) => {
  const { inflate, inflateRaw } = await zlib();
  try {
    return await promisify(inflate)(input, options);
  } catch (err) {
    // servers that say "deflate" often send it raw, without the zlib wrapper
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw err;
    return promisify(inflateRaw)(input, options);
  }
};

const DECODERS: Record<string, Decoder> = {
  gzip: gunzipAny,
  'x-gzip': gunzipAny,
  deflate: inflateAny,
  br: async (input, options) => promisify((await zlib()).brotliDecompress)(input, options),
};

export function tooLarge(limit: number, url: string): AacError {
  return new AacError('bad_response', `The response from ${url} is larger than ${limit} bytes; aac stopped reading it.`, {
    hint: 'Ask for fewer records per page (a smaller limit param), or raise the cap (--max-body).',
  });
}

function undecodable(encoding: string, url: string, reason: string): AacError {
  return new AacError('bad_response', `The response from ${url} has Content-Encoding "${encoding}", which aac ${reason}.`, {
    hint: 'This looks like a proxy or server problem; check --base-url.',
  });
}

/** Reads a response body, at most `limit` bytes before and after decompression, decoding its Content-Encoding. */
export async function readBody(
  body: AsyncIterable<Buffer>,
  headers: Record<string, string>,
  url: string,
  limit = DEFAULT_MAX_BODY_BYTES,
): Promise<string> {
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit, url);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit, url);
    chunks.push(chunk);
  }
  let raw: Buffer = Buffer.concat(chunks);
  const encodings = (headers['content-encoding'] ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e && e !== 'identity');
  // applied in the order listed, so undone from the last
  for (const encoding of encodings.reverse()) {
    const decode = DECODERS[encoding];
    if (!decode) throw undecodable(encoding, url, 'cannot decode');
    try {
      raw = await decode(raw, { maxOutputLength: limit });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(limit, url);
      throw undecodable(encoding, url, `could not decode (${(err as Error).message})`);
    }
  }
  return raw.toString('utf8');
}
