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

const plain: Palette = { error: (t) => t, hint: (t) => t, header: (t) => t };

/** The palette for a run; chalk is loaded only when colour is on. */
export async function palette(color: boolean): Promise<Palette> {
  if (!color) return plain;
  const { Chalk } = await import('chalk');
  // An explicit level: chalk's own detection would read the process, not the run's streams and environment.
  const chalk = new Chalk({ level: 1 });
  return { error: (t) => chalk.red(t), hint: (t) => chalk.dim(t), header: (t) => chalk.bold(t) };
}
