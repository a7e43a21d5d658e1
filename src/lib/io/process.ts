import { isatty } from 'node:tty';
import type { Runtime } from '../context.js';
import { withDotEnv } from '../env.js';
import { terminalPrompter } from './prompter.js';

/**
 * The runtime of the real process: its streams, environment (over `.env`) and Ctrl-C. With the bin entry, the only
 * code that touches the process.
 */
export function processRuntime(): Runtime {
  const controller = new AbortController();
  // Ctrl-C (or SIGTERM) stops the work in progress, which ends with exit 130 (143); a second signal, or work that
  // does not stop within 2 s, ends the process. The listener stays, so that signal-exit (used by the store's lock) does not re-raise.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      if (controller.signal.aborted) process.exit(code);
      controller.abort(signal);
      setTimeout(() => process.exit(code), 2000).unref();
    });
  }
  const cwd = process.cwd();
  return {
    ...withDotEnv(process.env, cwd),
    cwd,
    // Each stream is opened on first use, and the terminal checks ask the descriptors: opening stdin alone took
    // ~4 ms of every run, and most runs never read it or write to stderr.
    io: {
      get stdout() {
        return process.stdout;
      },
      get stderr() {
        return process.stderr;
      },
      get stdin() {
        return process.stdin;
      },
      stdoutTTY: isatty(1),
      stderrTTY: isatty(2),
      stdinTTY: isatty(0),
      columns: isatty(1) ? process.stdout.columns : undefined,
    },
    prompter: terminalPrompter(() => process.stderr),
    signal: controller.signal,
  };
}
