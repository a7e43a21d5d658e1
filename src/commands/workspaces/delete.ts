import { Args, Flags } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { confirmOrRefuse } from '../../lib/confirm.js';
import { findWorkspace, syncDefaultWorkspace } from '../../lib/platform/workspaces.js';

interface DeletedWorkspace {
  id: string;
  name: string;
  deleted_at: unknown;
}

export default class WorkspacesDelete extends PlatformCommand<DeletedWorkspace> {
  static override summary = 'Delete a workspace.';
  static override examples = ['<%= config.bin %> workspaces delete old-tenant --yes'];

  static override args = {
    workspace: Args.string({ description: 'Workspace name or id.', required: true }),
  };

  static override flags = {
    yes: Flags.boolean({ char: 'y', description: 'Do not ask for confirmation (required without a TTY).' }),
  };


  async run(): Promise<DeletedWorkspace> {
    const { args, flags } = await this.parse(WorkspacesDelete);
    const client = this.platform(flags);
    const ws = await findWorkspace(client, args.workspace);
    await confirmOrRefuse(this.ctx, {
      yes: flags.yes,
      question: `Delete the workspace "${ws.name}" (${ws.id})?`,
      refusal: `Refusing to delete the workspace "${ws.name}" without confirmation.`,
    });
    const deleted = await client.workspaces.delete(ws.id);
    await syncDefaultWorkspace(this.ctx.store(), client, ws.id, null);
    return { id: deleted.id, name: ws.name, deleted_at: deleted.deleted_at };
  }

  protected override human(deleted: DeletedWorkspace): string {
    return `Deleted the workspace "${deleted.name}" (${deleted.id}).\n`;
  }
}
