import { z } from 'zod';

const strings = z.record(z.string(), z.string());

export const LocalConnector = z.object({
  mode: z.literal('local'),
  type: z.string(),
  auth: z.string(),
  credentials: strings,
  config: strings.default({}),
  /** Replaces the connector's server URL (a proxy, GitHub Enterprise, a test server), unless --base-url is given. */
  baseUrl: z.string().optional(),
  createdAt: z.string().optional(),
});

export const HostedConnector = z.object({
  mode: z.literal('hosted'),
  type: z.string(),
  id: z.string(),
  workspace: z.string().optional(),
  createdAt: z.string().optional(),
});

export const SavedConnector = z.discriminatedUnion('mode', [LocalConnector, HostedConnector]);

export const PlatformState = z.object({
  clientId: z.string(),
  clientSecret: z.string(),
  organizationId: z.string().optional(),
  apiUrl: z.string().optional(),
  token: z.string().optional(),
  /** Epoch milliseconds. */
  tokenExpiresAt: z.number().optional(),
  workspace: z.object({ id: z.string(), name: z.string() }).optional(),
});

export const Profile = z.object({
  connectors: z.record(z.string(), SavedConnector).default({}),
  platform: PlatformState.optional(),
});

export const StoreData = z.object({
  version: z.literal(1).default(1),
  profiles: z.record(z.string(), Profile).default({}),
});

export type LocalConnector = z.infer<typeof LocalConnector>;
export type HostedConnector = z.infer<typeof HostedConnector>;
export type SavedConnector = z.infer<typeof SavedConnector>;
export type PlatformState = z.infer<typeof PlatformState>;
export type Profile = z.infer<typeof Profile>;
export type StoreData = z.infer<typeof StoreData>;
