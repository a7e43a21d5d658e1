import { Args } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { findWorkspace } from '../../lib/platform/workspaces.js';
import { renderRecord } from '../../lib/output/record.js';
import type { Workspace } from '../../lib/platform/schemas.js';

export default class WorkspacesGet extends PlatformCommand<Workspace> {
  static override summary = 'Show one workspace.';
  static override examples = ['<%= config.bin %> workspaces get acme', '<%= config.bin %> workspaces get 3f1e…-… --json'];

  static override args = {
    workspace: Args.string({ description: 'Workspace name or id.', required: true }),
  };


  async run(): Promise<Workspace> {
    const { args, flags } = await this.parse(WorkspacesGet);
    return findWorkspace(this.platform(flags), args.workspace);
  }

  protected override human(ws: Workspace): string {
    return renderRecord(ws, ['name', 'id', 'status', 'organization_id', 'cache_enabled', 'created_at', 'updated_at']);
  }
}
