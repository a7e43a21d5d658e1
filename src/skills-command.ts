import { PlatformCommand } from './platform-command.js';
import { renderTable } from './lib/output/table.js';
import type { Skill } from './lib/platform/schemas.js';

/** A command that lists skills: a table of them on a TTY. */
export abstract class SkillListCommand extends PlatformCommand<Skill[]> {
  protected override human(skills: Skill[]): Promise<string> | string {
    if (skills.length === 0) {
      this.ctx.note('No skill found.');
      return '';
    }
    const rows = skills.map((s) => ({ id: s.id, kind: s.kind, title: s.title, summary: s.summary ?? '' }));
    return renderTable(rows, ['id', 'kind', 'title', 'summary'], this.ctx.io.columns ?? 80);
  }
}
