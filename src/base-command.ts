import { Command, type Interfaces } from '@oclif/core';
import { machineOutput, printFailure, printResult, runContext } from './command-run.js';
import { oclifFlags } from './flags/oclif.js';
import { globalFlagSpecs } from './flags/specs.js';
import type { Context, Runtime } from './lib/context.js';
import { colorEnabled } from './lib/output/color.js';
import { json } from './lib/output/write.js';

/**
 * Owns the contract of every command: the global flags, the context, one rule for machine output, rendering
 * and errors. A command's `run()` returns its data; `human()` renders it for a terminal.
 */
export abstract class BaseCommand<T = unknown> extends Command {
  static override enableJsonFlag = true;

  static override baseFlags = oclifFlags(globalFlagSpecs);

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
    return machineOutput(this.runtime, this.jsonEnabled());
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
    this.jq = flags.jq as string | undefined;
    this.ctx = await runContext(this.runtime, { profile: flags.profile as string | undefined, debug: flags.debug as boolean | undefined, jq: this.jq });
  }

  protected override async _run<R>(): Promise<R> {
    let result: unknown;
    try {
      await this.init();
      result = await this.run();
      if (result !== undefined) {
        await printResult(this.runtime, result as T, { machine: this.machine, jq: this.jq, machineText: (d) => this.machineText(d), human: (d) => this.human(d) });
        this.exitCode = this.exitCodeFor(result as T);
      }
    } catch (err) {
      await this.catch(err as Interfaces.CommandError);
    }
    return result as R;
  }

  protected override async catch(err: Interfaces.CommandError): Promise<void> {
    this.exitCode = await printFailure(this.runtime, err, this.jsonEnabled());
  }
}
