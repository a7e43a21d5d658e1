import { describe, expect, it } from 'vitest';
import { BINARY, binaryReply, ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const env = { GONG_ACCESS_KEY: 'ACCESSKEY123', GONG_ACCESS_KEY_SECRET: 'eyJsecret' };
const BASIC = `Basic ${Buffer.from('ACCESSKEY123:eyJsecret').toString('base64')}`;

const { serve, exec } = vendorTest('gong', env);

const user = (n: number) => ({ id: `23400${n}`, emailAddress: `u${n}@example.com`, firstName: `U${n}`, active: true });
const call = (n: number) => ({ metaData: { id: `78000${n}`, title: `Call ${n}`, isPrivate: false }, parties: [] });

describe('gong connector', () => {
  it('lists users with --all, sending records.cursor back as the cursor query param, as NDJSON', async () => {
    const srv = await serve((req) =>
      req.query.get('cursor') === 'eyJwYWdlIjoyfQ'
        ? { body: { requestId: 'r2', records: { totalRecords: 3, currentPageSize: 1, currentPageNumber: 1 }, users: [user(3)] } }
        : {
            body: {
              requestId: 'r1',
              records: { totalRecords: 3, currentPageSize: 2, currentPageNumber: 0, cursor: 'eyJwYWdlIjoyfQ' },
              users: [user(1), user(2)],
            },
          },
    );
    const res = await exec(['users', 'list', '--all']);

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([user(1), user(2), user(3)]));
    expect(srv.requests).toHaveLength(2);
    const [first, second] = srv.requests;
    expect([first!.method, first!.path, Object.fromEntries(first!.query)]).toEqual(['GET', '/v2/users', {}]);
    expect([second!.method, second!.path, Object.fromEntries(second!.query)]).toEqual(['GET', '/v2/users', { cursor: 'eyJwYWdlIjoyfQ' }]);
    for (const req of srv.requests) expect(req.headers.authorization).toBe(BASIC);
  });

  it('lists extensive calls with --all through POST, with the cursor in the JSON body', async () => {
    const srv = await serve((req) =>
      (req.json as { cursor?: string }).cursor === 'c2'
        ? { body: { records: { totalRecords: 2, currentPageNumber: 1 }, calls: [call(2)] } }
        : { body: { records: { totalRecords: 2, currentPageNumber: 0, cursor: 'c2' }, calls: [call(1)] } },
    );
    const params = {
      filter: { fromDateTime: '2025-01-01T00:00:00Z', toDateTime: '2025-02-01T00:00:00Z' },
      contentSelector: { exposedFields: { parties: true, content: { topics: true } } },
    };
    const res = await exec(['calls_extensive', 'list', '--all'], params);

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([call(1), call(2)]));
    expect(srv.requests).toHaveLength(2);
    for (const req of srv.requests) {
      expect(req.method).toBe('POST');
      expect(req.path).toBe('/v2/calls/extensive');
      expect(req.headers['content-type']).toBe('application/json');
    }
    expect(srv.requests[0]!.json).toEqual(params);
    expect(srv.requests[1]!.json).toEqual({ ...params, cursor: 'c2' });
  });

  it('gets a call by ID from the `call` envelope', async () => {
    const one = { id: '780001', title: 'Discovery', started: '2025-01-02T10:00:00Z', duration: 1800 };
    const srv = await serve(() => ({ body: { requestId: 'r', call: one } }));
    const res = await exec(['calls', 'get'], { id: '780001' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(one));
    expect([srv.requests[0]!.method, srv.requests[0]!.path]).toEqual(['GET', '/v2/calls/780001']);
    expect(srv.requests[0]!.headers.authorization).toBe(BASIC);
  });

  it.each(['audio', 'video'] as const)('downloads the %s of a call: the call with media asked for, then the bytes at its URL', async (kind) => {
    const srv = await serve((req, url) =>
      req.path === '/v2/calls/extensive'
        ? { body: { records: { totalRecords: 1 }, calls: [{ metaData: { id: '780001' }, media: { [`${kind}Url`]: `${url}/media/780001.${kind}` } }] } }
        : binaryReply(kind === 'audio' ? 'audio/mpeg' : 'video/mp4'),
    );
    const res = await exec([`call_${kind}`, 'download'], { filter: { callIds: ['780001'] } });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdoutBytes.equals(BINARY)).toBe(true);
    expect(srv.requests.map((r) => [r.method, r.path, r.headers.accept])).toEqual([
      ['POST', '/v2/calls/extensive', 'application/json'],
      ['GET', `/media/780001.${kind}`, '*/*'],
    ]);
    expect(srv.requests[0]!.json).toEqual({ filter: { callIds: ['780001'] }, contentSelector: { exposedFields: { media: true } } });
  });

  it('sends the stats filter as given and reads the per-user records', async () => {
    const stats = [{ userId: '1', userEmailAddress: 'a@example.com', userAggregateActivityStats: { callsAsHost: 4 } }];
    const srv = await serve(() => ({ body: { records: { totalRecords: 1 }, usersAggregateActivityStats: stats } }));
    const filter = { fromDate: '2025-01-01', toDate: '2025-02-01', userIds: ['1'] };
    const res = await exec(['stats_activity_aggregate', 'list'], { filter });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(stats));
    expect([srv.requests[0]!.method, srv.requests[0]!.path, srv.requests[0]!.json]).toEqual(['POST', '/v2/stats/activity/aggregate', { filter }]);
  });

  it('sends the hyphenated coaching params as query params', async () => {
    const srv = await serve(() => ({ body: { coachingData: [] } }));
    const res = await exec(['coaching', 'list'], { 'workspace-id': 'W1', 'manager-id': 'M1' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty([]));
    expect(Object.fromEntries(srv.requests[0]!.query)).toEqual({
      'workspace-id': 'W1',
      'manager-id': 'M1',
      from: '2024-01-01T00:00:00Z',
      to: '2025-01-01T00:00:00Z',
    });
  });

  it('uses the OAuth access token when only the OAuth variables are set', async () => {
    const srv = await serve(() => ({ body: { workspaces: [{ id: 'W1', name: 'Main' }] } }));
    const res = await exec(['workspaces', 'list'], undefined, {
      GONG_CLIENT_ID: 'cid',
      GONG_CLIENT_SECRET: 'csecret',
      GONG_REFRESH_TOKEN: 'refresh',
      GONG_OAUTH_ACCESS_TOKEN: 'oauth-access',
    });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty([{ id: 'W1', name: 'Main' }]));
    expect(srv.requests[0]!.headers.authorization).toBe('Bearer oauth-access');
  });
});
