import { PlatformCommand } from './platform-command.js';
import type { TenantToken } from './lib/platform/tenant-tokens.js';

/**
 * A command that prints a token: the bare token on stdout, piped or not, so it can go straight into a secret
 * store; --json gives the whole object.
 */
export abstract class TokenCommand extends PlatformCommand<TenantToken> {
  protected override get machine(): boolean {
    return this.jsonEnabled();
  }

  protected override human(issued: TenantToken): string {
    if (issued.new_workspace) this.ctx.note(`The platform created the workspace "${issued.workspace_name}".`);
    return `${issued.token}\n`;
  }
}
