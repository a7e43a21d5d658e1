import { Args } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { findWorkspace, saveDefaultWorkspace } from '../../lib/platform/workspaces.js';
import { json } from '../../lib/output/write.js';

export default class WorkspacesUse extends PlatformCommand {
  static override summary = 'Set the default workspace for platform commands.';
  static override description = 'Saved with your login. --workspace and AAC_WORKSPACE still override it for one command.';
  static override examples = ['<%= config.bin %> workspaces use acme'];

  static override args = {
    workspace: Args.string({ description: 'Workspace name or id.', required: true }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(WorkspacesUse);
    this.useGlobals(flags);
    const client = this.platform(flags);
    const ws = await findWorkspace(client, args.workspace);
    await saveDefaultWorkspace(this.store(), client, ws);
    if (this.jsonOutput) return this.out(json({ workspace: { id: ws.id, name: ws.name } }));
    return this.out(`Default workspace: ${ws.name} (${ws.id}).\n`);
  }
}
