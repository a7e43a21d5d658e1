import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const EMAIL = 'me@acme.com';
const TOKEN = 'ATATT-test-token';
const env = { JIRA_EMAIL: EMAIL, JIRA_API_TOKEN: TOKEN };
const BASIC = `Basic ${Buffer.from(`${EMAIL}:${TOKEN}`).toString('base64')}`;

const { serve, exec } = vendorTest('jira', env);

const issue = (n: number) => ({ id: String(10000 + n), key: `PROJ-${n}`, fields: { summary: `Issue ${n}` } });
const doc = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('jira connector', () => {
  it('searches issues with JQL and --all, following nextPageToken, with basic auth', async () => {
    const srv = await serve((req) =>
      req.query.get('nextPageToken') === 'tok-2'
        ? { body: { issues: [issue(3)], isLast: true } }
        : { body: { issues: [issue(1), issue(2)], nextPageToken: 'tok-2', isLast: false } },
    );
    const res = await exec(['issues', 'api_search', '--all'], {
      jql: 'project = PROJ ORDER BY created DESC',
      maxResults: 2,
      fields: 'summary,status',
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([issue(1), issue(2), issue(3)]));
    expect(srv.requests).toHaveLength(2);
    const [first, second] = srv.requests;
    expect(first!.method).toBe('GET');
    expect(first!.path).toBe('/rest/api/3/search/jql');
    expect(Object.fromEntries(first!.query)).toEqual({
      jql: 'project = PROJ ORDER BY created DESC',
      maxResults: '2',
      fields: 'summary,status',
    });
    expect(Object.fromEntries(second!.query)).toEqual({
      jql: 'project = PROJ ORDER BY created DESC',
      maxResults: '2',
      fields: 'summary,status',
      nextPageToken: 'tok-2',
    });
    for (const req of srv.requests) expect(req.headers.authorization).toBe(BASIC);
  });

  it('pages issue comments by startAt until total is reached', async () => {
    const c = (n: number) => ({ id: String(n), body: doc(`comment ${n}`) });
    const srv = await serve((req) =>
      req.query.get('startAt') === '2'
        ? { body: { startAt: 2, maxResults: 2, total: 3, comments: [c(3)] } }
        : { body: { startAt: 0, maxResults: 2, total: 3, comments: [c(1), c(2)] } },
    );
    const res = await exec(['issue_comments', 'list', '--all'], { issueIdOrKey: 'PROJ-1', maxResults: 2 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([c(1), c(2), c(3)]));
    expect(srv.requests.map((r) => r.path)).toEqual(['/rest/api/3/issue/PROJ-1/comment', '/rest/api/3/issue/PROJ-1/comment']);
    expect(Object.fromEntries(srv.requests[0]!.query)).toEqual({ maxResults: '2' });
    expect(Object.fromEntries(srv.requests[1]!.query)).toEqual({ maxResults: '2', startAt: '2' });
  });

  it('gets an issue by key', async () => {
    const srv = await serve(() => ({ body: issue(7) }));
    const res = await exec(['issues', 'get'], { issueIdOrKey: 'PROJ-7', fields: 'summary', expand: 'renderedFields' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(issue(7)));
    const req = srv.requests[0]!;
    expect(req.method).toBe('GET');
    expect(req.path).toBe('/rest/api/3/issue/PROJ-7');
    expect(Object.fromEntries(req.query)).toEqual({ fields: 'summary', expand: 'renderedFields' });
    expect(req.headers.authorization).toBe(BASIC);
  });

  it('creates an issue with nested fields (custom fields pass through) and updateHistory in the query', async () => {
    const created = { id: '10042', key: 'PROJ-42', self: 'https://acme.atlassian.net/rest/api/3/issue/10042' };
    const srv = await serve(() => ({ status: 201, body: created }));
    const fields = {
      project: { key: 'PROJ' },
      issuetype: { name: 'Bug' },
      summary: 'Login fails',
      description: doc('Steps to reproduce'),
      labels: ['auth'],
      customfield_10010: 'sprint-5',
    };
    const res = await exec(['issues', 'create'], { fields, updateHistory: true });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(created));
    const req = srv.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/rest/api/3/issue');
    expect(Object.fromEntries(req.query)).toEqual({ updateHistory: 'true' });
    expect(req.headers['content-type']).toContain('application/json');
    expect(req.json).toEqual({ fields });
  });

  it('adds an ADF comment: body in JSON, expand in the query', async () => {
    const comment = { id: '500', body: doc('Looks good'), created: '2026-01-01T00:00:00.000+0000' };
    const srv = await serve(() => ({ status: 201, body: comment }));
    const res = await exec(['issue_comments', 'create'], {
      issueIdOrKey: 'PROJ-7',
      expand: 'renderedBody',
      body: { content: doc('Looks good').content },
      visibility: { type: 'role', value: 'Developers' },
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(comment));
    const req = srv.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/rest/api/3/issue/PROJ-7/comment');
    expect(Object.fromEntries(req.query)).toEqual({ expand: 'renderedBody' });
    // type and version of the ADF document default to "doc" and 1.
    expect(req.json).toEqual({ body: doc('Looks good'), visibility: { type: 'role', value: 'Developers' } });
  });

  it('deletes an issue only with --yes', async () => {
    const srv = await serve(() => ({ status: 204 }));
    const refused = await exec(['issues', 'delete'], { issueIdOrKey: 'PROJ-9' });
    expect(refused.code).toBe(4);
    expect(srv.requests).toHaveLength(0);

    const res = await exec(['issues', 'delete', '--yes'], { issueIdOrKey: 'PROJ-9', deleteSubtasks: true });
    expect(res.code).toBe(0);
    expect(srv.requests).toHaveLength(1);
    expect(srv.requests[0]!.method).toBe('DELETE');
    expect(srv.requests[0]!.path).toBe('/rest/api/3/issue/PROJ-9');
    expect(Object.fromEntries(srv.requests[0]!.query)).toEqual({ deleteSubtasks: 'true' });
  });

  it('builds the site URL from JIRA_SUBDOMAIN (dry run, credentials redacted)', async () => {
    const res = await runCli(['exec', 'jira', 'projects', 'get', '--dry-run', '-p', 'projectIdOrKey=PROJ'], {
      env: { ...env, JIRA_SUBDOMAIN: 'acme' },
    });

    expect(res.code).toBe(0);
    const request = JSON.parse(res.stdout) as { method: string; url: string; headers: Record<string, string> };
    expect(request.method).toBe('GET');
    expect(request.url).toBe('https://acme.atlassian.net/rest/api/3/project/PROJ');
    expect(res.stdout).not.toContain(TOKEN);
  });

  it('maps a 404 with errorMessages to exit 3', async () => {
    await serve(() => ({ status: 404, body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} } }));
    const res = await exec(['issues', 'get'], { issueIdOrKey: 'NOPE-1' });

    expect(res.code).toBe(3);
    expect(res.stdout).toBe('');
    const { error } = JSON.parse(res.stderr.trim()) as { error: Record<string, unknown> };
    expect(error).toMatchObject({ type: 'not_found', status_code: 404 });
    expect(String(error.message)).toContain('Issue does not exist');
  });
});
