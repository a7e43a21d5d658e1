import { PlatformCommand } from '../platform-command.js';
import { whoami } from '../lib/platform/login.js';
import { renderRecord } from '../lib/output/record.js';
import { json } from '../lib/output/write.js';

export default class Whoami extends PlatformCommand {
  static override summary = 'Show the Airbyte platform organization, default workspace and token expiry.';
  static override aliases = ['status'];
  static override examples = ['<%= config.bin %> whoami', '<%= config.bin %> status --json'];

  async run(): Promise<void> {
    const { flags } = await this.parse(Whoami);
    this.useGlobals(flags);
    const identity = await whoami(this.store(), {
      apiUrl: flags['api-url'],
      debug: this.globalFlags.debug ? this.debugLog : undefined,
    });
    if (this.jsonOutput) return this.out(json(identity));
    return this.out(
      renderRecord({
        'API URL': identity.api_url,
        'client id': identity.client_id,
        credentials: identity.credentials_from === 'env' ? 'AIRBYTE_CLIENT_ID / AIRBYTE_CLIENT_SECRET' : 'aac login',
        organization: identity.organization_id,
        workspace: identity.workspace ? `${identity.workspace.name} (${identity.workspace.id})` : 'none saved (see `aac workspaces use`)',
        'token expires': identity.token_expires_at,
      }),
    );
  }
}
