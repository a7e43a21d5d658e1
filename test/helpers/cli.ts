import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { Config, type Command } from '@oclif/core';
import { afterAll } from 'vitest';
import type { Runtime } from '../../src/lib/context.js';
import { withDotEnv } from '../../src/lib/env.js';
import type { Prompter } from '../../src/lib/io/prompter.js';
import { main } from '../../src/main.js';

const ROOT = resolve(import.meta.dirname, '../..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  stdin?: string;
  cwd?: string;
  /** Answers for prompts, in order, as if typed on a terminal (stdin and stderr then count as terminals). */
  answers?: (string | boolean)[];
  /** stdout is a terminal of this width. */
  ttyColumns?: number;
  /** stderr is a terminal (it is too when `answers` are given). */
  stderrTTY?: boolean;
  /** Base of the retry backoff (ms); 1 unless a test needs another. */
  retryBaseMs?: number;
  signal?: AbortSignal;
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

let config: Promise<Config> | undefined;

/** Commands come from the TypeScript sources (never a stale dist/), found through the manifest's paths. */
async function loadCommand(id: string): Promise<Command.Class> {
  const cmd = (await config!).findCommand(id);
  const path = cmd?.relativePath?.join('/').replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
  if (!path) throw new Error(`no source for command ${id}`);
  return (await import(/* @vite-ignore */ resolve(ROOT, path))).default as Command.Class;
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
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
 * Runs the CLI in-process with a clean environment (only PATH, HOME and what `env` sets, so no credential leaks in
 * from the developer's shell), stdin from `stdin`, and no terminal unless the options say so.
 */
export async function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  config ??= Config.load(ROOT);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    NO_COLOR: '1',
    AAC_CONFIG_DIR: opts.env?.AAC_CONFIG_DIR ?? tempConfigDir(),
  };
  for (const [k, v] of Object.entries(opts.env ?? {})) if (v !== undefined) env[k] = v;
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = opts.stdin === undefined ? new PassThrough().end() : Readable.from([opts.stdin]);
  const cwd = opts.cwd ?? tmpdir();
  const tty = opts.answers !== undefined;
  const runtime: Runtime = {
    ...withDotEnv(env, cwd),
    cwd,
    io: { stdout, stderr, stdin, stdoutTTY: opts.ttyColumns !== undefined, stderrTTY: tty || opts.stderrTTY === true, stdinTTY: tty, columns: opts.ttyColumns },
    prompter: scripted([...(opts.answers ?? [])]),
    signal: opts.signal ?? new AbortController().signal,
    retryBaseMs: opts.retryBaseMs ?? 1,
  };
  const code = await main(args, { config: await config, runtime, load: loadCommand });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
