import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const TOKEN = 'zd-chat-oauth-token';
const env = { ZENDESK_CHAT_ACCESS_TOKEN: TOKEN };

const { serve, exec } = vendorTest('zendesk-chat', env);

const chat = (n: number) => ({ id: `2101.${n}`, type: 'chat', timestamp: `2026-01-0${n}T10:00:00Z`, department_name: 'Sales', missed: false });

describe('zendesk-chat connector', () => {
  it('exports chats with --all, following next_page until a page has fewer records than the limit', async () => {
    const s = await serve((req) => {
      const page = (start: number) => `${s.url}/incremental/chats?fields=chats(*)&limit=2&start_time=${start}`;
      return req.query.get('start_time') === '200'
        ? // the last page: fewer records than the limit, and a next_page that repeats this request
          { body: { chats: [chat(3)], count: 1, end_time: 200, next_page: page(200) } }
        : { body: { chats: [chat(1), chat(2)], count: 2, end_time: 200, next_page: page(200) } };
    });

    const res = await exec(['chats', 'list', '--all'], { start_time: 100, limit: 2 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([chat(1), chat(2), chat(3)]));
    expect(s.requests).toHaveLength(2);
    const [first, second] = s.requests;
    for (const req of [first!, second!]) {
      expect(req.method).toBe('GET');
      expect(req.path).toBe('/incremental/chats');
      expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
    }
    expect(Object.fromEntries(first!.query)).toEqual({ start_time: '100', limit: '2', fields: 'chats(*)' });
    expect(Object.fromEntries(second!.query)).toEqual({ fields: 'chats(*)', limit: '2', start_time: '200' });
  });

  it('prints one page of the agent timeline with next_page and count as meta', async () => {
    const entries = [{ agent_id: 7, start_time: '2026-01-01T10:00:00Z', status: 'online', duration: 60.5 }];
    const next = 'https://acme.zendesk.com/api/v2/chat/incremental/agent_timeline?start_time=1767261660000000';
    const s = await serve(() => ({ body: { agent_timeline: entries, count: 1, end_time: 1767261660000000, next_page: next } }));

    const res = await exec(['agent_timeline', 'list', '--meta'], { start_time: 1767225600000000 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    // fewer records than the limit: the export is done, so there is no next page to follow (meta.next)
    expect(JSON.parse(res.stdout)).toEqual({ data: entries, meta: { next_page: next, count: 1 } });
    expect(Object.fromEntries(s.requests[0]!.query)).toEqual({
      start_time: '1767225600000000',
      limit: '1000',
      fields: 'agent_timeline(*)',
    });
  });

  it('lists departments from a bare JSON array', async () => {
    const departments = [
      { id: 1, name: 'Sales', enabled: true, members: [7] },
      { id: 2, name: 'Support', enabled: true, members: [] },
    ];
    const s = await serve(() => ({ body: departments }));

    const res = await exec(['departments', 'list']);

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(departments));
    expect([s.requests[0]!.path, [...s.requests[0]!.query.keys()]]).toEqual(['/departments', []]);
  });

  it('gets one agent by numeric ID', async () => {
    const agent = { id: 7, email: 'ada@acme.com', display_name: 'Ada', enabled: true, role_id: 2 };
    const s = await serve(() => ({ body: agent }));

    const res = await exec(['agents', 'get'], { agent_id: 7 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(agent));
    const req = s.requests[0]!;
    expect([req.method, req.path, [...req.query.keys()]]).toEqual(['GET', '/agents/7', []]);
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('gets the routing settings, unwrapping data', async () => {
    const settings = { routing_mode: 'assigned', chat_limit: { enabled: true, limit: 3 }, skill_routing: { enabled: false } };
    const s = await serve(() => ({ body: { data: settings } }));

    const res = await exec(['routing_settings', 'get']);

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(settings));
    expect(s.requests[0]!.path).toBe('/routing_settings/account');
  });

  it('lists the bans of both kinds as one list of records', async () => {
    const ip = { id: 1, type: 'ip_address', ip_address: '10.0.0.1', reason: 'spam' };
    const visitor = { id: 2, type: 'visitor', visitor_id: 'v-9', visitor_name: 'Troll', reason: 'abuse' };
    const s = await serve(() => ({ body: { ip_address: [ip], visitor: [visitor] } }));

    const res = await exec(['bans', 'list'], { since_id: 0 });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty([ip, visitor]));
    expect(Object.fromEntries(s.requests[0]!.query)).toEqual({ limit: '100', since_id: '0' });
  });

  it('builds the server URL from ZENDESK_CHAT_SUBDOMAIN (dry run)', async () => {
    const res = await runCli(['exec', 'zendesk-chat', 'goals', 'get', '--dry-run', '-p', 'goal_id=5'], {
      env: { ...env, ZENDESK_CHAT_SUBDOMAIN: 'acme' },
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({
      method: 'GET',
      url: 'https://acme.zendesk.com/api/v2/chat/goals/5',
      headers: { authorization: '[REDACTED]' },
    });
  });
});
