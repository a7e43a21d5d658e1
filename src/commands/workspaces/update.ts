import { Args, Flags } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { AacError } from '../../lib/errors.js';
import { findWorkspace, syncDefaultWorkspace } from '../../lib/platform/workspaces.js';
import type { Workspace, WorkspaceUpdateRequest } from '../../lib/platform/schemas.js';
import { renderRecord } from '../../lib/output/record.js';

export default class WorkspacesUpdate extends PlatformCommand<Workspace> {
  static override summary = "Rename a workspace, change its status, or switch its Context Store cache.";
  static override description = 'Setting the status to inactive disables every active connection of the workspace.';
  static override examples = [
    '<%= config.bin %> workspaces update acme --name acme-prod',
    '<%= config.bin %> workspaces update acme --status inactive',
    '<%= config.bin %> workspaces update acme --cache',
  ];

  static override args = {
    workspace: Args.string({ description: 'Workspace name or id.', required: true }),
  };

  static override flags = {
    name: Flags.string({ description: 'New name.' }),
    status: Flags.string({ description: 'New status.', options: ['active', 'inactive'] }),
    cache: Flags.boolean({ description: 'Enable (--cache) or disable (--no-cache) Context Store caching.', allowNo: true }),
  };


  async run(): Promise<Workspace> {
    const { args, flags } = await this.parse(WorkspacesUpdate);
    const body: WorkspaceUpdateRequest = {};
    if (flags.name !== undefined) body.name = flags.name;
    if (flags.status !== undefined) body.status = flags.status as 'active' | 'inactive';
    if (flags.cache !== undefined) body.cache_enabled = flags.cache;
    if (Object.keys(body).length === 0) {
      throw new AacError('usage', 'Nothing to update.', { hint: 'Pass --name, --status or --cache/--no-cache.' });
    }
    const client = this.platform(flags);
    const ws = await findWorkspace(client, args.workspace);
    const updated = await client.workspaces.update(ws.id, body);
    await syncDefaultWorkspace(this.ctx.store(), client, ws.id, updated);
    return updated;
  }

  protected override human(updated: Workspace): string {
    return renderRecord(updated, ['name', 'id', 'status', 'cache_enabled', 'updated_at']);
  }
}
