import type { ConnectorDef } from '../engine/types.js';
import { createLocal } from '../local-connectors.js';
import type { SetupSummary, StepContext } from './options.js';

/** The local half of the checklist: the connector's credentials saved in the local store (kept when saved already). */
export async function localSteps(ctx: StepContext, connector: ConnectorDef): Promise<SetupSummary['connector']> {
  const { opts, progress } = ctx;
  const name = opts.name ?? connector.name;
  const saved = ctx.context.store().connector(name);
  if (saved?.mode === 'local' && saved.type === connector.name) {
    await progress.note(`Local connector "${name}" is saved already (replace it with \`aac connectors create ${connector.name} --local --force\`)`);
    return { name, type: connector.name, mode: 'local', status: 'existing' };
  }
  const created = await createLocal(ctx.context, connector, { ...opts, name, collected: ctx.collected });
  await progress.note(`Saved local connector "${created.name}" (auth: ${created.auth}) in ${created.path}`);
  return { name, type: connector.name, mode: 'local', status: 'created' };
}
