import { once } from 'node:events';

/** Writes to a stream, waiting for 'drain' when its buffer is full so that huge outputs stream in constant memory. */
export async function writeOut(text: string, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function ndjsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
