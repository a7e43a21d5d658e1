import { z } from 'zod';

/** The store file's schemas, built when a file is read or written (a run without a store builds none). */
function schemas() {
  const strings = z.record(z.string(), z.string());

  const LocalConnector = z.object({
    mode: z.literal('local'),
    type: z.string(),
    auth: z.string(),
    credentials: strings,
    config: strings.default({}),
    /** Replaces the connector's server URL (a proxy, GitHub Enterprise, a test server), unless --base-url is given. */
    baseUrl: z.string().optional(),
    createdAt: z.string().optional(),
  });

  const HostedConnector = z.object({
    mode: z.literal('hosted'),
    type: z.string(),
    id: z.string(),
    workspace: z.string().optional(),
    createdAt: z.string().optional(),
  });

  const SavedConnector = z.discriminatedUnion('mode', [LocalConnector, HostedConnector]);

  const PlatformState = z.object({
    clientId: z.string(),
    clientSecret: z.string(),
    organizationId: z.string().optional(),
    apiUrl: z.string().optional(),
    token: z.string().optional(),
    /** Epoch milliseconds. */
    tokenExpiresAt: z.number().optional(),
    workspace: z.object({ id: z.string(), name: z.string() }).optional(),
  });

  const Profile = z.object({
    connectors: z.record(z.string(), SavedConnector).default({}),
    platform: PlatformState.optional(),
  });

  const StoreData = z.object({
    version: z.literal(1).default(1),
    profiles: z.record(z.string(), Profile).default({}),
  });

  return { LocalConnector, HostedConnector, SavedConnector, PlatformState, Profile, StoreData };
}

type Schemas = ReturnType<typeof schemas>;
let built: Schemas | undefined;

/** The schema of the whole store file. */
export function storeSchema(): Schemas['StoreData'] {
  built ??= schemas();
  return built.StoreData;
}

/** What a missing file holds. */
export const emptyStore = (): StoreData => ({ version: 1, profiles: {} });

export type LocalConnector = z.infer<Schemas['LocalConnector']>;
export type HostedConnector = z.infer<Schemas['HostedConnector']>;
export type SavedConnector = z.infer<Schemas['SavedConnector']>;
export type PlatformState = z.infer<Schemas['PlatformState']>;
export type Profile = z.infer<Schemas['Profile']>;
export type StoreData = z.infer<Schemas['StoreData']>;
