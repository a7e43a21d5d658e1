import { PlatformCommand } from '../../platform-command.js';
import { renderRecord } from '../../lib/output/record.js';
import { json } from '../../lib/output/write.js';

export default class WorkspacesStats extends PlatformCommand {
  static override summary = 'Count the active and inactive workspaces of the organization.';
  static override examples = ['<%= config.bin %> workspaces stats'];

  async run(): Promise<void> {
    const { flags } = await this.parse(WorkspacesStats);
    this.useGlobals(flags);
    const stats = await this.platform(flags).workspaces.stats();
    if (this.jsonOutput) return this.out(json(stats));
    return this.out(renderRecord({ active: stats.active_count, inactive: stats.inactive_count, total: stats.total_count }));
  }
}
