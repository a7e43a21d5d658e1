import { Flags } from '@oclif/core';
import { ConnectorCommand } from '../../connector-command.js';
import { updateConnector, type Updated } from '../../lib/connector-admin.js';

export default class ConnectorsUpdate extends ConnectorCommand<Updated> {
  static override summary = "Replace a connector's credentials in place: on the platform for a hosted one, in the store for a local one.";
  static override description =
    'Credentials come from --auth-file, --auth-stdin, the environment (see `aac describe <connector>`), or masked prompts on a TTY. ' +
    'A hosted connector keeps its id, so agents and scripts using it pick up the new credentials on their next call. ' +
    'Only the names of the replaced fields are printed, never their values.';

  static override examples = [
    'STRIPE_API_KEY=sk_live_new… <%= config.bin %> connectors update stripe',
    `echo '{"api_key":"sk_live_new…"}' | <%= config.bin %> connectors update acme-stripe --auth-stdin --check`,
    '<%= config.bin %> connectors update github --auth-file github.json --workspace acme',
  ];

  static override args = ConnectorCommand.args;
  static override flags = {
    ...ConnectorCommand.flags,
    auth: Flags.string({ description: 'Auth scheme to use when the connector has several (see `aac describe`).' }),
    'auth-file': Flags.string({ description: 'JSON file with the auth fields.', exclusive: ['auth-stdin'] }),
    'auth-stdin': Flags.boolean({ description: 'Read the auth fields as a JSON object from stdin.' }),
    check: Flags.boolean({ description: 'Hosted: have the platform check the new credentials first; nothing changes if they fail (exit 1).' }),
  };

  async run(): Promise<Updated> {
    const { args, flags } = await this.parse(ConnectorsUpdate);
    return updateConnector(this.ctx, args.name, {
      ...this.admin(flags),
      scheme: flags.auth,
      authFile: flags['auth-file'],
      authStdin: flags['auth-stdin'],
      check: flags.check,
    });
  }

  protected override human(updated: Updated): string {
    const where = updated.mode === 'hosted' ? `hosted ${updated.type} connector "${updated.name}" (id ${updated.id})` : `local ${updated.type} connector "${updated.name}"`;
    return `Replaced the credentials of the ${where}: ${updated.fields.join(', ')} (auth: ${updated.auth}).\n`;
  }
}
