import { describe, expect, it } from 'vitest';
import type { ReceivedRequest } from '../helpers/server.js';
import { BINARY, binaryReply, ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const KEY = 'gh_harvest_test_key';
const env = { GREENHOUSE_API_KEY: KEY };
/** Harvest: basic auth with the API key as the username and a blank password. */
const BASIC = `Basic ${Buffer.from(`${KEY}:`).toString('base64')}`;

const { serve, exec } = vendorTest('greenhouse', env);

const candidate = (n: number) => ({ id: 100 + n, first_name: `Cand${n}`, last_name: 'Doe', company: 'Acme' });

describe('greenhouse connector', () => {
  it('lists candidates with --all, following the Link header, with basic auth', async () => {
    const s = await serve((req) =>
      req.query.get('page') === '2'
        ? { headers: { link: `<${s.url}/candidates?page=1&per_page=2>; rel="prev"` }, body: [candidate(3)] }
        : {
            headers: { link: `<${s.url}/candidates?page=2&per_page=2>; rel="next", <${s.url}/candidates?page=2&per_page=2>; rel="last"` },
            body: [candidate(1), candidate(2)],
          },
    );

    const res = await exec(['candidates', 'list', '--all'], { per_page: 2 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([candidate(1), candidate(2), candidate(3)]));
    expect(s.requests).toHaveLength(2);
    const [first, second] = s.requests as [ReceivedRequest, ReceivedRequest];
    for (const req of [first, second]) {
      expect(req.method).toBe('GET');
      expect(req.path).toBe('/candidates');
      expect(req.headers.authorization).toBe(BASIC);
      expect(req.body).toBe('');
    }
    expect(Object.fromEntries(first.query)).toEqual({ per_page: '2', page: '1' });
    expect(Object.fromEntries(second.query)).toEqual({ page: '2', per_page: '2' });
  });

  it('prints one page of candidates with the next page URL read from the Link header as meta', async () => {
    const s = await serve(() => ({ headers: { link: `<${s.url}/candidates?page=2&per_page=1>; rel="next"` }, body: [candidate(1)] }));

    const res = await exec(['candidates', 'list', '--meta'], { per_page: 1 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ data: [candidate(1)], meta: { next: `${s.url}/candidates?page=2&per_page=1` } });
  });

  it('prints one page of applications filtered by job, status and date', async () => {
    const apps = [{ id: 9, candidate_id: 101, status: 'active' }];
    const s = await serve(() => ({ body: apps }));

    const res = await exec(['applications', 'list'], { job_id: 55, status: 'active', created_after: '2026-01-01T00:00:00Z' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(apps));
    const req = s.requests[0]!;
    expect(req.path).toBe('/applications');
    expect(Object.fromEntries(req.query)).toEqual({
      per_page: '100',
      page: '1',
      job_id: '55',
      status: 'active',
      created_after: '2026-01-01T00:00:00Z',
    });
  });

  it('gets one candidate by numeric id', async () => {
    const s = await serve(() => ({ body: candidate(42) }));

    const res = await exec(['candidates', 'get'], { id: 142 });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(candidate(42)));
    const req = s.requests[0]!;
    expect([req.method, req.path, [...req.query.keys()]]).toEqual(['GET', '/candidates/142', []]);
    expect(req.headers.authorization).toBe(BASIC);
  });

  it('downloads the attachment of a candidate named by attachment_index (not sent on the wire)', async () => {
    const s = await serve((req, url) =>
      req.path === '/candidates/107'
        ? {
            body: {
              ...candidate(7),
              attachments: [
                { filename: 'resume.pdf', url: `${url}/files/resume.pdf?sig=1`, type: 'resume' },
                { filename: 'cover.pdf', url: `${url}/files/cover.pdf?sig=2`, type: 'cover_letter' },
              ],
            },
          }
        : binaryReply('application/pdf'),
    );

    const res = await exec(['candidate_attachment', 'download'], { id: 107, attachment_index: 1 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdoutBytes.equals(BINARY)).toBe(true);
    const [meta, file] = s.requests;
    expect([meta!.method, meta!.path, [...meta!.query.keys()], meta!.body]).toEqual(['GET', '/candidates/107', [], '']);
    expect([file!.path, file!.query.get('sig'), file!.headers.accept]).toEqual(['/files/cover.pdf', '2', '*/*']);
  });

  it('an attachment_index past the end is not found (exit 3), and no file is fetched', async () => {
    const s = await serve(() => ({ body: { ...candidate(7), attachments: [] } }));

    const res = await exec(['candidate_attachment', 'download'], { id: 107, attachment_index: 0 });

    expect(res.code).toBe(3);
    expect(res.stdout).toBe('');
    expect(JSON.parse(res.stderr).error.message).toBe('Greenhouse answered without a file URL at "attachments.0.url".');
    expect(s.requests).toHaveLength(1);
  });

  it('rejects a non-numeric id with exit code 4 before any request', async () => {
    const s = await serve(() => ({ body: {} }));

    const res = await exec(['jobs', 'get'], { id: 'abc' });

    expect(res.code).toBe(4);
    expect(JSON.parse(res.stderr.trim()).error.type).toBe('validation');
    expect(s.requests).toHaveLength(0);
  });

  it('fails with exit code 2 naming GREENHOUSE_API_KEY when there is no key', async () => {
    const s = await serve(() => ({ body: [] }));

    const res = await exec(['jobs', 'list'], undefined, {});

    expect(res.code).toBe(2);
    const { error } = JSON.parse(res.stderr.trim()) as { error: { type: string; hint: string } };
    expect(error.type).toBe('authentication');
    expect(error.hint).toContain('GREENHOUSE_API_KEY');
    expect(s.requests).toHaveLength(0);
  });
});
