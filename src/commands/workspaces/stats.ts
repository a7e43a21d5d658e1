import { PlatformCommand } from '../../platform-command.js';
import { renderRecord } from '../../lib/output/record.js';
import type { WorkspaceStats } from '../../lib/platform/schemas.js';

export default class WorkspacesStats extends PlatformCommand<WorkspaceStats> {
  static override summary = 'Count the active and inactive workspaces of the organization.';
  static override examples = ['<%= config.bin %> workspaces stats'];


  async run(): Promise<WorkspaceStats> {
    const { flags } = await this.parse(WorkspacesStats);
    return this.platform(flags).workspaces.stats();
  }

  protected override human(stats: WorkspaceStats): string {
    return renderRecord({ active: stats.active_count, inactive: stats.inactive_count, total: stats.total_count });
  }
}
