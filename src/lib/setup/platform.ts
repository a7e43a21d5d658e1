import type { ConnectorDef } from '../engine/types.js';
import { AacError } from '../errors.js';
import { createHosted, findHosted, type HostedConnection } from '../hosted-connectors.js';
import { collectCredentials } from '../local-connectors.js';
import { platformClient, type PlatformClient } from '../platform/client.js';
import { platformCredentials, savedFor } from '../platform/credentials.js';
import { login, loginCredentials } from '../platform/login.js';
import { registerTemplate } from '../platform/templates.js';
import { resolveWorkspace, saveDefaultWorkspace, type ResolvedWorkspace } from '../platform/workspaces.js';
import type { SetupSummary, StepContext } from './options.js';

type PlatformSummary = Pick<SetupSummary, 'platform' | 'workspace' | 'template' | 'connector'>;

/** Step 1: application credentials (a login, the environment, flags, or prompts) exchanged for a token. */
async function credentialsStep(ctx: StepContext): Promise<PlatformClient> {
  const { opts, progress, context } = ctx;
  if (platformCredentials(context.store(), context.env)) {
    const client = platformClient(context, { apiUrl: opts.apiUrl });
    await progress.step(
      'Getting an application token',
      () => client.token(),
      (t) => `Airbyte credentials from ${client.credentials!.source === 'env' ? 'the environment' : 'your login'}; token valid until ${new Date(t.expiresAt).toLocaleTimeString()}`,
    );
    return client;
  }
  const credentials = await loginCredentials(context, {
    clientId: opts.clientId,
    secretStdin: opts.clientSecretStdin,
    organizationId: opts.organizationId,
    interactive: opts.interactive,
  });
  await progress.step('Signing in to the Airbyte platform', () => login(context, credentials, { apiUrl: opts.apiUrl }), () => `Signed in; credentials saved in ${context.store().path}`);
  return platformClient(context, { apiUrl: opts.apiUrl });
}

/** Step 2: the workspace; a choice made here becomes the default of a saved login. */
async function workspaceStep(ctx: StepContext, client: PlatformClient): Promise<ResolvedWorkspace> {
  const store = ctx.context.store();
  const workspace = await resolveWorkspace(client, ctx.context, { flag: ctx.opts.workspace, interactive: ctx.opts.interactive });
  if (workspace.source !== 'default' && savedFor(store, client.credentials)) await saveDefaultWorkspace(store, client, workspace);
  await ctx.progress.note(`Workspace "${workspace.name}"${workspace.source === 'default' ? ' (your default)' : ''}`);
  return workspace;
}

/** Step 3: the connector enabled for the organization, registering a DIRECT template when there is none. */
async function templateStep(ctx: StepContext, client: PlatformClient, connector: ConnectorDef): Promise<NonNullable<SetupSummary['template']>> {
  const { opts, progress, ask } = ctx;
  const name = opts.templateName;
  const templates = await progress.step('Checking the source templates', () => client.templates.list(), (list) => `${list.length} source template(s) enabled`);
  const present = templates.some((t) => (name ? t.name === name : t.actor_definition_id === connector.definitionId));
  if (!present && opts.interactive) {
    const ok = await ask.confirm(`${connector.title} is not enabled yet. Register a DIRECT template "${name ?? connector.title}" for it?`, true);
    if (!ok) throw new AacError('cancelled', `Stopped: a hosted ${connector.title} connector needs a template.`, { hint: `Register one later with \`aac templates register ${connector.name}\`.` });
  }
  const registered = await progress.step(
    present ? 'Finding the template' : `Registering a template for ${connector.title}`,
    () => registerTemplate(client, connector, { name, mode: 'DIRECT', partialDefaultConfig: {} }),
    (r) => `Template "${r.template.name}" ${r.status === 'created' ? 'registered' : 'already exists'}`,
  );
  return { id: registered.template.id, name: registered.template.name, status: registered.status };
}

/** Step 4: the hosted connector, found in the workspace or created with credentials asked for only then. */
async function connectorStep(ctx: StepContext, client: PlatformClient, connector: ConnectorDef, workspace: ResolvedWorkspace): Promise<{ hosted: HostedConnection; summary: SetupSummary['connector'] }> {
  const { opts, progress, ask, context } = ctx;
  const store = context.store();
  let name = opts.name ?? connector.name;
  if (store.connector(name)?.mode === 'local') {
    throw new AacError('usage', `A local connector named "${name}" is saved already.`, { hint: 'Pass --name to save the hosted one under another name.' });
  }
  const existing = await progress.step(
    `Looking for a ${connector.title} connector in "${workspace.name}"`,
    () => findHosted(client, connector, { workspace_name: workspace.name }, name),
    (found) => (found ? `Connector "${found.name}" already exists (${found.id})` : 'No connector yet'),
  );
  let id: string;
  let status: 'created' | 'existing' = 'existing';
  if (existing) {
    id = existing.id;
    const saved = store.connector(name);
    if (!(saved?.mode === 'hosted' && saved.id === id && saved.workspace === workspace.name)) {
      await store.saveConnector(name, { mode: 'hosted', type: connector.name, id, workspace: workspace.name, createdAt: new Date().toISOString() });
    }
  } else {
    if (opts.interactive && !opts.name) name = (await ask.input('Name for the new connector:', name)).trim();
    if (!opts.oauthSecretId) ctx.collected ??= await collectCredentials(context, connector, { ...opts, interactive: opts.interactive });
    const created = await progress.step(
      `Creating the ${connector.title} connector "${name}"`,
      () => createHosted(context, connector, client, { ...opts, name, workspace, collected: ctx.collected, interactive: false }),
      (c) => (c.status === 'created' ? `Created connector "${c.name}" (${c.id})` : `Connector "${c.name}" already exists (${c.id})`),
    );
    ({ id, status } = created);
  }
  return {
    hosted: { connector, id, name, workspace: workspace.name },
    summary: { name, type: connector.name, mode: 'hosted', status, id, workspace: workspace.name },
  };
}

/** The platform half of the checklist: credentials, workspace, template, connector. */
export async function platformSteps(ctx: StepContext, connector: ConnectorDef): Promise<{ client: PlatformClient; hosted: HostedConnection; summary: PlatformSummary }> {
  const client = await credentialsStep(ctx);
  const workspace = await workspaceStep(ctx, client);
  const template = await templateStep(ctx, client, connector);
  const { hosted, summary } = await connectorStep(ctx, client, connector, workspace);
  return {
    client,
    hosted,
    summary: {
      platform: { credentials: client.credentials!.source, organization_id: client.organizationId ?? null },
      workspace: { id: workspace.id, name: workspace.name, source: workspace.source },
      template,
      connector: summary,
    },
  };
}
