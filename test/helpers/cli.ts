import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { Config, type Command } from '@oclif/core';
import { afterAll } from 'vitest';
import type { Runtime } from '../../src/lib/context.js';
import { withDotEnv } from '../../src/lib/env.js';
import type { Prompter } from '../../src/lib/io/prompter.js';
import { fastExec } from '../../src/fast-exec.js';
import { main } from '../../src/main.js';

const ROOT = resolve(import.meta.dirname, '../..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout byte for byte (for downloads); not enumerable, so that results still compare as {code, stdout, stderr}. */
  readonly stdoutBytes: Buffer;
}

export function cliResult(code: number, stdoutBytes: Buffer, stderr: string): CliResult {
  const result = { code, stdout: stdoutBytes.toString(), stderr };
  return Object.defineProperty(result, 'stdoutBytes', { value: stdoutBytes, enumerable: false }) as CliResult;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  stdin?: string | Buffer;
  cwd?: string;
  /** Answers for prompts, in order, as if typed on a terminal (stdin and stderr then count as terminals). */
  answers?: (string | boolean)[];
  /** stdout is a terminal of this width. */
  ttyColumns?: number;
  /** stderr is a terminal of this width, so that spinners draw on it (stderr and stdin count as terminals). */
  stderrColumns?: number;
  /** stderr is a terminal (it is too when `answers` are given). */
  stderrTTY?: boolean;
  /** Base of the retry backoff (ms); 1 unless a test needs another. */
  retryBaseMs?: number;
  signal?: AbortSignal;
  /** Parse with oclif even where the fast path of `exec` would (src/fast-exec.ts), as for a command line it declines. */
  oclifOnly?: boolean;
  /** Called whenever the run takes its stdin (the process's stdin is opened on first use). */
  stdinOpened?: () => void;
}

const created = new Set<string>();
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
  created.clear();
});

/** A fresh, empty directory for one test, removed when the test file is done. */
export function tempConfigDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aac-test-'));
  created.add(dir);
  return dir;
}

/** Only PATH, HOME, NO_COLOR, a fresh AAC_CONFIG_DIR and what `given` sets. */
export function cleanEnv(given: CliOptions['env'] = {}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    NO_COLOR: '1',
    AAC_CONFIG_DIR: given.AAC_CONFIG_DIR ?? tempConfigDir(),
  };
  for (const [k, v] of Object.entries(given)) if (v !== undefined) env[k] = v;
  return env;
}

let config: Promise<Config> | undefined;

/** aac's commands come from the TypeScript sources (never a stale dist/), found through the manifest's paths; a plugin's load as usual. */
async function loadCommand(id: string): Promise<Command.Class> {
  const loaded = await config!;
  const cmd = loaded.findCommand(id);
  if (cmd && cmd.pluginName !== loaded.pjson.name) return cmd.load();
  const path = cmd?.relativePath?.join('/').replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
  if (!path) throw new Error(`no source for command ${id}`);
  return (await import(/* @vite-ignore */ resolve(ROOT, path))).default as Command.Class;
}

class Capture extends Writable {
  private chunks: Buffer[] = [];
  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
  get text(): string {
    return this.bytes.toString();
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
}

function scripted(answers: (string | boolean)[]): Prompter {
  const next = (message: string) => {
    if (answers.length === 0) throw new Error(`unexpected prompt: ${message}`);
    return answers.shift()!;
  };
  return {
    select: async (message) => next(message) as never,
    input: async (message) => String(next(message)),
    password: async (message) => String(next(message)),
    confirm: async (message) => Boolean(next(message)),
  };
}

/**
 * Runs the CLI in-process with a clean environment (see cleanEnv), stdin from `stdin`, and no terminal unless the options say so.
 */
export async function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  config ??= Config.load(ROOT);
  const env = cleanEnv(opts.env);
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = opts.stdin === undefined ? new PassThrough().end() : Readable.from([opts.stdin]);
  const cwd = opts.cwd ?? tmpdir();
  const tty = opts.answers !== undefined || opts.stderrColumns !== undefined;
  if (opts.stderrColumns !== undefined) Object.assign(stderr, { columns: opts.stderrColumns });
  const runtime: Runtime = {
    ...withDotEnv(env, cwd),
    cwd,
    io: {
      stdout,
      stderr,
      get stdin() {
        opts.stdinOpened?.();
        return stdin;
      },
      stdoutTTY: opts.ttyColumns !== undefined,
      stderrTTY: tty || opts.stderrTTY === true,
      stdinTTY: tty,
      columns: opts.ttyColumns,
    },
    prompter: scripted([...(opts.answers ?? [])]),
    signal: opts.signal ?? new AbortController().signal,
    retryBaseMs: opts.retryBaseMs ?? 1,
  };
  const fast = args[0] === 'exec' && !opts.oclifOnly ? await fastExec(args, runtime) : undefined;
  const code = fast ?? (await main(args, { config: await config, runtime, load: loadCommand }));
  return cliResult(code, stdout.bytes, stderr.text);
}
