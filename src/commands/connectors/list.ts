import { Flags } from '@oclif/core';
import { PlatformCommand, workspaceFlag } from '../../platform-command.js';
import { listConnectors, type ConnectorRow } from '../../lib/connector-list.js';
import { renderTable } from '../../lib/output/table.js';
import { platformCredentialsPresent } from '../../lib/platform/credentials.js';

export default class ConnectorsList extends PlatformCommand<ConnectorRow[]> {
  static override summary = 'List saved connectors, and the hosted ones on the platform when platform credentials are present.';
  static override examples = ['<%= config.bin %> connectors list', '<%= config.bin %> connectors list --json', '<%= config.bin %> connectors list --local'];

  static override flags = {
    local: Flags.boolean({ description: 'Only what the local store holds; do not ask the platform.' }),
    workspace: workspaceFlag,
  };


  async run(): Promise<ConnectorRow[]> {
    const { flags } = await this.parse(ConnectorsList);
    const client = !flags.local && platformCredentialsPresent(this.ctx.store(), this.ctx.env) ? this.platform(flags) : undefined;
    return listConnectors(this.ctx, client, flags.workspace);
  }

  protected override human(rows: ConnectorRow[]): Promise<string> | string {
    if (rows.length === 0) {
      this.ctx.note('No connectors yet. Create one with `aac connectors create <connector>` (or `aac setup`).');
      return '';
    }
    return renderTable(rows, ['name', 'type', 'mode', 'auth', 'workspace'], this.ctx.io.columns ?? 80, this.color);
  }
}
