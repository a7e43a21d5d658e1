import { workspaceFlag } from '../../platform-command.js';
import { scopedToken, type TenantToken } from '../../lib/platform/tenant-tokens.js';
import { TokenCommand } from '../../token-command.js';

export default class TokensScoped extends TokenCommand {
  static override summary = "Issue a scoped token for a tenant's end users, limited to the tenant's workspace.";
  static override description =
    'Prints only the token on stdout (for piping into a secret store); --json prints the object. ' +
    'A workspace name that does not exist yet is a new tenant: the platform creates its workspace.';

  static override examples = [
    '<%= config.bin %> tokens scoped --workspace acme',
    '<%= config.bin %> tokens scoped --workspace acme | vault kv put secret/acme/airbyte token=-',
  ];

  static override flags = { workspace: workspaceFlag };

  async run(): Promise<TenantToken> {
    const { flags } = await this.parse(TokensScoped);
    return scopedToken(this.ctx, this.platform(flags), flags.workspace);
  }
}
