import { ConnectorCommand } from '../../connector-command.js';
import { checkConnector } from '../../lib/connector-admin.js';
import { json } from '../../lib/output/write.js';

export default class ConnectorsCheck extends ConnectorCommand {
  static override summary = "Check that a connector's credentials work: the platform's check for a hosted one, a one-page read for a local one.";
  static override description = 'Exits 0 when the check succeeds and 1 when it fails.';
  static override examples = ['<%= config.bin %> connectors check stripe', '<%= config.bin %> connectors check stripe --json'];

  static override args = ConnectorCommand.args;
  static override flags = ConnectorCommand.flags;

  async run(): Promise<void> {
    const { args, flags } = await this.parse(ConnectorsCheck);
    this.useGlobals(flags);
    const result = await checkConnector(args.name, this.context(flags));
    if (this.jsonOutput) return this.out(json(result));
    const checked = result.checked ? `; pulled ${result.checked.records} records from ${result.checked.entity} ${result.checked.action}` : '';
    return this.out(`"${result.name}" (${result.mode}): ${result.status}${checked}\n`);
  }
}
