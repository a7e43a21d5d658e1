import { Flags } from '@oclif/core';
import { PlatformCommand, workspaceFlag } from '../../platform-command.js';
import { listConnectors } from '../../lib/connector-list.js';
import { json } from '../../lib/output/write.js';
import { renderTable } from '../../lib/output/table.js';
import { platformCredentialsPresent } from '../../lib/platform/credentials.js';

export default class ConnectorsList extends PlatformCommand {
  static override summary = 'List saved connectors, and the hosted ones on the platform when platform credentials are present.';
  static override examples = ['<%= config.bin %> connectors list', '<%= config.bin %> connectors list --json', '<%= config.bin %> connectors list --local'];

  static override flags = {
    local: Flags.boolean({ description: 'Only what the local store holds; do not ask the platform.' }),
    workspace: workspaceFlag,
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(ConnectorsList);
    this.useGlobals(flags);
    const store = this.store();
    const client = !flags.local && platformCredentialsPresent(store) ? this.platform(flags) : undefined;
    const rows = await listConnectors(store, client, flags.workspace);
    if (flags.json) return this.out(json(rows));
    if (rows.length === 0) {
      process.stderr.write('No connectors yet. Create one with `aac connectors create <connector>` (or `aac setup`).\n');
      return;
    }
    return this.out(await renderTable(rows, ['name', 'type', 'mode', 'auth', 'workspace']));
  }
}
