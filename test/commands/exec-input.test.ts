import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestServer } from '../helpers/server.js';
import { aac, CUSTOMERS, errorLine, fakeStripe, KEY, pretty, stripe } from '../helpers/stripe.js';
import { tempConfigDir } from '../helpers/cli.js';

// Every test runs the real CLI in child processes, several times; leave room for a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

let server: TestServer;

afterEach(async () => {
  await server?.close();
});

/** The query string the server received, decoded, for readable assertions. */
const query = (s: TestServer, i = 0) => decodeURIComponent(s.requests[i]!.query.toString());

function invalid(message: string, details: { param: string; message: string }[], action = 'customers list'): string {
  return errorLine({
    type: 'validation',
    message,
    status_code: null,
    retryable: false,
    hint: `See \`aac describe stripe ${action}\` for the parameters.`,
    details,
  });
}

describe('aac exec: params', () => {
  it('--params takes a JSON object', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--params', '{"limit":2,"email":"c1@example.com"}']);
    expect(r).toEqual({ code: 0, stdout: pretty(CUSTOMERS.slice(0, 2)), stderr: '' });
    expect(query(server)).toBe('limit=2&email=c1@example.com');
  });

  it('--params @file reads a JSON file, relative to the working directory', async () => {
    server = await fakeStripe();
    const dir = tempConfigDir();
    writeFileSync(join(dir, 'params.json'), '{ "limit": 1, "created": { "gte": 1700000000 } }\n');
    const r = await stripe(server, ['customers', 'list', '--params', '@params.json'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: pretty(CUSTOMERS.slice(0, 1)), stderr: '' });
    expect(query(server)).toBe('limit=1&created[gte]=1700000000');
    const abs = await stripe(server, ['customers', 'get', '-P', `@${join(dir, 'params.json')}`]);
    expect(abs.code).toBe(4);
  });

  it('--params - reads the JSON object from stdin', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'get', '--params', '-'], { stdin: '{"id":"cus_3"}' });
    expect(r).toEqual({ code: 0, stdout: pretty(CUSTOMERS[2]), stderr: '' });
    expect(server.requests.map((q) => q.path)).toEqual(['/v1/customers/cus_3']);
  });

  it('stdin is taken only when a param is read from it (opening the process stdin costs every run)', async () => {
    server = await fakeStripe();
    let opened = 0;
    const stdinOpened = () => opened++;
    for (const args of [['customers', 'get', '-p', 'id=cus_1'], ['customers', 'list', '--params', '{"limit":1}'], ['customers', 'list', '--all', '--dry-run']]) {
      expect((await stripe(server, args, { stdinOpened })).code).toBe(0);
    }
    expect(opened).toBe(0);
    expect((await stripe(server, ['customers', 'get', '--params', '-'], { stdin: '{"id":"cus_3"}', stdinOpened })).code).toBe(0);
    expect(opened).toBeGreaterThan(0);
  });

  it('-p pairs are merged over --params, the pair winning', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--params', '{"limit":1,"email":"x@y.z"}', '-p', 'limit=2']);
    expect(r.code).toBe(0);
    expect(query(server)).toBe('limit=2&email=x@y.z');
  });

  it('-p types numbers, booleans and JSON like gh api -F', async () => {
    server = await fakeStripe(() => ({ body: { object: 'list', data: [], has_more: false } }));
    const products = await stripe(server, ['products', 'list', '-p', 'limit=5', '-p', 'active=false', '-p', 'created={"gt":1,"lte":2}']);
    expect(products).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    expect(query(server)).toBe('limit=5&created[gt]=1&created[lte]=2&active=false');
  });

  it('-p types JSON arrays and objects into a form body', async () => {
    server = await fakeStripe(() => ({ body: { id: 'sub_1', object: 'subscription' } }));
    const r = await stripe(server, [
      'subscriptions',
      'create',
      '-p',
      'customer=cus_1',
      '-p',
      'items=[{"price":"price_1","quantity":2}]',
      '-p',
      'trial_period_days=14',
      '-p',
      'metadata={"plan":"pro"}',
    ]);
    expect(r).toEqual({ code: 0, stdout: pretty({ id: 'sub_1', object: 'subscription' }), stderr: '' });
    const req = server.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v1/subscriptions');
    expect([...req.form!]).toEqual([
      ['customer', 'cus_1'],
      ['items[0][price]', 'price_1'],
      ['items[0][quantity]', '2'],
      ['trial_period_days', '14'],
      ['metadata[plan]', 'pro'],
    ]);
    expect(req.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('-p keeps "123", "true" and "null" as strings for string-typed params', async () => {
    server = await fakeStripe((req) => ({ body: req.path === '/v1/customers' ? { object: 'list', data: [], has_more: false } : { id: '123', object: 'customer' } }));
    const get = await stripe(server, ['customers', 'get', '-p', 'id=123']);
    expect(get).toEqual({ code: 0, stdout: pretty({ id: '123', object: 'customer' }), stderr: '' });
    expect(server.requests[0]!.path).toBe('/v1/customers/123');
    const list = await stripe(server, ['customers', 'list', '-p', 'email=null', '-p', 'starting_after=true', '-p', 'ending_before=007']);
    expect(list.code).toBe(0);
    expect(query(server, 1)).toBe('starting_after=true&ending_before=007&email=null');
  });

  it('-p null and wrong types fail validation for typed params, naming each field (exit 4, nothing sent)', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['products', 'list', '-p', 'limit=null', '-p', 'active=yes']);
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: invalid(
        'Invalid parameters: limit: Invalid input: expected number, received null; active: Invalid input: expected boolean, received string.',
        [
          { param: 'limit', message: 'Invalid input: expected number, received null' },
          { param: 'active', message: 'Invalid input: expected boolean, received string' },
        ],
        'products list',
      ),
    });
    expect(server.requests).toHaveLength(0);
  });

  it('-p without "=" is a usage error (exit 4)', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '-p', 'limit']);
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'usage',
        message: '-p expects key=value, got "limit".',
        status_code: null,
        retryable: false,
        hint: 'For example: -p limit=10 -p email=a@b.co',
      }),
    });
    expect(server.requests).toHaveLength(0);
  });

  it('--params that is not JSON, or not an object, is a usage error (exit 4)', async () => {
    server = await fakeStripe();
    const bad = await stripe(server, ['customers', 'list', '--params', '{limit:1}']);
    expect(bad.code).toBe(4);
    expect(bad.stdout).toBe('');
    const err = JSON.parse(bad.stderr) as { error: Record<string, unknown> };
    expect(err.error.type).toBe('usage');
    expect(err.error.message).toMatch(/^--params is not valid JSON: /);
    expect(err.error.hint).toBe(`Pass a JSON object, e.g. --params '{"limit":10}', --params @file.json or --params - to read stdin.`);

    const array = await stripe(server, ['customers', 'list', '--params', '[1]']);
    expect(array).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'usage',
        message: '--params must be a JSON object, got an array.',
        status_code: null,
        retryable: false,
        hint: `Pass a JSON object, e.g. --params '{"limit":10}'.`,
      }),
    });

    const stdin = await stripe(server, ['customers', 'list', '--params', '-'], { stdin: 'nope' });
    expect(stdin.code).toBe(4);
    expect((JSON.parse(stdin.stderr) as { error: { message: string } }).error.message).toMatch(/^--params from stdin is not valid JSON: /);

    const missing = await stripe(server, ['customers', 'list', '--params', '@/nonexistent/params.json']);
    expect(missing).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'usage',
        message: 'Cannot read params file /nonexistent/params.json: ENOENT.',
        status_code: null,
        retryable: false,
        hint: null,
      }),
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe('aac exec --dry-run', () => {
  it('prints the GET it would send, key redacted, and sends nothing', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--dry-run', '-p', 'limit=2', '-p', 'created={"gte":5}']);
    expect(r).toEqual({
      code: 0,
      stdout: pretty({
        method: 'GET',
        url: `${server.url}/v1/customers?limit=2&created%5Bgte%5D=5`,
        headers: { accept: 'application/json', authorization: '[REDACTED]' },
      }),
      stderr: '',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('prints a POST with its form body and idempotency key', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'create', '--dry-run', '-p', 'email=a@b.co', '-p', 'metadata={"plan":"pro"}']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const printed = JSON.parse(r.stdout) as { headers: Record<string, string> };
    const idempotencyKey = printed.headers['idempotency-key']!;
    expect(idempotencyKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(r.stdout).toBe(
      pretty({
        method: 'POST',
        url: `${server.url}/v1/customers`,
        headers: {
          accept: 'application/json',
          'content-type': 'application/x-www-form-urlencoded',
          'idempotency-key': idempotencyKey,
          authorization: '[REDACTED]',
        },
        body: 'email=a%40b.co&metadata%5Bplan%5D=pro',
      }),
    );
    expect(server.requests).toHaveLength(0);
  });

  it('uses the real Stripe URL without --base-url, and needs no credentials', async () => {
    const r = await aac(['exec', 'stripe', 'customers', 'get', '-p', 'id=cus_1', '--dry-run']);
    expect(r).toEqual({
      code: 0,
      stdout: pretty({
        method: 'GET',
        url: 'https://api.stripe.com/v1/customers/cus_1',
        headers: { accept: 'application/json', authorization: '[REDACTED]' },
      }),
      stderr: '',
    });
  });

  it('still validates the params (exit 4)', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'get', '--dry-run']);
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: invalid(
        'Invalid parameters: id: Invalid input: expected string, received undefined.',
        [{ param: 'id', message: 'Invalid input: expected string, received undefined' }],
        'customers get',
      ),
    });
  });

  it('of a destructive action needs no --yes and sends nothing', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'delete', '-p', 'id=cus_1', '--dry-run']);
    expect(r).toEqual({
      code: 0,
      stdout: pretty({ method: 'DELETE', url: `${server.url}/v1/customers/cus_1`, headers: { accept: 'application/json', authorization: '[REDACTED]' } }),
      stderr: '',
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe('aac exec: destructive actions', () => {
  it('refuses a delete without --yes when there is no TTY (exit 4) and sends nothing', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'delete', '-p', 'id=cus_1']);
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'usage',
        message: 'Refusing to run "Delete Stripe customer cus_1" (a destructive action) without confirmation.',
        status_code: null,
        retryable: false,
        hint: 'Add --yes to confirm.',
      }),
    });
    expect(server.requests).toHaveLength(0);
  });

  it('sends the delete with --yes (or -y)', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'delete', '-p', 'id=cus_1', '--yes']);
    expect(r).toEqual({ code: 0, stdout: pretty({ id: 'cus_1', object: 'customer', deleted: true }), stderr: '' });
    const short = await stripe(server, ['customers', 'delete', '-p', 'id=cus_2', '-y']);
    expect(short.code).toBe(0);
    expect(server.requests.map((q) => `${q.method} ${q.path} ${q.body}`)).toEqual(['DELETE /v1/customers/cus_1 ', 'DELETE /v1/customers/cus_2 ']);
  });

  it('validates the params before asking for confirmation', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'delete']);
    expect(r.code).toBe(4);
    expect((JSON.parse(r.stderr) as { error: { type: string } }).error.type).toBe('validation');
  });
});

describe('aac exec --debug', () => {
  it('logs request and response on stderr with the key redacted; stdout is unchanged', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'get', '-p', 'id=cus_1', '--debug']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(pretty(CUSTOMERS[0]));
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('[debug] '))).toBe(true);
    const start = lines.findIndex((l) => l.startsWith('[debug] > '));
    expect(lines.slice(start, start + 4)).toEqual([
      `[debug] > GET ${server.url}/v1/customers/cus_1`,
      '[debug] > accept: application/json',
      '[debug] > authorization: [REDACTED]',
      expect.stringMatching(/^\[debug\] < 200 \(\d+ ms\)$/),
    ]);
    expect(lines).toContain('[debug] < content-type: application/json');
    expect(lines.at(-1)).toBe(`[debug] < ${JSON.stringify(CUSTOMERS[0])}`);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('logs a form body, and redacts the key where the server echoes it', async () => {
    server = await fakeStripe((req) =>
      req.method === 'POST' ? { body: { id: 'cus_new', object: 'customer', description: 'x' }, headers: { 'x-note': `seen ${KEY}` } } : undefined,
    );
    const r = await stripe(server, ['customers', 'create', '-p', 'email=a@b.co', '--debug']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(pretty({ id: 'cus_new', object: 'customer', description: 'x' }));
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toContain('[debug] > email=a%40b.co');
    expect(lines).toContain('[debug] > content-type: application/x-www-form-urlencoded');
    expect(lines).toContain('[debug] < x-note: seen [REDACTED]');
  });

  it('logs each retry', async () => {
    let calls = 0;
    server = await fakeStripe(() => (++calls === 1 ? { status: 503, body: { error: { message: 'busy' } } } : undefined));
    const r = await stripe(server, ['customers', 'get', '-p', 'id=cus_1', '--debug']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(pretty(CUSTOMERS[0]));
    expect(r.stderr).toMatch(/^\[debug\] retrying after 503 in \d+ ms \(attempt 2 of 4\)$/m);
    expect(server.requests).toHaveLength(2);
  });

  it('is silent without --debug', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'get', '-p', 'id=cus_1']);
    expect(r.stderr).toBe('');
  });
});
