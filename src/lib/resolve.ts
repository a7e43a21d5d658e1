import { isConnectorName } from '../connectors/index.js';
import { connectorType, resolveLocal } from './connection.js';
import type { Context } from './context.js';
import type { ConnectorDef } from './engine/types.js';
import { AacError } from './errors.js';
import type { Executor, ExecutorOptions } from './executor.js';
import { localExecutor } from './local-executor.js';
import { decideMode, type Mode, type ModeDecision } from './mode.js';

/** What a connector name means, before any credential is needed. */
export interface Target {
  name: string;
  /** The definition, for validating entity, action and params. */
  connector: ConnectorDef;
  decision: ModeDecision;
  /** The executor: local credentials, or the hosted connector on the platform, looked up only now. */
  open(opts: ExecutorOptions & { requireCredentials?: boolean }): Promise<Executor>;
}

/**
 * The one resolver of a connector name: a saved local or hosted connector, a connector type (run locally from
 * the environment, or hosted on the platform), or a hosted connector's platform name.
 */
type PlatformOpts = Pick<ExecutorOptions, 'apiUrl' | 'timeoutMs' | 'retries' | 'workspace'>;

export async function resolveTarget(ctx: Context, name: string, mode?: Mode, platform: PlatformOpts = {}): Promise<Target> {
  const store = ctx.existingStore();
  const saved = store?.connector(name);
  const isType = isConnectorName(name);
  const decision = decideMode(mode, store, ctx.env, { saved, savedName: name, isType });
  const savedNames = Object.keys(store?.connectors() ?? {});
  if (decision.mode === 'local') {
    const local = saved?.mode === 'local' ? saved : undefined;
    const connector = await connectorType(local?.type ?? name, savedNames);
    return {
      name,
      connector,
      decision,
      async open(opts) {
        const conn = await resolveLocal(local ? name : connector.name, local ? store : undefined, {
          env: ctx.env,
          dotenv: ctx.dotenv,
          requireCredentials: opts.requireCredentials,
        });
        for (const [field, source] of Object.entries(conn.sources)) ctx.debug?.(`credential ${field}: from ${source}`);
        return localExecutor(ctx, conn, opts);
      },
    };
  }
  // Loaded for platform mode only: a local run needs neither the platform client nor its schemas.
  const [{ platformClient }, { resolveHosted }] = await Promise.all([import('./platform/client.js'), import('./hosted-connectors.js')]);
  const client = (opts: PlatformOpts) => platformClient(ctx, { apiUrl: opts.apiUrl, timeoutMs: opts.timeoutMs, retries: opts.retries });
  const lookup = (opts: PlatformOpts) => resolveHosted(name, store, client(opts), { workspace: opts.workspace, env: ctx.env });
  // A name that is neither saved nor a type is a hosted connector's platform name: its type is known only from there.
  const known = saved || isType ? undefined : await lookup(platform);
  const connector = known?.connector ?? (await connectorType(saved?.type ?? name, savedNames));
  return {
    name,
    connector,
    decision,
    async open(opts) {
      if (opts.baseUrl) throw new AacError('usage', '--base-url applies to local mode only.', { hint: 'Drop it, or add --mode local.' });
      if (opts.intent && opts.intent.length > 512) throw new AacError('usage', `--intent is ${opts.intent.length} characters; the platform takes at most 512.`);
      const { hostedExecutor } = await import('./hosted-executor.js');
      const hosted = known ?? (await lookup(opts));
      return hostedExecutor(ctx, client(opts), hosted, opts);
    },
  };
}
