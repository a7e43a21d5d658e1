import { BaseCommand } from '../../base-command.js';
import { json } from '../../lib/output/write.js';
import { renderTable } from '../../lib/output/table.js';

export default class ConnectorsList extends BaseCommand {
  static override summary = 'List saved connectors.';
  static override examples = ['<%= config.bin %> connectors list', '<%= config.bin %> connectors list --json'];

  async run(): Promise<void> {
    const { flags } = await this.parse(ConnectorsList);
    this.useGlobals(flags);
    const rows = Object.entries(this.store().connectors()).map(([name, c]) => ({
      name,
      type: c.type,
      mode: c.mode,
      ...(c.mode === 'local' ? { auth: c.auth } : { id: c.id, workspace: c.workspace }),
    }));
    if (flags.json) return this.out(json(rows));
    if (rows.length === 0) {
      process.stderr.write('No saved connectors. Save one with `aac connectors create <connector> --local`.\n');
      return;
    }
    return this.out(await renderTable(rows, ['name', 'type', 'mode', 'auth']));
  }
}
