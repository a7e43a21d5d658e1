import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { ReceivedRequest } from '../helpers/server.js';
import { BINARY, binaryReply, ndjson, pretty, vendorTest } from '../helpers/vendor.js';

const TOKEN = '2/1200000000000001/1209999999999999:0123456789abcdef';
const env = { ASANA_ACCESS_TOKEN: TOKEN };

const { serve, exec, server } = vendorTest('asana', env);

const task = (n: number) => ({ gid: `12000000000000${n}`, name: `Task ${n}`, resource_type: 'task', resource_subtype: 'default_task' });
const OFFSET = 'eyJ0eXAiOJiKV1iQLCJhbGciOiJIUzI1NiJ9';

describe('asana connector', () => {
  it('lists the tasks of a project with --all, following next_page.offset, with the token as Bearer', async () => {
    const s = await serve((req) =>
      req.query.get('offset') === OFFSET
        ? { body: { data: [task(3)], next_page: null } }
        : {
            body: {
              data: [task(1), task(2)],
              next_page: { offset: OFFSET, path: `/tasks?project=42&limit=2&offset=${OFFSET}`, uri: 'https://app.asana.com/api/1.0/tasks?…' },
            },
          },
    );

    const res = await exec(['tasks', 'list', '--all'], { project: '42', limit: 2 });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(ndjson([task(1), task(2), task(3)]));
    expect(s.requests).toHaveLength(2);
    const [first, second] = s.requests as [ReceivedRequest, ReceivedRequest];
    for (const req of [first, second]) {
      expect([req.method, req.path, req.body]).toEqual(['GET', '/tasks', '']);
      expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
    }
    expect(Object.fromEntries(first.query)).toEqual({ project: '42', limit: '2' });
    expect(Object.fromEntries(second.query)).toEqual({ project: '42', limit: '2', offset: OFFSET });
  });

  it('sends the default page size of 20 and the dotted search filters as they are named', async () => {
    const s = await serve(() => ({ body: { data: [task(1)], next_page: null } }));

    const res = await exec(['workspace_task_search', 'list'], {
      workspace_gid: '77',
      text: 'invoice',
      'assignee.any': 'me',
      'due_on.before': '2026-02-01',
      completed: false,
    });
    const projects = await exec(['workspace_projects', 'list'], { workspace_gid: '77' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty([task(1)]));
    const [search, list] = s.requests as [ReceivedRequest, ReceivedRequest];
    expect(search.path).toBe('/workspaces/77/tasks/search');
    expect(Object.fromEntries(search.query)).toEqual({ text: 'invoice', 'assignee.any': 'me', 'due_on.before': '2026-02-01', completed: 'false' });
    expect(projects.code).toBe(0);
    expect([list.path, Object.fromEntries(list.query)]).toEqual(['/workspaces/77/projects', { limit: '20' }]);
  });

  it('gets one task, unwrapping data', async () => {
    const full = { ...task(5), completed: false, due_on: '2026-03-20', notes: 'Check totals' };
    const s = await serve(() => ({ body: { data: full } }));

    const res = await exec(['tasks', 'get'], { task_gid: '120000000000005' });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(full));
    const req = s.requests[0]!;
    expect([req.method, req.path, [...req.query.keys()]]).toEqual(['GET', '/tasks/120000000000005', []]);
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('downloads an attachment: its record, then the bytes at its download_url', async () => {
    const s = await serve((req, url) =>
      req.path === '/attachments/300'
        ? { body: { data: { gid: '300', name: 'q3.pdf', resource_type: 'attachment', download_url: `${url}/files/q3.pdf?X-Amz-Expires=120` } } }
        : binaryReply('application/pdf'),
    );

    const res = await exec(['attachments', 'download'], { attachment_gid: '300' });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdoutBytes.equals(BINARY)).toBe(true);
    expect(s.requests.map((r) => [r.method, r.path, r.headers.accept])).toEqual([
      ['GET', '/attachments/300', 'application/json'],
      ['GET', '/files/q3.pdf', '*/*'],
    ]);
    expect(s.requests[1]!.query.get('X-Amz-Expires')).toBe('120');
  });

  it('creates a task with its fields nested under data in a JSON body', async () => {
    const created = { ...task(9), projects: [{ gid: '42' }] };
    const s = await serve(() => ({ status: 201, body: { data: created } }));

    const data = { name: 'Review Q3 report', workspace: '77', projects: ['42'], assignee: 'me', due_on: '2026-03-27', tags: ['8', '9'] };
    const res = await exec(['tasks', 'create'], { data });

    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty(created));
    const req = s.requests[0]!;
    expect([req.method, req.path]).toEqual(['POST', '/tasks']);
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(req.json).toEqual({ data });
  });

  it('updates a task with PUT and comments on it, the path GID staying out of the body', async () => {
    const s = await serve((req) => ({ body: { data: req.path.endsWith('/stories') ? { gid: 's1', text: 'Looks good' } : { ...task(5), completed: true } } }));

    const update = await exec(['tasks', 'update'], { task_gid: '120000000000005', data: { completed: true } });
    const story = await exec(['task_stories', 'create'], { task_gid: '120000000000005', data: { text: 'Looks good', is_pinned: true } });

    expect(update.code).toBe(0);
    expect(update.stdout).toBe(pretty({ ...task(5), completed: true }));
    expect(story.code).toBe(0);
    const [u, c] = s.requests as [ReceivedRequest, ReceivedRequest];
    expect([u.method, u.path, u.json]).toEqual(['PUT', '/tasks/120000000000005', { data: { completed: true } }]);
    expect([c.method, c.path, c.json]).toEqual(['POST', '/tasks/120000000000005/stories', { data: { text: 'Looks good', is_pinned: true } }]);
  });

  it('removes a tag from a task only with --yes (a destructive POST)', async () => {
    const s = await serve(() => ({ body: { data: {} } }));

    const refused = await exec(['task_tags', 'delete'], { task_gid: '5', data: { tag: '8' } });
    expect(refused.code).toBe(4);
    expect(s.requests).toHaveLength(0);

    const res = await runCli(['exec', 'asana', 'task_tags', 'delete', '--base-url', server().url, '--params', JSON.stringify({ task_gid: '5', data: { tag: '8' } }), '--yes'], { env });

    expect(res.code).toBe(0);
    expect(res.stdout).toBe(pretty({}));
    expect([s.requests[0]!.method, s.requests[0]!.path, s.requests[0]!.json]).toEqual(['POST', '/tasks/5/removeTag', { data: { tag: '8' } }]);
  });

  it('rejects a missing required param (organization of user_teams) with exit 4 before any request', async () => {
    const s = await serve(() => ({ body: { data: [] } }));

    const res = await exec(['user_teams', 'list'], { user_gid: 'me' });

    expect(res.code).toBe(4);
    expect(res.stderr).toContain('organization');
    expect(s.requests).toHaveLength(0);
  });
});
