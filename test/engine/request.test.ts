import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defineConnector, field } from '../../src/connectors/kit.js';
import { formEncode } from '../../src/lib/engine/encode.js';
import { dryRun, execute } from '../../src/lib/engine/index.js';
import type { ActionDef } from '../../src/lib/engine/types.js';
import { connectorWith, failure, ref, runOpts, TOKEN, useServers } from './fixtures.js';
import { tempConfigDir } from '../helpers/cli.js';

const serve = useServers();
const ok = () => ({ body: { ok: true } });
const one = (def: ActionDef, extra = {}) => ref(connectorWith({ go: def }, extra), 'go');

describe('path and query params', () => {
  it('encodes path params and sends the rest of a GET as query params', async () => {
    const s = await serve(ok);
    const r = one({ route: 'GET /repos/{owner}/{repo}/files' });
    await execute(r, { owner: 'a b', repo: 'x/y?z#', ref: 'main' }, runOpts(s.url));
    expect(s.requests[0]!.path).toBe('/repos/a%20b/x%2Fy%3Fz%23/files');
    expect(s.requests[0]!.query.toString()).toBe('ref=main');
  });

  it('a missing path param is a validation error and nothing is sent', async () => {
    const s = await serve(ok);
    const err = await failure(execute(one({ route: 'GET /things/{id}' }), {}, runOpts(s.url)));
    expect(err.type).toBe('validation');
    expect(err.message).toContain('"id"');
    expect(s.requests).toHaveLength(0);
  });

  it('repeats array query params and uses deepObject brackets for objects', async () => {
    const s = await serve(ok);
    await execute(
      one({ route: 'GET /things' }),
      { ids: ['a', 'b', 3], created: { gte: 10, lt: 20 }, expand: [], flag: false, nothing: undefined, empty: null },
      runOpts(s.url),
    );
    const q = s.requests[0]!.query;
    expect(q.getAll('ids')).toEqual(['a', 'b', '3']);
    expect(q.get('created[gte]')).toBe('10');
    expect(q.get('created[lt]')).toBe('20');
    expect(q.get('flag')).toBe('false');
    expect(q.has('expand')).toBe(false);
    expect(q.has('nothing')).toBe(false);
    expect(q.get('empty')).toBe('');
  });

  it('`in` moves a param of a POST to the query, and `wire` renames it', async () => {
    const s = await serve(ok);
    const r = one({ route: 'POST /things', in: { dry: 'query' }, wire: { dry: 'dry-run' } } as ActionDef);
    await execute(r, { dry: true, name: 'n' }, runOpts(s.url));
    expect(s.requests[0]!.query.get('dry-run')).toBe('true');
    expect(s.requests[0]!.json).toEqual({ name: 'n' });
  });

  it('header params are sent under their wire names', async () => {
    const s = await serve(ok);
    const r = one({ route: 'GET /things', in: { tenant: 'header', version: 'header' }, wire: { tenant: 'X-Tenant-Id' } } as ActionDef);
    await execute(r, { tenant: 't-1', version: '2024-01', q: 's' }, runOpts(s.url));
    const req = s.requests[0]!;
    expect(req.headers['x-tenant-id']).toBe('t-1');
    expect(req.headers.version).toBe('2024-01');
    expect(req.query.toString()).toBe('q=s');
  });

  it('sends the connector default headers', async () => {
    const s = await serve(ok);
    const r = one({ route: 'GET /things' }, { headers: { 'X-Api-Version': '2022-11-28' } });
    await execute(r, {}, runOpts(s.url));
    expect(s.requests[0]!.headers['x-api-version']).toBe('2022-11-28');
    expect(s.requests[0]!.headers.accept).toBe('application/json');
  });
});

describe('bodies', () => {
  it('JSON body for POST/PATCH/PUT by default', async () => {
    const s = await serve(ok);
    const r = one({ route: 'PATCH /things/{id}' });
    await execute(r, { id: 't1', name: 'x', tags: ['a'], meta: { n: 1 }, gone: undefined }, runOpts(s.url));
    const req = s.requests[0]!;
    expect(req.method).toBe('PATCH');
    expect(req.path).toBe('/things/t1');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.json).toEqual({ name: 'x', tags: ['a'], meta: { n: 1 } });
    expect(req.query.toString()).toBe('');
  });

  it('bodyRoot nests the body params under one key', async () => {
    const s = await serve(ok);
    const r = one({ route: 'POST /things', bodyRoot: 'data', in: { include: 'query' } } as ActionDef);
    await execute(r, { name: 'x', include: 'owner' }, runOpts(s.url));
    expect(s.requests[0]!.json).toEqual({ data: { name: 'x' } });
    expect(s.requests[0]!.query.get('include')).toBe('owner');
  });

  it('form encoding flattens nested objects and arrays Stripe-style', async () => {
    const s = await serve(ok);
    const r = one({ route: 'POST /v1/customers' }, { body: 'form' });
    await execute(
      r,
      {
        email: 'a+b@example.com',
        metadata: { order: '42', note: 'a&b=c' },
        items: [{ price: 'p_1', quantity: 2 }, { price: 'p_2' }],
        expand: ['customer', 'invoice'],
        active: true,
        cleared: null,
      },
      runOpts(s.url),
    );
    const req = s.requests[0]!;
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect([...req.form!]).toEqual([
      ['email', 'a+b@example.com'],
      ['metadata[order]', '42'],
      ['metadata[note]', 'a&b=c'],
      ['items[0][price]', 'p_1'],
      ['items[0][quantity]', '2'],
      ['items[1][price]', 'p_2'],
      ['expand[0]', 'customer'],
      ['expand[1]', 'invoice'],
      ['active', 'true'],
      ['cleared', ''],
    ]);
  });

  it('formEncode escapes brackets and reserved characters', () => {
    expect(formEncode({ a: { b: 'x y' } })).toBe('a%5Bb%5D=x+y');
  });

  it('an action body encoding overrides the connector one', async () => {
    const s = await serve(ok);
    const r = one({ route: 'POST /things', body: 'json' }, { body: 'form' });
    await execute(r, { a: 1 }, runOpts(s.url));
    expect(s.requests[0]!.json).toEqual({ a: 1 });
  });

  it('GET and body-less DELETE send no body', async () => {
    const s = await serve(ok);
    await execute(one({ route: 'DELETE /things/{id}' }), { id: 'x' }, runOpts(s.url));
    expect(s.requests[0]!.method).toBe('DELETE');
    expect(s.requests[0]!.body).toBe('');
    expect(s.requests[0]!.headers['content-type']).toBeUndefined();
  });

  describe('multipart', () => {
    const dir = tempConfigDir();
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('uploads a file given as @path next to plain fields', async () => {
      const file = join(dir, 'report.csv');
      writeFileSync(file, 'id,name\n1,Ada\n');
      const s = await serve(ok);
      const r = one({ route: 'POST /files/{folder}', body: 'multipart' });
      await execute(r, { folder: 'f1', file: `@${file}`, purpose: 'import', tags: ['a', 'b'] }, runOpts(s.url));
      const req = s.requests[0]!;
      expect(req.path).toBe('/files/f1');
      const type = req.headers['content-type']!;
      expect(type).toMatch(/^multipart\/form-data; boundary=/);
      // parse the multipart body with the platform's own parser
      const form = await new Response(req.body, { headers: { 'content-type': type } }).formData();
      const upload = form.get('file') as File;
      expect(upload.name).toBe('report.csv');
      expect(await upload.text()).toBe('id,name\n1,Ada\n');
      expect(form.get('purpose')).toBe('import');
      expect(form.get('tags')).toBe('["a","b"]');
      expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
    });

    it('a keyed multipart POST is retried with the whole file again', async () => {
      const file = join(dir, 'blob.bin');
      writeFileSync(file, 'x'.repeat(100_000));
      let n = 0;
      const s = await serve(() => (n++ === 0 ? { status: 503 } : ok()));
      const r = one({ route: 'POST /files', body: 'multipart' }, { idempotencyHeader: 'Idempotency-Key' });
      await execute(r, { file: `@${file}` }, runOpts(s.url));
      expect(s.requests).toHaveLength(2);
      for (const req of s.requests) {
        const form = await new Response(req.body, { headers: { 'content-type': req.headers['content-type']! } }).formData();
        expect((form.get('file') as File).size).toBe(100_000);
      }
      expect(s.requests[0]!.headers['idempotency-key']).toBe(s.requests[1]!.headers['idempotency-key']);
    });

    it('a missing file fails before anything is sent', async () => {
      const s = await serve(ok);
      const r = one({ route: 'POST /files', body: 'multipart' });
      await expect(execute(r, { file: `@${join(dir, 'nope.bin')}` }, runOpts(s.url))).rejects.toThrow();
      expect(s.requests).toHaveLength(0);
    });
  });
});

describe('GraphQL', () => {
  const gql: ActionDef = {
    route: 'POST /graphql',
    graphql: {
      query: 'query($owner: String!, $name: String!, $qualified: String, $first: Int) { repository(owner: $owner, name: $name) { ref(qualifiedName: $qualified) { {{fields}} } } }',
      variables: { owner: 'owner', name: 'repo', qualified: 'refs/heads/{branch}', first: 'per_page' },
      defaultFields: 'id name',
    },
    records: 'data.repository.ref',
  };

  it('fills {{fields}} with the default selection and maps params to variables, templated ones included', async () => {
    const s = await serve(() => ({ body: { data: { repository: { ref: { id: 'R1', name: 'main' } } } } }));
    const result = await execute(one(gql), { owner: 'octo', repo: 'hello', branch: 'main', per_page: 5 }, runOpts(s.url));
    expect(result.data).toEqual({ id: 'R1', name: 'main' });
    const req = s.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/graphql');
    expect(req.query.toString()).toBe('');
    expect(req.headers['content-type']).toBe('application/json');
    const body = req.json as { query: string; variables: Record<string, unknown> };
    expect(body.query).toContain('ref(qualifiedName: $qualified) { id name }');
    expect(body.query).not.toContain('{{fields}}');
    expect(body.variables).toEqual({ owner: 'octo', name: 'hello', qualified: 'refs/heads/main', first: 5 });
  });

  it('uses the `fields` param as the selection and leaves out variables whose params are missing', async () => {
    const s = await serve(() => ({ body: { data: { repository: { ref: null } } } }));
    await execute(one(gql), { owner: 'octo', repo: 'hello', fields: ['id', 'target { oid }'] }, runOpts(s.url));
    const body = s.requests[0]!.json as { query: string; variables: Record<string, unknown> };
    expect(body.query).toContain('{ id target { oid } }');
    expect(body.variables).toEqual({ owner: 'octo', name: 'hello' });
  });
});

describe('server URL', () => {
  const templated = {
    server: 'https://{subdomain}.example.invalid/api/v2',
    config: { subdomain: field('X_SUBDOMAIN', { secret: false }) },
  };

  it('fills server {variables} from the config', async () => {
    const s = await serve(ok);
    const port = new URL(s.url).port;
    const r = one({ route: 'GET /tickets/{id}' }, { server: `http://{host}:${port}/{tenant}/api` });
    await execute(r, { id: 7 }, { ...runOpts(undefined), config: { host: '127.0.0.1', tenant: 'acme' } });
    expect(s.requests[0]!.path).toBe('/acme/api/tickets/7');
  });

  it('a missing server variable is missing input (exit 2) naming its environment variable and --base-url', async () => {
    const r = one({ route: 'GET /tickets' }, templated);
    const err = await failure(execute(r, {}, runOpts(undefined)));
    expect(err.type).toBe('authentication');
    expect(err.exitCode).toBe(2);
    expect(err.message).toContain('subdomain (X_SUBDOMAIN)');
    expect(err.hint).toContain('Set X_SUBDOMAIN, or pass --base-url');
  });

  it('--base-url replaces the whole server, base path included, and needs no server variables', async () => {
    const s = await serve(ok);
    const r = one({ route: 'GET /tickets/{id}' }, templated);
    await execute(r, { id: 9, q: 'x' }, runOpts(`${s.url}/proxy/zendesk/`));
    expect(s.requests[0]!.path).toBe('/proxy/zendesk/tickets/9');
    expect(s.requests[0]!.query.get('q')).toBe('x');
  });

  it('--base-url also replaces an action-level server', async () => {
    const s = await serve(ok);
    const r = one({ route: 'POST /upload', server: 'https://uploads.example.invalid/v1' });
    await execute(r, {}, runOpts(`${s.url}/base`));
    expect(s.requests[0]!.path).toBe('/base/upload');
  });

  it('dryRun builds the same request without sending it or exposing the token', async () => {
    const s = await serve(ok);
    const r = one({ route: 'POST /things/{id}' }, { body: 'form', idempotencyHeader: 'Idempotency-Key' });
    const request = await dryRun(r, { id: 'a/b', meta: { k: 'v' } }, runOpts(s.url));
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`${s.url}/things/a%2Fb`);
    expect(request.body).toBe('meta%5Bk%5D=v');
    expect(request.headers.authorization).toBe('Bearer <api_token>');
    expect(request.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(request)).not.toContain(TOKEN);
    expect(s.requests).toHaveLength(0);
  });
});

describe('defineConnector', () => {
  it('keeps the definition as given', () => {
    const def = { name: 'n', title: 'N', definitionId: 'x', server: 'https://x', auth: {}, entities: {} };
    expect(defineConnector(def)).toBe(def);
  });
});
