import { Flags } from '@oclif/core';
import type { Workspace } from '../../lib/platform/schemas.js';
import { PlatformCommand } from '../../platform-command.js';
import { savedFor } from '../../lib/platform/credentials.js';
import { renderTable } from '../../lib/output/table.js';

export default class Workspaces extends PlatformCommand<Workspace[]> {
  static override summary = 'List the workspaces of the Airbyte platform organization.';
  static override description = 'Follows the cursor pagination of the platform and prints every matching workspace.';
  static override examples = [
    '<%= config.bin %> workspaces',
    '<%= config.bin %> workspaces --name-contains acme --status active --json',
  ];

  static override flags = {
    'name-contains': Flags.string({ description: 'Only workspaces whose name contains this (case-insensitive).' }),
    status: Flags.string({ description: 'Only workspaces with this status.', options: ['active', 'inactive'] }),
  };


  async run(): Promise<Workspace[]> {
    const { flags } = await this.parse(Workspaces);
    return this.platform(flags).workspaces.list({
      name_contains: flags['name-contains'],
      status: flags.status as 'active' | 'inactive' | undefined,
    });
  }

  protected override human(list: Workspace[]): Promise<string> | string {
    if (list.length === 0) {
      this.ctx.note('No workspaces match.');
      return '';
    }
    const current = savedFor(this.ctx.existingStore(), this.platform({}).credentials)?.workspace?.id;
    const rows = list.map((w) => ({ default: w.id === current ? '*' : '', name: w.name, id: w.id, status: w.status }));
    return renderTable(rows, ['default', 'name', 'id', 'status'], this.ctx.io.columns ?? 80, this.color);
  }
}
