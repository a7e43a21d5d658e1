import { describe, expect, it } from 'vitest';
import { CLIENT_SECRET } from '../helpers/platform-emulator.js';
import { errorOf, useEmulator } from '../helpers/platform.js';

const { loggedIn, forget } = useEmulator();

const LOGIN_HINT = 'Run `aac login`, or set AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET.';
const MISSING = '0d9ac7a6-5a8e-4b1e-9d7c-3f2b1a0e9c8d';

describe('platform errors', { timeout: 90_000 }, () => {
  it('403 is exit 2 with its message and the hint to log in', async () => {
    const { em, cli } = await loggedIn();
    em.failNext('GET', '/api/v1/workspaces/stats', { status: 403, body: { message: 'Forbidden for this organization', errors: [] } });
    const result = await cli.run(['workspaces', 'stats']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(errorOf(result)).toEqual({
      type: 'authentication',
      message: 'Forbidden for this organization (403 on GET /api/v1/workspaces/stats)',
      status_code: 403,
      retryable: false,
      hint: LOGIN_HINT,
    });
  });

  it('404 is exit 3', async () => {
    const { cli } = await loggedIn();
    const result = await cli.run(['workspaces', 'get', MISSING]);
    expect(result.code).toBe(3);
    expect(errorOf(result)).toEqual({
      type: 'not_found',
      message: `Workspace not found (404 on GET /api/v1/workspaces/${MISSING})`,
      status_code: 404,
      retryable: false,
      hint: null,
    });
  });

  it('422 is exit 4 and lists each field error, in the message and in details', async () => {
    const { em, cli } = await loggedIn();
    const id = em.workspaces[0]!.id;
    em.failNext('PUT', `/api/v1/workspaces/${id}`, {
      status: 422,
      body: {
        message: 'Validation failed',
        errors: [
          { field: 'name', message: 'must be at most 64 characters', error_code: 'too_long' },
          { field: null, message: 'workspace is locked', error_code: null },
        ],
      },
    });
    const result = await cli.run(['workspaces', 'update', 'default', '--name', 'x'.repeat(80)]);
    expect(result.code).toBe(4);
    expect(errorOf(result)).toEqual({
      type: 'validation',
      message: `Validation failed (422 on PUT /api/v1/workspaces/${id})\n  - name: must be at most 64 characters\n  - workspace is locked`,
      status_code: 422,
      retryable: false,
      hint: null,
      details: { errors: [{ field: 'name', message: 'must be at most 64 characters' }, { message: 'workspace is locked' }] },
    });
  });

  it('400 is exit 4 too', async () => {
    const { em, cli } = await loggedIn();
    em.failNext('GET', '/api/v1/integrations/templates/sources', { status: 400, body: { message: 'Bad request', errors: [{ field: 'tags_mode', message: 'invalid' }] } });
    const result = await cli.run(['templates']);
    expect(result.code).toBe(4);
    expect(errorOf(result).message).toBe('Bad request (400 on GET /api/v1/integrations/templates/sources)\n  - tags_mode: invalid');
  });

  it('5xx and 429 on reads are retried, honouring Retry-After', async () => {
    const { em, cli } = await loggedIn();
    em.failNext('GET', '/api/v1/workspaces/stats', { status: 503, body: { message: 'Unavailable', errors: [] }, headers: { 'retry-after': '0' } });
    em.failNext('GET', '/api/v1/workspaces/stats', { status: 429, body: { message: 'Slow down', errors: [] }, headers: { 'retry-after': '1' } });
    const started = Date.now();
    const result = await cli.run(['workspaces', 'stats']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ active_count: 1, inactive_count: 0, total_count: 1 });
    expect(em.apiRequests()).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('5xx on a write is not retried: exit 1 with the message', async () => {
    const { em, cli } = await loggedIn();
    em.failNext('POST', '/api/v1/integrations/templates/sources', { status: 500, body: { message: 'Internal error', errors: [] } });
    const result = await cli.run(['templates', 'register', 'stripe']);
    expect(result.code).toBe(1);
    expect(errorOf(result)).toEqual({
      type: 'api',
      message: 'Internal error (500 on POST /api/v1/integrations/templates/sources)',
      status_code: 500,
      retryable: true,
      hint: null,
    });
    expect(em.apiRequests().filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('a network failure is exit 1 naming the URL, never the token or secret', async () => {
    const { em, cli } = await loggedIn();
    const token = em.tokens[0]!;
    await em.close();
    forget();
    const result = await cli.run(['workspaces', '--debug']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    const error = JSON.parse(lines.at(-1)!).error as { type: string; message: string; hint: string };
    expect(error).toMatchObject({
      type: 'network',
      message: `Network error on GET ${em.url}/api/v1/workspaces?limit=100: ECONNREFUSED`,
      hint: 'Check your connection and the platform URL (--api-url or AAC_PLATFORM_URL), then retry.',
    });
    expect(result.stderr).not.toContain(token);
    expect(result.stderr).not.toContain(CLIENT_SECRET);
  });

  it('a non-JSON or malformed answer is an API error, not a crash', async () => {
    const { em, cli } = await loggedIn();
    em.failNext('GET', '/api/v1/workspaces/stats', { status: 200, body: { active: 'many' } });
    const result = await cli.run(['workspaces', 'stats']);
    expect(result.code).toBe(1);
    expect(errorOf(result)).toMatchObject({
      type: 'api',
      message: 'Unexpected response from the Airbyte platform on GET /api/v1/workspaces/stats: active_count: Invalid input: expected number, received undefined',
    });
  });
});
