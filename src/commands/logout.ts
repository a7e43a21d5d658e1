import { BaseCommand } from '../base-command.js';

interface LoggedOut {
  logged_out: boolean;
  environment_credentials: boolean;
}

export default class Logout extends BaseCommand<LoggedOut> {
  static override summary = 'Forget the saved Airbyte platform credentials and token.';
  static override examples = ['<%= config.bin %> logout'];


  async run(): Promise<LoggedOut> {
    await this.parse(Logout);
    const store = this.ctx.existingStore();
    const wasLoggedIn = store?.platform() !== undefined;
    if (store && wasLoggedIn) await store.savePlatform(undefined);
    return { logged_out: wasLoggedIn, environment_credentials: Boolean(this.ctx.env.AIRBYTE_CLIENT_ID && this.ctx.env.AIRBYTE_CLIENT_SECRET) };
  }

  protected override human(result: LoggedOut): string {
    const lines = [result.logged_out ? `Logged out; removed the platform credentials from ${this.ctx.store().path}.` : 'Not logged in; nothing to do.'];
    if (result.environment_credentials) lines.push('AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET are still set in the environment.');
    return `${lines.join('\n')}\n`;
  }
}
