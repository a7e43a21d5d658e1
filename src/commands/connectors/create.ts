import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../../base-command.js';
import { connectorType } from '../../lib/connection.js';
import { createLocal } from '../../lib/local-connectors.js';
import { json } from '../../lib/output/write.js';

export default class ConnectorsCreate extends BaseCommand {
  static override summary = 'Save a connector with its credentials.';
  static override description =
    'With --local, credentials are saved in the local store (mode 0600) and used by `aac exec <name>`. They come from ' +
    '--auth-file, --auth-stdin, the environment (see `aac describe <connector>`), or masked prompts on a TTY.';

  static override examples = [
    '<%= config.bin %> connectors create stripe --local',
    'STRIPE_API_KEY=sk_test_… <%= config.bin %> connectors create stripe --local --name stripe-test',
    `echo '{"token":"ghp_…"}' | <%= config.bin %> connectors create github --local --auth-stdin`,
  ];

  static override args = {
    connector: Args.string({ description: 'Connector type, e.g. stripe.', required: true }),
  };

  static override flags = {
    local: Flags.boolean({ description: 'Save the credentials locally (the default without platform credentials).' }),
    name: Flags.string({ description: 'Name to save it under (default: the connector type).' }),
    auth: Flags.string({ description: 'Auth scheme to use when the connector has several (see `aac describe`).' }),
    'auth-file': Flags.string({ description: 'JSON file with the auth fields.', exclusive: ['auth-stdin'] }),
    'auth-stdin': Flags.boolean({ description: 'Read the auth fields as a JSON object from stdin.' }),
    force: Flags.boolean({ description: 'Replace a saved connector of the same name.' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(ConnectorsCreate);
    this.useGlobals(flags);
    const connector = await connectorType(args.connector);
    const created = await createLocal(connector, this.store(), {
      name: flags.name,
      scheme: flags.auth,
      authFile: flags['auth-file'],
      authStdin: flags['auth-stdin'],
      force: flags.force,
      interactive: this.interactive,
    });
    if (flags.json) return this.out(json(created));
    return this.out(`Saved ${created.type} connector "${created.name}" (local, auth: ${created.auth}) in ${created.path}\n`);
  }
}
