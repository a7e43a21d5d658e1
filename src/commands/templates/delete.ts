import { Args, Flags } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { confirmOrRefuse } from '../../lib/confirm.js';
import { findTemplate } from '../../lib/platform/templates.js';
import { json } from '../../lib/output/write.js';

export default class TemplatesDelete extends PlatformCommand {
  static override summary = 'Disable a connector: delete its source template.';
  static override examples = ['<%= config.bin %> templates delete stripe --yes'];

  static override args = {
    template: Args.string({ description: 'Template id or name, or a connector type with one template.', required: true }),
  };

  static override flags = {
    yes: Flags.boolean({ char: 'y', description: 'Do not ask for confirmation (required without a TTY).' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(TemplatesDelete);
    this.useGlobals(flags);
    const client = this.platform(flags);
    const template = await findTemplate(client, args.template);
    await confirmOrRefuse({
      yes: flags.yes,
      interactive: this.interactive,
      question: `Delete the template "${template.name}" (${template.id})?`,
      refusal: `Refusing to delete the template "${template.name}" without confirmation.`,
    });
    const deleted = await client.templates.delete(template.id);
    if (this.jsonOutput) return this.out(json({ id: deleted.id, name: template.name, deleted_at: deleted.deleted_at }));
    return this.out(`Deleted the template "${template.name}" (${template.id}).\n`);
  }
}
