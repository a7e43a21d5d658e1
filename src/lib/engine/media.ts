import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AacError } from '../errors.js';
import type { Media } from './encode.js';

/** Where `@path` and `-` values are read from: the working directory and stdin of the run. */
export interface MediaInput {
  cwd: string;
  stdin?: NodeJS.ReadableStream;
}

/** Base64 or base64url, padded or not (a length of 4n+1 is never valid). */
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

function howTo(param: string): string {
  return `Give "${param}" as "@path/to/file" (read from disk), "-" (read from stdin) or the content in base64.`;
}

/** The bytes of an upload param: `@path` streams a file, `-` streams stdin (once), other text is base64. */
export async function mediaFrom(param: string, value: unknown, type: string, input: MediaInput): Promise<Media> {
  if (typeof value !== 'string') throw new AacError('validation', `"${param}" must be a string.`, { hint: howTo(param) });
  if (value.startsWith('@') && value.length > 1) {
    const path = resolve(input.cwd, value.slice(1));
    const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
      throw new AacError('usage', `Cannot read the file of "${param}", ${value.slice(1)}: ${err.code ?? err.message}.`, { hint: howTo(param) });
    });
    if (!info.isFile()) throw new AacError('usage', `The file of "${param}", ${value.slice(1)}, is not a regular file.`, { hint: howTo(param) });
    return { type, length: info.size, source: path, open: () => createReadStream(path) };
  }
  if (value === '-') {
    const stdin = input.stdin;
    let used = false;
    return {
      type,
      source: 'stdin',
      open() {
        if (!stdin) throw new AacError('usage', `"${param}" is "-", but there is no stdin to read here.`, { hint: howTo(param) });
        if (used) throw new AacError('usage', `stdin can be sent once only (for "${param}"), and it was already read.`, { hint: howTo(param) });
        used = true;
        return stdin as AsyncIterable<Uint8Array>;
      },
    };
  }
  const compact = value.replace(/\s+/g, '');
  if (compact.length % 4 === 1 || !BASE64.test(compact)) {
    throw new AacError('validation', `"${param}" is neither @path, - nor base64 content.`, { hint: howTo(param) });
  }
  const bytes = Buffer.from(compact, /[-_]/.test(compact) ? 'base64url' : 'base64');
  return { type, length: bytes.length, source: 'inline (base64)', open: async function* () { yield bytes; } };
}
