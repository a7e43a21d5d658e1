import { Flags } from '@oclif/core';
import { workspaceFlag } from '../../platform-command.js';
import { widgetToken, type TenantToken } from '../../lib/platform/tenant-tokens.js';
import { TokenCommand } from '../../token-command.js';

export default class TokensWidget extends TokenCommand {
  static override summary = "Issue a widget token, for a front end to open the connector widget of a tenant's workspace.";
  static override description = 'Prints only the token on stdout; --json prints the object. The platform requires the origin the widget runs on.';
  static override examples = ['<%= config.bin %> tokens widget --workspace acme --allowed-origin https://app.example.com'];

  static override flags = {
    workspace: workspaceFlag,
    'allowed-origin': Flags.string({ description: 'Origin of the front end that opens the widget, e.g. https://app.example.com.', required: true }),
  };

  async run(): Promise<TenantToken> {
    const { flags } = await this.parse(TokensWidget);
    return widgetToken(this.ctx, this.platform(flags), flags.workspace, flags['allowed-origin']);
  }
}
