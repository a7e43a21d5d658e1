import { ConnectorCommand } from '../../connector-command.js';
import { inspectConnector } from '../../lib/connector-admin.js';

export default class ConnectorsInspect extends ConnectorCommand {
  static override summary = "Show a hosted connector's metadata and readiness (workspace, definition, context store, warnings).";
  static override examples = ['<%= config.bin %> connectors inspect stripe'];

  static override args = ConnectorCommand.args;
  static override flags = ConnectorCommand.flags;


  async run(): Promise<unknown> {
    const { args, flags } = await this.parse(ConnectorsInspect);
    return inspectConnector(this.ctx, args.name, this.admin(flags));
  }
}
