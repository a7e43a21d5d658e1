import { Flags } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { connectionTemplateFlags, connectionTemplateInput } from '../../connection-template-flags.js';
import { renderRecord } from '../../lib/output/record.js';
import { CONNECTION_TEMPLATE_FIELDS, createRequest } from '../../lib/platform/connection-templates.js';
import type { ConnectionTemplate } from '../../lib/platform/schemas.js';

export default class ConnectionTemplatesCreate extends PlatformCommand<ConnectionTemplate> {
  static override summary = 'Create a connection template: Airbyte-hosted, or to a destination you configure.';
  static override examples = [
    '<%= config.bin %> connection-templates create --airbyte-hosted --cron "0 0 * * * ?"',
    '<%= config.bin %> connection-templates create --destination-name Warehouse --destination-definition-id 22f6c74f-… --destination-config @bigquery.json',
  ];

  static override flags = {
    'airbyte-hosted': Flags.boolean({
      description: 'Let the platform manage the destination (Airbyte-managed storage).',
      exclusive: ['destination-name', 'destination-definition-id', 'destination-config', 'non-breaking-changes', 'sync-on-create'],
    }),
    'destination-definition-id': Flags.string({ description: 'Destination connector definition id (user-hosted).' }),
    ...connectionTemplateFlags,
  };

  async run(): Promise<ConnectionTemplate> {
    const { flags } = await this.parse(ConnectionTemplatesCreate);
    const input = { ...(await connectionTemplateInput(this.ctx, flags)), airbyteHosted: flags['airbyte-hosted'], destinationDefinitionId: flags['destination-definition-id'] };
    return this.platform(flags).connectionTemplates.create(createRequest(input));
  }

  protected override human(template: ConnectionTemplate): string {
    return renderRecord(template, CONNECTION_TEMPLATE_FIELDS);
  }
}
