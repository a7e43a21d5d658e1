import type { ConnectorDef } from '../lib/engine/types.js';

/** Every connector type, loaded only when named so that start-up stays fast. */
const loaders: Record<string, () => Promise<{ default: ConnectorDef }>> = {
  airtable: () => import('./airtable/index.js'),
  'amazon-ads': () => import('./amazon-ads/index.js'),
  asana: () => import('./asana/index.js'),
  'facebook-marketing': () => import('./facebook-marketing/index.js'),
  github: () => import('./github/index.js'),
  gong: () => import('./gong/index.js'),
  'google-drive': () => import('./google-drive/index.js'),
  greenhouse: () => import('./greenhouse/index.js'),
  hubspot: () => import('./hubspot/index.js'),
  intercom: () => import('./intercom/index.js'),
  jira: () => import('./jira/index.js'),
  klaviyo: () => import('./klaviyo/index.js'),
  linear: () => import('./linear/index.js'),
  mailchimp: () => import('./mailchimp/index.js'),
  orb: () => import('./orb/index.js'),
  salesforce: () => import('./salesforce/index.js'),
  shopify: () => import('./shopify/index.js'),
  slack: () => import('./slack/index.js'),
  stripe: () => import('./stripe/index.js'),
  'zendesk-chat': () => import('./zendesk-chat/index.js'),
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
