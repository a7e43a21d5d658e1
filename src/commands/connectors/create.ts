import { Args, Flags } from '@oclif/core';
import { modeFlag, PlatformCommand, workspaceFlag } from '../../platform-command.js';
import { connectorType } from '../../lib/connection.js';
import { createHosted, type CreatedHosted } from '../../lib/hosted-connectors.js';
import { createLocal, type CreatedConnector } from '../../lib/local-connectors.js';
import { checkName } from '../../lib/saved-input.js';
import { decideMode, reportMode, type Mode } from '../../lib/mode.js';

type Created = (CreatedConnector & { mode: 'local' }) | CreatedHosted;

export default class ConnectorsCreate extends PlatformCommand<Created> {
  static override summary = 'Save a connector with its credentials, locally or as a hosted connector on the Airbyte platform.';
  static override description =
    'Credentials come from --auth-file, --auth-stdin, the environment (see `aac describe <connector>`), or masked prompts on a TTY.\n' +
    'Local: they are saved in the local store (mode 0600). Hosted (--hosted, or by default when platform credentials are present): ' +
    'the connector is created in a platform workspace, which keeps the credentials; the local store remembers it by name so ' +
    '`aac exec <name>` needs no id. A hosted connector that already exists is reused.';

  static override examples = [
    '<%= config.bin %> connectors create stripe --local',
    'STRIPE_API_KEY=sk_test_… <%= config.bin %> connectors create stripe --local --name stripe-test',
    `echo '{"token":"ghp_…"}' | <%= config.bin %> connectors create github --local --auth-stdin`,
    'STRIPE_API_KEY=sk_live_… <%= config.bin %> connectors create stripe --hosted --workspace acme',
    '<%= config.bin %> connectors create salesforce --hosted --oauth-secret-id "$SECRET_ID"',
  ];

  static override args = {
    connector: Args.string({ description: 'Connector type, e.g. stripe.', required: true }),
  };

  static override flags = {
    local: Flags.boolean({ description: 'Save the credentials locally (same as --mode local).', exclusive: ['hosted', 'mode'] }),
    hosted: Flags.boolean({ description: 'Create a hosted connector on the platform (same as --mode platform).', exclusive: ['local', 'mode'] }),
    mode: modeFlag,
    name: Flags.string({ description: 'Name to save it under (default: the connector type); also the hosted connector name.' }),
    auth: Flags.string({ description: 'Auth scheme to use when the connector has several (see `aac describe`).' }),
    'auth-file': Flags.string({ description: 'JSON file with the auth fields.', exclusive: ['auth-stdin'] }),
    'auth-stdin': Flags.boolean({ description: 'Read the auth fields as a JSON object from stdin.' }),
    'oauth-secret-id': Flags.string({
      description: 'Hosted OAuth connectors: the secret id from the platform OAuth callback, instead of credentials.',
      exclusive: ['auth-file', 'auth-stdin', 'local'],
    }),
    force: Flags.boolean({ description: 'Replace a saved connector of the same name (hosted: create a new one).' }),
    workspace: workspaceFlag,
  };


  async run(): Promise<Created> {
    const { args, flags } = await this.parse(ConnectorsCreate);
    const connector = await connectorType(args.connector);
    if (flags.name) checkName(flags.name);
    const flagMode: Mode | undefined =
      flags.local ? 'local' : flags.hosted || flags['oauth-secret-id'] ? 'platform' : (flags.mode as Mode | undefined);
    const decision = decideMode(flagMode, this.ctx.existingStore(), this.ctx.env);
    reportMode(decision, this.ctx);
    const input = { scheme: flags.auth, authFile: flags['auth-file'], authStdin: flags['auth-stdin'] };
    if (decision.mode === 'local') return { ...(await createLocal(this.ctx, connector, { ...input, name: flags.name, force: flags.force })), mode: 'local' };
    const workspace = await this.workspace(flags);
    const created = await createHosted(this.ctx, connector, this.platform(flags), {
      ...input,
      name: flags.name,
      workspace,
      oauthSecretId: flags['oauth-secret-id'],
      force: flags.force,
    });
    return { ...created, mode: 'hosted' };
  }

  protected override human(created: Created): string {
    if (created.mode === 'local') return `Saved ${created.type} connector "${created.name}" (local, auth: ${created.auth}) in ${created.path}\n`;
    const where = `in workspace "${created.workspace}" (id ${created.id})`;
    return created.status === 'created'
      ? `Created hosted ${created.type} connector "${created.name}" ${where}\n`
      : `Hosted ${created.type} connector "${created.name}" already exists ${where}; reusing it (its credentials were not changed).\n`;
  }
}
