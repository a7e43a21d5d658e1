import { BaseCommand } from './base-command.js';
import { showWaiting } from './command-run.js';
import { oclifFlag, oclifFlags } from './flags/oclif.js';
import { modeFlagSpec, platformFlagSpecs, workspaceFlagSpec } from './flags/specs.js';
import { platformClient, type PlatformClient } from './lib/platform/client.js';
import { resolveWorkspace, type ResolvedWorkspace } from './lib/platform/workspaces.js';

export const workspaceFlag = oclifFlag(workspaceFlagSpec);
export const modeFlag = oclifFlag(modeFlagSpec);

/** A command that talks to the Airbyte platform: owns --api-url, --timeout and the platform client. */
export abstract class PlatformCommand<T = unknown> extends BaseCommand<T> {
  static override baseFlags = { ...BaseCommand.baseFlags, ...oclifFlags(platformFlagSpecs) };

  /** A spinner on stderr while platform calls are in flight; off for commands that report their own steps. */
  protected static waitSpinner = true;

  private clientCache?: PlatformClient;

  protected override async init(): Promise<void> {
    await super.init();
    if ((this.ctor as typeof PlatformCommand).waitSpinner) showWaiting(this.ctx, this.jsonEnabled());
  }

  protected platform(flags: { 'api-url'?: string; timeout?: number }): PlatformClient {
    this.clientCache ??= platformClient(this.ctx, { apiUrl: flags['api-url'], timeoutMs: flags.timeout === undefined ? undefined : flags.timeout * 1000 });
    return this.clientCache;
  }

  protected workspace(flags: { 'api-url'?: string; timeout?: number; workspace?: string }): Promise<ResolvedWorkspace> {
    return resolveWorkspace(this.platform(flags), this.ctx, { flag: flags.workspace });
  }
}
