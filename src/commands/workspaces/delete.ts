import { Args, Flags } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { confirmOrRefuse } from '../../lib/confirm.js';
import { findWorkspace, syncDefaultWorkspace } from '../../lib/platform/workspaces.js';
import { json } from '../../lib/output/write.js';

export default class WorkspacesDelete extends PlatformCommand {
  static override summary = 'Delete a workspace.';
  static override examples = ['<%= config.bin %> workspaces delete old-tenant --yes'];

  static override args = {
    workspace: Args.string({ description: 'Workspace name or id.', required: true }),
  };

  static override flags = {
    yes: Flags.boolean({ char: 'y', description: 'Do not ask for confirmation (required without a TTY).' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(WorkspacesDelete);
    this.useGlobals(flags);
    const client = this.platform(flags);
    const ws = await findWorkspace(client, args.workspace);
    await confirmOrRefuse({
      yes: flags.yes,
      interactive: this.interactive,
      question: `Delete the workspace "${ws.name}" (${ws.id})?`,
      refusal: `Refusing to delete the workspace "${ws.name}" without confirmation.`,
    });
    const deleted = await client.workspaces.delete(ws.id);
    await syncDefaultWorkspace(this.store(), client, ws.id, null);
    if (this.jsonOutput) return this.out(json({ id: deleted.id, name: ws.name, deleted_at: deleted.deleted_at }));
    return this.out(`Deleted the workspace "${ws.name}" (${ws.id}).\n`);
  }
}
