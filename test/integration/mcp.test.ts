import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoSecrets, platformWithStripe } from '../helpers/hosted.js';
import { manyCustomers, savedStripe } from '../helpers/mcp.js';
import { runCli, tempConfigDir } from '../helpers/cli.js';
import { envCredentials, platformCli } from '../helpers/platform.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { BIN } from '../helpers/spawn.js';
import { customer, KEY } from '../helpers/stripe.js';
import { BINARY, binaryReply } from '../helpers/vendor.js';

// Real server processes on a small, shared machine: leave room for a loaded one.
vi.setConfig({ testTimeout: 180_000 });

const clients: Client[] = [];
const children: ChildProcess[] = [];
let vendor: TestServer | undefined;
const startHosted = platformWithStripe();
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
  await vendor?.close();
  vendor = undefined;
});

type Result = CallToolResult & { structuredContent: Record<string, unknown> };

/** The built `aac mcp` in a real process, spoken to over its stdin and stdout by the SDK's own client. */
async function stdioServer(env: Record<string, string>, ...flags: string[]): Promise<{ call(name: string, args?: Record<string, unknown>): Promise<Result>; client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, 'mcp', ...flags],
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), NO_COLOR: '1', ...env },
    cwd: tmpdir(),
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const client = new Client({ name: 'integration', version: '1.0.0' });
  await client.connect(transport);
  clients.push(client);
  return { client, call: (name, args = {}) => client.callTool({ name, arguments: args }) as Promise<Result>, stderr: () => stderr };
}

const text = (r: CallToolResult) => (r.content as { text: string }[])[0]!.text;

describe('aac mcp over stdio (a real process)', () => {
  it('serves every tool; a 5,000-record list is bounded and pages to the end; refusals and bad calls leave it serving; no secret comes back', async () => {
    vendor = await manyCustomers(5000);
    const dir = await savedStripe(vendor.url);
    vendor.requests.length = 0;
    const { client, call, stderr } = await stdioServer({ AAC_CONFIG_DIR: dir });
    const results: Result[] = [];
    const run = async (name: string, args: Record<string, unknown> = {}) => {
      const r = await call(name, args);
      results.push(r);
      return r;
    };

    expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['list_connectors', 'list_entities', 'describe_entity', 'validate_operation', 'execute']);
    expect((await run('list_connectors')).structuredContent).toEqual({ connectors: [{ name: 'stripe', type: 'stripe', mode: 'local', auth: 'api_key', saved: true }] });
    expect((await run('list_entities', { connector_id: 'stripe' })).structuredContent).toMatchObject({ mode: 'local', entities: expect.arrayContaining([expect.objectContaining({ name: 'customers' })]) });
    expect((await run('describe_entity', { connector_id: 'stripe', entity: 'customers' })).structuredContent).toMatchObject({ entity: 'customers', actions: { delete: { kind: 'destructive' } } });
    expect((await run('validate_operation', { connector_id: 'stripe', entity: 'customers', action: 'get', params: { id: 'cus_1' } })).structuredContent).toMatchObject({ valid: true });

    const refused = await run('execute', { connector_id: 'stripe', entity: 'customers', action: 'delete', params: { id: 'cus_1' } });
    expect(refused.isError).toBe(true);
    expect(refused.structuredContent).toMatchObject({ error: { type: 'usage', message: '"Delete Stripe customer cus_1" is destructive and was not sent.' } });
    const invalid = await run('execute', { connector_id: 'stripe', entity: 'customers', action: 'list', params: { limit: 0 } });
    expect(invalid.structuredContent).toMatchObject({ error: { type: 'validation', details: [{ param: 'limit' }] } });
    expect(vendor.requests).toEqual([]);

    const seen: string[] = [];
    let params: Record<string, unknown> = { limit: 100 };
    for (;;) {
      const r = await run('execute', { connector_id: 'stripe', entity: 'customers', action: 'list', params, max_items: 5000 });
      expect(r.isError).toBeFalsy();
      expect(text(r).length).toBeLessThanOrEqual(50_000);
      const page = r.structuredContent as { data: { id: string }[]; has_more: boolean; truncated?: boolean; next?: Record<string, unknown> };
      seen.push(...page.data.map((c) => c.id));
      if (!page.has_more) break;
      expect(page.truncated).toBe(true);
      params = page.next!;
    }
    expect(seen).toEqual(Array.from({ length: 5000 }, (_, i) => `cus_${i + 1}`));
    expect(vendor.requests.some((q) => q.method !== 'GET')).toBe(false);
    for (const r of results) expect(JSON.stringify(r)).not.toContain(KEY);
    expect(stderr()).not.toContain(KEY);
  });

  it('--read-only lists and runs read actions only', async () => {
    vendor = await manyCustomers(3);
    const dir = await savedStripe(vendor.url);
    vendor.requests.length = 0;
    const { call } = await stdioServer({ AAC_CONFIG_DIR: dir }, '--read-only');
    const described = await call('describe_entity', { connector_id: 'stripe', entity: 'customers' });
    expect(Object.keys((described.structuredContent as { actions: object }).actions)).toEqual(['list', 'get', 'api_search']);
    const refused = await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'create', params: { email: 'a@example.com' } });
    expect(refused.structuredContent).toMatchObject({ error: { type: 'usage', message: '"stripe customers create" is a write action and this server is read-only.' } });
    expect(vendor.requests).toEqual([]);
    expect((await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'get', params: { id: 'cus_3' } })).structuredContent).toMatchObject({ data: customer(3) });
  });

  it('--download-dir saves the file of a download action there', async () => {
    vendor = await startServer(() => binaryReply('image/png'));
    const env = { AAC_CONFIG_DIR: tempConfigDir(), SALESFORCE_CLIENT_ID: 'cid', SALESFORCE_CLIENT_SECRET: 'cs', SALESFORCE_REFRESH_TOKEN: 'rt', SALESFORCE_ACCESS_TOKEN: 'at' };
    expect((await runCli(['connectors', 'create', 'salesforce', '--local', '--base-url', vendor.url], { env })).code).toBe(0);
    const downloads = tempConfigDir();
    const { call } = await stdioServer(env, '--download-dir', downloads);
    const r = await call('execute', { connector_id: 'salesforce', entity: 'content_versions', action: 'download', params: { id: '068X' } });
    const path = join(downloads, 'salesforce-content_versions-068X.png');
    expect(r.structuredContent).toEqual({ path, bytes: BINARY.length, content_type: 'image/png' });
    expect(readFileSync(path).equals(BINARY)).toBe(true);
  });

  it('runs a hosted connector through the platform emulator', async () => {
    const { em } = await startHosted();
    const cli = platformCli(em, envCredentials);
    expect((await cli.run(['templates', 'register', 'stripe'])).code).toBe(0);
    expect((await cli.run(['connectors', 'create', 'stripe', '--hosted'], { env: { STRIPE_API_KEY: KEY } })).code).toBe(0);
    const { call, stderr } = await stdioServer({ AAC_CONFIG_DIR: cli.configDir, AAC_PLATFORM_URL: em.url, ...envCredentials });
    const r = await call('execute', { connector_id: 'stripe', entity: 'customers', action: 'get', params: { id: 'cus_2' }, intent: 'look up a customer' });
    expect(r.structuredContent).toEqual({ connector_id: 'stripe', mode: 'hosted', entity: 'customers', action: 'get', data: customer(2) });
    expect(em.apiRequests().at(-1)!.json).toEqual({ entity: 'customers', action: 'get', params: { id: 'cus_2' }, intent: 'look up a customer' });
    expectNoSecrets(em, JSON.stringify(r), stderr());
  });
});

describe('aac mcp --http (a real process)', () => {
  it('serves Streamable HTTP on 127.0.0.1 and refuses another Host', async () => {
    vendor = await manyCustomers(2);
    const dir = await savedStripe(vendor.url);
    const child = spawn(process.execPath, [BIN, 'mcp', '--http', '0'], { env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), AAC_CONFIG_DIR: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const found = /listening on (http:\/\/127\.0\.0\.1:\d+\/mcp)\n/.exec(stderr);
        if (found) resolve(found[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    const client = new Client({ name: 'integration', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    clients.push(client);
    const r = (await client.callTool({ name: 'execute', arguments: { connector_id: 'stripe', entity: 'customers', action: 'get', params: { id: 'cus_1' } } })) as Result;
    expect(r.structuredContent).toMatchObject({ mode: 'local', data: customer(1) });
    const rebound = await new Promise<number>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { host: 'evil.example', 'content-type': 'application/json', accept: 'application/json, text/event-stream' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }));
    });
    expect(rebound).toBe(403);
    expect(stdout).toBe('');
    await client.close();
    clients.splice(0);
    child.kill('SIGINT');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });
});
