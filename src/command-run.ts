import { createContext, type Context, type Runtime } from './lib/context.js';
import { colorEnabled } from './lib/output/color.js';
import { checkJq } from './lib/output/jq.js';
import { machineText } from './lib/output/render.js';
import { waitingSpinner } from './lib/output/spinner.js';
import { writeOut } from './lib/output/write.js';
import { renderError, toAacError } from './render-error.js';

/**
 * The steps of every command's run, whichever parser read its command line: the base command (oclif) and the
 * fast path of `exec` (fast-exec.ts) both run them.
 */
export interface GlobalFlags {
  profile?: string;
  debug?: boolean;
  jq?: string;
}

/** The context of a run, from the global flags; a bad --jq expression fails here, before anything is sent. */
export async function runContext(runtime: Runtime, flags: GlobalFlags): Promise<Context> {
  const ctx = createContext(runtime, { profile: flags.profile, debug: flags.debug });
  if (flags.jq) await checkJq(flags.jq);
  return ctx;
}

/** A spinner while platform calls are in flight: on a terminal's stderr, never under CI or with --json. */
export function showWaiting(ctx: Context, json: boolean): void {
  if (ctx.io.stderrTTY && !ctx.env.CI && !json) ctx.waiting = waitingSpinner(ctx.io.stderr);
}

/** JSON on stdout with --json or when stdout is not a terminal; a command's human text otherwise. The one rule. */
export function machineOutput(runtime: Runtime, json: boolean): boolean {
  return json || !runtime.io.stdoutTTY;
}

export interface Rendering<T> {
  machine: boolean;
  jq?: string;
  machineText(data: T): string;
  human(data: T): string | Promise<string>;
}

/** Prints what a command's run returned: the --jq output when given, else by the one rule. */
export async function printResult<T>(runtime: Runtime, data: T, how: Rendering<T>): Promise<void> {
  const text = how.jq ? await machineText(data, how.jq) : how.machine ? how.machineText(data) : await how.human(data);
  await writeOut(runtime.io.stdout, text);
}

/** Prints a failure on stderr (one JSON line with --json or when stderr is not a terminal) and returns its exit code. */
export async function printFailure(runtime: Runtime, err: unknown, json: boolean): Promise<number> {
  const error = toAacError(err);
  await renderError(error, runtime.io, json || !runtime.io.stderrTTY, colorEnabled(runtime.env, runtime.io.stderrTTY));
  return error.exitCode;
}
