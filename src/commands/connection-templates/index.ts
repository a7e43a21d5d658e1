import { Flags } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { renderTable } from '../../lib/output/table.js';
import { summarizeConnectionTemplate, type ConnectionTemplateSummary } from '../../lib/platform/connection-templates.js';

export default class ConnectionTemplates extends PlatformCommand<ConnectionTemplateSummary[]> {
  static override summary = "List the organization's connection templates: where its connectors' data is replicated to.";
  static override examples = ['<%= config.bin %> connection-templates', '<%= config.bin %> connection-templates --tag eu --tag prod --tags-mode any --json'];

  static override flags = {
    tag: Flags.string({ description: 'Only templates with this tag (repeatable).', multiple: true }),
    'tags-mode': Flags.string({ description: 'all: every --tag; any: at least one.', options: ['all', 'any'] }),
  };

  async run(): Promise<ConnectionTemplateSummary[]> {
    const { flags } = await this.parse(ConnectionTemplates);
    const list = await this.platform(flags).connectionTemplates.list({ tags: flags.tag, tags_mode: flags['tags-mode'] as 'all' | 'any' | undefined });
    return list.map(summarizeConnectionTemplate);
  }

  protected override human(list: ConnectionTemplateSummary[]): Promise<string> | string {
    if (list.length === 0) {
      this.ctx.note('No connection template yet. Create one with `aac connection-templates create --airbyte-hosted`.');
      return '';
    }
    return renderTable(list, ['destination', 'hosting', 'cron', 'tags', 'id'], this.ctx.io.columns ?? 80);
  }
}
