import { existsSync } from 'node:fs';
import { configPath, Store } from './config/store.js';
import type { Prompter } from './io/prompter.js';

export type Env = Readonly<Record<string, string | undefined>>;

/** The streams a run reads and writes, with their terminal state. */
export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  stdoutTTY: boolean;
  stderrTTY: boolean;
  stdinTTY: boolean;
  /** Width of the terminal on stdout, when it is one. */
  columns?: number;
}

/** What the outside world hands a run: the process in production (io/process.ts), fakes in tests. */
export interface Runtime {
  /** The environment, with `.env` of the working directory under it. */
  env: Env;
  cwd: string;
  io: Io;
  prompter: Prompter;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
  /** The variables of `env` that came from `.env` (to say where a credential came from). */
  dotenv?: ReadonlySet<string>;
  /** Base of the retry backoff in ms (tests make it tiny). */
  retryBaseMs?: number;
}

/** Runs `work`, showing a person that it waits on the network (`text` says for what). */
export type Waiting = <T>(text: string, work: () => Promise<T>) => Promise<T>;

/** Everything a service needs, injected: a service never reaches for the process. */
export interface Context extends Runtime {
  profile: string;
  /** The `--debug` log (stderr), when on. */
  debug?: (line: string) => void;
  /** Questions may be asked: stdin and stderr are terminals and CI is unset. */
  interactive: boolean;
  /** The store of the profile, read on first use. */
  store(): Store;
  /** The store when its file exists, so that a first run never touches the disk. */
  existingStore(): Store | undefined;
  /** A line for a person on stderr, only when stderr is a terminal. */
  note(line: string): void;
  /** Set by platform commands on a terminal: a spinner while platform calls are in flight. */
  waiting?: Waiting;
}

export interface ContextOptions {
  profile?: string;
  debug?: boolean;
}

export function createContext(runtime: Runtime, opts: ContextOptions = {}): Context {
  const profile = opts.profile || runtime.env.AAC_PROFILE || 'default';
  let store: Store | undefined;
  const open = () => (store ??= Store.open(profile, runtime.env));
  const stderr = runtime.io.stderr;
  return {
    ...runtime,
    profile,
    debug: opts.debug ? (line) => void stderr.write(`[debug] ${line}\n`) : undefined,
    interactive: runtime.io.stdinTTY && runtime.io.stderrTTY && !runtime.env.CI,
    store: open,
    existingStore: () => (store ?? existsSync(configPath(runtime.env)) ? open() : undefined),
    note: (line) => {
      if (runtime.io.stderrTTY) stderr.write(`${line}\n`);
    },
  };
}
