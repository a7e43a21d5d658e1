import { BaseCommand } from '../../base-command.js';
import { loadAllConnectors } from '../../connectors/index.js';
import { json } from '../../lib/output/write.js';

export default class ConnectorsCatalog extends BaseCommand {
  static override summary = 'List the connector types aac supports and their entities.';
  static override examples = ['<%= config.bin %> connectors catalog', '<%= config.bin %> connectors catalog --json | jq ".[].name"'];

  async run(): Promise<void> {
    const { flags } = await this.parse(ConnectorsCatalog);
    this.useGlobals(flags);
    const connectors = await loadAllConnectors();
    const rows = connectors.map((c) => ({
      name: c.name,
      title: c.title,
      definition_id: c.definitionId,
      entities: Object.keys(c.entities),
      actions: Object.values(c.entities).reduce((n, e) => n + Object.keys(e.actions).length, 0),
    }));
    if (flags.json) return this.out(json(rows));
    const width = Math.max(...rows.map((r) => r.name.length));
    const lines = rows.map((r) => `${r.name.padEnd(width)}  ${String(r.actions).padStart(3)} actions  ${r.entities.join(', ')}`);
    return this.out(`${lines.join('\n')}\n`);
  }
}
