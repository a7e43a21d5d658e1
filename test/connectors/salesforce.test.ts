import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { BINARY, binaryReply, ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const ACCESS = '00Dxx0000001gPL!AQ4AQFakeSessionToken';
const oauthEnv = {
  SALESFORCE_CLIENT_ID: '3MVG9consumer-key',
  SALESFORCE_CLIENT_SECRET: 'consumer-secret',
  SALESFORCE_REFRESH_TOKEN: '5Aep861refresh-token',
};
/** A still-valid session token: no refresh, and --base-url stands in for the instance URL. */
const env = { ...oauthEnv, SALESFORCE_ACCESS_TOKEN: ACCESS };

const { serve, exec } = vendorTest('salesforce', env);

const account = (n: number) => ({
  attributes: { type: 'Account', url: `/services/data/v59.0/sobjects/Account/001${n}` },
  Id: `001${n}`,
  Name: `Acme ${n}`,
  Industry: 'Technology',
});

describe('salesforce connector', () => {
  it('lists accounts with --all, following nextRecordsUrl until done, as NDJSON', async () => {
    const next = '/services/data/v59.0/query/01gRO0000016PIAYA2-2000';
    const srv = await serve((req) =>
      req.path === next
        ? { body: { totalSize: 3, done: true, records: [account(3)] } }
        : { body: { totalSize: 3, done: false, nextRecordsUrl: next, records: [account(1), account(2)] } },
    );
    const res = await exec(['accounts', 'list', '--all'], { q: 'SELECT Id, Name, Industry FROM Account' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([account(1), account(2), account(3)]));
    expect(srv.requests).toHaveLength(2);
    const [first, second] = srv.requests;
    expect(first!.method).toBe('GET');
    expect(first!.path).toBe('/query');
    expect(Object.fromEntries(first!.query)).toEqual({ q: 'SELECT Id, Name, Industry FROM Account' });
    // the next page is the server's URL as given: no SOQL repeated
    expect(second!.method).toBe('GET');
    expect(second!.path).toBe(next);
    expect([...second!.query]).toEqual([]);
    for (const req of srv.requests) expect(req.headers.authorization).toBe(`Bearer ${ACCESS}`);
  });

  it('sends the default SOQL of an entity when no query is given, and returns one page with --meta', async () => {
    const srv = await serve(() => ({ body: { totalSize: 1, done: true, records: [account(1)] } }));
    const res = await exec(['accounts', 'list', '--meta']);

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty({ data: [account(1)], meta: { done: true, totalSize: 1 } }));
    expect(srv.requests[0]!.query.get('q')).toBe('SELECT FIELDS(STANDARD) FROM Account ORDER BY LastModifiedDate DESC LIMIT 200');
  });

  it('gets a contact by ID with a field list', async () => {
    const contact = { attributes: { type: 'Contact' }, Id: '003ABC', Name: 'Ada Lovelace', Email: 'ada@example.com' };
    const srv = await serve(() => ({ body: contact }));
    const res = await exec(['contacts', 'get'], { id: '003ABC', fields: 'Id,Name,Email' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(contact));
    const req = srv.requests[0]!;
    expect(req.method).toBe('GET');
    expect(req.path).toBe('/sobjects/Contact/003ABC');
    expect(Object.fromEntries(req.query)).toEqual({ fields: 'Id,Name,Email' });
    expect(req.headers.authorization).toBe(`Bearer ${ACCESS}`);
  });

  it('searches leads with SOSL and returns the searchRecords', async () => {
    const hits = [{ attributes: { type: 'Lead' }, Id: '00Q1', Name: 'Grace Hopper' }];
    const srv = await serve(() => ({ body: { searchRecords: hits } }));
    const sosl = 'FIND {Hopper} IN NAME FIELDS RETURNING Lead(Id, Name)';
    const res = await exec(['leads', 'api_search'], { q: sosl });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(hits));
    expect(srv.requests[0]!.path).toBe('/search');
    expect(srv.requests[0]!.query.get('q')).toBe(sosl);
  });

  it('runs a report with includeDetails=true by default', async () => {
    const report = { attributes: { reportId: '00O1' }, factMap: { 'T!T': { aggregates: [{ value: 3 }] } } };
    const srv = await serve(() => ({ body: report }));
    const res = await exec(['reports', 'get'], { id: '00O1' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(report));
    expect(srv.requests[0]!.path).toBe('/analytics/reports/00O1');
    expect(Object.fromEntries(srv.requests[0]!.query)).toEqual({ includeDetails: 'true' });
  });

  it('refreshes the token at the login URL and sends the API call to the instance_url of the token answer', async () => {
    let instance = '';
    const srv = await serve((req) => {
      if (req.path === '/services/oauth2/token') {
        return {
          body: { access_token: '00Dfresh!token', instance_url: instance, id: 'https://login.salesforce.com/id/00D/005', token_type: 'Bearer', issued_at: '1700000000000', signature: 'sig' },
        };
      }
      return { body: account(7) };
    });
    instance = srv.url;
    // No --base-url: the server URL is built from {instance_url}. The configured instance URL is stale; the token answer wins.
    const res = await runCli(['exec', 'salesforce', 'accounts', 'get', '--params', JSON.stringify({ id: '0017' })], {
      env: { ...oauthEnv, SALESFORCE_LOGIN_URL: srv.url, SALESFORCE_INSTANCE_URL: 'http://127.0.0.1:9' },
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(account(7)));
    expect(srv.requests).toHaveLength(2);
    const [token, call] = srv.requests;
    expect(token!.method).toBe('POST');
    expect(token!.path).toBe('/services/oauth2/token');
    expect(Object.fromEntries(token!.form!)).toEqual({
      grant_type: 'refresh_token',
      refresh_token: oauthEnv.SALESFORCE_REFRESH_TOKEN,
      client_id: oauthEnv.SALESFORCE_CLIENT_ID,
      client_secret: oauthEnv.SALESFORCE_CLIENT_SECRET,
    });
    expect(call!.method).toBe('GET');
    expect(call!.path).toBe('/services/data/v59.0/sobjects/Account/0017');
    expect(call!.headers.authorization).toBe('Bearer 00Dfresh!token');
  });

  it('returns a text file version body as is on stdout, asking for any type', async () => {
    const srv = await serve((_req) => (_r, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('hello, file');
    });
    const res = await exec(['content_versions', 'download'], { id: '068X' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe('hello, file');
    expect(srv.requests[0]!.path).toBe('/sobjects/ContentVersion/068X/VersionData');
    expect(srv.requests[0]!.headers.accept).toBe('*/*');
  });

  it('downloads the binary body of an attachment byte for byte', async () => {
    const srv = await serve(() => binaryReply());
    const res = await exec(['attachments', 'download'], { id: '00PX' });

    expect(res.code).toBe(0);
    expect(res.stdoutBytes.equals(BINARY)).toBe(true);
    expect([srv.requests[0]!.path, srv.requests[0]!.headers.accept]).toEqual(['/sobjects/Attachment/00PX/Body', '*/*']);
  });
});
