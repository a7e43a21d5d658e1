import { Flags } from '@oclif/core';
import { ConnectorCommand } from '../../connector-command.js';
import { deleteConnector, deletionTarget } from '../../lib/connector-admin.js';
import { confirmOrRefuse } from '../../lib/confirm.js';
import { json } from '../../lib/output/write.js';

export default class ConnectorsDelete extends ConnectorCommand {
  static override summary = 'Delete a connector: forget a local one and its credentials, or delete a hosted one on the platform.';
  static override examples = ['<%= config.bin %> connectors delete stripe-test --yes', '<%= config.bin %> connectors delete my-hosted-stripe'];

  static override args = ConnectorCommand.args;

  static override flags = {
    ...ConnectorCommand.flags,
    yes: Flags.boolean({ char: 'y', description: 'Do not ask for confirmation.' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(ConnectorsDelete);
    this.useGlobals(flags);
    const ctx = this.context(flags);
    const target = await deletionTarget(args.name, ctx);
    const what = target.mode === 'local' ? `the saved connector "${args.name}"` : `the hosted connector "${args.name}" (${target.id}) on the platform`;
    await confirmOrRefuse({
      yes: flags.yes,
      interactive: this.interactive,
      question: `Delete ${what}?`,
      refusal: `Refusing to delete ${what} without confirmation.`,
    });
    const deleted = await deleteConnector(args.name, target, ctx);
    if (flags.json) return this.out(json(deleted));
    return this.out(`Deleted ${what}.\n`);
  }
}
