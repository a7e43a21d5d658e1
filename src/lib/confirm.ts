import type { Context } from './context.js';
import { AacError } from './errors.js';

export interface ConfirmOptions {
  /** --yes was given. */
  yes: boolean;
  question: string;
  /** The error message without a TTY (or in CI) and without --yes. */
  refusal: string;
  /** The error message when the answer is no. */
  cancelled?: string;
}

/** Goes ahead with --yes; asks on a TTY; otherwise refuses, naming --yes. */
export async function confirmOrRefuse(ctx: Pick<Context, 'interactive' | 'prompter'>, opts: ConfirmOptions): Promise<void> {
  if (opts.yes) return;
  if (!ctx.interactive) throw new AacError('usage', opts.refusal, { hint: 'Add --yes to confirm.' });
  if (!(await ctx.prompter.confirm(opts.question, false))) {
    throw new AacError('cancelled', opts.cancelled ?? 'Cancelled; nothing was deleted.');
  }
}
