import type { Waiting } from '../context.js';

/**
 * A spinner on `stream` (stderr on a terminal) while network calls are in flight: one spinner however many calls
 * overlap, gone as soon as the last one ends, so it never covers a prompt or a result.
 */
export function waitingSpinner(stream: NodeJS.WritableStream): Waiting {
  let active = 0;
  let spinner: { text: string; stop(): unknown } | undefined;
  return async (text, work) => {
    // A terminal that reports no width (some pseudo-terminals) cannot redraw a spinner line: nothing is shown.
    if (!(stream as { columns?: number }).columns) return work();
    const { default: ora } = await import('ora');
    if (active++ === 0) {
      spinner = ora({ text, stream: stream as NodeJS.WriteStream, discardStdin: false }).start();
    } else if (spinner) {
      spinner.text = text;
    }
    try {
      return await work();
    } finally {
      if (--active === 0) {
        spinner?.stop();
        spinner = undefined;
      }
    }
  };
}
