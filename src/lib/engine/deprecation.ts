import type { ActionDef, ConnectorDef, EntityDef } from './types.js';

/** The entities under their current names, without the old names kept as deprecated aliases. */
export function currentEntities(connector: ConnectorDef): [string, EntityDef][] {
  return Object.entries(connector.entities).filter(([, e]) => !e.deprecated);
}

/** The actions of an entity under their current names. */
export function currentActions(entity: EntityDef): [string, ActionDef][] {
  return Object.entries(entity.actions).filter(([, a]) => !a.deprecated);
}

/** How many actions a connector has under their current names, for catalogs. */
export function actionCount(connector: ConnectorDef): number {
  return currentEntities(connector).reduce((n, [, e]) => n + currentActions(e).length, 0);
}

/** The warning for a deprecated name: `what` is `entity "ad_account"` or `action "search"`. */
export function deprecationWarning(connector: ConnectorDef, what: string, use: string): string {
  return `Warning: ${connector.name} ${what} is deprecated; use "${use}" instead (the old name will be removed).`;
}
