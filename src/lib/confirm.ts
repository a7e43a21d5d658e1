import { AacError } from './errors.js';

export interface ConfirmOptions {
  /** --yes was given. */
  yes: boolean;
  interactive: boolean;
  question: string;
  /** The error message without a TTY (or in CI) and without --yes. */
  refusal: string;
  /** The error message when the answer is no. */
  cancelled?: string;
}

/** Goes ahead with --yes; asks on a TTY; otherwise refuses, naming --yes. */
export async function confirmOrRefuse(opts: ConfirmOptions): Promise<void> {
  if (opts.yes) return;
  if (!opts.interactive) throw new AacError('usage', opts.refusal, { hint: 'Add --yes to confirm.' });
  const { confirm } = await import('@inquirer/prompts');
  if (!(await confirm({ message: opts.question, default: false }, { output: process.stderr }))) {
    throw new AacError('cancelled', opts.cancelled ?? 'Cancelled; nothing was deleted.');
  }
}
