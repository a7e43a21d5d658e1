import { BaseCommand } from '../../base-command.js';
import { catalogText } from '../../lib/output/catalog-text.js';
import { catalog, type CatalogRow } from '../../lib/prebuilt.js';

export default class ConnectorsCatalog extends BaseCommand<CatalogRow[]> {
  static override summary = 'List the connector types aac supports and their entities.';
  static override examples = ['<%= config.bin %> connectors catalog', '<%= config.bin %> connectors catalog --json | jq ".[].name"'];


  async run(): Promise<CatalogRow[]> {
    await this.parse(ConnectorsCatalog);
    return catalog();
  }

  protected override human(rows: CatalogRow[]): string {
    return catalogText(rows);
  }
}
