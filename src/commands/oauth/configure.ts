import { Args, Flags } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { connectorType } from '../../lib/connection.js';
import { renderRecord } from '../../lib/output/record.js';
import { configureOAuthApp } from '../../lib/platform/oauth-apps.js';
import type { OAuthCredentials } from '../../lib/platform/schemas.js';

export default class OAuthConfigure extends PlatformCommand<OAuthCredentials> {
  static override summary = "Use your organization's own OAuth app (client id and secret) for a connector type.";
  static override description = 'The client secret is read from stdin (or a masked prompt on a TTY); the platform never returns it.';
  static override examples = ['printf %s "$HUBSPOT_CLIENT_SECRET" | <%= config.bin %> oauth configure hubspot --client-id 1234-abcd --client-secret-stdin'];

  static override args = {
    connector: Args.string({ description: 'Connector type, e.g. hubspot.', required: true }),
  };

  static override flags = {
    'client-id': Flags.string({ description: 'Client id of the OAuth app.' }),
    'client-secret-stdin': Flags.boolean({ description: 'Read the client secret of the OAuth app from stdin.' }),
  };

  async run(): Promise<OAuthCredentials> {
    const { args, flags } = await this.parse(OAuthConfigure);
    const connector = await connectorType(args.connector);
    return configureOAuthApp(this.ctx, this.platform(flags), connector, { clientId: flags['client-id'], secretStdin: flags['client-secret-stdin'] });
  }

  protected override human(saved: OAuthCredentials): string {
    return renderRecord(saved, ['id', 'connector_definition_id', 'scope_type', 'updated_at']);
  }
}
