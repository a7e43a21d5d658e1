import { Args, Flags } from '@oclif/core';
import { modeFlag, PlatformCommand, workspaceFlag } from '../../platform-command.js';
import { connectorType } from '../../lib/connection.js';
import { AacError } from '../../lib/errors.js';
import { createHosted, type CreatedHosted } from '../../lib/hosted-connectors.js';
import { createLocal, type CreatedConnector } from '../../lib/local-connectors.js';
import { checkName } from '../../lib/saved-input.js';
import { decideMode, reportMode, type Mode } from '../../lib/mode.js';
import { ndjsonLine } from '../../lib/output/write.js';
import { tenantWorkspace } from '../../lib/platform/workspaces.js';
import { provisionTenants, type TenantResult } from '../../lib/tenants.js';

type Created = (CreatedConnector & { mode: 'local' }) | (CreatedHosted & { new_workspace?: boolean });
type Output = Created | TenantResult[];

export default class ConnectorsCreate extends PlatformCommand<Output> {
  static override summary = 'Save a connector with its credentials, locally or as a hosted connector on the Airbyte platform.';
  static override description =
    'Credentials come from --auth-file, --auth-stdin, the environment (see `aac describe <connector>`), or masked prompts on a TTY.\n' +
    'Local: they are saved in the local store (mode 0600). Hosted (--hosted, or by default when platform credentials are present): ' +
    'the connector is created in a platform workspace, which keeps the credentials; the local store remembers it by name so ' +
    '`aac exec <name>` needs no id. A hosted connector that already exists is reused.\n' +
    'A --workspace name that no workspace has is a new tenant: the platform creates the workspace with the connector. ' +
    'With --from, one hosted connector is provisioned per line of an NDJSON file ' +
    '({"connector","workspace","name","credentials"}, a credential being a value or {"env":"VARIABLE"}); one result line per ' +
    'tenant is printed (NDJSON when piped or with --json), and the exit code is 1 if any line failed, the others still done.';

  static override examples = [
    '<%= config.bin %> connectors create stripe --local',
    'STRIPE_API_KEY=sk_test_… <%= config.bin %> connectors create stripe --local --name stripe-test',
    `echo '{"token":"ghp_…"}' | <%= config.bin %> connectors create github --local --auth-stdin`,
    'STRIPE_API_KEY=sk_live_… <%= config.bin %> connectors create stripe --hosted --workspace acme --check',
    '<%= config.bin %> connectors create salesforce --hosted --oauth-secret-id "$SECRET_ID"',
    '<%= config.bin %> connectors create --hosted --from tenants.ndjson',
  ];

  static override args = {
    connector: Args.string({ description: 'Connector type, e.g. stripe (not with --from).' }),
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
    'base-url': Flags.string({ description: "Local: save this server URL with the connector instead of the connector's own (a proxy, GitHub Enterprise, a test server)." }),
    force: Flags.boolean({ description: 'Replace a saved connector of the same name (hosted: create a new one).' }),
    check: Flags.boolean({ description: 'Hosted: have the platform check the credentials before creating; nothing is created if they fail (exit 1).' }),
    from: Flags.string({
      description: 'Hosted: provision one connector per line of this NDJSON file (- for stdin).',
      exclusive: ['local', 'mode', 'name', 'auth', 'auth-file', 'auth-stdin', 'oauth-secret-id', 'force'],
    }),
    workspace: workspaceFlag,
  };

  async run(): Promise<Output> {
    const { args, flags } = await this.parse(ConnectorsCreate);
    if (flags.from) {
      if (args.connector) throw new AacError('usage', 'Give either a connector type or --from, not both.', { hint: 'The connector of each tenant is the `connector` of its line.' });
      return provisionTenants(this.ctx, this.platform(flags), flags.from, { workspace: flags.workspace, check: flags.check });
    }
    if (!args.connector) throw new AacError('usage', 'Missing the connector type.', { hint: 'e.g. `aac connectors create stripe`, or --from tenants.ndjson for a batch.' });
    const connector = await connectorType(args.connector);
    if (flags.name) checkName(flags.name);
    const flagMode: Mode | undefined =
      flags.local ? 'local' : flags.hosted || flags['oauth-secret-id'] ? 'platform' : (flags.mode as Mode | undefined);
    const decision = decideMode(flagMode, this.ctx.existingStore(), this.ctx.env);
    reportMode(decision, this.ctx);
    const input = { scheme: flags.auth, authFile: flags['auth-file'], authStdin: flags['auth-stdin'] };
    if (decision.mode === 'local') {
      return { ...(await createLocal(this.ctx, connector, { ...input, name: flags.name, force: flags.force, baseUrl: flags['base-url'] })), mode: 'local' };
    }
    if (flags['base-url']) throw new AacError('usage', '--base-url applies to local connectors only; a hosted connector runs on the platform.', { hint: 'Add --local, or drop --base-url.' });
    const client = this.platform(flags);
    const workspace = await tenantWorkspace(client, this.ctx, flags.workspace);
    const created = await createHosted(this.ctx, connector, client, {
      ...input,
      name: flags.name,
      workspace,
      oauthSecretId: flags['oauth-secret-id'],
      force: flags.force,
      check: flags.check,
    });
    return { ...created, mode: 'hosted', ...(workspace.isNew ? { new_workspace: true } : {}) };
  }

  protected override machineText(output: Output): string {
    return Array.isArray(output) ? output.map(ndjsonLine).join('') : super.machineText(output);
  }

  protected override exitCodeFor(output: Output): number {
    return Array.isArray(output) && output.some((r) => r.status === 'failed') ? 1 : 0;
  }

  protected override human(output: Output): string {
    if (Array.isArray(output)) return humanBatch(output);
    if (output.mode === 'local') return `Saved ${output.type} connector "${output.name}" (local, auth: ${output.auth}${output.base_url ? `, base URL ${output.base_url}` : ''}) in ${output.path}\n`;
    const where = `in ${output.new_workspace ? 'the new ' : ''}workspace "${output.workspace}" (id ${output.id})`;
    return output.status === 'created'
      ? `Created hosted ${output.type} connector "${output.name}" ${where}\n`
      : `Hosted ${output.type} connector "${output.name}" already exists ${where}; reusing it (its credentials were not changed).\n`;
  }
}

function humanBatch(results: TenantResult[]): string {
  const lines = results.map((r) =>
    r.status === 'failed'
      ? `line ${r.line}: failed: ${r.error!.message}`
      : `line ${r.line}: ${r.status} ${r.connector} connector "${r.name}" in ${r.new_workspace ? 'the new ' : ''}workspace "${r.workspace}" (id ${r.id})`,
  );
  const count = (status: TenantResult['status']) => results.filter((r) => r.status === status).length;
  lines.push(`${results.length} tenant(s): ${count('created')} created, ${count('existing')} existing, ${count('failed')} failed.`);
  return `${lines.join('\n')}\n`;
}
