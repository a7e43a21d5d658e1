import { loadAllConnectors } from '../../connectors/index.js';
import { connectorType } from '../connection.js';
import type { LocalConnector } from '../config/schema.js';
import type { ConnectorDef } from '../engine/types.js';
import { executeHosted } from '../hosted-executor.js';
import { decideMode, type Mode } from '../mode.js';
import type { Context } from '../context.js';
import { Progress } from '../output/progress.js';
import { envStep, localRunner, verifyStep } from './finish.js';
import { localSteps } from './local.js';
import type { SetupOptions, SetupSummary, StepContext } from './options.js';
import { platformSteps } from './platform.js';
import { preflight } from './preflight.js';
import { checkName } from '../saved-input.js';

export type { SetupOptions, SetupSummary } from './options.js';

async function chooseConnector(ctx: StepContext): Promise<ConnectorDef | undefined> {
  if (ctx.opts.connector) return connectorType(ctx.opts.connector);
  if (!ctx.opts.interactive) return undefined;
  const all = await loadAllConnectors();
  const name = await ctx.ask.select('Which connector?', all.map((c) => ({ value: c.name, name: c.title })));
  return connectorType(name);
}

async function chooseMode(ctx: StepContext): Promise<Mode> {
  const detected = decideMode(undefined, ctx.context.store(), ctx.context.env);
  if (ctx.opts.mode || !ctx.opts.interactive) {
    const mode = ctx.opts.mode ?? detected.mode;
    await ctx.progress.note(`Mode: ${mode} (${ctx.opts.mode ? `--mode ${mode}` : detected.reason})`);
    return mode;
  }
  return ctx.ask.select(
    'Where should the connector run?',
    [
      { value: 'platform', name: 'Airbyte platform', description: 'A hosted connector in your workspace at app.airbyte.ai; the platform keeps its credentials' },
      { value: 'local', name: 'Local', description: 'aac calls the API from this machine with credentials in the local store' },
    ],
    detected.mode,
  );
}

/**
 * The Airbyte setup checklist: mode, credentials, workspace, template, connector, a test query and optionally a
 * .env file. Every step first looks for what exists already, so running it again changes nothing.
 */
export async function runSetup(context: Context, opts: SetupOptions): Promise<SetupSummary> {
  const ctx: StepContext = { context, opts, ask: context.prompter, progress: new Progress(context.io.stderrTTY ? context.io.stderr : undefined) };
  if (opts.name) checkName(opts.name);
  const chosen = await chooseConnector(ctx);
  const mode = await chooseMode(ctx);
  const { connector, collected } = opts.interactive && chosen ? { connector: chosen, collected: undefined } : await preflight(context, opts, chosen, mode);
  ctx.collected = collected;
  if (mode === 'platform') {
    const { client, hosted, summary } = await platformSteps(ctx, connector);
    const verify = await verifyStep(ctx, connector, (ref, params) => executeHosted(client, hosted, ref, params));
    const envFile = await envStep(ctx, connector, { platform: client.credentials, connector: ctx.collected });
    return { mode, ...summary, verify, ...(envFile ? { env_file: envFile } : {}) };
  }
  const summary = await localSteps(ctx, connector);
  const verify = await verifyStep(ctx, connector, await localRunner(ctx, summary.name));
  const saved = context.store().connector(summary.name) as LocalConnector;
  const envFile = await envStep(ctx, connector, { connector: { scheme: saved.auth, credentials: saved.credentials, config: saved.config } });
  return { mode, connector: summary, verify, ...(envFile ? { env_file: envFile } : {}) };
}

/** The closing lines on a terminal. */
export function describeSetup(s: SetupSummary): string {
  const lines: string[] = [];
  const c = s.connector;
  const what = c.mode === 'hosted' ? `hosted connector "${c.name}" in workspace "${c.workspace}"` : `local connector "${c.name}"`;
  const verb = c.status === 'created' ? 'created' : 'was already set up';
  if ('records' in s.verify) lines.push(`${c.status === 'created' ? 'Connector created and verified!' : 'Connector verified!'} Pulled ${s.verify.records} records successfully.`);
  lines.push(`The ${c.type} ${what} ${verb}${c.id ? ` (id ${c.id})` : ''}.`);
  if (s.env_file) lines.push(`Credentials are in ${s.env_file.path} (mode 0600, git-ignored).`);
  lines.push(`Try: aac exec ${c.name} <entity> list   (entities: aac describe ${c.type})`);
  return `${lines.join('\n')}\n`;
}
