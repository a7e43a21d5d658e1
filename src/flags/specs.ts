/**
 * Flags as plain data, for the flags that `exec` takes: oclif builds its flags from them (flags/oclif.ts), and the
 * fast path parses `exec` with Node's own parser from the same table (flags/fast-parse.ts), before oclif loads.
 */
interface Common {
  description: string;
  char?: string;
  helpGroup?: string;
  /** Flags that cannot be given with this one. */
  exclusive?: readonly string[];
}

export interface BooleanSpec extends Common {
  kind: 'boolean';
}

export interface StringSpec extends Common {
  kind: 'string';
  multiple?: boolean;
  options?: readonly string[];
}

export interface IntegerSpec extends Common {
  kind: 'integer';
  min?: number;
  default?: number;
}

export type FlagSpec = BooleanSpec | StringSpec | IntegerSpec;
export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

/** The value a parsed flag has, by its spec. */
export type FlagValue<S> = S extends { kind: 'boolean' }
  ? boolean | undefined
  : S extends { kind: 'integer'; default: number }
    ? number
    : S extends { kind: 'integer' }
      ? number | undefined
      : S extends { multiple: true }
        ? string[] | undefined
        : string | undefined;

export type FlagValues<T extends FlagSpecs> = { -readonly [K in keyof T]: FlagValue<T[K]> };

/** The flags of every command. */
export const globalFlagSpecs = {
  profile: { kind: 'string', description: 'Config profile to use (default: AAC_PROFILE, else "default").', helpGroup: 'GLOBAL' },
  debug: { kind: 'boolean', description: 'Log each HTTP request and response to stderr, secrets redacted.', helpGroup: 'GLOBAL' },
  jq: {
    kind: 'string',
    description: 'Filter the JSON output with a jq expression (strings print raw); with --all, run on each record.',
    helpGroup: 'GLOBAL',
  },
} as const satisfies FlagSpecs;

/** The flags of every command that talks to the platform. */
export const platformFlagSpecs = {
  'api-url': {
    kind: 'string',
    description: 'Airbyte platform API URL (default: AAC_PLATFORM_URL, else the URL of your login, else https://api.airbyte.ai).',
    helpGroup: 'PLATFORM',
  },
  timeout: { kind: 'integer', description: 'Seconds to wait for each HTTP request.', default: 30, min: 1 },
} as const satisfies FlagSpecs;

export const workspaceFlagSpec = {
  kind: 'string',
  description: 'Workspace name or id (default: AAC_WORKSPACE, else the one saved with `aac workspaces use`, else the only one).',
  helpGroup: 'PLATFORM',
} as const satisfies StringSpec;

export const modeFlagSpec = {
  kind: 'string',
  description: 'local or platform (default: platform when platform credentials are present: `aac login`, or AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET).',
  options: ['local', 'platform'],
} as const satisfies StringSpec;
