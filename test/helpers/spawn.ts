import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { cleanEnv, type CliOptions, type CliResult } from './cli.js';

export const BIN = resolve(import.meta.dirname, '../../bin/run.js');

/**
 * Runs the built CLI (`bin/run.js` over `dist/`) in a child process, without a TTY, with a clean environment:
 * see cleanEnv. For what needs a real process: signals, pipes, concurrency.
 */
export function spawnCli(args: string[], opts: Pick<CliOptions, 'env' | 'stdin' | 'cwd'> = {}): Promise<CliResult> {
  const env = cleanEnv(opts.env);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, cwd: opts.cwd ?? tmpdir(), stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}
