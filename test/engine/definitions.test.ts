import { describe, expect, it } from 'vitest';
import { renamedEntity } from '../../src/connectors/kit.js';
import { configValues } from '../../src/lib/connection.js';
import { dryRun, execute, resolveAction } from '../../src/lib/engine/index.js';
import { getPath } from '../../src/lib/engine/path.js';
import { describe as describeConnector } from '../../src/lib/describe.js';
import type { ActionDef, ConnectorDef } from '../../src/lib/engine/types.js';
import { runCli } from '../helpers/cli.js';
import { allRecords, connectorWith, failure, ref, runOpts, useServers, TOKEN } from './fixtures.js';
import { z } from 'zod';

/** The mechanisms a connector definition can use beyond routes and params, each checked over a loopback server. */

const serve = useServers();

describe('deprecated names', () => {
  const connector: ConnectorDef = {
    ...connectorWith({ list: { route: 'GET /things' }, search: { route: 'GET /things', deprecated: { use: 'list' } } }),
    entities: {
      things: { actions: { list: { route: 'GET /things' }, find: { route: 'GET /things/find', deprecated: { use: 'list' } } } },
      thing: renamedEntity('things'),
    },
  };

  it('an old entity name leads to the new entity, with a warning', () => {
    const r = resolveAction(connector, 'thing', 'list');
    expect([r.entity, r.action, r.def.route]).toEqual(['things', 'list', 'GET /things']);
    expect(r.warnings).toEqual(['Warning: testapi entity "thing" is deprecated; use "things" instead (the old name will be removed).']);
  });

  it('an old action name leads to the new action, with a warning; current names carry none', () => {
    const r = resolveAction(connector, 'things', 'find');
    expect([r.action, r.def.route]).toEqual(['list', 'GET /things']);
    expect(r.warnings).toEqual(['Warning: testapi things action "find" is deprecated; use "list" instead (the old name will be removed).']);
    expect(resolveAction(connector, 'things', 'list').warnings).toBeUndefined();
  });

  it('describe marks the old names', () => {
    expect(describeConnector(connector, 'thing')).toMatchObject({ entity: 'thing', deprecated: { use: 'things' }, actions: { list: {} } });
    expect(describeConnector(connector, 'things', 'find')).toMatchObject({ action: 'find', deprecated: { use: 'list' }, path: '/things' });
  });

  it('aac exec with Facebook ad_account get runs ad_accounts get and warns on stderr with --debug', async () => {
    const s = await serve(() => ({ body: { id: 'act_1', name: 'Main' } }));
    const args = ['exec', 'facebook-marketing', 'ad_account', 'get', '--params', '{"account_id":"1"}', '--base-url', s.url, '--debug'];
    const res = await runCli(args, { env: { FACEBOOK_ACCESS_TOKEN: 'fb-token' } });

    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ id: 'act_1', name: 'Main' });
    expect(s.requests[0]!.path).toBe('/act_1');
    expect(res.stderr).toContain('Warning: facebook-marketing entity "ad_account" is deprecated; use "ad_accounts" instead');
  });

  it('aac connectors catalog counts the current names only', async () => {
    const res = await runCli(['connectors', 'catalog', '--json']);
    const rows = JSON.parse(res.stdout) as { name: string; entities: string[] }[];
    const facebook = rows.find((r) => r.name === 'facebook-marketing')!;
    expect(facebook.entities).toContain('ad_accounts');
    expect(facebook.entities).not.toContain('ad_account');
  });
});

describe('meta from response headers', () => {
  const list: ActionDef = { route: 'GET /things', meta: { next: '@link.next', last: '@link.last', total: '@header.X-Total-Count', count: 'count' } };

  it('reads a Link relation, a header and a body field', async () => {
    const s = await serve(() => ({
      headers: { link: '<https://x.test/things?page=2>; rel="next", <https://x.test/things?page=9>; rel="last"', 'x-total-count': '90' },
      body: { count: 10 },
    }));
    const result = await execute(ref(connectorWith({ list })), {}, runOpts(s.url));
    expect(result.meta).toEqual({ next: 'https://x.test/things?page=2', last: 'https://x.test/things?page=9', total: '90', count: 10 });
  });

  it('leaves out what the response does not carry', async () => {
    const s = await serve(() => ({ body: {} }));
    const result = await execute(ref(connectorWith({ list })), {}, runOpts(s.url));
    expect(result.meta).toEqual({});
  });
});

describe('error rules', () => {
  const rules: Partial<ConnectorDef> = {
    errors: [{ field: 'error.code', equals: 190, type: 'authentication', hint: 'Get a new token.' }],
  };
  const get = ref(connectorWith({ get: { route: 'GET /things/{id}' } }, rules), 'get');

  it('a body the rule names is its type whatever the status (HTTP 400 → authentication, exit 2)', async () => {
    const s = await serve(() => ({ status: 400, body: { error: { message: 'Session has expired', type: 'OAuthException', code: 190 } } }));
    const err = await failure(execute(get, { id: '1' }, runOpts(s.url)));
    expect([err.type, err.exitCode, err.statusCode, err.retryable]).toEqual(['authentication', 2, 400, false]);
    expect(err.message).toBe('Test API API error (400): Session has expired');
    expect(err.hint).toBe('Get a new token.');
  });

  it('other bodies keep the type of their status', async () => {
    const s = await serve(() => ({ status: 400, body: { error: { message: 'Invalid parameter', type: 'OAuthException', code: 100 } } }));
    const err = await failure(execute(get, { id: '1' }, runOpts(s.url)));
    expect([err.type, err.exitCode]).toEqual(['validation', 4]);
  });
});

describe('auth-scheme headers filled from the credentials', () => {
  const base = connectorWith({ list: { route: 'GET /things', params: undefined } });
  const connector: ConnectorDef = {
    ...base,
    auth: { token: { ...base.auth.token!, headers: { 'X-Client-Id': '{api_token}-client' } } },
  };
  const withParam = ref(
    { ...connector, entities: { things: { actions: { list: { route: 'GET /things', in: { 'X-Client-Id': 'header' } } } } } },
    'list',
  );

  it('sends the header with the credential value', async () => {
    const s = await serve(() => ({ body: [] }));
    await execute(ref(connector), {}, runOpts(s.url));
    expect(s.requests[0]!.headers['x-client-id']).toBe(`${TOKEN}-client`);
  });

  it('a header set by a param is left as it is; a dry run shows a placeholder', async () => {
    const s = await serve(() => ({ body: [] }));
    await execute(withParam, { 'X-Client-Id': 'explicit' }, runOpts(s.url));
    expect(s.requests[0]!.headers['x-client-id']).toBe('explicit');
    const request = await dryRun(ref(connector), {}, runOpts(s.url));
    expect(request.headers['x-client-id']).toBe('<api_token>-client');
  });
});

describe('derived config', () => {
  const connector: ConnectorDef = {
    ...connectorWith({}),
    config: { region: { env: 'TESTAPI_REGION', optional: true, derive: { from: 'api_token', after: '-' }, default: 'us1' } },
  };

  it('a missing setting is the part of its source after the last delimiter; a given one wins; else the default', () => {
    expect(configValues(connector, { api_token: 'abc-def-eu7' })).toEqual({ region: 'eu7' });
    expect(configValues(connector, { api_token: 'abc-eu7', region: 'us5' })).toEqual({ region: 'us5' });
    expect(configValues(connector, { api_token: 'abcdef' })).toEqual({ region: 'us1' });
    expect(configValues(connector, { api_token: 'abc-' })).toEqual({ region: 'us1' });
  });
});

describe('record paths', () => {
  it('a path without * returns its one match as it is; with *, every match as one list', () => {
    const body = { data: { id: 1 }, groups: { a: [{ id: 1 }], b: [{ id: 2 }, { id: 3 }] }, list: [{ x: 1 }, { x: 2 }] };
    expect(getPath(body, 'data')).toEqual({ id: 1 });
    expect(getPath(body, 'groups.*.*')).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    expect(getPath(body, 'list.*.x')).toEqual([1, 2]);
    expect(getPath(body, 'list.*')).toEqual([{ x: 1 }, { x: 2 }]);
    expect(getPath({ groups: {} }, 'groups.*.*')).toEqual([]);
    expect(getPath(body, 'missing.*')).toBeUndefined();
  });
});

describe('nextUrl pagination with a page size', () => {
  const list: ActionDef = {
    route: 'GET /export',
    params: z.object({ limit: z.number().default(2) }),
    records: 'items',
    paginate: { type: 'nextUrl', from: 'next', sizeParam: 'limit' },
  };

  it('ends on a page with fewer records than the limit, though it still names a next page', async () => {
    const s = await serve((req) =>
      req.query.get('cursor') === '2'
        ? { body: { items: [{ id: 3 }], next: `${s.url}/export?cursor=3&limit=2` } }
        : { body: { items: [{ id: 1 }, { id: 2 }], next: `${s.url}/export?cursor=2&limit=2` } },
    );
    const r = ref(connectorWith({ list }));
    expect(await allRecords(r, { limit: 2 }, runOpts(s.url))).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    expect(s.requests.map((q) => q.query.get('cursor'))).toEqual([null, '2']);
  });
});
