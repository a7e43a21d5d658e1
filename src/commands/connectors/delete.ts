import { Flags } from '@oclif/core';
import { ConnectorCommand } from '../../connector-command.js';
import { deleteConnector, deletionTarget, type Deleted } from '../../lib/connector-admin.js';
import { confirmOrRefuse } from '../../lib/confirm.js';

export default class ConnectorsDelete extends ConnectorCommand<Deleted> {
  static override summary = 'Delete a connector: forget a local one and its credentials, or delete a hosted one on the platform.';
  static override examples = ['<%= config.bin %> connectors delete stripe-test --yes', '<%= config.bin %> connectors delete my-hosted-stripe'];

  static override args = ConnectorCommand.args;

  static override flags = {
    ...ConnectorCommand.flags,
    yes: Flags.boolean({ char: 'y', description: 'Do not ask for confirmation.' }),
  };


  async run(): Promise<Deleted> {
    const { args, flags } = await this.parse(ConnectorsDelete);
    const admin = this.admin(flags);
    const target = await deletionTarget(this.ctx, args.name, admin);
    const what = target.mode === 'local' ? `the saved connector "${args.name}"` : `the hosted connector "${args.name}" (${target.id}) on the platform`;
    await confirmOrRefuse(this.ctx, { yes: flags.yes, question: `Delete ${what}?`, refusal: `Refusing to delete ${what} without confirmation.` });
    return deleteConnector(this.ctx, args.name, target, admin);
  }

  protected override human(deleted: Deleted): string {
    return deleted.mode === 'local' ? `Deleted the saved connector "${deleted.deleted}".\n` : `Deleted the hosted connector "${deleted.deleted}" (${deleted.id}) on the platform.\n`;
  }
}
