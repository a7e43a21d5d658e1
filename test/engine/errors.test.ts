import { describe, expect, it } from 'vitest';
import { execute } from '../../src/lib/engine/index.js';
import { vendorMessage } from '../../src/lib/engine/response.js';
import type { ActionDef, ConnectorDef } from '../../src/lib/engine/types.js';
import { AacError, errorFromStatus } from '../../src/lib/errors.js';
import { connectorWith, failure, ref, runOpts, useServers } from './fixtures.js';

const serve = useServers();
const act = (def: ActionDef, extra: Partial<ConnectorDef> = {}) => ref(connectorWith({ go: def }, extra), 'go');
const get = act({ route: 'GET /things/{id}' });

describe('status → error type', () => {
  it.each([
    [400, 'validation', false, 4],
    [401, 'authentication', false, 2],
    [403, 'authentication', false, 2],
    [404, 'not_found', false, 3],
    [409, 'api', false, 1],
    [422, 'validation', false, 4],
    [429, 'rate_limited', true, 1],
    [500, 'api', true, 1],
    [501, 'api', true, 1],
    [503, 'api', true, 1],
  ] as const)('%i → %s (retryable %s, exit %i)', (status, type, retryable, exit) => {
    const err = errorFromStatus(status, 'm');
    expect(err).toMatchObject({ type, retryable, statusCode: status });
    expect(err.exitCode).toBe(exit);
  });

  it('renders the documented JSON shape', () => {
    const err = new AacError('not_found', 'gone', { statusCode: 404, hint: 'h' });
    expect(err.toJSON()).toEqual({ error: { type: 'not_found', message: 'gone', status_code: 404, retryable: false, hint: 'h' } });
  });
});

describe('vendor error messages over HTTP', () => {
  it.each([
    ['Stripe error.message', { error: { type: 'invalid_request_error', message: 'No such customer: cus_1' } }, 'No such customer: cus_1'],
    ['GitHub message', { message: 'Not Found', documentation_url: 'https://docs' }, 'Not Found'],
    ['OAuth error_description', { error: 'invalid_grant', error_description: 'Bad grant' }, 'Bad grant'],
    ['Slack-style error code', { ok: false, error: 'channel_not_found' }, 'channel_not_found'],
    ['JSON:API errors[].detail', { errors: [{ status: '404', detail: 'Record missing' }] }, 'Record missing'],
    ['errors[].message', { errors: [{ message: 'first' }, { message: 'second' }] }, 'first'],
    ['errors as strings', { errors: ['plain string'] }, 'plain string'],
    ['Jira errorMessages', { errorMessages: ['Issue does not exist', 'or no permission'] }, 'Issue does not exist; or no permission'],
    ['problem+json title', { title: 'Gone', status: 404 }, 'Gone'],
  ])('%s', async (_, body, message) => {
    const s = await serve(() => ({ status: 404, body }));
    const err = await failure(execute(get, { id: 'x' }, runOpts(s.url)));
    expect(err.message).toBe(`Test API API error (404): ${message}`);
    expect(err.type).toBe('not_found');
    expect(err.statusCode).toBe(404);
    expect(err.hint).toContain('aac describe testapi');
  });

  it('a plain-text or empty error body', async () => {
    const s = await serve((req) =>
      req.path === '/things/text'
        ? { status: 409, headers: { 'content-type': 'text/plain' }, body: '  Conflict: already exists \n' }
        : { status: 409, body: '' },
    );
    expect((await failure(execute(get, { id: 'text' }, runOpts(s.url)))).message).toBe('Test API API error (409): Conflict: already exists');
    expect((await failure(execute(get, { id: 'empty' }, runOpts(s.url)))).message).toBe('Test API API error (409): HTTP 409');
  });

  it('vendorMessage ignores non-string candidates', () => {
    expect(vendorMessage({ error: { code: 5 }, message: 42 })).toBeUndefined();
    expect(vendorMessage(null)).toBeUndefined();
  });

  it('a 401 says which credentials to check, by environment variable', async () => {
    const s = await serve(() => ({ status: 401, body: { message: 'Bad credentials' } }));
    const err = await failure(execute(get, { id: 'x' }, runOpts(s.url)));
    expect(err).toMatchObject({ type: 'authentication', statusCode: 401, message: 'Test API API error (401): Bad credentials' });
    expect(err.hint).toContain('TESTAPI_TOKEN');
  });

  it('a successful non-JSON body is a bad_response error (exit 1); a 204 is null', async () => {
    const s = await serve((req) => (req.path === '/things/csv' ? { headers: { 'content-type': 'text/csv' }, body: 'a,b\n1,2\n' } : { status: 204 }));
    const err = await failure(execute(get, { id: 'csv' }, runOpts(s.url, { http: { retries: 0 } })));
    expect(err).toMatchObject({ type: 'bad_response', exitCode: 1, statusCode: 200 });
    expect(err.message).toContain('text/csv');
    expect((await execute(get, { id: 'none' }, runOpts(s.url))).data).toBeNull();
  });
});

describe('errors inside HTTP 200 bodies', () => {
  const slackish = { errorCheck: { field: 'ok', equals: false, message: 'error' } };
  const list = act({ route: 'GET /conversations.list', records: 'channels' }, slackish);

  it.each([
    ['channel_not_found', 'not_found', 3],
    ['invalid_auth', 'authentication', 2],
    ['not_authed', 'authentication', 2],
    ['token_revoked', 'authentication', 2],
    ['missing_scope', 'authentication', 2],
    ['ratelimited', 'rate_limited', 1],
    ['invalid_cursor', 'api', 1],
  ] as const)('errorCheck ok:false with %s → %s', async (code, type, exit) => {
    const s = await serve(() => ({ body: { ok: false, error: code } }));
    const err = await failure(execute(list, {}, runOpts(s.url)));
    expect(err.type).toBe(type);
    expect(err.exitCode).toBe(exit);
    expect(err.statusCode).toBe(200);
    expect(err.message).toBe(`Test API API error: ${code}`);
    expect(err.retryable).toBe(type === 'rate_limited');
    if (type === 'authentication') expect(err.hint).toContain('TESTAPI_TOKEN');
  });

  it('errorCheck passes a body with ok:true', async () => {
    const s = await serve(() => ({ body: { ok: true, channels: [{ id: 'C1' }] } }));
    expect((await execute(list, {}, runOpts(s.url))).data).toEqual([{ id: 'C1' }]);
  });

  it('errorCheck without a message field still fails', async () => {
    const s = await serve(() => ({ body: { ok: false } }));
    expect((await failure(execute(list, {}, runOpts(s.url)))).message).toBe('Test API API error: unknown_error');
  });

  const gql = act({
    route: 'POST /graphql',
    graphql: { query: 'query($owner: String!) { repository(owner: $owner) { id } }', variables: { owner: 'owner' } },
    records: 'data.repository',
  });

  it('GraphQL errors with type NOT_FOUND → not_found', async () => {
    const s = await serve(() => ({
      body: { data: { repository: null }, errors: [{ type: 'NOT_FOUND', path: ['repository'], message: "Could not resolve to a Repository with the name 'x/y'." }] },
    }));
    const err = await failure(execute(gql, { owner: 'x' }, runOpts(s.url)));
    expect(err.type).toBe('not_found');
    expect(err.exitCode).toBe(3);
    expect(err.statusCode).toBe(200);
    expect(err.message).toBe("Test API API error: Could not resolve to a Repository with the name 'x/y'.");
  });

  it('GraphQL errors without data, joined, and without a type → api', async () => {
    const s = await serve(() => ({ body: { errors: [{ message: 'Field a missing' }, { message: 'Field b missing' }] } }));
    const err = await failure(execute(gql, { owner: 'x' }, runOpts(s.url)));
    expect(err.type).toBe('api');
    expect(err.message).toBe('Test API API error: Field a missing; Field b missing');
  });

  it('GraphQL FORBIDDEN → authentication', async () => {
    const s = await serve(() => ({ body: { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] } }));
    expect((await failure(execute(gql, { owner: 'x' }, runOpts(s.url)))).type).toBe('authentication');
  });

  it('GraphQL partial errors next to data are not fatal', async () => {
    const s = await serve(() => ({ body: { data: { repository: { id: 'R' } }, errors: [{ message: 'some field was null' }] } }));
    expect((await execute(gql, { owner: 'x' }, runOpts(s.url))).data).toEqual({ id: 'R' });
  });

  it('a missing records path is a bad_response error for lists and single records alike', async () => {
    const s = await serve(() => ({ body: { something: 'else' } }));
    const listAction = ref(connectorWith({ list: { route: 'GET /things', records: 'data' } }));
    const opts = runOpts(s.url, { http: { retries: 0 } });
    expect(await failure(execute(listAction, {}, opts))).toMatchObject({ type: 'bad_response', message: expect.stringContaining('"data"') });
    expect(await failure(execute(act({ route: 'GET /things/{id}', records: 'data' }), { id: 'a' }, opts))).toMatchObject({ type: 'bad_response' });
    expect(s.requests).toHaveLength(2);
  });
});
