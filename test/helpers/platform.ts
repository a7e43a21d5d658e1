import { readFileSync } from 'node:fs';
import { afterEach, expect } from 'vitest';
import { join } from 'node:path';
import { runCli, tempConfigDir, type CliOptions, type CliResult } from './cli.js';
import { CLIENT_ID, CLIENT_SECRET, startPlatformEmulator, type EmulatorOptions, type PlatformEmulator } from './platform-emulator.js';

/** A CLI bound to one emulator and one config directory, with no platform credentials in its environment. */
export interface PlatformCli {
  configDir: string;
  run(args: string[], opts?: CliOptions): Promise<CliResult>;
  /** `aac login` with the emulator's credentials from the environment. */
  login(...flags: string[]): Promise<CliResult>;
  /** The config file as JSON. */
  config(): { profiles: Record<string, { platform?: Record<string, unknown>; connectors?: Record<string, unknown> }> };
}

export function platformCli(emulator: PlatformEmulator, baseEnv: Record<string, string | undefined> = {}): PlatformCli {
  const configDir = tempConfigDir();
  const run = (args: string[], opts: CliOptions = {}) =>
    runCli(args, { ...opts, env: { AAC_CONFIG_DIR: configDir, AAC_PLATFORM_URL: emulator.url, ...baseEnv, ...opts.env } });
  return {
    configDir,
    run,
    login: (...flags) => run(['login', ...flags], { env: { AIRBYTE_CLIENT_ID: CLIENT_ID, AIRBYTE_CLIENT_SECRET: CLIENT_SECRET } }),
    config: () => JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')),
  };
}

/** Environment variables that make the CLI use the emulator's credentials without `aac login`. */
export const envCredentials = { AIRBYTE_CLIENT_ID: CLIENT_ID, AIRBYTE_CLIENT_SECRET: CLIENT_SECRET };

/** The parsed `{"error": …}` object a failing command writes to stderr when stderr is not a TTY. */
export function errorOf(result: CliResult): { type: string; message: string; status_code: number | null; retryable: boolean; hint: string | null; details?: unknown } {
  return (JSON.parse(result.stderr) as { error: ReturnType<typeof errorOf> }).error;
}

export interface EmulatorHarness {
  /** The running emulator (throws before `start`). */
  readonly emulator: PlatformEmulator;
  start(opts?: EmulatorOptions): Promise<PlatformEmulator>;
  /** Starts an emulator and logs a fresh CLI in to it. */
  loggedIn(opts?: EmulatorOptions): Promise<{ em: PlatformEmulator; cli: PlatformCli }>;
  /** Forget the emulator without closing it again (the test closed it). */
  forget(): void;
}

/** One emulator per test: after each, it checks that every request conformed to the OpenAPI and closes it. */
export function useEmulator(): EmulatorHarness {
  let current: PlatformEmulator | undefined;
  afterEach(async () => {
    const em = current;
    current = undefined;
    expect(em?.invalid ?? []).toEqual([]);
    await em?.close();
  });
  const harness: EmulatorHarness = {
    get emulator() {
      if (!current) throw new Error('start the emulator first');
      return current;
    },
    start: async (opts = {}) => (current = await startPlatformEmulator(opts)),
    loggedIn: async (opts = {}) => {
      const em = await harness.start(opts);
      const cli = platformCli(em);
      expect((await cli.login()).code).toBe(0);
      return { em, cli };
    },
    forget: () => (current = undefined),
  };
  return harness;
}
