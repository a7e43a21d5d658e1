import { BaseCommand } from '../base-command.js';
import { json } from '../lib/output/write.js';

export default class Logout extends BaseCommand {
  static override summary = 'Forget the saved Airbyte platform credentials and token.';
  static override examples = ['<%= config.bin %> logout'];

  async run(): Promise<void> {
    const { flags } = await this.parse(Logout);
    this.useGlobals(flags);
    const store = this.store();
    const wasLoggedIn = store.platform() !== undefined;
    if (wasLoggedIn) await store.savePlatform(undefined);
    const envCredentials = Boolean(process.env.AIRBYTE_CLIENT_ID && process.env.AIRBYTE_CLIENT_SECRET);
    if (flags.json || !process.stdout.isTTY) {
      return this.out(json({ logged_out: wasLoggedIn, environment_credentials: envCredentials }));
    }
    const lines = [wasLoggedIn ? `Logged out; removed the platform credentials from ${store.path}.` : 'Not logged in; nothing to do.'];
    if (envCredentials) lines.push('AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET are still set in the environment.');
    return this.out(`${lines.join('\n')}\n`);
  }
}
