import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import { createContext, type Context, type Env } from '../../src/lib/context.js';
import type { Store } from '../../src/lib/config/store.js';
import type { Prompter } from '../../src/lib/io/prompter.js';

const refuse: Prompter = {
  select: () => Promise.reject(new Error('no prompt expected')),
  input: () => Promise.reject(new Error('no prompt expected')),
  password: () => Promise.reject(new Error('no prompt expected')),
  confirm: () => Promise.reject(new Error('no prompt expected')),
};

/** A context for calling services in-process: no terminal, the given environment, optionally a given store. */
export function testContext(env: Env, opts: { store?: Store; prompter?: Prompter; interactive?: boolean } = {}): Context & { stderr: () => string } {
  let err = '';
  const stderr = new PassThrough();
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const ctx = createContext({
    env,
    cwd: tmpdir(),
    io: { stdout: new PassThrough(), stderr, stdin: new PassThrough().end(), stdoutTTY: false, stderrTTY: Boolean(opts.interactive), stdinTTY: Boolean(opts.interactive) },
    prompter: opts.prompter ?? refuse,
    signal: new AbortController().signal,
    retryBaseMs: 1,
  });
  const store = opts.store;
  return { ...ctx, ...(store ? { store: () => store, existingStore: () => store } : {}), stderr: () => err };
}
