import { describe, expect, it } from 'vitest';
import type { ReceivedRequest } from '../helpers/server.js';
import { pretty, vendorTest } from '../helpers/vendor.js';

const TOKEN = 'ghp_test_token';
const env = { GITHUB_TOKEN: TOKEN };

const { serve, exec } = vendorTest('github', env);

/** The body posted to /graphql: its document (whitespace collapsed) and variables. */
function graphql(req: ReceivedRequest): { query: string; variables: Record<string, unknown> } {
  const body = req.json as { query: string; variables: Record<string, unknown> };
  return { query: body.query.replace(/\s+/g, ' ').trim(), variables: body.variables };
}

function expectGithubHeaders(req: ReceivedRequest, token = TOKEN): void {
  expect(req.headers.authorization).toBe(`Bearer ${token}`);
  expect(req.headers.accept).toBe('application/vnd.github+json');
  expect(req.headers['x-github-api-version']).toBe('2022-11-28');
}

describe('github connector: GraphQL reads', () => {
  it('lists issues with --all, following pageInfo.endCursor through the `after` variable', async () => {
    const pages = [
      { nodes: [{ number: 3, title: 'Third' }, { number: 2, title: 'Second' }], pageInfo: { hasNextPage: true, endCursor: 'Y3Vyc29yOjI=' } },
      { nodes: [{ number: 1, title: 'First' }], pageInfo: { hasNextPage: false, endCursor: 'Y3Vyc29yOjE=' } },
    ];
    const s = await serve(() => {
      const page = s.requests.length === 1 ? pages[0] : pages[1];
      return { body: { data: { repository: { issues: page } } } };
    });

    const res = await exec(['issues', 'list', '--all'], { owner: 'octo', repo: 'hello', states: ['OPEN'], per_page: 2 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe('{"number":3,"title":"Third"}\n{"number":2,"title":"Second"}\n{"number":1,"title":"First"}\n');
    expect(s.requests).toHaveLength(2);

    const [first, second] = s.requests as [ReceivedRequest, ReceivedRequest];
    expect(first.method).toBe('POST');
    expect(first.path).toBe('/graphql');
    expect([...first.query.keys()]).toEqual([]);
    expect(first.headers['content-type']).toBe('application/json');
    expectGithubHeaders(first);

    const one = graphql(first);
    expect(one.query).toContain(
      'query ListIssues($owner: String!, $name: String!, $first: Int!, $after: String, $states: [IssueState!])',
    );
    expect(one.query).toContain(
      'issues(first: $first, after: $after, states: $states, orderBy: {field: CREATED_AT, direction: DESC}) { pageInfo { hasNextPage endCursor } nodes { id databaseId number title body state',
    );
    expect(one.query).not.toContain('{{fields}}');
    expect(one.variables).toEqual({ owner: 'octo', name: 'hello', first: 2, states: ['OPEN'] });

    const two = graphql(second);
    expect(two.query).toBe(one.query);
    expect(two.variables).toEqual({ owner: 'octo', name: 'hello', first: 2, states: ['OPEN'], after: 'Y3Vyc29yOjI=' });
  });

  it('prints one page as a JSON array and uses the `fields` param as the selection', async () => {
    const nodes = [{ name: 'main', prefix: 'refs/heads/' }];
    const s = await serve(() => ({
      body: { data: { repository: { refs: { nodes, pageInfo: { hasNextPage: true, endCursor: 'abc' } } } } },
    }));

    const res = await exec(['branches', 'list'], { owner: 'octo', repo: 'hello', fields: ['name', 'prefix'] });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(nodes));
    expect(s.requests).toHaveLength(1);
    const { query, variables } = graphql(s.requests[0]!);
    expect(query).toContain('refs(refPrefix: "refs/heads/", first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { name prefix } }');
    expect(variables).toEqual({ owner: 'octo', name: 'hello', first: 30 });
  });

  it('returns search totals and cursors with --meta', async () => {
    const s = await serve(() => ({
      body: {
        data: {
          search: {
            repositoryCount: 1234,
            pageInfo: { hasNextPage: true, endCursor: 'Y3Vyc29yOjU=' },
            nodes: [{ nameWithOwner: 'airbytehq/airbyte' }],
          },
        },
      },
    }));

    const res = await exec(['repositories', 'api_search', '--meta'], { query: 'org:airbytehq stars:>100', limit: 1 });

    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({
      data: [{ nameWithOwner: 'airbytehq/airbyte' }],
      meta: { has_next_page: true, end_cursor: 'Y3Vyc29yOjU=', total_count: 1234, next: { after: 'Y3Vyc29yOjU=' } },
    });
    const { query, variables } = graphql(s.requests[0]!);
    expect(query).toContain('search(query: $searchQuery, type: REPOSITORY, first: $first, after: $after)');
    expect(query).toContain('nodes { ... on Repository { id name nameWithOwner');
    expect(variables).toEqual({ searchQuery: 'org:airbytehq stars:>100', first: 1 });
  });

  it('gets one pull request as an object', async () => {
    const pr = { number: 42, title: 'Add a feature', state: 'OPEN', headRefName: 'feature', baseRefName: 'main' };
    const s = await serve(() => ({ body: { data: { repository: { pullRequest: pr } } } }));

    const res = await exec(['pull_requests', 'get'], { owner: 'octo', repo: 'hello', number: 42 });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(pr));
    const { query, variables } = graphql(s.requests[0]!);
    expect(query).toContain('pullRequest(number: $number) { id databaseId number title body bodyHTML state isDraft');
    expect(variables).toEqual({ owner: 'octo', name: 'hello', number: 42 });
  });

  it('reads a file at HEAD by default', async () => {
    const blob = { text: '# Hello\n', byteSize: 8, isBinary: false, isTruncated: false, oid: 'abc123', abbreviatedOid: 'abc' };
    const s = await serve(() => ({ body: { data: { repository: { object: blob } } } }));

    const res = await exec(['file_content', 'get'], { owner: 'octo', repo: 'hello', path: 'README.md' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(blob));
    const { query, variables } = graphql(s.requests[0]!);
    expect(query).toContain('object(expression: $expression) { ... on Blob { text byteSize');
    expect(variables).toEqual({ owner: 'octo', name: 'hello', expression: 'HEAD:README.md' });
  });

  it('maps a GraphQL NOT_FOUND error sent with HTTP 200 to exit code 3', async () => {
    await serve(() => ({
      body: {
        data: { repository: null },
        errors: [{ type: 'NOT_FOUND', path: ['repository'], message: "Could not resolve to a Repository with the name 'octo/nope'." }],
      },
    }));

    const res = await exec(['repositories', 'get'], { owner: 'octo', repo: 'nope' });

    expect(res.code).toBe(3);
    expect(res.stdout).toBe('');
    const { error } = JSON.parse(res.stderr.trim()) as { error: Record<string, unknown> };
    expect(error.type).toBe('not_found');
    expect(error.message).toContain("Could not resolve to a Repository with the name 'octo/nope'.");
    expect(error.status_code).toBe(200);
  });

  it('uses the OAuth access token when no personal access token is set', async () => {
    const s = await serve(() => ({ body: { data: { viewer: { login: 'octocat' } } } }));

    const res = await exec(['viewer', 'get'], {}, { GITHUB_ACCESS_TOKEN: 'gho_oauth_token' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty({ login: 'octocat' }));
    expectGithubHeaders(s.requests[0]!, 'gho_oauth_token');
    expect(graphql(s.requests[0]!).variables).toEqual({});
  });

  it('fails with exit code 2 and names both variables when there are no credentials', async () => {
    const s = await serve(() => ({ body: {} }));

    const res = await exec(['viewer', 'get'], {}, {});

    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    const { error } = JSON.parse(res.stderr.trim()) as { error: { type: string; hint: string } };
    expect(error.type).toBe('authentication');
    expect(error.hint).toContain('GITHUB_TOKEN');
    expect(error.hint).toContain('GITHUB_ACCESS_TOKEN');
    expect(s.requests).toHaveLength(0);
  });

  it('rejects a missing required param with exit code 4 before any request', async () => {
    const s = await serve(() => ({ body: {} }));

    const res = await exec(['issues', 'get'], { owner: 'octo', number: 1 });

    expect(res.code).toBe(4);
    expect(JSON.parse(res.stderr.trim()).error.type).toBe('validation');
    expect(s.requests).toHaveLength(0);
  });
});

describe('github connector: REST writes', () => {
  it('creates an issue with labels and assignees in a JSON body', async () => {
    const created = { id: 1, number: 7, title: 'Fix login bug', state: 'open', labels: [{ name: 'bug' }] };
    const s = await serve(() => ({ status: 201, body: created }));

    const res = await exec(['issues', 'create'], {
      owner: 'octo',
      repo: 'hello',
      title: 'Fix login bug',
      body: 'Steps to reproduce…',
      labels: ['bug', 'urgent'],
      assignees: ['octocat'],
      milestone: 3,
    });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(created));
    expect(s.requests).toHaveLength(1);
    const req = s.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/repos/octo/hello/issues');
    expect([...req.query.keys()]).toEqual([]);
    expect(req.headers['content-type']).toBe('application/json');
    expectGithubHeaders(req);
    expect(req.json).toEqual({
      title: 'Fix login bug',
      body: 'Steps to reproduce…',
      labels: ['bug', 'urgent'],
      assignees: ['octocat'],
      milestone: 3,
    });
  });

  it('closes an issue with PATCH, sending null to clear the milestone', async () => {
    const updated = { number: 42, state: 'closed', state_reason: 'completed', milestone: null };
    const s = await serve(() => ({ body: updated }));

    const res = await exec(['issues', 'update'], {
      owner: 'octo',
      repo: 'hello',
      issue_number: 42,
      state: 'closed',
      state_reason: 'completed',
      milestone: null,
    });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(updated));
    const req = s.requests[0]!;
    expect(req.method).toBe('PATCH');
    expect(req.path).toBe('/repos/octo/hello/issues/42');
    expectGithubHeaders(req);
    expect(req.json).toEqual({ state: 'closed', state_reason: 'completed', milestone: null });
  });

  it('comments on an issue and opens a draft pull request', async () => {
    const s = await serve((req) =>
      req.path.endsWith('/comments')
        ? { status: 201, body: { id: 99, body: 'Fixed in v2' } }
        : { status: 201, body: { number: 43, draft: true } },
    );

    const comment = await exec(['comments', 'create'], { owner: 'octo', repo: 'hello', issue_number: 5, body: 'Fixed in v2' });
    const pull = await exec(['pull_requests', 'create'], {
      owner: 'octo',
      repo: 'hello',
      title: 'Add new feature',
      head: 'my-branch',
      base: 'main',
      draft: true,
    });

    expect(comment.code).toBe(0);
    expect(comment.stdout).toBe(pretty({ id: 99, body: 'Fixed in v2' }));
    expect(pull.code).toBe(0);
    expect(pull.stdout).toBe(pretty({ number: 43, draft: true }));
    const [c, p] = s.requests as [ReceivedRequest, ReceivedRequest];
    expect([c.method, c.path, c.json]).toEqual(['POST', '/repos/octo/hello/issues/5/comments', { body: 'Fixed in v2' }]);
    expect([p.method, p.path, p.json]).toEqual([
      'POST',
      '/repos/octo/hello/pulls',
      { title: 'Add new feature', head: 'my-branch', base: 'main', draft: true },
    ]);
  });

  it('reports a 422 from the REST API as a validation error (exit 4) with GitHub’s message', async () => {
    await serve(() => ({ status: 422, body: { message: 'Validation Failed', errors: [{ code: 'invalid' }] } }));

    const res = await exec(['pull_requests', 'create'], { owner: 'octo', repo: 'hello', title: 't', head: 'a', base: 'a' });

    expect(res.stdout).toBe('');
    const { error } = JSON.parse(res.stderr.trim()) as { error: Record<string, unknown> };
    expect(error.message).toContain('Validation Failed');
    expect(error.type).toBe('validation');
    expect(error.status_code).toBe(422);
    expect(res.code).toBe(4);
  });
});
