import { Args } from '@oclif/core';
import { adminContext, type AdminContext } from './lib/connector-admin.js';
import { PlatformCommand, workspaceFlag } from './platform-command.js';

/** A command on one connector named by its saved name, hosted connector name, or hosted connector id. */
export abstract class ConnectorCommand extends PlatformCommand {
  static override args = {
    name: Args.string({ description: 'Saved name, hosted connector name, or hosted connector id.', required: true }),
  };

  static override flags = { workspace: workspaceFlag };

  protected context(flags: { 'api-url'?: string; workspace?: string }): AdminContext {
    return adminContext(this.store(), () => this.platform(flags), { workspace: flags.workspace, debug: this.globalFlags.debug ? this.debugLog : undefined });
  }
}
