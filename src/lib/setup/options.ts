import type { Context } from '../context.js';
import type { CollectedCredentials } from '../local-connectors.js';
import type { Mode } from '../mode.js';
import type { Progress } from '../output/progress.js';
import type { Prompter } from '../io/prompter.js';

export interface SetupOptions {
  connector?: string;
  mode?: Mode;
  /** Questions may be asked: a TTY, CI unset, and no --yes. */
  interactive: boolean;
  apiUrl?: string;
  clientId?: string;
  clientSecretStdin?: boolean;
  organizationId?: string;
  workspace?: string;
  templateName?: string;
  name?: string;
  scheme?: string;
  authFile?: string;
  authStdin?: boolean;
  oauthSecretId?: string;
  verifyEntity?: string;
  /** false with --no-verify. */
  verify: boolean;
  /** true/false with --write-env/--no-write-env; undefined: ask on a TTY, else do not write. */
  writeEnv?: boolean;
  envFile: string;
}

/** What each step found or did; printed at the end (JSON with --json or when piped). */
export interface SetupSummary {
  mode: Mode;
  platform?: { credentials: 'env' | 'login'; organization_id: string | null };
  workspace?: { id: string; name: string; source: string };
  template?: { id: string; name: string; status: 'created' | 'exists' };
  connector: { name: string; type: string; mode: 'local' | 'hosted'; status: 'created' | 'existing'; id?: string; workspace?: string };
  verify: { entity: string; action: string; records: number } | { skipped: string };
  env_file?: { path: string; status: 'created' | 'updated' | 'unchanged'; gitignore: 'created' | 'updated' | 'unchanged' };
}

/** Shared by the steps of one run. */
export interface StepContext {
  context: Context;
  opts: SetupOptions;
  ask: Prompter;
  progress: Progress;
  /** Connector credentials gathered up front (non-interactive runs), or by the connector step. */
  collected?: CollectedCredentials;
}
