import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestServer } from '../helpers/server.js';
import { CUSTOMERS, errorLine, fakeStripe, KEY, ndjson, pretty, stripe } from '../helpers/stripe.js';

// Every test runs the real CLI in child processes, several times; leave room for a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

let server: TestServer;

afterEach(async () => {
  await server?.close();
});

const page1 = CUSTOMERS.slice(0, 3);

describe('aac exec: output', () => {
  it('prints a list as a pretty JSON array and sends the authenticated request', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list']);
    expect(r).toEqual({ code: 0, stdout: pretty(page1), stderr: '' });
    expect(server.requests).toHaveLength(1);
    const [req] = server.requests;
    expect(req).toMatchObject({ method: 'GET', path: '/v1/customers', body: '' });
    expect([...req!.query]).toEqual([]);
    expect(req!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req!.headers.accept).toBe('application/json');
  });

  it('prints a get as one pretty JSON object, two-space indented', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'get', '-p', 'id=cus_2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        '{',
        '  "id": "cus_2",',
        '  "object": "customer",',
        '  "email": "c2@example.com",',
        '  "name": null,',
        '  "created": 1700000002,',
        '  "address": {',
        '    "city": "City 2",',
        '    "country": "FR"',
        '  },',
        '  "metadata": {}',
        '}',
        '',
      ].join('\n'),
    );
    expect(server.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /v1/customers/cus_2']);
  });

  it('--meta prints {data, meta} with has_more and the params of the next page', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--meta', '-p', 'limit=2']);
    const meta = { has_more: true, next: { starting_after: 'cus_2' } };
    expect(r).toEqual({ code: 0, stdout: pretty({ data: CUSTOMERS.slice(0, 2), meta }), stderr: '' });
    expect(server.requests[0]!.query.get('limit')).toBe('2');
  });

  it('--meta on the last page reports has_more false and no next page', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--meta', '-p', 'starting_after=cus_5']);
    expect(r).toEqual({ code: 0, stdout: pretty({ data: CUSTOMERS.slice(5), meta: { has_more: false } }), stderr: '' });
  });

  it('--all streams NDJSON across every page, following starting_after, asking for the largest page (100)', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--all']);
    expect(r).toEqual({ code: 0, stdout: ndjson(CUSTOMERS), stderr: '' });
    expect(server.requests.map((q) => q.query.toString())).toEqual(['limit=100', 'limit=100&starting_after=cus_3', 'limit=100&starting_after=cus_6']);
  });

  it('--all keeps the caller params on every page', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--all', '-p', 'limit=2']);
    expect(r).toEqual({ code: 0, stdout: ndjson(CUSTOMERS), stderr: '' });
    expect(server.requests.map((q) => q.query.toString())).toEqual(['limit=2', 'limit=2&starting_after=cus_2', 'limit=2&starting_after=cus_4', 'limit=2&starting_after=cus_6']);
  });

  it('--all --max-pages stops after that many pages', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--all', '--max-pages', '2']);
    expect(r).toEqual({ code: 0, stdout: ndjson(CUSTOMERS.slice(0, 6)), stderr: '' });
    expect(server.requests).toHaveLength(2);
  });

  it('--all --max-items stops mid-page and fetches no further page', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--all', '--max-items', '4']);
    expect(r).toEqual({ code: 0, stdout: ndjson(CUSTOMERS.slice(0, 4)), stderr: '' });
    expect(server.requests).toHaveLength(2);
  });

  it('--all --max-items 2 needs only the first page', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--all', '--max-items', '2']);
    expect(r).toEqual({ code: 0, stdout: ndjson(CUSTOMERS.slice(0, 2)), stderr: '' });
    expect(server.requests).toHaveLength(1);
  });

  it('--all --output json streams one JSON array', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--all', '--output', 'json', '--fields', 'id']);
    expect(r).toEqual({ code: 0, stdout: pretty(CUSTOMERS.map((c) => ({ id: c.id }))), stderr: '' });
  });

  it('--all on an empty list prints nothing in NDJSON and [] in JSON', async () => {
    server = await fakeStripe(() => ({ body: { object: 'list', data: [], has_more: false } }));
    expect(await stripe(server, ['customers', 'list', '--all'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await stripe(server, ['customers', 'list', '--all', '-o', 'json'])).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('--max-items without --all is a usage error (exit 4) and sends nothing', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--max-items', '2']);
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'usage',
        message: '--max-pages and --max-items only apply with --all.',
        status_code: null,
        retryable: false,
        hint: 'Add --all to follow pagination.',
      }),
    });
    expect(server.requests).toHaveLength(0);
  });

  it('--all on a single-record action is a usage error (exit 4)', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'get', '-p', 'id=cus_1', '--all']);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { type: 'usage', message: '--all needs a list action; customers get returns one record.' } });
    expect(server.requests).toHaveLength(0);
  });

  it('--fields projects top-level and dotted paths, keeping the nesting', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--fields', 'id, address.city']);
    expect(r).toEqual({ code: 0, stdout: pretty(page1.map((c) => ({ id: c.id, address: { city: c.address.city } }))), stderr: '' });
  });

  it('--fields naming a field no record has is exit 4, listing the fields there are', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--fields', 'id,emial']);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr)).toEqual({
      error: {
        type: 'usage',
        message: '--fields names "emial", which no returned record has.',
        status_code: null,
        retryable: false,
        hint: 'Fields of these records: address, created, email, id, metadata, name, object.',
        details: { unknown: ['emial'], available: ['address', 'created', 'email', 'id', 'metadata', 'name', 'object'] },
      },
    });
  });

  it('--fields applies to a single object, to --meta data and to --all streams', async () => {
    server = await fakeStripe();
    const get = await stripe(server, ['customers', 'get', '-p', 'id=cus_1', '--fields', 'email,address.country']);
    expect(get).toEqual({ code: 0, stdout: pretty({ email: 'c1@example.com', address: { country: 'FR' } }), stderr: '' });
    const meta = await stripe(server, ['customers', 'list', '--meta', '--fields', 'id', '-p', 'limit=1']);
    expect(meta).toEqual({ code: 0, stdout: pretty({ data: [{ id: 'cus_1' }], meta: { has_more: true, next: { starting_after: 'cus_1' } } }), stderr: '' });
    const all = await stripe(server, ['customers', 'list', '--all', '--fields', 'id,name']);
    expect(all).toEqual({ code: 0, stdout: ndjson(CUSTOMERS.map((c) => ({ id: c.id, name: c.name }))), stderr: '' });
  });

  it('--output table shows the entity default columns', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--output', 'table'], { ttyColumns: 120 });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        '┌───────┬────────────────┬────────────┬────────────┐',
        '│ id    │ email          │ name       │ created    │',
        '│ cus_1 │ c1@example.com │ Customer 1 │ 1700000001 │',
        '│ cus_2 │ c2@example.com │            │ 1700000002 │',
        '│ cus_3 │ c3@example.com │ Customer 3 │ 1700000003 │',
        '└───────┴────────────────┴────────────┴────────────┘',
        '',
      ].join('\n'),
    );
  });

  it('--output table uses --fields as columns, dotted paths included', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'get', '-p', 'id=cus_1', '-o', 'table', '--fields', 'id,address.city'], { ttyColumns: 120 });
    expect(r).toEqual({
      code: 0,
      stdout: ['┌───────┬──────────────┐', '│ id    │ address.city │', '│ cus_1 │ City 1       │', '└───────┴──────────────┘', ''].join('\n'),
      stderr: '',
    });
  });

  it('--all --output table collects every page into one table', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--all', '-o', 'table', '--fields', 'id'], { ttyColumns: 120 });
    const rows = CUSTOMERS.map((c) => `│ ${c.id} │`);
    expect(r).toEqual({ code: 0, stdout: ['┌───────┐', '│ id    │', ...rows, '└───────┘', ''].join('\n'), stderr: '' });
  });

  it('--output table on a pipe prints tab-separated columns, like gh', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '-o', 'table']);
    expect(r).toEqual({ code: 0, stdout: page1.map((c) => [c.id, c.email, c.name ?? '', c.created].join('\t') + '\n').join(''), stderr: '' });
  });

  it('a wide table is cut to the terminal width, long cells truncated', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '-o', 'table', '--fields', 'id,email,name,created,address'], { ttyColumns: 60 });
    expect(r.code).toBe(0);
    for (const line of r.stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    expect(r.stdout).toContain('…');
  });

  it('--output ndjson prints one record per line without --all (one page only)', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--output', 'ndjson']);
    expect(r).toEqual({ code: 0, stdout: ndjson(page1), stderr: '' });
    expect(server.requests).toHaveLength(1);
    const get = await stripe(server, ['customers', 'get', '-p', 'id=cus_4', '-o', 'ndjson']);
    expect(get).toEqual({ code: 0, stdout: ndjson([CUSTOMERS[3]]), stderr: '' });
  });

  it('an unknown --output format is a usage error (exit 4)', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--output', 'yaml']);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    const { error } = JSON.parse(r.stderr) as { error: Record<string, unknown> };
    expect(error).toMatchObject({ type: 'usage', status_code: null, retryable: false });
    expect(error.message).toMatch(/Expected --output=yaml to be one of: json, ndjson, table/);
    expect(server.requests).toHaveLength(0);
  });
});
