import { Args } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { completionScript } from '../lib/completion.js';

export default class Completion extends BaseCommand<string> {
  static override summary = 'Print the shell completion script for bash, zsh or fish.';
  static override description =
    'Completes commands, flags, and the connector, entity and action names of `aac exec` and `aac describe` (saved ' +
    'connectors included). Add it to your shell once; it asks aac for the candidates, so it never goes stale.';

  static override examples = [
    '<%= config.bin %> completion bash >> ~/.bashrc',
    '<%= config.bin %> completion zsh > "${fpath[1]}/_aac"',
    '<%= config.bin %> completion fish > ~/.config/fish/completions/aac.fish',
  ];

  static override args = {
    shell: Args.string({ description: 'The shell.', options: ['bash', 'zsh', 'fish'], required: true }),
  };

  async run(): Promise<string> {
    const { args } = await this.parse(Completion);
    return completionScript(args.shell as 'bash' | 'zsh' | 'fish', this.config.bin);
  }

  /** The script itself, whatever stdout is (it is usually redirected to a file). */
  protected override get machine(): boolean {
    return false;
  }

  protected override human(script: string): string {
    return script;
  }
}
