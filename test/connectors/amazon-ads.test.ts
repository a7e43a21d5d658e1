import { describe, expect, it } from 'vitest';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const CLIENT_ID = 'amzn1.application-oa2-client.test';
const ACCESS = 'Atza|test-access-token';
/** OAuth2 variables plus a still-valid access token, so no refresh is needed. */
const env = {
  AMAZON_ADS_CLIENT_ID: CLIENT_ID,
  AMAZON_ADS_CLIENT_SECRET: 'client-secret',
  AMAZON_ADS_REFRESH_TOKEN: 'Atzr|refresh-token',
  AMAZON_ADS_ACCESS_TOKEN: ACCESS,
};
/** The client-id header comes from the client_id credential; only the profile scope is a param. */
const headers = { 'Amazon-Advertising-API-Scope': '1234567890' };

const { serve, exec } = vendorTest('amazon-ads', env);

const campaign = (n: number) => ({ campaignId: `1000${n}`, name: `SP ${n}`, state: 'ENABLED', targetingType: 'AUTO' });
const profile = { profileId: 1234567890, countryCode: 'US', currencyCode: 'USD', timezone: 'America/Los_Angeles' };

describe('amazon-ads connector', () => {
  it('lists Sponsored Products campaigns with --all, sending nextToken in the JSON body, with the Amazon headers', async () => {
    const srv = await serve((req) =>
      (req.json as { nextToken?: string }).nextToken === 'tok2'
        ? { body: { campaigns: [campaign(3)], totalResults: 3 } }
        : { body: { campaigns: [campaign(1), campaign(2)], nextToken: 'tok2', totalResults: 3 } },
    );
    const res = await exec(['sponsored_product_campaigns', 'list', '--all'], {
      ...headers,
      stateFilter: { include: 'ENABLED,PAUSED' },
      maxResults: 2,
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([campaign(1), campaign(2), campaign(3)]));
    expect(srv.requests).toHaveLength(2);
    const [first, second] = srv.requests;
    expect(first!.method).toBe('POST');
    expect(first!.path).toBe('/sp/campaigns/list');
    expect(first!.json).toEqual({ stateFilter: { include: 'ENABLED,PAUSED' }, maxResults: 2 });
    expect(second!.json).toEqual({ stateFilter: { include: 'ENABLED,PAUSED' }, maxResults: 2, nextToken: 'tok2' });
    for (const req of srv.requests) {
      expect(req.headers.authorization).toBe(`Bearer ${ACCESS}`);
      expect(req.headers['amazon-advertising-api-clientid']).toBe(CLIENT_ID);
      expect(req.headers['amazon-advertising-api-scope']).toBe('1234567890');
      expect(req.headers.accept).toBe('application/vnd.spCampaign.v3+json');
    }
  });

  it('keeps the versioned Content-Type of the SP v3 list calls', async () => {
    const srv = await serve(() => ({ body: { keywords: [] } }));
    await exec(['sponsored_product_keywords', 'list'], headers);
    expect(srv.requests[0]!.headers['content-type']).toBe('application/vnd.spKeyword.v3+json');
  });

  it('refreshes the access token with Login with Amazon, then lists profiles (one array, no paging)', async () => {
    const srv = await serve((req) =>
      req.path === '/auth/o2/token'
        ? { body: { access_token: 'Atza|fresh', refresh_token: 'Atzr|refresh-token', token_type: 'bearer', expires_in: 3600 } }
        : { body: [profile] },
    );
    const res = await exec(['profiles', 'list'], {}, {
      AMAZON_ADS_CLIENT_ID: CLIENT_ID,
      AMAZON_ADS_CLIENT_SECRET: 'client-secret',
      AMAZON_ADS_REFRESH_TOKEN: 'Atzr|refresh-token',
      AMAZON_ADS_TOKEN_URL: `${srv.url}/auth/o2/token`,
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty([profile]));
    expect(srv.requests).toHaveLength(2);
    const [token, list] = srv.requests;
    expect(token!.method).toBe('POST');
    expect(Object.fromEntries(token!.form!)).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'Atzr|refresh-token',
      client_id: CLIENT_ID,
      client_secret: 'client-secret',
    });
    expect(list!.method).toBe('GET');
    expect(list!.path).toBe('/v2/profiles');
    expect(Object.fromEntries(list!.query)).toEqual({ profileTypeFilter: 'seller,vendor' });
    expect(list!.headers.authorization).toBe('Bearer Atza|fresh');
    expect(list!.headers['amazon-advertising-api-clientid']).toBe(CLIENT_ID);
  });

  it('gets a portfolio by ID in the scope of a profile', async () => {
    const portfolio = { portfolioId: 555, name: 'Brand A', state: 'enabled' };
    const srv = await serve(() => ({ body: portfolio }));
    const res = await exec(['portfolios', 'get'], { ...headers, portfolioId: 555 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(portfolio));
    const req = srv.requests[0]!;
    expect(req.method).toBe('GET');
    expect(req.path).toBe('/v2/portfolios/555');
    expect([...req.query]).toEqual([]);
    expect(req.headers['amazon-advertising-api-scope']).toBe('1234567890');
    expect(req.headers.authorization).toBe(`Bearer ${ACCESS}`);
  });

  it('takes 64-bit IDs as digit strings', async () => {
    const srv = await serve(() => ({ body: profile }));
    const res = await exec(['profiles', 'get'], { profileId: '3999999999999999999' });

    expect(res.code).toBe(0);
    expect(srv.requests[0]!.path).toBe('/v2/profiles/3999999999999999999');
  });

  it('sends a client-id header param given explicitly instead of the credential', async () => {
    const srv = await serve(() => ({ body: profile }));
    const res = await exec(['profiles', 'get'], { 'Amazon-Advertising-API-ClientId': 'amzn1.other-client', profileId: 1 });

    expect(res.code).toBe(0);
    expect(srv.requests[0]!.headers['amazon-advertising-api-clientid']).toBe('amzn1.other-client');
  });

  it('lists portfolios with its body options (a POST read)', async () => {
    const srv = await serve(() => ({ body: { portfolios: [{ portfolioId: 1, name: 'P' }] } }));
    const res = await exec(['portfolios', 'list'], headers);

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty([{ portfolioId: 1, name: 'P' }]));
    expect(srv.requests[0]!.path).toBe('/portfolios/list');
    expect(srv.requests[0]!.json).toEqual({ includeExtendedDataFields: 'true' });
  });

  it('rejects a scoped call without the profile scope header param (exit 4, no request)', async () => {
    const srv = await serve(() => ({ body: {} }));
    const res = await exec(['sponsored_brands_campaigns', 'list'], {});

    expect(res.code).toBe(4);
    expect(res.stderr).toContain('Amazon-Advertising-API-Scope');
    expect(srv.requests).toHaveLength(0);
  });
});
