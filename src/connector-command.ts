import { Args } from '@oclif/core';
import type { AdminOptions } from './lib/connector-admin.js';
import { PlatformCommand, workspaceFlag } from './platform-command.js';

/** A command on one connector named by its saved name, hosted connector name, or hosted connector id. */
export abstract class ConnectorCommand<T = unknown> extends PlatformCommand<T> {
  static override args = {
    name: Args.string({ description: 'Saved name, hosted connector name, or hosted connector id.', required: true }),
  };

  static override flags = { workspace: workspaceFlag };

  protected admin(flags: { 'api-url'?: string; timeout?: number; workspace?: string }): AdminOptions {
    return { client: () => this.platform(flags), workspace: flags.workspace };
  }
}
