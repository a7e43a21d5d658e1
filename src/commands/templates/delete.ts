import { Args, Flags } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { confirmOrRefuse } from '../../lib/confirm.js';
import { findTemplate } from '../../lib/platform/templates.js';

interface DeletedTemplate {
  id: string;
  name: string;
  deleted_at: unknown;
}

export default class TemplatesDelete extends PlatformCommand<DeletedTemplate> {
  static override summary = 'Disable a connector: delete its source template.';
  static override examples = ['<%= config.bin %> templates delete stripe --yes'];

  static override args = {
    template: Args.string({ description: 'Template id or name, or a connector type with one template.', required: true }),
  };

  static override flags = {
    yes: Flags.boolean({ char: 'y', description: 'Do not ask for confirmation (required without a TTY).' }),
  };


  async run(): Promise<DeletedTemplate> {
    const { args, flags } = await this.parse(TemplatesDelete);
    const client = this.platform(flags);
    const template = await findTemplate(client, args.template);
    await confirmOrRefuse(this.ctx, {
      yes: flags.yes,
      question: `Delete the template "${template.name}" (${template.id})?`,
      refusal: `Refusing to delete the template "${template.name}" without confirmation.`,
    });
    const deleted = await client.templates.delete(template.id);
    return { id: deleted.id, name: template.name, deleted_at: deleted.deleted_at };
  }

  protected override human(deleted: DeletedTemplate): string {
    return `Deleted the template "${deleted.name}" (${deleted.id}).\n`;
  }
}
