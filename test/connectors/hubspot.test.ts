import { describe, expect, it } from 'vitest';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const TOKEN = 'pat-na1-test-token';
const env = { HUBSPOT_ACCESS_TOKEN: TOKEN };

const { serve, exec } = vendorTest('hubspot', env);

const contact = (n: number) => ({
  id: String(100 + n),
  properties: { email: `c${n}@example.com`, firstname: `C${n}` },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  archived: false,
});

describe('hubspot connector', () => {
  it('lists contacts with --all, following paging.next.after, as NDJSON', async () => {
    const srv = await serve((req) =>
      req.query.get('after') === '103'
        ? { body: { results: [contact(3)] } }
        : {
            body: {
              results: [contact(1), contact(2)],
              paging: { next: { after: '103', link: 'https://api.hubapi.com/crm/v3/objects/contacts?after=103' } },
            },
          },
    );
    const res = await exec(['contacts', 'list', '--all'], { limit: 2, properties: 'email,firstname' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([contact(1), contact(2), contact(3)]));
    expect(srv.requests).toHaveLength(2);
    const [first, second] = srv.requests;
    expect(first!.method).toBe('GET');
    expect(first!.path).toBe('/crm/v3/objects/contacts');
    expect(Object.fromEntries(first!.query)).toEqual({ limit: '2', properties: 'email,firstname' });
    expect(second!.path).toBe('/crm/v3/objects/contacts');
    expect(Object.fromEntries(second!.query)).toEqual({ limit: '2', properties: 'email,firstname', after: '103' });
    for (const req of srv.requests) expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('gets a deal by ID with query options', async () => {
    const deal = { id: '555', properties: { dealname: 'Big one', amount: '1000' }, archived: false };
    const srv = await serve(() => ({ body: deal }));
    const res = await exec(['deals', 'get'], { dealId: '555', properties: 'dealname,amount', associations: 'contacts' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(deal));
    const req = srv.requests[0]!;
    expect(req.method).toBe('GET');
    expect(req.path).toBe('/crm/v3/objects/deals/555');
    expect(Object.fromEntries(req.query)).toEqual({ properties: 'dealname,amount', associations: 'contacts' });
    expect(req.body).toBe('');
  });

  it('reads a custom object record by type and ID', async () => {
    const car = { id: '9', properties: { model: 'T' }, archived: false };
    const srv = await serve(() => ({ body: car }));
    const res = await exec(['objects', 'get'], { objectType: 'p12345_cars', objectId: '9' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(car));
    expect(srv.requests[0]!.path).toBe('/crm/v3/objects/p12345_cars/9');
  });

  it('searches companies with a nested JSON body (POST) and pages with after in the body', async () => {
    const acme = { id: '1', properties: { name: 'Acme', domain: 'acme.com' } };
    const acme2 = { id: '2', properties: { name: 'Acme EU', domain: 'acme.eu' } };
    const srv = await serve((req) =>
      (req.json as { after?: string }).after === '2'
        ? { body: { total: 2, results: [acme2] } }
        : { body: { total: 2, results: [acme], paging: { next: { after: '2' } } } },
    );
    const filterGroups = [{ filters: [{ propertyName: 'name', operator: 'CONTAINS_TOKEN', value: 'acme' }] }];
    const sorts = [{ propertyName: 'name', direction: 'ASCENDING' }];
    const res = await exec(['companies', 'api_search', '--all'], { filterGroups, sorts, properties: ['name', 'domain'], limit: 1 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([acme, acme2]));
    expect(srv.requests).toHaveLength(2);
    const [first, second] = srv.requests;
    expect(first!.method).toBe('POST');
    expect(first!.path).toBe('/crm/v3/objects/companies/search');
    expect(first!.headers['content-type']).toContain('application/json');
    expect(first!.json).toEqual({ filterGroups, sorts, properties: ['name', 'domain'], limit: 1 });
    expect([...first!.query]).toEqual([]);
    expect(second!.json).toEqual({ filterGroups, sorts, properties: ['name', 'domain'], limit: 1, after: '2' });
  });

  it('returns one search page as an array, with total and cursor in --meta', async () => {
    const t = { id: '7', properties: { subject: 'Broken' } };
    const srv = await serve(() => ({ body: { total: 5, results: [t], paging: { next: { after: '8', link: 'x' } } } }));
    const res = await exec(['tickets', 'api_search', '--meta'], { query: 'broken' });

    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as { data: unknown; meta: Record<string, unknown> };
    expect(out.data).toEqual([t]);
    expect(out.meta).toMatchObject({ total: 5, next_cursor: '8', next_link: 'x' });
    expect(srv.requests[0]!.json).toEqual({ query: 'broken' });
  });

  // The OAuth2 refresh itself cannot be pointed at the loopback server: its token URL is absolute
  // (https://api.hubapi.com/oauth/v1/token) and --base-url only replaces the API server. So this covers the
  // OAuth2 scheme with a still-valid access token (no refresh needed) and the private-app token path above.
  it('uses the OAuth2 access token when only the OAuth variables are set (no refresh while it is valid)', async () => {
    const srv = await serve(() => ({ body: { results: [] } }));
    const res = await exec(['schemas', 'list'], undefined, {
      HUBSPOT_CLIENT_ID: 'client-id',
      HUBSPOT_CLIENT_SECRET: 'client-secret',
      HUBSPOT_REFRESH_TOKEN: 'refresh-token',
      HUBSPOT_OAUTH_ACCESS_TOKEN: 'oauth-access-token',
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty([]));
    expect(srv.requests).toHaveLength(1);
    expect(srv.requests[0]!.path).toBe('/crm-object-schemas/v3/schemas');
    expect(srv.requests[0]!.headers.authorization).toBe('Bearer oauth-access-token');
  });

  it('maps a 401 from HubSpot to exit 2 without echoing the token', async () => {
    await serve(() => ({ status: 401, body: { status: 'error', message: 'Authentication credentials not found.' } }));
    const res = await exec(['contacts', 'get'], { contactId: '1' });

    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    const { error } = JSON.parse(res.stderr.trim()) as { error: Record<string, unknown> };
    expect(error).toMatchObject({ type: 'authentication', status_code: 401 });
    expect(String(error.message)).toContain('Authentication credentials not found.');
    expect(res.stderr).not.toContain(TOKEN);
  });
});
