import { Args } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { findWorkspace } from '../../lib/platform/workspaces.js';
import { renderRecord } from '../../lib/output/record.js';
import { json } from '../../lib/output/write.js';

export default class WorkspacesGet extends PlatformCommand {
  static override summary = 'Show one workspace.';
  static override examples = ['<%= config.bin %> workspaces get acme', '<%= config.bin %> workspaces get 3f1e…-… --json'];

  static override args = {
    workspace: Args.string({ description: 'Workspace name or id.', required: true }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(WorkspacesGet);
    this.useGlobals(flags);
    const ws = await findWorkspace(this.platform(flags), args.workspace);
    if (this.jsonOutput) return this.out(json(ws));
    return this.out(renderRecord(ws, ['name', 'id', 'status', 'organization_id', 'cache_enabled', 'created_at', 'updated_at']));
  }
}
