import { afterEach } from 'vitest';
import { runCli } from './cli.js';
import { startServer, type Handler, type ReceivedRequest, type TestServer } from './server.js';

/** What the CLI prints for one record or a page: JSON with 2-space indentation. */
export const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
/** Bytes that are not valid UTF-8 (every byte value, then a lone continuation byte): a body passed through as is. */
export const BINARY = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.from([0x80, 0xff, 0xfe, 0x00])]);

/** A reply with a binary body of this content type. */
export const binaryReply = (type = 'application/octet-stream', body: Buffer = BINARY) => ({ headers: { 'content-type': type, 'content-length': String(body.length) }, body });

/** What the CLI prints with --all: one JSON record a line. */
export const ndjson = (records: unknown[]) => records.map((r) => `${JSON.stringify(r)}\n`).join('');

/**
 * The loopback server and CLI runner of one connector's test file. Registers an afterEach that closes
 * the server. `serve` starts the server (its handler also gets the server's URL); `exec` runs
 * `exec <connector> ...args --base-url <server URL><basePath> [--params JSON]` with `env` unless told otherwise.
 */
export function vendorTest(connector: string, env: Record<string, string>, basePath = '') {
  let current: TestServer | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });

  function server(): TestServer {
    if (!current) throw new Error('no server: call serve() first');
    return current;
  }

  async function serve(handler: (req: ReceivedRequest, url: string) => ReturnType<Handler>): Promise<TestServer> {
    let url = '';
    current = await startServer((req) => handler(req, url));
    url = current.url;
    return current;
  }

  function exec(args: string[], params?: unknown, extraEnv: Record<string, string> = env) {
    const argv = ['exec', connector, ...args, '--base-url', `${server().url}${basePath}`];
    if (params !== undefined) argv.push('--params', JSON.stringify(params));
    return runCli(argv, { env: extraEnv });
  }

  return { serve, exec, server };
}
