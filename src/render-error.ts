import type { Io } from './lib/context.js';
import { AacError, asAacError } from './lib/errors.js';
import { palette } from './lib/output/color.js';

/** Any thrown value as the one error type aac renders: oclif's usage errors keep their whole message. */
export function toAacError(err: unknown): AacError {
  if (err instanceof AacError) return err;
  // oclif's ExitError (its `this.exit()`); matched by its code, so that this file loads without oclif.
  if ((err as { code?: unknown })?.code === 'EEXIT') return new AacError('internal', (err as Error).message);
  if ((err as { name?: string })?.name === 'ExitPromptError') return new AacError('cancelled', 'Cancelled.');
  if (err && typeof err === 'object' && 'oclif' in err) {
    const message = (err as unknown as Error).message.replace(/\n*\s*See more help with --help\s*$/, '').trim();
    return new AacError('usage', message, { hint: 'Run the command with --help to see its usage.' });
  }
  return asAacError(err);
}

/** On a terminal a message and a hint; with --json, or whenever stderr is not a terminal, one JSON line. */
export async function renderError(error: AacError, io: Pick<Io, 'stderr'>, asJson: boolean, color = false): Promise<void> {
  if (asJson) {
    io.stderr.write(`${JSON.stringify(error.toJSON())}\n`);
    return;
  }
  const style = await palette(color);
  const lines = [`${style.error('Error:')} ${error.message}`];
  if (error.hint) lines.push(style.hint(`Hint: ${error.hint}`));
  io.stderr.write(`${lines.join('\n')}\n`);
}
