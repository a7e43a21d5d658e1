import { Flags } from '@oclif/core';
import { PlatformCommand } from '../platform-command.js';
import { login, loginCredentials, type LoginResult } from '../lib/platform/login.js';

export default class Login extends PlatformCommand<LoginResult> {
  static override summary = 'Log in to the Airbyte platform with an application client id and secret.';
  static override description =
    'Exchanges the credentials for an application token, then saves both in the local store (mode 0600). ' +
    'Platform commands reuse the token and refresh it before it expires. The secret comes from AIRBYTE_CLIENT_SECRET, ' +
    'stdin (--client-secret-stdin) or a masked prompt on a TTY; it is never printed.';

  static override examples = [
    '<%= config.bin %> login',
    'AIRBYTE_CLIENT_ID=… AIRBYTE_CLIENT_SECRET=… <%= config.bin %> login',
    'printf %s "$SECRET" | <%= config.bin %> login --client-id my-client --client-secret-stdin',
  ];

  static override flags = {
    'client-id': Flags.string({ description: 'Application client id (default: AIRBYTE_CLIENT_ID).' }),
    'client-secret-stdin': Flags.boolean({ description: 'Read the client secret from stdin (default: AIRBYTE_CLIENT_SECRET).' }),
    'organization-id': Flags.string({ description: 'Organization to act in, sent as X-Organization-Id (default: AIRBYTE_ORGANIZATION_ID).' }),
  };


  async run(): Promise<LoginResult> {
    const { flags } = await this.parse(Login);
    const credentials = await loginCredentials(this.ctx, {
      clientId: flags['client-id'],
      secretStdin: flags['client-secret-stdin'],
      organizationId: flags['organization-id'],
    });
    return login(this.ctx, credentials, { apiUrl: flags['api-url'], timeoutMs: flags.timeout * 1000 });
  }

  protected override human(result: LoginResult): string {
    const org = result.organization_id ? ` (organization ${result.organization_id})` : '';
    return `Logged in to ${result.api_url}${org}.\nToken valid until ${result.token_expires_at}; credentials saved in ${result.config_path}.\n`;
  }
}
