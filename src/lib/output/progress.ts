/**
 * One spinner per step on stderr, only on a TTY (a stream is given); elsewhere the steps run silently. A step must
 * not prompt: ask first, then run the step.
 */
export class Progress {
  constructor(private readonly stream: NodeJS.WritableStream | undefined) {}

  async step<T>(text: string, run: () => Promise<T>, done: (value: T) => string): Promise<T> {
    if (!this.stream) return run();
    const { default: ora } = await import('ora');
    // A terminal that reports no width (some pseudo-terminals) gets plain lines: ora cannot redraw on it.
    const columns = (this.stream as { columns?: number }).columns;
    const spinner = ora({ text, stream: this.stream as NodeJS.WriteStream, discardStdin: false, isEnabled: Boolean(columns) }).start();
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
    if (!this.stream) return;
    const { default: ora } = await import('ora');
    ora({ stream: this.stream as NodeJS.WriteStream }).succeed(text);
  }
}
