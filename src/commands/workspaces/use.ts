import { Args } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { findWorkspace, saveDefaultWorkspace, type WorkspaceRef } from '../../lib/platform/workspaces.js';

export default class WorkspacesUse extends PlatformCommand<{ workspace: WorkspaceRef }> {
  static override summary = 'Set the default workspace for platform commands.';
  static override description = 'Saved with your login. --workspace and AAC_WORKSPACE still override it for one command.';
  static override examples = ['<%= config.bin %> workspaces use acme'];

  static override args = {
    workspace: Args.string({ description: 'Workspace name or id.', required: true }),
  };


  async run(): Promise<{ workspace: WorkspaceRef }> {
    const { args, flags } = await this.parse(WorkspacesUse);
    const client = this.platform(flags);
    const ws = await findWorkspace(client, args.workspace);
    await saveDefaultWorkspace(this.ctx.store(), client, ws);
    return { workspace: { id: ws.id, name: ws.name } };
  }

  protected override human({ workspace }: { workspace: WorkspaceRef }): string {
    return `Default workspace: ${workspace.name} (${workspace.id}).\n`;
  }
}
