import { once } from 'node:events';

/** Writes to a stream, waiting for 'drain' when its buffer is full so that huge outputs stream in constant memory. */
export async function writeOut(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text && !stream.write(text)) await once(stream, 'drain');
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function ndjsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
