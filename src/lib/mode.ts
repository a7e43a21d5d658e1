import type { Store } from './config/store.js';
import type { SavedConnector } from './config/schema.js';
import type { Context, Env } from './context.js';
import { AacError } from './errors.js';
import { platformCredentials } from './platform/credentials.js';
import { LOGIN_HINT } from './platform/errors.js';

export type Mode = 'local' | 'platform';
export const MODES: readonly Mode[] = ['local', 'platform'];

export interface ModeDecision {
  mode: Mode;
  /** Why this mode was chosen, for the one-line note and `--debug`. */
  reason: string;
}

export interface ModeInput {
  saved?: SavedConnector;
  savedName?: string;
  /** The name is also a connector type, so it can always run locally from the environment. */
  isType?: boolean;
}

/**
 * The documented mode detection: `--mode` wins; a saved connector runs where it was saved; otherwise platform
 * mode when platform credentials are present (`aac login`, or AIRBYTE_CLIENT_ID + AIRBYTE_CLIENT_SECRET), else local.
 * A saved hosted connector named like its type never blocks local use of that type.
 */
export function decideMode(flag: Mode | undefined, store: Store | undefined, env: Env, opts: ModeInput = {}): ModeDecision {
  const credentials = platformCredentials(store, env);
  const hosted = opts.saved?.mode === 'hosted';
  if (flag === 'platform' && !credentials) {
    throw new AacError('authentication', 'Platform mode needs Airbyte platform credentials.', { hint: LOGIN_HINT });
  }
  if (flag === 'local' && hosted && !opts.isType) {
    throw new AacError('usage', `"${opts.savedName}" is a hosted connector; it runs in platform mode only.`, {
      hint: `Drop --mode local, or save a local one with \`aac connectors create ${opts.saved!.type} --local --name <name>\`.`,
    });
  }
  if (flag) return { mode: flag, reason: `--mode ${flag}` };
  if (hosted && (credentials || !opts.isType)) return { mode: 'platform', reason: `"${opts.savedName}" is a saved hosted connector` };
  if (opts.saved?.mode === 'local') return { mode: 'local', reason: `"${opts.savedName}" is a saved local connector` };
  if (!credentials) return { mode: 'local', reason: 'no platform credentials' };
  return {
    mode: 'platform',
    reason: credentials.source === 'env' ? 'AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET are set' : 'logged in with `aac login`',
  };
}

/** The note naming the mode that ran: on stderr, only on a TTY; always in the `--debug` log. */
export function reportMode(decision: ModeDecision, ctx: Pick<Context, 'debug' | 'note'>): void {
  if (ctx.debug) ctx.debug(`mode: ${decision.mode} (${decision.reason})`);
  else ctx.note(`Mode: ${decision.mode} (${decision.reason})`);
}
