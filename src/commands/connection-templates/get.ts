import { Args } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { renderRecord } from '../../lib/output/record.js';
import { CONNECTION_TEMPLATE_FIELDS, connectionTemplateId } from '../../lib/platform/connection-templates.js';
import type { ConnectionTemplate } from '../../lib/platform/schemas.js';

export default class ConnectionTemplatesGet extends PlatformCommand<ConnectionTemplate> {
  static override summary = 'Show a connection template.';
  static override examples = ['<%= config.bin %> connection-templates get 3f1e…-… --json'];

  static override args = {
    id: Args.string({ description: 'Connection template id.', required: true }),
  };

  async run(): Promise<ConnectionTemplate> {
    const { args, flags } = await this.parse(ConnectionTemplatesGet);
    return this.platform(flags).connectionTemplates.get(connectionTemplateId(args.id));
  }

  protected override human(template: ConnectionTemplate): string {
    return renderRecord(template, CONNECTION_TEMPLATE_FIELDS);
  }
}
