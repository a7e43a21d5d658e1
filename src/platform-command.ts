import { Flags } from '@oclif/core';
import { BaseCommand } from './base-command.js';
import { PlatformClient } from './lib/platform/client.js';
import { resolveWorkspace, type ResolvedWorkspace } from './lib/platform/workspaces.js';

export const apiUrlFlag = Flags.string({
  description: 'Airbyte platform API URL.',
  env: 'AAC_PLATFORM_URL',
  default: undefined,
  helpGroup: 'PLATFORM',
});

export const workspaceFlag = Flags.string({
  description: 'Workspace name or id (default: the one saved with `aac workspaces use`, or the only one).',
  env: 'AAC_WORKSPACE',
  helpGroup: 'PLATFORM',
});

export const modeFlag = Flags.string({
  description: 'local or platform (default: platform when platform credentials are present: `aac login`, or AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET).',
  options: ['local', 'platform'],
});

/** A command that talks to the Airbyte platform: owns --api-url and the platform client. */
export abstract class PlatformCommand extends BaseCommand {
  static override baseFlags = { ...BaseCommand.baseFlags, 'api-url': apiUrlFlag };

  private clientCache?: PlatformClient;

  protected platform(flags: { 'api-url'?: string }): PlatformClient {
    this.clientCache ??= new PlatformClient({
      store: this.store(),
      apiUrl: flags['api-url'],
      debug: this.globalFlags.debug ? this.debugLog : undefined,
    });
    return this.clientCache;
  }

  protected workspace(flags: { 'api-url'?: string; workspace?: string }): Promise<ResolvedWorkspace> {
    return resolveWorkspace(this.platform(flags), this.store(), { flag: flags.workspace, interactive: this.interactive });
  }

  /** JSON on stdout with --json or when stdout is not a terminal; human text otherwise. */
  protected get jsonOutput(): boolean {
    return this.globalFlags.json || !process.stdout.isTTY;
  }
}
