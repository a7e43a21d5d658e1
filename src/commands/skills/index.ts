import type { Skill } from '../../lib/platform/schemas.js';
import { SkillListCommand } from '../../skills-command.js';

export default class Skills extends SkillListCommand {
  static override summary = "List the platform's agent skills: docs an agent reads to use the platform and each connector.";
  static override examples = ['<%= config.bin %> skills', '<%= config.bin %> skills --json | jq -r ".[].id"'];

  async run(): Promise<Skill[]> {
    const { flags } = await this.parse(Skills);
    return this.platform(flags).skills.list();
  }
}
