import { Flags } from '@oclif/core';
import { PlatformCommand } from '../platform-command.js';
import { login, loginCredentials } from '../lib/platform/login.js';
import { json } from '../lib/output/write.js';

export default class Login extends PlatformCommand {
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
    'organization-id': Flags.string({ description: 'Organization to act in, sent as X-Organization-Id.', env: 'AIRBYTE_ORGANIZATION_ID' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Login);
    this.useGlobals(flags);
    const credentials = await loginCredentials({
      clientId: flags['client-id'],
      secretStdin: flags['client-secret-stdin'],
      organizationId: flags['organization-id'],
      interactive: this.interactive,
    });
    const result = await login(this.store(), credentials, {
      apiUrl: flags['api-url'],
      debug: this.globalFlags.debug ? this.debugLog : undefined,
    });
    if (this.jsonOutput) return this.out(json(result));
    const org = result.organization_id ? ` (organization ${result.organization_id})` : '';
    return this.out(
      `Logged in to ${result.api_url}${org}.\nToken valid until ${result.token_expires_at}; credentials saved in ${result.config_path}.\n`,
    );
  }
}
