import { PlatformCommand } from '../../platform-command.js';
import { summarize, type TemplateSummary } from '../../lib/platform/templates.js';
import { renderTable } from '../../lib/output/table.js';

export default class Templates extends PlatformCommand<TemplateSummary[]> {
  static override summary = 'List the connectors enabled for the organization (source templates).';
  static override examples = ['<%= config.bin %> templates', '<%= config.bin %> templates --json'];


  async run(): Promise<TemplateSummary[]> {
    const { flags } = await this.parse(Templates);
    return (await this.platform(flags).templates.list()).map(summarize);
  }

  protected override human(templates: TemplateSummary[]): Promise<string> | string {
    if (templates.length === 0) {
      this.ctx.note('No connector is enabled yet. Enable one with `aac templates register <connector>`.');
      return '';
    }
    return renderTable(templates, ['name', 'connector', 'mode', 'id'], this.ctx.io.columns ?? 80, this.color);
  }
}
