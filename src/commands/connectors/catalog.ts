import { BaseCommand } from '../../base-command.js';
import { loadAllConnectors } from '../../connectors/index.js';
import { actionCount, currentEntities } from '../../lib/engine/deprecation.js';

interface CatalogRow {
  name: string;
  title: string;
  definition_id: string;
  entities: string[];
  actions: number;
}

export default class ConnectorsCatalog extends BaseCommand<CatalogRow[]> {
  static override summary = 'List the connector types aac supports and their entities.';
  static override examples = ['<%= config.bin %> connectors catalog', '<%= config.bin %> connectors catalog --json | jq ".[].name"'];


  async run(): Promise<CatalogRow[]> {
    await this.parse(ConnectorsCatalog);
    return (await loadAllConnectors()).map((c) => ({
      name: c.name,
      title: c.title,
      definition_id: c.definitionId,
      entities: currentEntities(c).map(([name]) => name),
      actions: actionCount(c),
    }));
  }

  protected override human(rows: CatalogRow[]): string {
    const width = Math.max(...rows.map((r) => r.name.length));
    return `${rows.map((r) => `${r.name.padEnd(width)}  ${String(r.actions).padStart(3)} actions  ${r.entities.join(', ')}`).join('\n')}\n`;
  }
}
