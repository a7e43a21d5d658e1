import { PlatformCommand } from '../../platform-command.js';
import { summarize } from '../../lib/platform/templates.js';
import { renderTable } from '../../lib/output/table.js';
import { json } from '../../lib/output/write.js';

export default class Templates extends PlatformCommand {
  static override summary = 'List the connectors enabled for the organization (source templates).';
  static override examples = ['<%= config.bin %> templates', '<%= config.bin %> templates --json'];

  async run(): Promise<void> {
    const { flags } = await this.parse(Templates);
    this.useGlobals(flags);
    const templates = (await this.platform(flags).templates.list()).map(summarize);
    if (this.jsonOutput) return this.out(json(templates));
    if (templates.length === 0) {
      process.stderr.write('No connector is enabled yet. Enable one with `aac templates register <connector>`.\n');
      return;
    }
    return this.out(await renderTable(templates, ['name', 'connector', 'mode', 'id']));
  }
}
