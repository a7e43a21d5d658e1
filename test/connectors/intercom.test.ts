import { describe, expect, it } from 'vitest';
import type { ReceivedRequest } from '../helpers/server.js';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const TOKEN = 'dG9rOmludGVyY29tLXRlc3Q=';
const env = { INTERCOM_ACCESS_TOKEN: TOKEN };

const { serve, exec } = vendorTest('intercom', env);

function expectIntercomHeaders(req: ReceivedRequest, version = '2.11'): void {
  expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
  expect(req.headers['intercom-version']).toBe(version);
  expect(req.headers.accept).toBe('application/json');
}

const contact = (n: number) => ({ type: 'contact', id: `ct_${n}`, role: 'user', email: `u${n}@example.com`, created_at: 1700000000 + n });

describe('intercom connector', () => {
  it('lists contacts with --all, following pages.next.starting_after', async () => {
    const s = await serve((req) =>
      req.query.get('starting_after') === 'WzE3MDAwMDAwMDIsImN0XzIiXQ=='
        ? { body: { type: 'list', data: [contact(3)], total_count: 3, pages: { type: 'pages', page: 2, per_page: 2, total_pages: 2 } } }
        : {
            body: {
              type: 'list',
              data: [contact(1), contact(2)],
              total_count: 3,
              pages: { type: 'pages', page: 1, per_page: 2, total_pages: 2, next: { page: 2, starting_after: 'WzE3MDAwMDAwMDIsImN0XzIiXQ==' } },
            },
          },
    );

    const res = await exec(['contacts', 'list', '--all'], { per_page: 2 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([contact(1), contact(2), contact(3)]));
    expect(s.requests).toHaveLength(2);
    const [first, second] = s.requests as [ReceivedRequest, ReceivedRequest];
    for (const req of [first, second]) {
      expect(req.method).toBe('GET');
      expect(req.path).toBe('/contacts');
      expect(req.body).toBe('');
      expectIntercomHeaders(req);
    }
    expect(Object.fromEntries(first.query)).toEqual({ per_page: '2' });
    expect(Object.fromEntries(second.query)).toEqual({ per_page: '2', starting_after: 'WzE3MDAwMDAwMDIsImN0XzIiXQ==' });
  });

  it('prints one page of conversations with the next cursor as --meta', async () => {
    const conversations = [{ type: 'conversation', id: '123', state: 'open' }];
    const s = await serve(() => ({ body: { type: 'conversation.list', conversations, pages: { next: { starting_after: 'abc' } } } }));

    const res = await exec(['conversations', 'list', '--meta']);

    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ data: conversations, meta: { next_page: 'abc' } });
    const req = s.requests[0]!;
    expect(req.path).toBe('/conversations');
    expect(Object.fromEntries(req.query)).toEqual({ per_page: '20' });
    expectIntercomHeaders(req);
  });

  it('lists teams in one response from the teams field', async () => {
    const teams = [{ type: 'team', id: '1', name: 'Support', admin_ids: [7] }];
    const s = await serve(() => ({ body: { type: 'team.list', teams } }));

    const res = await exec(['teams', 'list']);

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(teams));
    expect(s.requests[0]!.path).toBe('/teams');
    expect([...s.requests[0]!.query.keys()]).toEqual([]);
  });

  it('gets one contact by id', async () => {
    const s = await serve(() => ({ body: contact(5) }));

    const res = await exec(['contacts', 'get'], { id: 'ct_5' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(contact(5)));
    const req = s.requests[0]!;
    expect([req.method, req.path]).toEqual(['GET', '/contacts/ct_5']);
    expectIntercomHeaders(req);
  });

  it('creates a contact with custom attributes in a JSON body (the version stays in its header)', async () => {
    const created = { ...contact(9), custom_attributes: { plan_tier: 'pro', seats: 12 } };
    const s = await serve(() => ({ body: created }));

    const res = await exec(['contacts', 'create'], {
      role: 'user',
      email: 'u9@example.com',
      name: 'Uma Nine',
      signed_up_at: 1700000009,
      custom_attributes: { plan_tier: 'pro', seats: 12 },
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(created));
    const req = s.requests[0]!;
    expect([req.method, req.path]).toEqual(['POST', '/contacts']);
    expect(req.headers['content-type']).toBe('application/json');
    expectIntercomHeaders(req);
    expect(req.json).toEqual({
      role: 'user',
      email: 'u9@example.com',
      name: 'Uma Nine',
      signed_up_at: 1700000009,
      custom_attributes: { plan_tier: 'pro', seats: 12 },
    });
  });

  it('adds a note to a contact and writes an internal article with the Unstable version', async () => {
    const s = await serve((req) =>
      req.path === '/internal_articles' ? { body: { id: 'art_1', title: 'Refunds' } } : { body: { type: 'note', id: 'n1' } },
    );

    const note = await exec(['notes', 'create'], { contact_id: 'ct_5', body: '<p>Called back</p>', admin_id: '7' });
    const article = await exec(['internal_articles', 'create'], { title: 'Refunds', body: '<p>How to refund</p>', owner_id: 7, author_id: 7 });

    expect(note.code).toBe(0);
    expect(note.stdout).toBe(pretty({ type: 'note', id: 'n1' }));
    expect(article.code).toBe(0);
    expect(article.stdout).toBe(pretty({ id: 'art_1', title: 'Refunds' }));
    const [n, a] = s.requests as [ReceivedRequest, ReceivedRequest];
    expect([n.method, n.path, n.json]).toEqual(['POST', '/contacts/ct_5/notes', { body: '<p>Called back</p>', admin_id: '7' }]);
    expectIntercomHeaders(n);
    expect([a.method, a.path, a.json]).toEqual(['POST', '/internal_articles', { title: 'Refunds', body: '<p>How to refund</p>', owner_id: 7, author_id: 7 }]);
    expectIntercomHeaders(a, 'Unstable');
  });

  it('updates a company with PUT', async () => {
    const s = await serve(() => ({ body: { type: 'company', id: 'co_1', plan: 'enterprise' } }));

    const res = await exec(['companies', 'update'], { id: 'co_1', plan: 'enterprise', monthly_spend: 1250.5 });

    expect(res.code).toBe(0);
    const req = s.requests[0]!;
    expect([req.method, req.path, req.json]).toEqual(['PUT', '/companies/co_1', { plan: 'enterprise', monthly_spend: 1250.5 }]);
  });

  it('maps a 401 to exit code 2 with Intercom’s message', async () => {
    await serve(() => ({
      status: 401,
      body: { type: 'error.list', request_id: 'r1', errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }] },
    }));

    const res = await exec(['admins', 'list']);

    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    const { error } = JSON.parse(res.stderr.trim()) as { error: Record<string, unknown> };
    expect(error.type).toBe('authentication');
    expect(error.message).toContain('Access Token Invalid');
    expect(error.hint).toContain('INTERCOM_ACCESS_TOKEN');
  });
});
