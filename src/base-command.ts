import { Command, Flags, type Interfaces } from '@oclif/core';
import { createContext, type Context, type Runtime } from './lib/context.js';
import { colorEnabled } from './lib/output/color.js';
import { checkJq } from './lib/output/jq.js';
import { machineText } from './lib/output/render.js';
import { json, writeOut } from './lib/output/write.js';
import { renderError, toAacError } from './render-error.js';

/**
 * Owns the contract of every command: the global flags, the context, one rule for machine output, rendering
 * and errors. A command's `run()` returns its data; `human()` renders it for a terminal.
 */
export abstract class BaseCommand<T = unknown> extends Command {
  static override enableJsonFlag = true;

  static override baseFlags = {
    profile: Flags.string({
      description: 'Config profile to use (default: AAC_PROFILE, else "default").',
      helpGroup: 'GLOBAL',
    }),
    debug: Flags.boolean({
      description: 'Log each HTTP request and response to stderr, secrets redacted.',
      helpGroup: 'GLOBAL',
    }),
    jq: Flags.string({
      description: 'Filter the JSON output with a jq expression (strings print raw); with --all, run on each record.',
      helpGroup: 'GLOBAL',
    }),
  };

  protected ctx!: Context;
  private runtime!: Runtime;
  private exitCode = 0;
  /** The --jq expression, checked in init(). */
  protected jq?: string;

  abstract override run(): Promise<T>;

  /** Runs the command with the given runtime and returns its exit code. */
  async execute(runtime: Runtime): Promise<number> {
    this.runtime = runtime;
    await this._run();
    return this.exitCode;
  }

  /** JSON on stdout with --json or when stdout is not a terminal; `human()` otherwise. The one rule. */
  protected get machine(): boolean {
    return this.jsonEnabled() || !this.runtime.io.stdoutTTY;
  }

  /** The machine rendering of `run()`'s data: one JSON document unless a command says otherwise. */
  protected machineText(data: T): string {
    return json(data);
  }

  /** The exit code of a run that returned data: 0 unless a command says otherwise (a batch with failures). */
  protected exitCodeFor(_data: T): number {
    return 0;
  }

  /** Whether human output on stdout may be coloured. */
  protected get color(): boolean {
    return colorEnabled(this.runtime.env, this.runtime.io.stdoutTTY);
  }

  /** The human rendering of `run()`'s data; JSON unless a command says otherwise. */
  protected human(data: T): string | Promise<string> {
    return json(data);
  }

  protected override async init(): Promise<void> {
    const ctor = this.ctor as typeof BaseCommand;
    const { flags } = await this.parse({ flags: ctor.flags, baseFlags: ctor.baseFlags, enableJsonFlag: ctor.enableJsonFlag, args: ctor.args, strict: ctor.strict });
    this.ctx = createContext(this.runtime, { profile: flags.profile as string | undefined, debug: flags.debug as boolean });
    this.jq = flags.jq as string | undefined;
    if (this.jq) await checkJq(this.jq);
  }

  protected override async _run<R>(): Promise<R> {
    let result: unknown;
    try {
      await this.init();
      result = await this.run();
      if (result !== undefined) {
        const text = this.jq ? await machineText(result, this.jq) : this.machine ? this.machineText(result as T) : await this.human(result as T);
        await writeOut(this.runtime.io.stdout, text);
        this.exitCode = this.exitCodeFor(result as T);
      }
    } catch (err) {
      await this.catch(err as Interfaces.CommandError);
    }
    return result as R;
  }

  protected override async catch(err: Interfaces.CommandError): Promise<void> {
    const error = toAacError(err);
    renderError(error, this.runtime.io, this.jsonEnabled() || !this.runtime.io.stderrTTY, colorEnabled(this.runtime.env, this.runtime.io.stderrTTY));
    this.exitCode = error.exitCode;
  }
}
