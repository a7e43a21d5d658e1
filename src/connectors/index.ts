import type { ConnectorDef } from '../lib/engine/types.js';

/** Every connector type, loaded only when named so that start-up stays fast. */
const loaders: Record<string, () => Promise<{ default: ConnectorDef }>> = {
  github: () => import('./github/index.js'),
  greenhouse: () => import('./greenhouse/index.js'),
  hubspot: () => import('./hubspot/index.js'),
  intercom: () => import('./intercom/index.js'),
  jira: () => import('./jira/index.js'),
  linear: () => import('./linear/index.js'),
  slack: () => import('./slack/index.js'),
  stripe: () => import('./stripe/index.js'),
  'zendesk-support': () => import('./zendesk-support/index.js'),
};

export const connectorNames: readonly string[] = Object.keys(loaders).sort();

export function isConnectorName(name: string): boolean {
  return Object.hasOwn(loaders, name);
}

export async function loadConnector(name: string): Promise<ConnectorDef> {
  const load = loaders[name];
  if (!load) throw new Error(`unknown connector ${name}`);
  return (await load()).default;
}

export async function loadAllConnectors(): Promise<ConnectorDef[]> {
  return Promise.all(connectorNames.map((n) => loadConnector(n)));
}
