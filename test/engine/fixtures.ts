import { afterEach, expect } from 'vitest';
import { bearer, defineConnector } from '../../src/connectors/kit.js';
import { resolveAction, pages, type ActionRef, type RunOptions } from '../../src/lib/engine/index.js';
import type { ConnectorDef } from '../../src/lib/engine/types.js';
import { AacError } from '../../src/lib/errors.js';
import { startServer, type Handler, type TestServer } from '../helpers/server.js';

export const TOKEN = 'tok_engine_secret_123';

/** Starts loopback servers that are closed after each test. */
export function useServers(): (handler: Handler) => Promise<TestServer> {
  const open: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  return async (handler) => {
    const server = await startServer(handler);
    open.push(server);
    return server;
  };
}

/** A one-entity connector with bearer auth whose `things` actions are given by the test. */
export function connectorWith(actions: ConnectorDef['entities'][string]['actions'], extra: Partial<ConnectorDef> = {}): ConnectorDef {
  return defineConnector({
    name: 'testapi',
    title: 'Test API',
    definitionId: '00000000-0000-0000-0000-000000000000',
    server: 'https://api.invalid',
    auth: { token: bearer({ field: 'api_token', env: 'TESTAPI_TOKEN', scheme: { title: 'Token' } }) },
    entities: { things: { actions } },
    ...extra,
  });
}

export function ref(connector: ConnectorDef, action = 'list', entity = 'things'): ActionRef {
  return resolveAction(connector, entity, action);
}

/** Run options pointed at `baseUrl`, fast retries, with a debug log collected into `log`. */
export function runOpts(baseUrl: string | undefined, overrides: Partial<RunOptions> = {}, log: string[] = []): RunOptions {
  return {
    config: {},
    auth: { scheme: 'token', values: { api_token: TOKEN } },
    baseUrl,
    ...overrides,
    http: { retryBaseMs: 1, timeoutMs: 5_000, debug: (line) => log.push(line), ...overrides.http },
  };
}

export async function allRecords(r: ActionRef, params: Record<string, unknown>, opts: RunOptions): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const page of pages(r, params, opts)) out.push(...page.records);
  return out;
}

/** Awaits a promise that must reject with an AacError and returns it. */
export async function failure(promise: Promise<unknown>): Promise<AacError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(AacError);
    return err as AacError;
  }
  throw new Error('expected the promise to reject');
}

/** Walks every page, keeping the records yielded before an error and the error itself. */
export async function collect(r: ActionRef, params: Record<string, unknown>, opts: RunOptions): Promise<{ records: unknown[]; error?: AacError }> {
  const records: unknown[] = [];
  try {
    for await (const page of pages(r, params, opts)) records.push(...page.records);
  } catch (err) {
    expect(err).toBeInstanceOf(AacError);
    return { records, error: err as AacError };
  }
  return { records };
}
