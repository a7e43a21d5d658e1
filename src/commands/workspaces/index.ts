import { Flags } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { savedFor } from '../../lib/platform/credentials.js';
import { renderTable } from '../../lib/output/table.js';
import { json } from '../../lib/output/write.js';

export default class Workspaces extends PlatformCommand {
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

  async run(): Promise<void> {
    const { flags } = await this.parse(Workspaces);
    this.useGlobals(flags);
    const client = this.platform(flags);
    const list = await client.workspaces.list({
      name_contains: flags['name-contains'],
      status: flags.status as 'active' | 'inactive' | undefined,
    });
    if (this.jsonOutput) return this.out(json(list));
    if (list.length === 0) {
      process.stderr.write('No workspaces match.\n');
      return;
    }
    const current = savedFor(this.store(), client.credentials)?.workspace?.id;
    const rows = list.map((w) => ({ default: w.id === current ? '*' : '', name: w.name, id: w.id, status: w.status }));
    return this.out(await renderTable(rows, ['default', 'name', 'id', 'status']));
  }
}
