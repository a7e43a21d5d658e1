import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectorNames } from '../../src/connectors/index.js';
import stripeDef from '../../src/connectors/stripe/index.js';
import type { TestServer } from '../helpers/server.js';
import { aac, closedPort, errorLine, fakeStripe, KEY, stripe, stripeError } from '../helpers/stripe.js';

// Every test runs the real CLI in child processes, several times; leave room for a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

let server: TestServer;

afterEach(async () => {
  await server?.close();
});

const entities = Object.keys(stripeDef.entities);
const customerActions = Object.keys(stripeDef.entities.customers!.actions);
const fast = {};

interface ErrorBody {
  error: { type: string; message: string; status_code: number | null; retryable: boolean; hint: string | null; details?: unknown };
}

/** Every error on a non-TTY stderr is exactly one line holding one JSON object of the documented shape. */
function parseError(stderr: string): ErrorBody['error'] {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  const parsed = JSON.parse(stderr) as ErrorBody;
  expect(Object.keys(parsed)).toEqual(['error']);
  expect(Object.keys(parsed.error).slice(0, 5)).toEqual(['type', 'message', 'status_code', 'retryable', 'hint']);
  return parsed.error;
}

describe('unknown names (exit 4, did you mean, valid names, where to look)', () => {
  it('unknown connector', async () => {
    const r = await aac(['exec', 'strpe', 'customers', 'list'], { env: { STRIPE_API_KEY: KEY } });
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'usage',
        message: 'Unknown connector "strpe".',
        status_code: null,
        retryable: false,
        hint: `Did you mean "stripe"? Valid: ${connectorNames.join(', ')}. See \`aac connectors catalog\`.`,
      }),
    });
  });

  it('unknown connector with nothing close: no guess, still the valid names', async () => {
    const r = await aac(['exec', 'zzzzzzzz', 'customers', 'list']);
    expect(r.code).toBe(4);
    expect(parseError(r.stderr).hint).toBe(`Valid: ${connectorNames.join(', ')}. See \`aac connectors catalog\`.`);
  });

  it('unknown entity', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customer', 'list']);
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'usage',
        message: 'Unknown entity "customer" for stripe.',
        status_code: null,
        retryable: false,
        hint: `Did you mean "customers"? Valid: ${entities.join(', ')}. See \`aac describe stripe\`.`,
      }),
    });
    expect(server.requests).toHaveLength(0);
  });

  it('unknown action', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'lst']);
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'usage',
        message: 'Unknown action "lst" for stripe customers.',
        status_code: null,
        retryable: false,
        hint: `Did you mean "list"? Valid: ${customerActions.join(', ')}. See \`aac describe stripe customers\`.`,
      }),
    });
    expect(server.requests).toHaveLength(0);
  });

  it('an unknown entity or action is reported as such (exit 4) even without credentials', async () => {
    const entity = await aac(['exec', 'stripe', 'custmers', 'list']);
    expect(entity.code).toBe(4);
    expect(parseError(entity.stderr).message).toBe('Unknown entity "custmers" for stripe.');
    const action = await aac(['exec', 'stripe', 'customers', 'lits']);
    expect(action.code).toBe(4);
    expect(parseError(action.stderr).message).toBe('Unknown action "lits" for stripe customers.');
  });

  it('unknown command: exit 4 with a suggestion', async () => {
    const r = await aac(['exce', 'stripe', 'customers', 'list']);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    const error = parseError(r.stderr);
    expect(error).toMatchObject({ type: 'usage', message: 'Unknown command "exce".', status_code: null, retryable: false });
    expect(error.hint).toMatch(/^Did you mean `aac exec stripe customers list`\? Commands: .*\bconnectors create\b.*\bdescribe\b.*\bexec\b.*\. See `aac --help`\.$/);
  });

  it('unknown subcommand of a topic: exit 4 with a suggestion', async () => {
    const r = await aac(['connectors', 'craete', 'stripe']);
    expect(r.code).toBe(4);
    const error = parseError(r.stderr);
    expect(error.message).toBe('Unknown command "connectors craete".');
    expect(error.hint).toMatch(/^Did you mean `aac connectors create stripe`\? /);
  });

  it('unknown command with nothing close: exit 4 and the list of commands', async () => {
    const r = await aac(['frobnicate']);
    expect(r.code).toBe(4);
    const error = parseError(r.stderr);
    expect(error.message).toBe('Unknown command "frobnicate".');
    expect(error.hint).toMatch(/^Commands: .*\bexec\b.*\. See `aac --help`\.$/);
  });

  it('unknown flag (exit 4)', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--limit', '3']);
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'usage',
        message: 'Nonexistent flag: --limit',
        status_code: null,
        retryable: false,
        hint: 'Run the command with --help to see its usage.',
      }),
    });
    expect(server.requests).toHaveLength(0);
  });

  it('missing argument (exit 4)', async () => {
    const r = await aac(['exec', 'stripe', 'customers']);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(parseError(r.stderr)).toMatchObject({ type: 'usage', message: expect.stringMatching(/^Missing 1 required arg:\naction +Action, e\.g\. list/), hint: 'Run the command with --help to see its usage.' });
  });
});

describe('bad params (exit 4, each field listed, nothing sent)', () => {
  it('lists every failing field: unknown name with a suggestion, wrong type, out of range', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '-p', 'emial=a@b.co', '-p', 'limit=abc', '-p', 'created={"gte":"soon"}']);
    const details = [
      { param: 'emial', message: 'unknown parameter (did you mean "email"?)' },
      { param: 'limit', message: 'Invalid input: expected number, received string' },
      { param: 'created.gte', message: 'Invalid input: expected number, received string' },
    ];
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'validation',
        message: `Invalid parameters: ${details.map((d) => `${d.param}: ${d.message}`).join('; ')}.`,
        status_code: null,
        retryable: false,
        hint: 'See `aac describe stripe customers list` for the parameters.',
        details,
      }),
    });
    expect(server.requests).toHaveLength(0);
  });

  it('an unknown name with nothing close gets no guess', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'get', '-p', 'id=cus_1', '-p', 'zzzzzzzzzz=1']);
    expect(r.code).toBe(4);
    expect(parseError(r.stderr).details).toEqual([{ param: 'zzzzzzzzzz', message: 'unknown parameter' }]);
    expect(server.requests).toHaveLength(0);
  });

  it('missing required params and range checks', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['subscriptions', 'create', '-p', 'trial_period_days=1.5']);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    const error = parseError(r.stderr);
    expect(error.type).toBe('validation');
    expect(error.details).toEqual([
      { param: 'customer', message: 'Invalid input: expected string, received undefined' },
      { param: 'trial_period_days', message: 'Invalid input: expected int, received number' },
    ]);
    const big = await stripe(server, ['customers', 'list', '-p', 'limit=1000']);
    expect(big.code).toBe(4);
    expect(parseError(big.stderr).details).toEqual([{ param: 'limit', message: 'Too big: expected number to be <=100' }]);
    expect(server.requests).toHaveLength(0);
  });
});

describe('credentials (exit 2)', () => {
  it('missing credentials name STRIPE_API_KEY', async () => {
    const r = await aac(['exec', 'stripe', 'customers', 'list', '--base-url', 'http://127.0.0.1:9']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: errorLine({
        type: 'authentication',
        message: 'Missing api_key (STRIPE_API_KEY) for Stripe.',
        status_code: null,
        retryable: false,
        hint: 'Set STRIPE_API_KEY, or save it with `aac connectors create stripe --local`.',
        details: { missing: ['api_key'], variables: ['STRIPE_API_KEY'] },
      }),
    });
  });

  it('an empty STRIPE_API_KEY counts as missing', async () => {
    const r = await aac(['exec', 'stripe', 'customers', 'list'], { env: { STRIPE_API_KEY: '' } });
    expect(r.code).toBe(2);
    expect(parseError(r.stderr).hint).toContain('STRIPE_API_KEY');
  });

  it('a vendor 401 exits 2, not retried', async () => {
    server = await fakeStripe();
    const r = await aac(['exec', 'stripe', 'customers', 'list', '--base-url', server.url], { env: { STRIPE_API_KEY: 'sk_test_wrong_key_123' } });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: errorLine({
        type: 'authentication',
        message: 'Stripe API error (401): Invalid API Key provided: sk_test_****rint',
        status_code: 401,
        retryable: false,
        hint: 'Check the Stripe credentials (STRIPE_API_KEY) or the saved connector (`aac connectors list`).',
      }),
    });
    expect(server.requests).toHaveLength(1);
  });

  it('a vendor 403 exits 2', async () => {
    server = await fakeStripe(() => stripeError(403, 'This API key does not have access', 'permission_error'));
    const r = await stripe(server, ['customers', 'list']);
    expect(r.code).toBe(2);
    expect(parseError(r.stderr)).toMatchObject({ type: 'authentication', status_code: 403 });
  });

  it('a vendor error that echoes the key never shows it, in the message or the details', async () => {
    server = await fakeStripe(() => ({ status: 401, body: { error: { message: `Invalid API Key provided: ${KEY}`, key: KEY } } }));
    const r = await stripe(server, ['customers', 'list', '--debug']);
    expect(r.code).toBe(2);
    const error = parseError(r.stderr.split('\n').filter((l) => !l.startsWith('[debug]')).join('\n'));
    expect(error.message).toBe('Stripe API error (401): Invalid API Key provided: [REDACTED]');
    expect(error.details).toBeUndefined();
  });
});

describe('vendor errors', () => {
  it('404 exits 3', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'get', '-p', 'id=cus_missing']);
    expect(r).toEqual({
      code: 3,
      stdout: '',
      stderr: errorLine({
        type: 'not_found',
        message: "Stripe API error (404): No such customer: 'cus_missing'",
        status_code: 404,
        retryable: false,
        hint: 'Check the ids in your params; `aac describe stripe` lists the entities and actions.',
      }),
    });
    expect(server.requests).toHaveLength(1);
  });

  it('400 exits 4 and is not retried', async () => {
    server = await fakeStripe(() => stripeError(400, 'Invalid email address: nope'));
    const r = await stripe(server, ['customers', 'create', '-p', 'email=nope'], fast);
    expect(r).toEqual({
      code: 4,
      stdout: '',
      stderr: errorLine({
        type: 'validation',
        message: 'Stripe API error (400): Invalid email address: nope',
        status_code: 400,
        retryable: false,
        hint: null,
      }),
    });
    expect(server.requests).toHaveLength(1);
  });

  it('500 exits 1 after the default 3 retries', async () => {
    server = await fakeStripe(() => stripeError(500, 'Something went wrong', 'api_error'));
    const r = await stripe(server, ['customers', 'list'], fast);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: errorLine({
        type: 'api',
        message: 'Stripe API error (500): Something went wrong',
        status_code: 500,
        retryable: true,
        hint: 'The vendor had a server error; retries were exhausted. Try again later.',
      }),
    });
    expect(server.requests).toHaveLength(4);
  });

  it('--retries sets how often a 5xx is retried; a POST with its idempotency key is retried with the same key', async () => {
    server = await fakeStripe(() => ({ status: 502, headers: { 'content-type': 'text/html' }, body: '<html>Bad gateway</html>' }));
    const r = await stripe(server, ['customers', 'create', '-p', 'email=a@b.co', '--retries', '1'], fast);
    expect(r.code).toBe(1);
    expect(parseError(r.stderr)).toMatchObject({
      type: 'api',
      message: 'Stripe API error (502): <html>Bad gateway</html>',
      status_code: 502,
      retryable: true,
    });
    expect(server.requests).toHaveLength(2);
    const keys = server.requests.map((q) => q.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('a 500 that recovers on retry succeeds', async () => {
    let calls = 0;
    server = await fakeStripe(() => (++calls <= 2 ? stripeError(500, 'flaky', 'api_error') : undefined));
    const r = await stripe(server, ['customers', 'get', '-p', 'id=cus_1', '--fields', 'id'], fast);
    expect(r).toEqual({ code: 0, stdout: '{\n  "id": "cus_1"\n}\n', stderr: '' });
    expect(server.requests).toHaveLength(3);
  });

  it('429 exits 1 as rate_limited after honouring Retry-After', async () => {
    server = await fakeStripe(() => ({ status: 429, headers: { 'retry-after': '0' }, body: { error: { message: 'Too many requests' } } }));
    const r = await stripe(server, ['customers', 'list', '--retries', '2'], fast);
    expect(r.code).toBe(1);
    expect(parseError(r.stderr)).toMatchObject({
      type: 'rate_limited',
      message: 'Stripe API error (429): Too many requests',
      status_code: 429,
      retryable: true,
      hint: 'Rate limited by the vendor; retries were exhausted. Wait and try again.',
    });
    expect(server.requests).toHaveLength(3);
  });

  it('connection refused exits 1 as a network error', async () => {
    const url = await closedPort();
    const r = await stripe(url, ['customers', 'list'], fast);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: errorLine({
        type: 'network',
        message: `Network error on GET ${url}/v1/customers: ECONNREFUSED`,
        status_code: null,
        retryable: true,
        hint: 'Check your connection and the server URL (--base-url), then retry.',
      }),
    });
  });

  it('--json gives the same one-line JSON error', async () => {
    server = await fakeStripe();
    const plain = await stripe(server, ['customers', 'get', '-p', 'id=cus_nope']);
    const json = await stripe(server, ['customers', 'get', '-p', 'id=cus_nope', '--json']);
    expect(json).toEqual(plain);
    expect(json.code).toBe(3);
  });
});
