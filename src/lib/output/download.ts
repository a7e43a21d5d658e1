import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Context } from '../context.js';
import type { Download } from '../engine/download.js';
import { AacError } from '../errors.js';

/** What `aac exec … -O <path> --json` prints: where the file went, its size and type. */
export interface DownloadSummary {
  path: string;
  bytes: number;
  content_type: string | null;
}

/** Types a terminal can show: text, JSON, XML, CSV and the like. Anything else counts as binary. */
export function isText(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return /^text\//.test(type) || /^application\/(json|xml|csv|javascript|x-ndjson)$/.test(type) || /\+(json|xml)$/.test(type);
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) [value, unit] = [value / 1000, unit + 1];
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

function describe(file: Download): string {
  return `${file.bytes === undefined ? 'unknown size' : formatBytes(file.bytes)}, ${file.contentType ?? 'no content type'}`;
}

/** Counts the bytes that pass. */
function counter(): { count: () => number; step: (source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer> } {
  let bytes = 0;
  return {
    count: () => bytes,
    step: async function* (source) {
      for await (const chunk of source) {
        bytes += chunk.length;
        yield chunk;
      }
    },
  };
}

function cannotWrite(path: string, err: NodeJS.ErrnoException, hint: string): AacError {
  return new AacError('usage', `Cannot write ${path}: ${err.code ?? err.message}.`, { hint });
}

/**
 * Saves a download under `path` (relative to the working directory) by way of a temp file in the same
 * directory, renamed at the end: an error or Ctrl-C removes the temp file and leaves nothing under `path`.
 * `writeHint` says what to do when `path` cannot be written.
 */
export async function saveDownload(
  ctx: Context,
  file: Download,
  path: string,
  writeHint = 'Give -O a path in a directory that exists and that you can write to.',
): Promise<DownloadSummary> {
  const target = resolve(ctx.cwd, path);
  const temp = join(dirname(target), `.${basename(target)}.${globalThis.crypto.randomUUID().slice(0, 12)}.aac-part`);
  ctx.note(`Downloading ${describe(file)} to ${path}…`);
  try {
    const out = createWriteStream(temp, { flags: 'wx' });
    await pipeline(file.stream, out, { signal: ctx.signal });
    await rename(temp, target);
    return { path: target, bytes: out.bytesWritten, content_type: file.contentType ?? null };
  } catch (err) {
    file.stream.destroy();
    await rm(temp, { force: true });
    throw cancelledOr(ctx, err, (e) => cannotWrite(path, e, writeHint), `Cancelled; nothing was saved under ${path}.`);
  }
}

/** Writes a download to stdout, refusing binary content when stdout is a terminal. Returns the bytes written. */
export async function pipeDownload(ctx: Context, file: Download): Promise<number> {
  if (ctx.io.stdoutTTY && !isText(file.contentType)) {
    file.stream.destroy();
    throw new AacError('usage', `Not writing ${describe(file)} to the terminal: it is binary.`, {
      hint: 'Save it with -O <file>, or pipe it: aac exec … > file.',
    });
  }
  ctx.note(`Downloading ${describe(file)}…`);
  const bytes = counter();
  try {
    await pipeline(file.stream, bytes.step, ctx.io.stdout, { signal: ctx.signal, end: false });
  } catch (err) {
    file.stream.destroy();
    throw cancelledOr(ctx, err, (e) => new AacError('network', `Writing to stdout failed: ${e.code ?? e.message}.`), 'Cancelled.');
  }
  return bytes.count();
}

/** An AacError from the stream passes through; Ctrl-C is a cancel; a file-system error is `fsError`. */
function cancelledOr(ctx: Context, err: unknown, fsError: (err: NodeJS.ErrnoException) => AacError, cancelled: string): AacError {
  if (ctx.signal.aborted) return new AacError('cancelled', cancelled, { cause: err });
  if (err instanceof AacError) return err;
  return fsError(err as NodeJS.ErrnoException);
}
