import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const KEY = '0123456789abcdef0123456789abcdef-us6';
const env = { MAILCHIMP_API_KEY: KEY, MAILCHIMP_DATA_CENTER: 'us6' };
const BASIC = `Basic ${Buffer.from(`${KEY}:${KEY}`).toString('base64')}`;

const { serve, exec } = vendorTest('mailchimp', env);

const campaign = (n: number) => ({ id: `c${n}`, type: 'regular', status: 'sent', settings: { subject_line: `News ${n}` } });
const links = [{ rel: 'self', href: 'https://us6.api.mailchimp.com/3.0/campaigns', method: 'GET' }];

describe('mailchimp connector', () => {
  it('lists campaigns with --all, moving the offset by the records received until total_items, as NDJSON', async () => {
    const srv = await serve((req) =>
      req.query.get('offset') === '2'
        ? { body: { campaigns: [campaign(3)], total_items: 3, _links: links } }
        : { body: { campaigns: [campaign(1), campaign(2)], total_items: 3, _links: links } },
    );
    const res = await exec(['campaigns', 'list', '--all'], { count: 2, status: 'sent', sort_field: 'send_time', sort_dir: 'DESC' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([campaign(1), campaign(2), campaign(3)]));
    expect(srv.requests).toHaveLength(2);
    const [first, second] = srv.requests;
    expect([first!.method, first!.path]).toEqual(['GET', '/campaigns']);
    expect(Object.fromEntries(first!.query)).toEqual({ count: '2', offset: '0', status: 'sent', sort_field: 'send_time', sort_dir: 'DESC' });
    expect(second!.path).toBe('/campaigns');
    expect(Object.fromEntries(second!.query)).toEqual({ count: '2', offset: '2', status: 'sent', sort_field: 'send_time', sort_dir: 'DESC' });
    for (const req of srv.requests) expect(req.headers.authorization).toBe(BASIC);
  });

  it('gets an audience member by list ID and subscriber hash', async () => {
    const member = { id: '62eeb292278cc15f5817cb78f7790b08', email_address: 'ada@example.com', status: 'subscribed' };
    const srv = await serve(() => ({ body: member }));
    const res = await exec(['list_members', 'get'], { list_id: 'L1', subscriber_hash: member.id });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(member));
    const req = srv.requests[0]!;
    expect([req.method, req.path, req.body]).toEqual(['GET', `/lists/L1/members/${member.id}`, '']);
    expect([...req.query]).toEqual([]);
    expect(req.headers.authorization).toBe(BASIC);
  });

  it('returns the page meta (total_items, _links) with --meta', async () => {
    const tags = [{ id: 1, name: 'vip' }];
    const srv = await serve(() => ({ body: { tags, total_items: 1, _links: links } }));
    const res = await exec(['tags', 'list', '--meta'], { list_id: 'L1', name: 'v' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty({ data: tags, meta: { total_items: 1, links } }));
    expect(srv.requests[0]!.path).toBe('/lists/L1/tag-search');
    expect(Object.fromEntries(srv.requests[0]!.query)).toEqual({ name: 'v' });
  });

  it('builds the host from the data center (dry run)', async () => {
    const res = await runCli(['exec', 'mailchimp', 'reports', 'get', '--dry-run', '--params', '{"campaign_id":"c1"}'], { env });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ method: 'GET', url: 'https://us6.api.mailchimp.com/3.0/reports/c1' });
  });

  it('derives the data center from the API key suffix when MAILCHIMP_DATA_CENTER is not set', async () => {
    const res = await runCli(['exec', 'mailchimp', 'lists', 'list', '--dry-run'], { env: { MAILCHIMP_API_KEY: '0123abcd-us21' } });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ method: 'GET', url: expect.stringMatching(/^https:\/\/us21\.api\.mailchimp\.com\/3\.0\/lists\?/) });
  });

  it('prefers MAILCHIMP_DATA_CENTER over the key suffix', async () => {
    const res = await runCli(['exec', 'mailchimp', 'reports', 'get', '--dry-run', '-p', 'campaign_id=c1'], {
      env: { MAILCHIMP_API_KEY: '0123abcd-us21', MAILCHIMP_DATA_CENTER: 'us6' },
    });

    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ url: 'https://us6.api.mailchimp.com/3.0/reports/c1' });
  });

  it('fails with exit 2 naming MAILCHIMP_DATA_CENTER when the key has no data center suffix and none is set', async () => {
    const res = await runCli(['exec', 'mailchimp', 'lists', 'list'], { env: { MAILCHIMP_API_KEY: '0123456789abcdef' } });

    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    const { error } = JSON.parse(res.stderr.trim()) as { error: { type: string; hint: string } };
    expect(error.type).toBe('authentication');
    expect(error.hint).toContain('MAILCHIMP_DATA_CENTER');
  });

  it('maps a 401 to exit 2 without echoing the key', async () => {
    await serve(() => ({
      status: 401,
      body: { type: 'https://mailchimp.com/developer/marketing/docs/errors/', title: 'API Key Invalid', status: 401, detail: `Your API key may be invalid: ${KEY}` },
    }));
    const res = await exec(['lists', 'list']);

    expect(res.code).toBe(2);
    expect(res.stderr).not.toContain(KEY);
    expect(JSON.parse(res.stderr.trim()).error.type).toBe('authentication');
  });
});
