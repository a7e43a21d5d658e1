import { Flags } from '@oclif/core';
import { PlatformCommand } from '../../platform-command.js';
import { renderRecord } from '../../lib/output/record.js';
import { scopedTokenInfo } from '../../lib/platform/tenant-tokens.js';
import type { ScopedTokenInfo } from '../../lib/platform/schemas.js';

export default class TokensInfo extends PlatformCommand<ScopedTokenInfo> {
  static override summary = 'Show the workspace and organization a scoped token is for.';
  static override description = 'The token is read from stdin with --token-stdin, else from AAC_SCOPED_TOKEN; it is never printed.';
  static override examples = ['<%= config.bin %> tokens scoped --workspace acme | <%= config.bin %> tokens info --token-stdin'];

  static override flags = {
    'token-stdin': Flags.boolean({ description: 'Read the scoped token from stdin.' }),
  };

  async run(): Promise<ScopedTokenInfo> {
    const { flags } = await this.parse(TokensInfo);
    return scopedTokenInfo(this.ctx, this.platform(flags), flags['token-stdin']);
  }

  protected override human(info: ScopedTokenInfo): string {
    return renderRecord(info, ['workspace_name', 'workspace_id', 'organization_id']);
  }
}
