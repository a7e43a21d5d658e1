import { Args, Flags } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { connectorType } from '../../lib/connection.js';
import { readParamsFlag } from '../../lib/params.js';
import { registerTemplate, type Registered } from '../../lib/platform/templates.js';
import { TemplateMode } from '../../lib/platform/schemas.js';

export default class TemplatesRegister extends PlatformCommand<Registered> {
  static override summary = 'Enable a connector for the organization, so it shows in the Airbyte UI.';
  static override description =
    'Creates a source template for the connector\'s Airbyte definition. If one already exists (for the connector, or ' +
    'with the given --name), it is reported and nothing changes; the exit code is 0 either way.';

  static override examples = [
    '<%= config.bin %> templates register stripe',
    '<%= config.bin %> templates register github --name "GitHub (Acme)" --mode DIRECT',
    `<%= config.bin %> templates register slack --partial-default-config '{"start_date":"2024-01-01T00:00:00Z"}'`,
  ];

  static override args = {
    connector: Args.string({ description: 'Connector type, e.g. stripe.', required: true }),
  };

  static override flags = {
    name: Flags.string({ description: 'Display name of the template (default: the connector title).' }),
    mode: Flags.string({ description: 'Template mode.', options: [...TemplateMode.options], default: 'DIRECT' }),
    'partial-default-config': Flags.string({
      description: 'Default values end users will not provide, as a JSON object, @file.json or - for stdin.',
    }),
  };


  async run(): Promise<Registered> {
    const { args, flags } = await this.parse(TemplatesRegister);
    const connector = await connectorType(args.connector);
    const partialDefaultConfig = await readParamsFlag(flags['partial-default-config'], this.ctx, '--partial-default-config');
    const result = await registerTemplate(this.platform(flags), connector, {
      name: flags.name,
      mode: TemplateMode.parse(flags.mode),
      partialDefaultConfig,
    });
    this.title = connector.title;
    return result;
  }

  private title = '';

  protected override human(result: Registered): string {
    const t = result.template;
    return result.status === 'created'
      ? `Registered ${this.title} as the template "${t.name}" (${t.mode}, ${t.id}).\n`
      : `${this.title} is already enabled: template "${t.name}" (${t.id}). Nothing to do.\n`;
  }
}
