/**
 * aac as a library: the same connectors and engine the CLI uses.
 *
 *   const stripe = await connect('stripe', { credentials: { api_key: process.env.STRIPE_API_KEY } });
 *   const { data } = await stripe.execute('customers', 'list', { limit: 10 });
 *   for await (const customer of stripe.records('customers', 'list')) console.log(customer);
 *   const { stream } = await drive.download('files', 'download', { fileId });  // a Readable of the file's bytes
 */
import { chooseScheme } from './engine/auth.js';
import { download, type Download } from './engine/download.js';
import { execute, pages, resolveAction, validate, type Result } from './engine/index.js';
import type { z } from 'zod';
import type { ConnectorName, ConnectorTypes } from '../connectors/index.js';
import type { ConnectorDef } from './engine/types.js';
import { configValues, connectorType, valuesFromEnv } from './connection.js';
import { describe } from './describe.js';
import { agentTools, type AgentTool } from './mcp/agent-tools.js';
import { libraryContext } from './mcp/context.js';
import type { ToolOptions } from './mcp/tools.js';

export { basic, bearer, byId, defineConnector, defineEntities, field, headerKey, listAndGet, oauth2, paginate, queryKey } from '../connectors/kit.js';
export type * from './engine/types.js';
export { AacError, type ErrorType } from './errors.js';
export { connectorNames, loadConnector, type ConnectorName, type ConnectorTypes } from '../connectors/index.js';
export type { Result } from './engine/index.js';
export type { AgentTool } from './mcp/agent-tools.js';
export type { Download } from './engine/download.js';

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
  /** The file of a download action: a readable stream of its bytes, with its type and size when the server says. */
  download(entity: string, action: string, params?: Record<string, unknown>, signal?: AbortSignal): Promise<Download>;
  describe(entity?: string, action?: string): unknown;
}

type EntityName<C extends ConnectorDef> = keyof C['entities'] & string;
type ActionName<C extends ConnectorDef, E extends EntityName<C>> = keyof C['entities'][E]['actions'] & string;
/** What an action's params accept (zod input): none for an action without params. */
export type ParamsOf<A> = A extends { params?: infer P extends z.ZodType } ? z.input<P> : Record<string, never>;
type ActionParams<C extends ConnectorDef, E extends EntityName<C>, A extends ActionName<C, E>> = ParamsOf<C['entities'][E]['actions'][A]>;

/** A connector whose entity, action and param names are checked by the compiler. */
export interface TypedConnector<C extends ConnectorDef> {
  definition: C;
  execute<E extends EntityName<C>, A extends ActionName<C, E>>(
    entity: E,
    action: A,
    params?: ActionParams<C, E, A>,
    signal?: AbortSignal,
  ): Promise<Result>;
  records<E extends EntityName<C>, A extends ActionName<C, E>>(
    entity: E,
    action: A,
    params?: ActionParams<C, E, A>,
    signal?: AbortSignal,
  ): AsyncGenerator<unknown>;
  download<E extends EntityName<C>, A extends ActionName<C, E>>(entity: E, action: A, params?: ActionParams<C, E, A>, signal?: AbortSignal): Promise<Download>;
  describe<E extends EntityName<C>>(entity?: E, action?: ActionName<C, E>): unknown;
}

/** A connector type named by a literal is typed from its definition; any other name gets the untyped interface. */
export function connect<N extends ConnectorName>(name: N, opts?: ConnectOptions): Promise<TypedConnector<ConnectorTypes[N]>>;
export function connect(name: string, opts?: ConnectOptions): Promise<Connector>;
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
    input: { cwd: process.cwd() },
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
    async download(entity, action, params = {}, signal) {
      const ref = resolveAction(definition, entity, action);
      return download(ref, validate(ref, params), run(signal));
    },
    describe: (entity, action) => describe(definition, entity, action),
  };
}


export interface ToolsOptions extends ToolOptions {
  /** Where credentials come from, with `.env` of `cwd` under it (default: the process's environment and directory). */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** The config profile of saved connectors (default: AAC_PROFILE, else "default"). */
  profile?: string;
  signal?: AbortSignal;
  debug?: (line: string) => void;
}

/**
 * The MCP server's tools (list_connectors, list_entities, describe_entity, validate_operation, execute) for any agent
 * framework: name, description, JSON Schema input and an async handler.
 */
export function tools(opts: ToolsOptions = {}): AgentTool[] {
  const ctx = libraryContext({ env: opts.env ?? process.env, cwd: opts.cwd ?? process.cwd(), profile: opts.profile, signal: opts.signal, debug: opts.debug });
  return agentTools(ctx, opts);
}
