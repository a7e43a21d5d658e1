import type { ConnectorDef } from '../lib/engine/types.js';

/** Each connector type's definition, as a type only: loading stays lazy. */
export interface ConnectorTypes {
  airtable: typeof import('./airtable/index.js').default;
  'amazon-ads': typeof import('./amazon-ads/index.js').default;
  asana: typeof import('./asana/index.js').default;
  'facebook-marketing': typeof import('./facebook-marketing/index.js').default;
  github: typeof import('./github/index.js').default;
  gong: typeof import('./gong/index.js').default;
  'google-drive': typeof import('./google-drive/index.js').default;
  greenhouse: typeof import('./greenhouse/index.js').default;
  hubspot: typeof import('./hubspot/index.js').default;
  intercom: typeof import('./intercom/index.js').default;
  jira: typeof import('./jira/index.js').default;
  klaviyo: typeof import('./klaviyo/index.js').default;
  linear: typeof import('./linear/index.js').default;
  mailchimp: typeof import('./mailchimp/index.js').default;
  orb: typeof import('./orb/index.js').default;
  salesforce: typeof import('./salesforce/index.js').default;
  shopify: typeof import('./shopify/index.js').default;
  slack: typeof import('./slack/index.js').default;
  stripe: typeof import('./stripe/index.js').default;
  'zendesk-chat': typeof import('./zendesk-chat/index.js').default;
  'zendesk-support': typeof import('./zendesk-support/index.js').default;
}

export type ConnectorName = keyof ConnectorTypes;

/** Every connector type, loaded only when named so that start-up stays fast. */
const loaders: Record<ConnectorName, () => Promise<{ default: ConnectorDef }>> & Record<string, () => Promise<{ default: ConnectorDef }>> = {
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
