import { describe, expect, it } from 'vitest';
import { vendorTest } from '../helpers/vendor.js';

const env = { GITHUB_TOKEN: 'ghp_test_token' };

// One --base-url https://ghe.example.com/api/v3, as GitHub Enterprise Server documents it, serves both APIs.
const { serve, exec } = vendorTest('github', env, '/api/v3');

describe('github connector on GitHub Enterprise (--base-url …/api/v3)', () => {
  it('posts GraphQL reads to /api/graphql', async () => {
    const s = await serve(() => ({ body: { data: { repository: { issues: { nodes: [{ number: 1 }], pageInfo: { hasNextPage: false, endCursor: null } } } } } }));
    const res = await exec(['issues', 'list'], { owner: 'octo', repo: 'hello' });
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual([{ number: 1 }]);
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/graphql']);
  });

  it('sends REST writes under /api/v3', async () => {
    const s = await serve(() => ({ status: 201, body: { number: 7, title: 'Hi' } }));
    const res = await exec(['issues', 'create'], { owner: 'octo', repo: 'hello', title: 'Hi' });
    expect(res.code).toBe(0);
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/v3/repos/octo/hello/issues']);
    expect(s.requests[0]!.json).toEqual({ title: 'Hi' });
  });
});
