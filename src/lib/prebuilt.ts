import { loadAllConnectors } from '../connectors/index.js';
import { connectorType } from './connection.js';
import { describeConnector } from './describe.js';
import { actionCount, currentEntities } from './engine/deprecation.js';

/** One row of `aac connectors catalog`. */
export interface CatalogRow {
  name: string;
  title: string;
  definition_id: string;
  entities: string[];
  actions: number;
}

export type ConnectorDescription = ReturnType<typeof describeConnector>;

/**
 * What depends only on the connector definitions, computed from them when asked. The bundle (scripts/bundle.mjs)
 * replaces this module with the values these same functions return at build time, so that a run loads no definition.
 */
export async function catalog(): Promise<CatalogRow[]> {
  return (await loadAllConnectors()).map((c) => ({
    name: c.name,
    title: c.title,
    definition_id: c.definitionId,
    entities: currentEntities(c).map(([name]) => name),
    actions: actionCount(c),
  }));
}

/** `aac describe <type>`: the whole connector; an unknown name fails as in connectorType. */
export async function connectorDescription(name: string): Promise<ConnectorDescription> {
  return describeConnector(await connectorType(name));
}
