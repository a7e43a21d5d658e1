import { Args, Flags } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { confirmOrRefuse } from '../../lib/confirm.js';
import { connectionTemplateId } from '../../lib/platform/connection-templates.js';
import type { Deleted } from '../../lib/platform/schemas.js';

export default class ConnectionTemplatesDelete extends PlatformCommand<Deleted> {
  static override summary = 'Delete a connection template.';
  static override examples = ['<%= config.bin %> connection-templates delete 3f1e…-… --yes'];

  static override args = {
    id: Args.string({ description: 'Connection template id.', required: true }),
  };

  static override flags = {
    yes: Flags.boolean({ char: 'y', description: 'Do not ask for confirmation (required without a TTY).' }),
  };

  async run(): Promise<Deleted> {
    const { args, flags } = await this.parse(ConnectionTemplatesDelete);
    const id = connectionTemplateId(args.id);
    await confirmOrRefuse(this.ctx, {
      yes: flags.yes,
      question: `Delete the connection template ${id}?`,
      refusal: `Refusing to delete the connection template ${id} without confirmation.`,
    });
    return this.platform(flags).connectionTemplates.delete(id);
  }

  protected override human(deleted: Deleted): string {
    return `Deleted the connection template ${deleted.id}.\n`;
  }
}
