import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { tempConfigDir, type CliOptions } from './cli.js';

const BIN = resolve(import.meta.dirname, '../../bin/run.js');

/** Terminal escape sequences, so a transcript can be matched as text. */
const ESC = String.fromCharCode(27);
const ANSI = new RegExp(`${ESC}\\[[0-9;?]*[ -/]*[@-~]|${ESC}[()][A-Za-z0-9]|\\r`, 'g');

const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;

export const KEYS = { up: '\x1b[A', down: '\x1b[B', enter: '\r' } as const;

export interface TtySession {
  /** Everything the terminal showed so far (stdout and stderr share it), without escape sequences. */
  transcript(): string;
  /** Waits until `text` shows after what earlier waits matched, then returns. */
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  type(keys: string): void;
  /** Exit code and the transcript once the command has ended. */
  done: Promise<{ code: number; transcript: string }>;
}

/**
 * Runs the real CLI on a pseudo-terminal made by util-linux `script`, which works without a terminal of its own
 * (as in CI), sized 120x40, with the same clean environment as runCli. Keys typed go to the command's TTY.
 */
export function runCliTty(args: string[], opts: CliOptions = {}): TtySession {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    NO_COLOR: '1',
    TERM: 'xterm',
    AAC_CONFIG_DIR: opts.env?.AAC_CONFIG_DIR ?? tempConfigDir(),
  };
  for (const [k, v] of Object.entries(opts.env ?? {})) if (v !== undefined) env[k] = v;
  const command = `stty cols 120 rows 40; exec ${[process.execPath, BIN, ...args].map(quote).join(' ')}`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], { env, cwd: opts.cwd ?? tmpdir(), stdio: 'pipe' });
  let raw = '';
  let cursor = 0;
  child.stdout.setEncoding('utf8').on('data', (d: string) => (raw += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (raw += d));
  const transcript = () => raw.replace(ANSI, '');
  const done = new Promise<{ code: number; transcript: string }>((resolveDone, fail) => {
    child.on('error', fail);
    child.on('close', (code) => resolveDone({ code: code ?? -1, transcript: transcript() }));
  });
  let exited = false;
  void done.then(() => (exited = true));
  return {
    transcript,
    type: (keys) => child.stdin.write(keys),
    done: done.finally(() => child.stdin.end()),
    waitFor: (text, timeoutMs = 60_000) =>
      new Promise((resolveWait, fail) => {
        const started = Date.now();
        const poll = setInterval(() => {
          const at = transcript().indexOf(text, cursor);
          if (at >= 0) {
            cursor = at + text.length;
            clearInterval(poll);
            resolveWait();
          } else if (exited || Date.now() - started > timeoutMs) {
            clearInterval(poll);
            fail(new Error(`"${text}" did not show${exited ? ' before the command ended' : ` within ${timeoutMs} ms`}. Transcript:\n${transcript()}`));
          }
        }, 25);
      }),
  };
}
