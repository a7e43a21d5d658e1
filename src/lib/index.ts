/**
 * aac as a library: the same connectors and engine the CLI uses.
 *
 *   const stripe = await connect('stripe', { credentials: { api_key: process.env.STRIPE_API_KEY } });
 *   const { data } = await stripe.execute('customers', 'list', { limit: 10 });
 *   for await (const customer of stripe.records('customers', 'list')) console.log(customer);
 */
import { chooseScheme } from './engine/auth.js';
import { execute, pages, resolveAction, validate, type Result } from './engine/index.js';
import type { ConnectorDef } from './engine/types.js';
import { configValues, connectorType, valuesFromEnv } from './connection.js';
import { describe } from './describe.js';

export { basic, bearer, byId, defineConnector, defineEntities, field, headerKey, listAndGet, oauth2, paginate, queryKey } from '../connectors/kit.js';
export type * from './engine/types.js';
export { AacError, type ErrorType } from './errors.js';
export { connectorNames, loadConnector } from '../connectors/index.js';
export type { Result } from './engine/index.js';

export interface ConnectOptions {
  /** Auth and settings fields by name (see `describe()`); missing ones are read from `env`. */
  credentials?: Record<string, string | undefined>;
  env?: NodeJS.ProcessEnv;
  /** Auth scheme to use when several are satisfied. */
  scheme?: string;
  baseUrl?: string;
  timeoutMs?: number;
  retries?: number;
  debug?: (line: string) => void;
  /** Called with the new credentials after an OAuth2 refresh, to persist them. */
  onCredentialsUpdate?: (values: Record<string, string>) => void | Promise<void>;
}

export interface Connector {
  definition: ConnectorDef;
  /** One request: the records of one page for a list, or one object. Params are validated first. */
  execute(entity: string, action: string, params?: Record<string, unknown>, signal?: AbortSignal): Promise<Result>;
  /** Every record of a list, following pagination lazily. */
  records(entity: string, action: string, params?: Record<string, unknown>, signal?: AbortSignal): AsyncGenerator<unknown>;
  describe(entity?: string, action?: string): unknown;
}

export async function connect(name: string, opts: ConnectOptions = {}): Promise<Connector> {
  const definition = await connectorType(name);
  const given = Object.fromEntries(Object.entries(opts.credentials ?? {}).filter((e): e is [string, string] => e[1] !== undefined));
  const values = { ...valuesFromEnv(definition, opts.env ?? process.env), ...given };
  const auth = { scheme: chooseScheme(definition, values, opts.scheme), values, onUpdate: opts.onCredentialsUpdate };
  const config = configValues(definition, values);
  const run = (signal?: AbortSignal) => ({
    config,
    auth,
    baseUrl: opts.baseUrl,
    http: { timeoutMs: opts.timeoutMs, retries: opts.retries, debug: opts.debug, signal },
  });
  return {
    definition,
    async execute(entity, action, params = {}, signal) {
      const ref = resolveAction(definition, entity, action);
      return execute(ref, validate(ref, params), run(signal));
    },
    async *records(entity, action, params = {}, signal) {
      const ref = resolveAction(definition, entity, action);
      for await (const page of pages(ref, validate(ref, params), run(signal))) yield* page.records;
    },
    describe: (entity, action) => describe(definition, entity, action),
  };
}

