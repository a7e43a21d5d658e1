import { describe, expect, it } from 'vitest';
import type { ReceivedRequest } from '../helpers/server.js';
import { ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const KEY = 'lin_api_test_key';
const env = { LINEAR_API_KEY: KEY };

const { serve, exec } = vendorTest('linear', env);

/** The body posted to /graphql: its document (whitespace collapsed) and variables. */
function graphql(req: ReceivedRequest): { query: string; variables: Record<string, unknown> } {
  const body = req.json as { query: string; variables: Record<string, unknown> };
  return { query: body.query.replace(/\s+/g, ' ').trim(), variables: body.variables };
}

/** Linear takes the API key as the whole Authorization header, without "Bearer". */
function expectLinearRequest(req: ReceivedRequest, operation: string): void {
  expect(req.method).toBe('POST');
  expect(req.path).toBe('/graphql');
  expect([...req.query.keys()]).toEqual([]);
  expect(req.headers.authorization).toBe(KEY);
  expect(req.headers['content-type']).toBe('application/json');
  expect(req.headers['x-apollo-operation-name']).toBe(operation);
}

const issue = (n: number) => ({ id: `iss-${n}`, title: `Issue ${n}`, priority: n % 5, createdAt: '2026-01-01T00:00:00.000Z' });

describe('linear connector', () => {
  it('lists issues with --all, passing pageInfo.endCursor back as the `after` variable', async () => {
    const s = await serve((req) => {
      const { variables } = graphql(req);
      return variables.after === 'cursor-2'
        ? { body: { data: { issues: { nodes: [issue(3)], pageInfo: { hasNextPage: false, endCursor: 'cursor-3' } } } } }
        : { body: { data: { issues: { nodes: [issue(1), issue(2)], pageInfo: { hasNextPage: true, endCursor: 'cursor-2' } } } } };
    });

    const res = await exec(['issues', 'list', '--all'], { first: 2 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([issue(1), issue(2), issue(3)]));
    expect(s.requests).toHaveLength(2);
    const [first, second] = s.requests as [ReceivedRequest, ReceivedRequest];
    expectLinearRequest(first, 'listIssues');
    expectLinearRequest(second, 'listIssues');

    const one = graphql(first);
    expect(one.query).toBe(
      'query listIssues($first: Int, $after: String) { issues(first: $first, after: $after) { nodes { id title description ' +
        'state { id name } priority assignee { id name email } team { id name } project { id name } createdAt updatedAt } ' +
        'pageInfo { hasNextPage endCursor } } }',
    );
    expect(one.variables).toEqual({ first: 2 });
    const two = graphql(second);
    expect(two.query).toBe(one.query);
    expect(two.variables).toEqual({ first: 2, after: 'cursor-2' });
  });

  it('prints one page of comments of an issue, with the pageInfo as --meta', async () => {
    const comments = [{ id: 'c1', body: 'Looks good' }];
    const s = await serve(() => ({
      body: { data: { issue: { comments: { nodes: comments, pageInfo: { hasNextPage: true, endCursor: 'cc' } } } } },
    }));

    const res = await exec(['comments', 'list', '--meta'], { issueId: 'ENG-12', fields: ['id', 'body'] });

    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ data: comments, meta: { hasNextPage: true, endCursor: 'cc', next: { after: 'cc' } } });
    expectLinearRequest(s.requests[0]!, 'listComments');
    const { query, variables } = graphql(s.requests[0]!);
    expect(query).toContain('issue(id: $issueId) { comments(first: $first, after: $after) { nodes { id body } pageInfo');
    expect(variables).toEqual({ issueId: 'ENG-12', first: 50 });
  });

  it('gets one issue as an object', async () => {
    const found = { ...issue(7), state: { id: 'st1', name: 'In Progress' } };
    const s = await serve(() => ({ body: { data: { issue: found } } }));

    const res = await exec(['issues', 'get'], { id: 'ENG-7' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(found));
    expectLinearRequest(s.requests[0]!, 'getIssue');
    const { query, variables } = graphql(s.requests[0]!);
    expect(query).toContain('query getIssue($id: String!) { issue(id: $id) { id title description state { id name }');
    expect(variables).toEqual({ id: 'ENG-7' });
  });

  it('creates an issue with a mutation and prints the issueCreate payload', async () => {
    const payload = { success: true, issue: { id: 'iss-9', title: 'Fix login bug', priority: 2 } };
    const s = await serve(() => ({ body: { data: { issueCreate: payload } } }));

    const res = await exec(['issues', 'create'], { teamId: 'team-1', title: 'Fix login bug', priority: 2, projectId: 'proj-1' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(payload));
    expect(s.requests).toHaveLength(1);
    expectLinearRequest(s.requests[0]!, 'createIssue');
    const { query, variables } = graphql(s.requests[0]!);
    expect(query).toContain('mutation createIssue($teamId: String!, $title: String!, $description: String, $stateId: String, $priority: Int, $projectId: String)');
    expect(query).toContain('issueCreate(input: { teamId: $teamId, title: $title, description: $description, stateId: $stateId, priority: $priority, projectId: $projectId }) { success issue { id title');
    expect(variables).toEqual({ teamId: 'team-1', title: 'Fix login bug', priority: 2, projectId: 'proj-1' });
  });

  it('unassigns an issue by sending assigneeId: null, and leaves out what was not given', async () => {
    const payload = { success: true, issue: { id: 'iss-9', assignee: null } };
    const s = await serve(() => ({ body: { data: { issueUpdate: payload } } }));

    const res = await exec(['issues', 'update'], { id: 'iss-9', assigneeId: null, stateId: 'st-done' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(payload));
    expectLinearRequest(s.requests[0]!, 'updateIssue');
    expect(graphql(s.requests[0]!).variables).toEqual({ id: 'iss-9', assigneeId: null, stateId: 'st-done' });
  });

  it('sets a project status with statusId, and refuses state (not in Linear\'s input) with exit 4 and no request', async () => {
    const payload = { success: true, project: { id: 'p1', name: 'Q3', state: 'started' } };
    const s = await serve(() => ({ body: { data: { projectUpdate: payload } } }));

    const refused = await exec(['projects', 'update'], { id: 'p1', state: 'started' });
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('statusId');
    expect(s.requests).toHaveLength(0);

    const res = await exec(['projects', 'update'], { id: 'p1', statusId: 'status-started' });
    expect(res.code).toBe(0);
    const { query, variables } = graphql(s.requests[0]!);
    expect(query).toContain('projectUpdate(id: $id, input: { name: $name, description: $description, statusId: $statusId,');
    expect(query).not.toMatch(/\$state\b/);
    expect(variables).toEqual({ id: 'p1', statusId: 'status-started' });
  });

  it('creates a project for several teams', async () => {
    const payload = { success: true, project: { id: 'p1', name: 'Q3 Platform Migration' } };
    const s = await serve(() => ({ body: { data: { projectCreate: payload } } }));

    const res = await exec(['projects', 'create'], { name: 'Q3 Platform Migration', teamIds: ['t1', 't2'], targetDate: '2026-09-30' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(payload));
    expectLinearRequest(s.requests[0]!, 'createProject');
    const { query, variables } = graphql(s.requests[0]!);
    expect(query).toContain('$teamIds: [String!]!');
    expect(query).toContain('$targetDate: TimelessDate');
    expect(variables).toEqual({ name: 'Q3 Platform Migration', teamIds: ['t1', 't2'], targetDate: '2026-09-30' });
  });

  it('reports GraphQL errors sent with HTTP 200 and no data on stderr, exit 1', async () => {
    await serve(() => ({ body: { data: null, errors: [{ message: 'Entity not found: Issue', extensions: { code: 'INPUT_ERROR' } }] } }));

    const res = await exec(['issues', 'get'], { id: 'nope' });

    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    const { error } = JSON.parse(res.stderr.trim()) as { error: Record<string, unknown> };
    expect(error.message).toBe('Linear API error: Entity not found: Issue');
    expect(error.status_code).toBe(200);
  });

  it('fails with exit code 2 naming LINEAR_API_KEY when there is no key', async () => {
    const s = await serve(() => ({ body: {} }));

    const res = await exec(['teams', 'list'], {}, {});

    expect(res.code).toBe(2);
    const { error } = JSON.parse(res.stderr.trim()) as { error: { type: string; hint: string } };
    expect(error.type).toBe('authentication');
    expect(error.hint).toContain('LINEAR_API_KEY');
    expect(s.requests).toHaveLength(0);
  });
});
