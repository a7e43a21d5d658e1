import { Args } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { connectionTemplateFlags, connectionTemplateInput } from '../../connection-template-flags.js';
import { renderRecord } from '../../lib/output/record.js';
import { CONNECTION_TEMPLATE_FIELDS, connectionTemplateId, patchRequest } from '../../lib/platform/connection-templates.js';
import type { ConnectionTemplate } from '../../lib/platform/schemas.js';

export default class ConnectionTemplatesUpdate extends PlatformCommand<ConnectionTemplate> {
  static override summary = 'Change a connection template: its destination, schedule or schema-change policy.';
  static override examples = ['<%= config.bin %> connection-templates update 3f1e…-… --cron "0 30 * * * ?" --no-sync-on-create'];

  static override args = {
    id: Args.string({ description: 'Connection template id.', required: true }),
  };

  static override flags = connectionTemplateFlags;

  async run(): Promise<ConnectionTemplate> {
    const { args, flags } = await this.parse(ConnectionTemplatesUpdate);
    const id = connectionTemplateId(args.id);
    const body = patchRequest(await connectionTemplateInput(this.ctx, flags));
    return this.platform(flags).connectionTemplates.update(id, body);
  }

  protected override human(template: ConnectionTemplate): string {
    return renderRecord(template, CONNECTION_TEMPLATE_FIELDS);
  }
}
