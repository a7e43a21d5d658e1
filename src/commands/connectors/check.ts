import { ConnectorCommand } from '../../connector-command.js';
import { checkConnector, type CheckResult } from '../../lib/connector-admin.js';

export default class ConnectorsCheck extends ConnectorCommand<CheckResult> {
  static override summary = "Check that a connector's credentials work: the platform's check for a hosted one, a one-page read for a local one.";
  static override description = 'Exits 0 when the check succeeds and 1 when it fails.';
  static override examples = ['<%= config.bin %> connectors check stripe', '<%= config.bin %> connectors check stripe --json'];

  static override args = ConnectorCommand.args;
  static override flags = ConnectorCommand.flags;


  async run(): Promise<CheckResult> {
    const { args, flags } = await this.parse(ConnectorsCheck);
    return checkConnector(this.ctx, args.name, this.admin(flags));
  }

  protected override human(result: CheckResult): string {
    const checked = result.checked ? `; pulled ${result.checked.records} records from ${result.checked.entity} ${result.checked.action}` : '';
    return `"${result.name}" (${result.mode}): ${result.status}${checked}\n`;
  }
}
