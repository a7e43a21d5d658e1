import { describe, expect, it } from 'vitest';
import type { ReceivedRequest } from '../helpers/server.js';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const KEY = 'pk_0123456789abcdef0123456789abcdef01';
const env = { KLAVIYO_API_KEY: KEY };

const { serve, exec, server } = vendorTest('klaviyo', env);

function expectKlaviyoHeaders(req: ReceivedRequest, revision = '2024-10-15'): void {
  expect(req.headers.authorization).toBe(`Klaviyo-API-Key ${KEY}`);
  expect(req.headers.revision).toBe(revision);
}

const profile = (n: number) => ({
  type: 'profile',
  id: `01HPROFILE${n}`,
  attributes: { email: `p${n}@example.com`, first_name: `P${n}`, created: '2026-01-01T00:00:00+00:00' },
  links: { self: `https://a.klaviyo.com/api/profiles/01HPROFILE${n}/` },
});
const CURSOR = 'bmV4dDo6aWQ6OjQz';

describe('klaviyo connector', () => {
  it('lists profiles with --all, following the links.next URL and keeping the revision header', async () => {
    const s = await serve((req) =>
      req.query.get('page[cursor]') === CURSOR
        ? { body: { data: [profile(3)], links: { self: `${server().url}/profiles`, next: null } } }
        : {
            body: {
              data: [profile(1), profile(2)],
              links: { self: `${server().url}/profiles`, next: `${server().url}/profiles?page%5Bcursor%5D=${CURSOR}&page%5Bsize%5D=2` },
            },
          },
    );

    const res = await exec(['profiles', 'list', '--all'], { 'page[size]': 2 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([profile(1), profile(2), profile(3)]));
    expect(s.requests).toHaveLength(2);
    const [first, second] = s.requests as [ReceivedRequest, ReceivedRequest];
    for (const req of [first, second]) {
      expect([req.method, req.path, req.body]).toEqual(['GET', '/profiles', '']);
      expectKlaviyoHeaders(req);
    }
    expect(Object.fromEntries(first.query)).toEqual({ 'page[size]': '2' });
    expect(Object.fromEntries(second.query)).toEqual({ 'page[cursor]': CURSOR, 'page[size]': '2' });
  });

  it('prints one page with the next URL as --meta', async () => {
    const next = 'https://a.klaviyo.com/api/metrics?page%5Bcursor%5D=abc';
    const metric = { type: 'metric', id: 'RkXuQ9', attributes: { name: 'Placed Order' } };
    const s = await serve(() => ({ body: { data: [metric], links: { next } } }));

    const res = await exec(['metrics', 'list', '--meta']);

    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ data: [metric], meta: { next } });
    expect(s.requests[0]!.path).toBe('/metrics');
    expect([...s.requests[0]!.query.keys()]).toEqual([]);
  });

  it('sends the default campaign channel filter and event sort, and a chosen revision', async () => {
    const s = await serve(() => ({ body: { data: [], links: { next: null } } }));

    const campaigns = await exec(['campaigns', 'list']);
    const sms = await exec(['campaigns', 'list'], { filter: "equals(messages.channel,'sms')", revision: '2025-01-15' });
    const events = await exec(['events', 'list']);

    for (const res of [campaigns, sms, events]) {
      expect(res.code).toBe(0);
      expect(res.stdout).toBe(pretty([]));
    }
    const [c, m, e] = s.requests as [ReceivedRequest, ReceivedRequest, ReceivedRequest];
    expect([c.path, Object.fromEntries(c.query)]).toEqual(['/campaigns', { filter: "equals(messages.channel,'email')" }]);
    expectKlaviyoHeaders(c);
    expect(Object.fromEntries(m.query)).toEqual({ filter: "equals(messages.channel,'sms')" });
    expectKlaviyoHeaders(m, '2025-01-15');
    expect([e.path, Object.fromEntries(e.query)]).toEqual(['/events', { sort: '-datetime' }]);
  });

  it('gets one profile and one email template, unwrapping data', async () => {
    const template = { type: 'template', id: 'UTqGc4', attributes: { name: 'Welcome', editor_type: 'CODE' } };
    const s = await serve((req) => ({ body: { data: req.path.startsWith('/templates') ? template : profile(5) } }));

    const one = await exec(['profiles', 'get'], { id: '01HPROFILE5' });
    const tpl = await exec(['email_templates', 'get'], { id: 'UTqGc4' });

    expect(one.code).toBe(0);
    expect(one.stdout).toBe(pretty(profile(5)));
    expect(tpl.code).toBe(0);
    expect(tpl.stdout).toBe(pretty(template));
    const [p, t] = s.requests as [ReceivedRequest, ReceivedRequest];
    expect([p.method, p.path]).toEqual(['GET', '/profiles/01HPROFILE5']);
    expect([t.method, t.path]).toEqual(['GET', '/templates/UTqGc4']);
    expectKlaviyoHeaders(p);
    expectKlaviyoHeaders(t);
  });

  it('maps a 401 to exit 2 without echoing the key', async () => {
    await serve(() => ({
      status: 401,
      body: { errors: [{ id: 'e1', status: 401, code: 'not_authenticated', title: 'Authentication credentials were not provided.', detail: `Bad key ${KEY}` }] },
    }));

    const res = await exec(['flows', 'list']);

    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(JSON.parse(res.stderr.trim()).error.type).toBe('authentication');
    expect(res.stderr).not.toContain(KEY);
  });
});
