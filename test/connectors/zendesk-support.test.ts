import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const EMAIL = 'agent@acme.com';
const TOKEN = 'zd-test-token';
const env = { ZENDESK_EMAIL: EMAIL, ZENDESK_API_TOKEN: TOKEN };
/** Zendesk API tokens go as basic auth with the username "<email>/token". */
const BASIC = `Basic ${Buffer.from(`${EMAIL}/token:${TOKEN}`).toString('base64')}`;

const { serve, exec } = vendorTest('zendesk-support', env);

const ticket = (n: number) => ({ id: n, subject: `Ticket ${n}`, status: 'open', priority: 'normal' });

describe('zendesk-support connector', () => {
  it('lists tickets with --all, following the next_page URL, with email/token basic auth', async () => {
    const srv = await serve((req, url) =>
      req.query.get('page') === '2'
        ? { body: { tickets: [ticket(3)], next_page: null, previous_page: `${url}/tickets.json?page=1&per_page=2`, count: 3 } }
        : { body: { tickets: [ticket(1), ticket(2)], next_page: `${url}/tickets.json?page=2&per_page=2`, previous_page: null, count: 3 } },
    );
    const res = await exec(['tickets', 'list', '--all'], { per_page: 2, sort_by: 'created_at' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([ticket(1), ticket(2), ticket(3)]));
    expect(srv.requests).toHaveLength(2);
    const [first, second] = srv.requests;
    expect(first!.method).toBe('GET');
    expect(first!.path).toBe('/tickets.json');
    expect(Object.fromEntries(first!.query)).toEqual({ per_page: '2', sort_by: 'created_at' });
    expect(second!.path).toBe('/tickets.json');
    expect(Object.fromEntries(second!.query)).toEqual({ page: '2', per_page: '2' });
    for (const req of srv.requests) expect(req.headers.authorization).toBe(BASIC);
  });

  it('gets a ticket, unwrapping the ticket key', async () => {
    const srv = await serve(() => ({ body: { ticket: ticket(42) } }));
    const res = await exec(['tickets', 'get'], { ticket_id: 42 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(ticket(42)));
    const req = srv.requests[0]!;
    expect(req.method).toBe('GET');
    expect(req.path).toBe('/tickets/42.json');
    expect([...req.query]).toEqual([]);
  });

  it('creates a ticket with a nested JSON body under "ticket"', async () => {
    const created = { ...ticket(43), tags: ['vip'] };
    const srv = await serve(() => ({ status: 201, body: { ticket: created, audit: { id: 1 } } }));
    const body = {
      ticket: {
        subject: 'Printer on fire',
        comment: { body: 'Smoke everywhere', public: true },
        priority: 'urgent',
        tags: ['vip'],
        custom_fields: [{ id: 360001, value: 'hardware' }],
      },
    };
    const res = await exec(['tickets', 'create'], body);

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(created));
    const req = srv.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/tickets.json');
    expect(req.headers['content-type']).toContain('application/json');
    expect(req.headers.authorization).toBe(BASIC);
    expect(req.json).toEqual(body);
  });

  it('adds a comment by updating the ticket (PUT /tickets/{id}.json)', async () => {
    const srv = await serve(() => ({ body: { ticket: ticket(42) } }));
    const res = await exec(['ticket_comments', 'create'], {
      ticket_id: 42,
      ticket: { comment: { body: 'Internal note', public: false } },
    });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(ticket(42)));
    const req = srv.requests[0]!;
    expect(req.method).toBe('PUT');
    expect(req.path).toBe('/tickets/42.json');
    expect(req.json).toEqual({ ticket: { comment: { body: 'Internal note', public: false } } });
  });

  it('bulk-updates tickets: ids in the query, the change in the body, job_status back', async () => {
    const job = { id: 'job-1', status: 'queued', total: 3, progress: 0 };
    const srv = await serve(() => ({ body: { job_status: job } }));
    const res = await exec(['ticket_bulk_updates', 'create'], { ids: '1,2,3', ticket: { status: 'solved', additional_tags: ['bulk'] } });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(job));
    const req = srv.requests[0]!;
    expect(req.method).toBe('PUT');
    expect(req.path).toBe('/tickets/update_many.json');
    expect(Object.fromEntries(req.query)).toEqual({ ids: '1,2,3' });
    expect(req.json).toEqual({ ticket: { status: 'solved', additional_tags: ['bulk'] } });
  });

  it('authenticates with the OAuth access token as a bearer token when only ZENDESK_ACCESS_TOKEN is set', async () => {
    const srv = await serve(() => ({ body: { users: [], next_page: null, previous_page: null, count: 0 } }));
    const res = await exec(['users', 'list'], { role: 'agent' }, { ZENDESK_ACCESS_TOKEN: 'oauth-token' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty([]));
    expect(srv.requests[0]!.path).toBe('/users.json');
    expect(Object.fromEntries(srv.requests[0]!.query)).toEqual({ role: 'agent' });
    expect(srv.requests[0]!.headers.authorization).toBe('Bearer oauth-token');
  });

  it('builds https://<subdomain>.zendesk.com/api/v2 from ZENDESK_SUBDOMAIN (dry run)', async () => {
    const res = await runCli(['exec', 'zendesk-support', 'articles', 'get', '--dry-run', '-p', 'id=7'], {
      env: { ...env, ZENDESK_SUBDOMAIN: 'acme' },
    });

    expect(res.code).toBe(0);
    const request = JSON.parse(res.stdout) as { method: string; url: string };
    expect(request.url).toBe('https://acme.zendesk.com/api/v2/help_center/articles/7.json');
    expect(res.stdout).not.toContain(TOKEN);
  });

  it('names ZENDESK_SUBDOMAIN when the subdomain is missing', async () => {
    const res = await runCli(['exec', 'zendesk-support', 'tickets', 'get', '-p', 'ticket_id=1'], { env });

    expect(res.code).not.toBe(0);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('ZENDESK_SUBDOMAIN');
  });

  it('rejects a string ticket_id with exit 4 before any request', async () => {
    const srv = await serve(() => ({ body: {} }));
    const res = await exec(['tickets', 'get'], { ticket_id: 'abc' });

    expect(res.code).toBe(4);
    expect(res.stderr).toContain('ticket_id');
    expect(srv.requests).toHaveLength(0);
  });
});
