import { describe, expect, it } from 'vitest';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const TOKEN = 'EAAB-test-token';
const env = { FACEBOOK_ACCESS_TOKEN: TOKEN };

const CAMPAIGN_FIELDS =
  'id,name,account_id,adlabels,bid_strategy,boosted_object_id,budget_rebalance_flag,budget_remaining,' +
  'buying_type,daily_budget,created_time,configured_status,effective_status,issues_info,lifetime_budget,' +
  'objective,smart_promotion_type,source_campaign_id,special_ad_category,special_ad_category_country,' +
  'spend_cap,start_time,status,stop_time,updated_time';

const { serve, exec } = vendorTest('facebook-marketing', env);

const campaign = (n: number) => ({ id: `2384${n}`, name: `Campaign ${n}`, objective: 'OUTCOME_SALES', effective_status: 'ACTIVE' });

describe('facebook-marketing connector', () => {
  it('lists campaigns with --all, following paging.cursors.after while paging.next is present', async () => {
    const srv = await serve((req) =>
      req.query.get('after') === 'CUR2'
        ? { body: { data: [campaign(3)], paging: { cursors: { before: 'CUR2b', after: 'CUR3' } } } }
        : {
            body: {
              data: [campaign(1), campaign(2)],
              paging: { cursors: { before: 'CUR1', after: 'CUR2' }, next: 'https://graph.facebook.com/v24.0/act_42/campaigns?after=CUR2' },
            },
          },
    );
    // "act_" in the account ID is accepted and not doubled.
    const res = await exec(['campaigns', 'list', '--all'], { account_id: 'act_42', limit: 2 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([campaign(1), campaign(2), campaign(3)]));
    expect(srv.requests).toHaveLength(2);
    const [first, second] = srv.requests;
    expect(first!.method).toBe('GET');
    expect(first!.path).toBe('/act_42/campaigns');
    expect(Object.fromEntries(first!.query)).toEqual({ limit: '2', fields: CAMPAIGN_FIELDS });
    expect(second!.path).toBe('/act_42/campaigns');
    expect(Object.fromEntries(second!.query)).toEqual({ limit: '2', fields: CAMPAIGN_FIELDS, after: 'CUR2' });
    for (const req of srv.requests) expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('returns one page as an array with the after cursor in --meta', async () => {
    const srv = await serve(() => ({
      body: { data: [{ id: 'act_1', name: 'Main' }], paging: { cursors: { after: 'X1' }, next: 'https://graph.facebook.com/next' } },
    }));
    const res = await exec(['ad_accounts', 'list', '--meta'], { fields: 'id,name', limit: 1 });

    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as { data: unknown; meta: Record<string, unknown> };
    expect(out.data).toEqual([{ id: 'act_1', name: 'Main' }]);
    expect(out.meta).toMatchObject({ after: 'X1' });
    expect(srv.requests[0]!.path).toBe('/me/adaccounts');
    expect(Object.fromEntries(srv.requests[0]!.query)).toEqual({ fields: 'id,name', limit: '1' });
  });

  it('gets a campaign by ID with the default fields', async () => {
    const srv = await serve(() => ({ body: campaign(7) }));
    const res = await exec(['campaigns', 'get'], { campaign_id: '23847' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(campaign(7)));
    const req = srv.requests[0]!;
    expect(req.method).toBe('GET');
    expect(req.path).toBe('/23847');
    expect(Object.fromEntries(req.query)).toEqual({ fields: CAMPAIGN_FIELDS });
  });

  it('creates a campaign with a form-encoded body', async () => {
    const srv = await serve(() => ({ body: { id: '23999' } }));
    const res = await exec(['campaigns', 'create'], {
      account_id: '42',
      name: 'Spring sale',
      objective: 'OUTCOME_TRAFFIC',
      status: 'PAUSED',
      special_ad_categories: [],
      daily_budget: 1500,
      is_adset_budget_sharing_enabled: false,
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty({ id: '23999' }));
    const req = srv.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/act_42/campaigns');
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(req.form!)).toEqual({
      name: 'Spring sale',
      objective: 'OUTCOME_TRAFFIC',
      status: 'PAUSED',
      special_ad_categories: '[]',
      daily_budget: '1500',
      is_adset_budget_sharing_enabled: 'false',
    });
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('updates an ad set, sending a nested targeting object as the JSON text Facebook expects', async () => {
    const srv = await serve(() => ({ body: { success: true } }));
    const targeting = { geo_locations: { countries: ['US', 'CA'] }, age_min: 25 };
    const res = await exec(['ad_sets', 'update'], { adset_id: '6001', status: 'PAUSED', targeting });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty({ success: true }));
    const req = srv.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/6001');
    expect(Object.fromEntries(req.form!)).toEqual({ status: 'PAUSED', targeting: JSON.stringify(targeting) });
  });

  it('sends an insights time_range object as JSON in the query', async () => {
    const row = { date_start: '2026-01-01', date_stop: '2026-01-31', impressions: '1000', spend: '12.5' };
    const srv = await serve(() => ({ body: { data: [row], paging: { cursors: { after: 'A' } } } }));
    const res = await exec(['ads_insights', 'list'], {
      account_id: '42',
      fields: 'impressions,spend',
      time_range: { since: '2026-01-01', until: '2026-01-31' },
      level: 'campaign',
      time_increment: 1,
    });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty([row]));
    const req = srv.requests[0]!;
    expect(req.path).toBe('/act_42/insights');
    expect(Object.fromEntries(req.query)).toEqual({
      limit: '25',
      fields: 'impressions,spend',
      time_range: '{"since":"2026-01-01","until":"2026-01-31"}',
      level: 'campaign',
      time_increment: '1',
    });
  });

  it('uses a system user token (service account scheme) as the bearer token', async () => {
    const srv = await serve(() => ({ body: { id: '1', name: 'System user' } }));
    const res = await exec(['current_user', 'get'], undefined, { FACEBOOK_SYSTEM_USER_TOKEN: 'sys-token' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty({ id: '1', name: 'System user' }));
    expect(srv.requests[0]!.path).toBe('/me');
    expect(Object.fromEntries(srv.requests[0]!.query)).toEqual({ fields: 'id,name' });
    expect(srv.requests[0]!.headers.authorization).toBe('Bearer sys-token');
  });

  it('reports a Graph API 400 error with its message as invalid input (exit 4)', async () => {
    await serve(() => ({
      status: 400,
      body: { error: { message: 'Invalid parameter', type: 'OAuthException', code: 100, fbtrace_id: 'x' } },
    }));
    const res = await exec(['pixels', 'get'], { pixel_id: '77' });

    expect(res.code).toBe(4);
    expect(res.stdout).toBe('');
    const { error } = JSON.parse(res.stderr.trim()) as { error: Record<string, unknown> };
    expect(error).toMatchObject({ type: 'validation', status_code: 400 });
    expect(String(error.message)).toContain('Invalid parameter');
    expect(res.stderr).not.toContain(TOKEN);
  });

  it('reports an expired token (OAuthException 190, sent as HTTP 400) as an authentication error (exit 2) with a re-auth hint', async () => {
    await serve(() => ({
      status: 400,
      body: { error: { message: 'Error validating access token: Session has expired', type: 'OAuthException', code: 190, error_subcode: 463 } },
    }));
    const res = await exec(['ad_accounts', 'get'], { account_id: '1' });

    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    const { error } = JSON.parse(res.stderr.trim()) as { error: Record<string, unknown> };
    expect(error).toMatchObject({ type: 'authentication', status_code: 400, retryable: false });
    expect(String(error.message)).toContain('Session has expired');
    expect(String(error.hint)).toContain('FACEBOOK_ACCESS_TOKEN');
    expect(res.stderr).not.toContain(TOKEN);
  });
});
