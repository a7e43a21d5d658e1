/**
 * One spinner per step on stderr, only on a TTY; elsewhere the steps run silently. A step must not prompt:
 * ask first, then run the step.
 */
export class Progress {
  constructor(private readonly enabled: boolean) {}

  async step<T>(text: string, run: () => Promise<T>, done: (value: T) => string): Promise<T> {
    if (!this.enabled) return run();
    const { default: ora } = await import('ora');
    // A terminal that reports no width (some pseudo-terminals) gets plain lines: ora cannot redraw on it.
    const spinner = ora({ text, stream: process.stderr, discardStdin: false, isEnabled: Boolean(process.stderr.columns) }).start();
    try {
      const value = await run();
      spinner.succeed(done(value));
      return value;
    } catch (err) {
      spinner.fail(text);
      throw err;
    }
  }

  /** A finished step that needed no work, e.g. something that already existed. */
  async note(text: string): Promise<void> {
    if (!this.enabled) return;
    const { default: ora } = await import('ora');
    ora({ stream: process.stderr }).succeed(text);
  }
}
