import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Raw body text. */
  body: string;
  /** Raw body bytes. */
  raw: Buffer;
  /** Body parsed as JSON or form data when the content type says so; else undefined. */
  json?: unknown;
  form?: URLSearchParams;
}

export type Reply =
  | { status?: number; headers?: Record<string, string>; body?: unknown }
  | ((req: ReceivedRequest, res: ServerResponse) => void);

export type Handler = (req: ReceivedRequest) => Reply | Promise<Reply>;

export interface TestServer {
  url: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

/** A loopback HTTP server that records every request and answers with `handler`. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const raw = Buffer.concat(chunks);
      const body = raw.toString('utf8');
      const type = req.headers['content-type'] ?? '';
      const received: ReceivedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        raw,
      };
      if (type.includes('json') && body) received.json = JSON.parse(body);
      if (type.includes('x-www-form-urlencoded')) received.form = new URLSearchParams(body);
      requests.push(received);
      Promise.resolve(handler(received))
        .then((reply) => {
          if (typeof reply === 'function') return reply(received, res);
          const status = reply.status ?? 200;
          const headers = { 'content-type': 'application/json', ...reply.headers };
          res.writeHead(status, headers);
          res.end(reply.body === undefined ? '' : typeof reply.body === 'string' || Buffer.isBuffer(reply.body) ? reply.body : JSON.stringify(reply.body));
        })
        .catch((err: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(err));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
