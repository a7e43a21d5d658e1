import { Args, Flags } from '@oclif/core';
import { modeFlag, PlatformCommand, workspaceFlag } from '../platform-command.js';
import type { Mode } from '../lib/mode.js';
import { describeSetup, runSetup, type SetupSummary } from '../lib/setup/index.js';

export default class Setup extends PlatformCommand<SetupSummary> {
  static override summary = 'Set up a connector end to end: the Airbyte checklist as a wizard, or from flags in CI.';
  static override description =
    'Steps, in order: mode (platform or local); Airbyte credentials; workspace; the template that enables the connector ' +
    '(registered when missing); the connector (created when missing); a test query that reports "Pulled N records"; ' +
    'optionally a .env file (mode 0600, added to .gitignore).\n' +
    'On a terminal it asks for what it needs. With --yes, or without a terminal (or with CI set), it asks nothing and fails ' +
    'at once naming every missing flag or environment variable. Every step looks for what exists first, so running it ' +
    'again changes nothing.';

  static override examples = [
    '<%= config.bin %> setup',
    '<%= config.bin %> setup stripe',
    'AIRBYTE_CLIENT_ID=… AIRBYTE_CLIENT_SECRET=… STRIPE_API_KEY=… <%= config.bin %> setup stripe --yes --workspace acme',
    'STRIPE_API_KEY=sk_test_… <%= config.bin %> setup stripe --mode local --yes --write-env',
  ];

  // Its steps have spinners of their own.
  protected static override waitSpinner = false;

  static override args = {
    connector: Args.string({ description: 'Connector type, e.g. stripe (asked for on a terminal when left out).' }),
  };

  static override flags = {
    mode: modeFlag,
    yes: Flags.boolean({ char: 'y', description: 'Ask nothing: take defaults and fail naming anything missing.' }),
    'client-id': Flags.string({ description: 'Airbyte client id (default: AIRBYTE_CLIENT_ID, else your login).' }),
    'client-secret-stdin': Flags.boolean({ description: 'Read the Airbyte client secret from stdin (default: AIRBYTE_CLIENT_SECRET, else your login).' }),
    'organization-id': Flags.string({ description: 'Airbyte organization id (default: AIRBYTE_ORGANIZATION_ID, else the token’s).' }),
    workspace: workspaceFlag,
    'template-name': Flags.string({ description: 'Name of the template to find or register (default: the connector title, e.g. Stripe).' }),
    name: Flags.string({ description: 'Name of the connector (default: the connector type).' }),
    auth: Flags.string({ description: 'Auth scheme when the connector has several (see `aac describe`).' }),
    'auth-file': Flags.string({ description: 'JSON file with the connector auth fields.', exclusive: ['auth-stdin'] }),
    'auth-stdin': Flags.boolean({ description: 'Read the connector auth fields as a JSON object from stdin.' }),
    'oauth-secret-id': Flags.string({ description: 'Hosted OAuth connectors: the secret id from the platform OAuth callback.', exclusive: ['auth-file', 'auth-stdin'] }),
    verify: Flags.boolean({ description: 'Run a test query at the end (--no-verify skips it).', allowNo: true, default: true }),
    'verify-entity': Flags.string({ description: 'Entity for the test query (default: the first that lists without params).' }),
    'write-env': Flags.boolean({ description: 'Write the credentials to the .env file (default: ask on a terminal, else no).', allowNo: true }),
    'env-file': Flags.string({ description: 'Path of the .env file.', default: '.env' }),
  };


  async run(): Promise<SetupSummary> {
    const { args, flags } = await this.parse(Setup);
    return runSetup(this.ctx, {
      connector: args.connector,
      mode: flags.mode as Mode | undefined,
      interactive: this.ctx.interactive && !flags.yes,
      apiUrl: flags['api-url'],
      clientId: flags['client-id'],
      clientSecretStdin: flags['client-secret-stdin'],
      organizationId: flags['organization-id'],
      workspace: flags.workspace,
      templateName: flags['template-name'],
      name: flags.name,
      scheme: flags.auth,
      authFile: flags['auth-file'],
      authStdin: flags['auth-stdin'],
      oauthSecretId: flags['oauth-secret-id'],
      verify: flags.verify,
      verifyEntity: flags['verify-entity'],
      writeEnv: flags['write-env'],
      envFile: flags['env-file'],
    });
  }

  protected override human(summary: SetupSummary): string {
    return describeSetup(summary);
  }
}
