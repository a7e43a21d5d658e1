import { connectorNames, isConnectorName, loadConnector } from '../../connectors/index.js';
import type { ConnectorDef } from '../engine/types.js';
import { AacError } from '../errors.js';
import { unknownNameHint } from '../suggest.js';
import type { PlatformClient } from './client.js';
import { isAlreadyExists } from './errors.js';
import type { TemplateListItem, TemplateMode } from './schemas.js';

export interface TemplateSummary {
  id: string;
  name: string;
  connector: string | null;
  definition_id: string;
  mode: string | null;
}

export function summarize(t: TemplateListItem): TemplateSummary {
  return {
    id: t.id,
    name: t.name,
    connector: t.connector_name ?? null,
    definition_id: t.actor_definition_id,
    mode: typeof t.mode === 'string' ? t.mode : null,
  };
}

export interface RegisterOptions {
  name?: string;
  mode: TemplateMode;
  partialDefaultConfig: Record<string, unknown>;
}

export interface Registered {
  status: 'created' | 'exists';
  template: TemplateSummary;
}

/** An existing template for the connector: the one with `name` when given, else any for its definition. */
function existing(templates: TemplateListItem[], connector: ConnectorDef, name: string | undefined): TemplateListItem | undefined {
  const forType = templates.filter((t) => t.actor_definition_id === connector.definitionId);
  return name ? (forType.find((t) => t.name === name) ?? templates.find((t) => t.name === name)) : forType[0];
}

/** Enables a connector for the organization. What already exists is reported, not an error. */
export async function registerTemplate(client: PlatformClient, connector: ConnectorDef, opts: RegisterOptions): Promise<Registered> {
  const found = existing(await client.templates.list(), connector, opts.name);
  if (found) return { status: 'exists', template: summarize(found) };
  try {
    const created = await client.templates.create({
      actor_definition_id: connector.definitionId,
      name: opts.name ?? connector.title,
      partial_default_config: opts.partialDefaultConfig,
      mode: opts.mode,
    });
    return {
      status: 'created',
      template: { id: created.id, name: created.name, connector: connector.title, definition_id: created.source_definition_id, mode: typeof created.mode === 'string' ? created.mode : opts.mode },
    };
  } catch (err) {
    if (!isAlreadyExists(err)) throw err;
    const raced = existing(await client.templates.list(), connector, opts.name ?? connector.title);
    if (!raced) throw err;
    return { status: 'exists', template: summarize(raced) };
  }
}

/** A template by id, or the one enabled for a connector type (e.g. stripe). */
export async function findTemplate(client: PlatformClient, ref: string): Promise<TemplateSummary> {
  const templates = await client.templates.list();
  const byId = templates.find((t) => t.id === ref);
  if (byId) return summarize(byId);
  if (!isConnectorName(ref)) {
    const names = templates.map((t) => t.name);
    const byName = templates.filter((t) => t.name === ref);
    if (byName.length === 1) return summarize(byName[0]!);
    throw new AacError('not_found', `No template with id or name "${ref}", and it is not a connector type.`, {
      hint: unknownNameHint(ref, [...connectorNames, ...names], 'aac templates'),
    });
  }
  const connector = await loadConnector(ref);
  const forType = templates.filter((t) => t.actor_definition_id === connector.definitionId);
  if (forType.length === 0) {
    throw new AacError('not_found', `${connector.title} is not enabled: no template for it.`, {
      hint: `Register one with \`aac templates register ${connector.name}\`.`,
    });
  }
  if (forType.length > 1) {
    throw new AacError('usage', `Several templates exist for ${connector.title}: ${forType.map((t) => `${t.name} (${t.id})`).join(', ')}.`, {
      hint: 'Name the one you mean by its id.',
    });
  }
  return summarize(forType[0]!);
}
