import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../../base-command.js';
import { AacError } from '../../lib/errors.js';
import { json } from '../../lib/output/write.js';
import { unknownNameHint } from '../../lib/suggest.js';

export default class ConnectorsDelete extends BaseCommand {
  static override summary = 'Forget a saved connector and its credentials.';
  static override examples = ['<%= config.bin %> connectors delete stripe-test --yes'];

  static override args = {
    name: Args.string({ description: 'Name of the saved connector.', required: true }),
  };

  static override flags = {
    yes: Flags.boolean({ char: 'y', description: 'Do not ask for confirmation.' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(ConnectorsDelete);
    this.useGlobals(flags);
    const store = this.store();
    if (!store.connector(args.name)) {
      throw new AacError('not_found', `No saved connector named "${args.name}".`, {
        hint: unknownNameHint(args.name, Object.keys(store.connectors()), 'aac connectors list'),
      });
    }
    if (!flags.yes) {
      if (!this.interactive) throw new AacError('usage', `Refusing to delete "${args.name}" without confirmation.`, { hint: 'Add --yes to confirm.' });
      const { confirm } = await import('@inquirer/prompts');
      if (!(await confirm({ message: `Delete the saved connector "${args.name}"?`, default: false }, { output: process.stderr }))) {
        throw new AacError('cancelled', 'Cancelled; nothing was deleted.');
      }
    }
    await store.deleteConnector(args.name);
    if (flags.json) return this.out(json({ deleted: args.name }));
    return this.out(`Deleted connector "${args.name}".\n`);
  }
}
