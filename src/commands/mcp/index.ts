import { Flags } from '@oclif/core';
import { BaseCommand } from '../../base-command.js';
import { serveHttp, serveStdio } from '../../lib/mcp/serve.js';
import { DEFAULT_MAX_RESULT_CHARS } from '../../lib/mcp/tools.js';

export default class Mcp extends BaseCommand<undefined> {
  static override enableJsonFlag = false;
  static override summary = 'Serve every connector to AI agents over the Model Context Protocol.';
  static override description =
    'Serves MCP on stdio (only protocol on stdout, logs on stderr), or with --http over Streamable HTTP on 127.0.0.1.\n' +
    'Tools: list_connectors, list_entities, describe_entity, validate_operation and execute. A connector_id is a saved connector or a connector type; ' +
    'credentials come from the store, the environment or .env, as for `aac exec`.\n' +
    'A destructive action runs only when the call says confirm: true; --read-only exposes and allows read actions only.\n' +
    'Download actions save their files under --download-dir and return {path, bytes, content_type}; without it they are refused.';

  static override examples = [
    '<%= config.bin %> mcp',
    '<%= config.bin %> mcp --read-only --max-result-chars 20000',
    '<%= config.bin %> mcp --http 8765',
    '<%= config.bin %> mcp --download-dir ~/Downloads/aac',
    '<%= config.bin %> mcp install claude-code',
  ];

  static override flags = {
    http: Flags.integer({ description: 'Serve Streamable HTTP on 127.0.0.1 at this port (0: a free one) instead of stdio.', min: 0, max: 65535 }),
    'read-only': Flags.boolean({ description: 'Expose and allow read actions only.' }),
    'max-result-chars': Flags.integer({ description: 'Characters a tool result may take; longer lists are cut at a record and say how to go on.', default: DEFAULT_MAX_RESULT_CHARS, min: 1000 }),
    'download-dir': Flags.string({ description: 'Save the files of download actions in this directory (created if missing); without it, downloads are refused.' }),
  };

  async run(): Promise<undefined> {
    const { flags } = await this.parse(Mcp);
    const opts = { version: this.config.version, readOnly: flags['read-only'], maxResultChars: flags['max-result-chars'], downloadDir: flags['download-dir'] };
    if (flags.http === undefined) {
      await serveStdio(this.ctx, opts);
      return undefined;
    }
    const stderr = this.ctx.io.stderr;
    await serveHttp(this.ctx, { ...opts, port: flags.http, onListening: (url) => void stderr.write(`aac mcp: listening on ${url}\n`) });
    return undefined;
  }
}
