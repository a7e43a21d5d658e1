import { PlatformCommand } from '../platform-command.js';
import { whoami, type Identity } from '../lib/platform/login.js';
import { renderRecord } from '../lib/output/record.js';

export default class Whoami extends PlatformCommand<Identity> {
  static override summary = 'Show the Airbyte platform organization, default workspace and token expiry.';
  static override aliases = ['status'];
  static override examples = ['<%= config.bin %> whoami', '<%= config.bin %> status --json'];


  async run(): Promise<Identity> {
    const { flags } = await this.parse(Whoami);
    return whoami(this.ctx, { apiUrl: flags['api-url'], timeoutMs: flags.timeout * 1000 });
  }

  protected override human(identity: Identity): string {
    return renderRecord({
      'API URL': identity.api_url,
      'client id': identity.client_id,
      credentials: identity.credentials_from === 'env' ? 'AIRBYTE_CLIENT_ID / AIRBYTE_CLIENT_SECRET' : 'aac login',
      organization: identity.organization_id,
      workspace: identity.workspace ? `${identity.workspace.name} (${identity.workspace.id})` : 'none saved (see `aac workspaces use`)',
      'token expires': identity.token_expires_at,
    });
  }
}
