import { Args, Flags } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { renderSkillDocs } from '../../lib/output/skill-docs.js';
import type { SkillDocs as Docs } from '../../lib/platform/schemas.js';

export default class SkillsDocs extends PlatformCommand<Docs> {
  static override summary = "Read a skill's docs: its overview and sections, or one section with --section.";
  static override examples = ['<%= config.bin %> skills docs connector-stripe', '<%= config.bin %> skills docs connector-stripe --section customers'];

  static override args = {
    id: Args.string({ description: 'Skill id (see `aac skills`).', required: true }),
  };

  static override flags = {
    section: Flags.string({ description: 'Id of one section to read.' }),
  };

  async run(): Promise<Docs> {
    const { args, flags } = await this.parse(SkillsDocs);
    return this.platform(flags).skills.docs(args.id, flags.section);
  }

  protected override human(docs: Docs): string {
    return renderSkillDocs(docs);
  }
}
