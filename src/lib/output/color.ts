import { Chalk } from 'chalk';
import type { Env } from '../context.js';

/** The styles of human output; plain strings when colour is off. */
export interface Palette {
  error(text: string): string;
  hint(text: string): string;
  header(text: string): string;
}

/** Colour for a person only: the stream is a terminal and NO_COLOR is unset (or empty, as no-color.org says). */
export function colorEnabled(env: Env, tty: boolean): boolean {
  return tty && !env.NO_COLOR;
}

export function palette(color: boolean): Palette {
  // An explicit level: chalk's own detection would read the process, not the run's streams and environment.
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return { error: (t) => chalk.red(t), hint: (t) => chalk.dim(t), header: (t) => chalk.bold(t) };
}
