import type { Runtime } from '../context.js';
import { withDotEnv } from '../env.js';
import { terminalPrompter } from './prompter.js';

/**
 * The runtime of the real process: its streams, environment (over `.env`) and Ctrl-C. With the bin entry, the only
 * code that touches the process.
 */
export function processRuntime(): Runtime {
  const controller = new AbortController();
  // Ctrl-C stops the work in progress, which ends with exit 130; a second Ctrl-C, or work that does not stop
  // within 2 s, ends the process. The listener stays, so that signal-exit (used by the store's lock) does not re-raise.
  process.on('SIGINT', () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    setTimeout(() => process.exit(130), 2000).unref();
  });
  const cwd = process.cwd();
  return {
    ...withDotEnv(process.env, cwd),
    cwd,
    io: {
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: process.stdin,
      stdoutTTY: Boolean(process.stdout.isTTY),
      stderrTTY: Boolean(process.stderr.isTTY),
      stdinTTY: Boolean(process.stdin.isTTY),
      columns: process.stdout.columns,
    },
    prompter: terminalPrompter(process.stderr),
    signal: controller.signal,
  };
}
