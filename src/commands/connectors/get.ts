import { ConnectorCommand } from '../../connector-command.js';
import { getConnector } from '../../lib/connector-admin.js';

export default class ConnectorsGet extends ConnectorCommand {
  static override summary = 'Show a connector: a saved local one (never its secrets), or a hosted one as the platform describes it.';
  static override examples = ['<%= config.bin %> connectors get stripe', '<%= config.bin %> connectors get my-hosted-stripe | jq .source_template.name'];

  static override args = ConnectorCommand.args;
  static override flags = ConnectorCommand.flags;


  async run(): Promise<unknown> {
    const { args, flags } = await this.parse(ConnectorsGet);
    return getConnector(this.ctx, args.name, this.admin(flags));
  }
}
