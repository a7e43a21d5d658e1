import { PassThrough, Writable } from 'node:stream';
import { createContext, type Context, type Env } from '../context.js';
import { withDotEnv } from '../env.js';
import { AacError } from '../errors.js';
import type { Prompter } from '../io/prompter.js';

/** Swallows what a service would print: under MCP stdout is the protocol stream, never a service's. */
function sink(): Writable {
  return new Writable({ write: (_chunk, _enc, done) => done() });
}

const noPrompts: Prompter = {
  select: () => Promise.reject(noQuestion()),
  input: () => Promise.reject(noQuestion()),
  password: () => Promise.reject(noQuestion()),
  confirm: () => Promise.reject(noQuestion()),
};

function noQuestion(): AacError {
  return new AacError('usage', 'A tool call cannot answer questions.', { hint: 'Pass every value in the arguments (a destructive action: confirm: true).' });
}

/** The context the tools run with: stdout a sink, stdin empty, never interactive; stderr (logs) as given. */
export function toolContext(ctx: Context): Context {
  return {
    ...ctx,
    io: { ...ctx.io, stdout: sink(), stdin: new PassThrough().end(), stdoutTTY: false, stdinTTY: false },
    prompter: noPrompts,
    interactive: false,
  };
}

export interface LibraryContextOptions {
  /** The environment, with `.env` of `cwd` under it. */
  env: Env;
  cwd: string;
  profile?: string;
  signal?: AbortSignal;
  debug?: (line: string) => void;
}

/** A context for the library's `tools()`: no streams at all. */
export function libraryContext(opts: LibraryContextOptions): Context {
  const cwd = opts.cwd;
  const ctx = createContext(
    {
      ...withDotEnv(opts.env, cwd),
      cwd,
      io: { stdout: sink(), stderr: sink(), stdin: new PassThrough().end(), stdoutTTY: false, stderrTTY: false, stdinTTY: false },
      prompter: noPrompts,
      signal: opts.signal ?? new AbortController().signal,
    },
    { profile: opts.profile },
  );
  return { ...ctx, debug: opts.debug };
}
