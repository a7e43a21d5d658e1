import { Args } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { findTemplate } from '../../lib/platform/templates.js';
import { renderRecord } from '../../lib/output/record.js';
import type { Template } from '../../lib/platform/schemas.js';

export default class TemplatesGet extends PlatformCommand<Template> {
  static override summary = 'Show a source template, with its config spec and defaults.';
  static override examples = ['<%= config.bin %> templates get stripe', '<%= config.bin %> templates get 0b6c…-… --json'];

  static override args = {
    template: Args.string({ description: 'Template id or name, or a connector type with one template.', required: true }),
  };


  async run(): Promise<Template> {
    const { args, flags } = await this.parse(TemplatesGet);
    const client = this.platform(flags);
    const { id } = await findTemplate(client, args.template);
    return client.templates.get(id);
  }

  protected override human(template: Template): string {
    return renderRecord(template, ['name', 'id', 'source_definition_id', 'mode', 'partial_default_config', 'created_at']);
  }
}
