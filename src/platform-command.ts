import { Flags } from '@oclif/core';
import { BaseCommand } from './base-command.js';
import { waitingSpinner } from './lib/output/spinner.js';
import { platformClient, type PlatformClient } from './lib/platform/client.js';
import { resolveWorkspace, type ResolvedWorkspace } from './lib/platform/workspaces.js';

export const apiUrlFlag = Flags.string({
  description: 'Airbyte platform API URL (default: AAC_PLATFORM_URL, else the URL of your login, else https://api.airbyte.ai).',
  helpGroup: 'PLATFORM',
});

export const workspaceFlag = Flags.string({
  description: 'Workspace name or id (default: AAC_WORKSPACE, else the one saved with `aac workspaces use`, else the only one).',
  helpGroup: 'PLATFORM',
});

export const modeFlag = Flags.string({
  description: 'local or platform (default: platform when platform credentials are present: `aac login`, or AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET).',
  options: ['local', 'platform'],
});

export const timeoutFlag = Flags.integer({ description: 'Seconds to wait for each HTTP request.', default: 30, min: 1 });

/** A command that talks to the Airbyte platform: owns --api-url, --timeout and the platform client. */
export abstract class PlatformCommand<T = unknown> extends BaseCommand<T> {
  static override baseFlags = { ...BaseCommand.baseFlags, 'api-url': apiUrlFlag, timeout: timeoutFlag };

  /** A spinner on stderr while platform calls are in flight; off for commands that report their own steps. */
  protected static waitSpinner = true;

  private clientCache?: PlatformClient;

  protected override async init(): Promise<void> {
    await super.init();
    const io = this.ctx.io;
    if ((this.ctor as typeof PlatformCommand).waitSpinner && io.stderrTTY && !this.ctx.env.CI && !this.jsonEnabled()) {
      this.ctx.waiting = waitingSpinner(io.stderr);
    }
  }

  protected platform(flags: { 'api-url'?: string; timeout?: number }): PlatformClient {
    this.clientCache ??= platformClient(this.ctx, { apiUrl: flags['api-url'], timeoutMs: flags.timeout === undefined ? undefined : flags.timeout * 1000 });
    return this.clientCache;
  }

  protected workspace(flags: { 'api-url'?: string; timeout?: number; workspace?: string }): Promise<ResolvedWorkspace> {
    return resolveWorkspace(this.platform(flags), this.ctx, { flag: flags.workspace });
  }
}
