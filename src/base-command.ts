import { Command, Flags, Errors } from '@oclif/core';
import { AacError } from './lib/errors.js';
import { Store } from './lib/config/store.js';
import { loadDotEnv } from './lib/env.js';

/** Owns the global flags, the store, error rendering and exit codes for every command. */
export abstract class BaseCommand extends Command {
  static override baseFlags = {
    json: Flags.boolean({ description: 'Print output and errors as JSON.', helpGroup: 'GLOBAL' }),
    profile: Flags.string({
      description: 'Config profile to use.',
      env: 'AAC_PROFILE',
      default: 'default',
      helpGroup: 'GLOBAL',
    }),
    debug: Flags.boolean({
      description: 'Log each HTTP request and response to stderr, secrets redacted.',
      helpGroup: 'GLOBAL',
    }),
  };

  private storeCache?: Store;
  protected globalFlags: { json: boolean; profile: string; debug: boolean } = { json: false, profile: 'default', debug: false };

  override async init(): Promise<void> {
    await super.init();
    loadDotEnv();
    const argv = this.argv;
    this.globalFlags = {
      json: argv.includes('--json'),
      debug: argv.includes('--debug'),
      profile: process.env.AAC_PROFILE || 'default',
    };
  }

  /** Records the parsed global flags; every command calls it right after `this.parse()`. */
  protected useGlobals(flags: { json: boolean; profile: string; debug: boolean }): void {
    this.globalFlags = { json: flags.json, profile: flags.profile, debug: flags.debug };
  }

  protected store(): Store {
    this.storeCache ??= Store.open(this.globalFlags.profile);
    return this.storeCache;
  }

  protected debugLog = (line: string): void => {
    if (this.globalFlags.debug) process.stderr.write(`[debug] ${line}\n`);
  };

  protected get interactive(): boolean {
    return Boolean(process.stdin.isTTY && process.stderr.isTTY && !process.env.CI);
  }

  protected async out(text: string): Promise<void> {
    const { writeOut } = await import('./lib/output/write.js');
    await writeOut(text);
  }

  protected override async catch(err: Error & { exitCode?: number; oclif?: { exit?: number } }): Promise<void> {
    const error = toAacError(err);
    renderError(error, this.globalFlags.json || !process.stderr.isTTY);
    process.exitCode = error.exitCode;
  }
}

export function toAacError(err: unknown): AacError {
  if (err instanceof AacError) return err;
  if (err instanceof Errors.ExitError) return new AacError('internal', err.message);
  if (err && typeof err === 'object' && 'oclif' in err) {
    const message = (err as unknown as Error).message.replace(/\n\s*See more help with --help$/, '');
    return new AacError('usage', message.split('\n')[0]!, { hint: 'Run the command with --help to see its usage.' });
  }
  if ((err as { name?: string })?.name === 'ExitPromptError') return new AacError('cancelled', 'Cancelled.');
  return new AacError('internal', err instanceof Error ? err.message : String(err), {
    hint: 'This looks like a bug in aac; run again with --debug and report it.',
  });
}

export function renderError(error: AacError, asJson: boolean): void {
  if (asJson) {
    process.stderr.write(`${JSON.stringify(error.toJSON())}\n`);
    return;
  }
  const lines = [`Error: ${error.message}`];
  if (error.hint) lines.push(`Hint: ${error.hint}`);
  process.stderr.write(`${lines.join('\n')}\n`);
}
