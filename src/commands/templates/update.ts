import { Args, Flags } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { AacError } from '../../lib/errors.js';
import { renderRecord } from '../../lib/output/record.js';
import { readParamsFlag } from '../../lib/params.js';
import { findTemplate } from '../../lib/platform/templates.js';
import { TemplateMode, type Template, type TemplateUpdateRequest } from '../../lib/platform/schemas.js';

export default class TemplatesUpdate extends PlatformCommand<Template> {
  static override summary = 'Change a source template: its name, mode or default configuration.';
  static override examples = [
    '<%= config.bin %> templates update stripe --name "Stripe (billing)"',
    `<%= config.bin %> templates update slack --partial-default-config '{"start_date":"2024-01-01T00:00:00Z"}' --propagate`,
  ];

  static override args = {
    template: Args.string({ description: 'Template id or name, or a connector type with one template.', required: true }),
  };

  static override flags = {
    name: Flags.string({ description: 'New display name.' }),
    mode: Flags.string({ description: 'New template mode.', options: [...TemplateMode.options] }),
    'partial-default-config': Flags.string({ description: 'New default values, as a JSON object, @file.json or - for stdin.' }),
    propagate: Flags.boolean({ description: 'Apply the change to the connectors already created from the template.' }),
  };

  async run(): Promise<Template> {
    const { args, flags } = await this.parse(TemplatesUpdate);
    const body: TemplateUpdateRequest = {};
    if (flags.name !== undefined) body.name = flags.name;
    if (flags.mode !== undefined) body.mode = TemplateMode.parse(flags.mode);
    if (flags['partial-default-config'] !== undefined) {
      body.partial_default_config = await readParamsFlag(flags['partial-default-config'], this.ctx, '--partial-default-config');
    }
    if (Object.keys(body).length === 0) throw new AacError('usage', 'Nothing to update.', { hint: 'Pass --name, --mode or --partial-default-config.' });
    if (flags.propagate) body.propagate = true;
    const client = this.platform(flags);
    const { id } = await findTemplate(client, args.template);
    return client.templates.update(id, body);
  }

  protected override human(template: Template): string {
    return renderRecord(template, ['name', 'id', 'source_definition_id', 'mode', 'partial_default_config', 'updated_at']);
  }
}
