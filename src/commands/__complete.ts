import { Args } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { complete, type CommandShape } from '../lib/completion.js';

export default class Complete extends BaseCommand<string[]> {
  static override hidden = true;
  static override summary = 'The completions of the last word: used by the scripts of `aac completion`.';
  static override strict = false;
  static override args = { words: Args.string({ description: 'The words after `aac`, the last one being typed.' }) };

  async run(): Promise<string[]> {
    const { argv } = await this.parse(Complete);
    const commands: CommandShape[] = this.config.commands
      .filter((c) => !c.hidden)
      .map((c) => ({
        id: c.id,
        flags: Object.fromEntries(Object.entries(c.flags).map(([name, f]) => [name, f.type === 'option'])),
      }));
    return complete(this.ctx, commands, argv as string[]);
  }

  /** One candidate a line, whatever stdout is: the shell reads it. */
  protected override get machine(): boolean {
    return false;
  }

  protected override human(candidates: string[]): string {
    return candidates.map((c) => `${c}\n`).join('');
  }
}
