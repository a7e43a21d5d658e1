import { Args } from '@oclif/core';
import type { Skill } from '../../lib/platform/schemas.js';
import { SkillListCommand } from '../../skills-command.js';

export default class SkillsSearch extends SkillListCommand {
  static override summary = 'Search the agent skills by keyword.';
  static override examples = ['<%= config.bin %> skills search "stripe invoices"'];

  static override args = {
    query: Args.string({ description: 'Keywords.', required: true }),
  };

  async run(): Promise<Skill[]> {
    const { args, flags } = await this.parse(SkillsSearch);
    return this.platform(flags).skills.search(args.query);
  }
}
