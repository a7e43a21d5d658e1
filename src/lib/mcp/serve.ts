import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Context } from '../context.js';
import { AacError } from '../errors.js';
import { createMcpServer, type ServerOptions } from './server.js';

/** Serves MCP on the context's stdin and stdout until stdin ends or Ctrl-C. */
export async function serveStdio(ctx: Context, opts: ServerOptions): Promise<void> {
  const server = createMcpServer(ctx, opts);
  const stdin = ctx.io.stdin;
  const ended = new Promise<void>((resolve) => {
    stdin.once('end', resolve);
    stdin.once('close', resolve);
    ctx.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await server.connect(new StdioServerTransport(stdin as Readable, ctx.io.stdout as Writable));
  await ended;
  await server.close();
}

export const HTTP_PATH = '/mcp';

/**
 * Serves MCP over Streamable HTTP on 127.0.0.1 (stateless: a fresh server per request) until Ctrl-C. Requests
 * for other hosts are refused, so a web page cannot reach it through DNS rebinding.
 */
export async function serveHttp(ctx: Context, opts: ServerOptions & { port: number; onListening(url: string): void }): Promise<void> {
  let hosts: string[] = [];
  const http = createServer((req, res) => void handle(req, res));
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== HTTP_PATH) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: MCP is served at ${HTTP_PATH}\n`);
      return;
    }
    const server = createMcpServer(ctx, opts);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true, enableDnsRebindingProtection: true, allowedHosts: hosts });
    res.on('close', () => void server.close());
    await server.connect(transport);
    await transport.handleRequest(req, res);
  }
  await new Promise<void>((resolve, reject) => {
    http.once('error', (err: NodeJS.ErrnoException) =>
      reject(new AacError('usage', `Cannot listen on 127.0.0.1:${opts.port}: ${err.code ?? err.message}.`, { hint: 'Pick another port with --http <port> (0 picks a free one).' })),
    );
    http.listen(opts.port, '127.0.0.1', resolve);
  });
  const { port } = http.address() as AddressInfo;
  hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  opts.onListening(`http://127.0.0.1:${port}${HTTP_PATH}`);
  await new Promise<void>((resolve) => {
    if (ctx.signal.aborted) resolve();
    ctx.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  http.closeAllConnections();
  await new Promise<void>((resolve) => http.close(() => resolve()));
}
