import { Args, Flags } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { connectorType } from '../../lib/connection.js';
import { confirmOrRefuse } from '../../lib/confirm.js';
import { removeOAuthApp, type RemovedOAuthApp } from '../../lib/platform/oauth-apps.js';

export default class OAuthRemove extends PlatformCommand<RemovedOAuthApp> {
  static override summary = "Stop using your organization's OAuth app for a connector type.";
  static override description = 'Succeeds (exit 0) also when none was configured.';
  static override examples = ['<%= config.bin %> oauth remove hubspot --yes'];

  static override args = {
    connector: Args.string({ description: 'Connector type, e.g. hubspot.', required: true }),
  };

  static override flags = {
    yes: Flags.boolean({ char: 'y', description: 'Do not ask for confirmation (required without a TTY).' }),
  };

  async run(): Promise<RemovedOAuthApp> {
    const { args, flags } = await this.parse(OAuthRemove);
    const connector = await connectorType(args.connector);
    await confirmOrRefuse(this.ctx, {
      yes: flags.yes,
      question: `Remove your organization's ${connector.title} OAuth app from the platform?`,
      refusal: `Refusing to remove the ${connector.title} OAuth app without confirmation.`,
      cancelled: 'Cancelled; nothing was removed.',
    });
    return removeOAuthApp(this.platform(flags), connector);
  }

  protected override human(removed: RemovedOAuthApp): string {
    return `Removed the ${removed.connector} OAuth app of your organization.\n`;
  }
}
