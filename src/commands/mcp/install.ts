import { join, resolve } from 'node:path';
import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../../base-command.js';
import { clientTitle, installClient, MCP_CLIENTS, type Installed, type McpClient, type Scope } from '../../lib/mcp/install.js';
import { DEFAULT_MAX_RESULT_CHARS } from '../../lib/mcp/tools.js';
import { json } from '../../lib/output/write.js';

export default class McpInstall extends BaseCommand<Installed> {
  static override summary = "Add aac's MCP server to Claude Code, Claude Desktop or Cursor.";
  static override description =
    "Merges an `aac mcp` entry into the client's config, keeping every other server and setting: Claude Code's .mcp.json (project) or " +
    "~/.claude.json (user), Claude Desktop's claude_desktop_config.json, Cursor's .cursor/mcp.json (project) or ~/.cursor/mcp.json (user). " +
    'The entry runs this aac with this Node. --print prints the entry instead of writing it.';

  static override examples = [
    '<%= config.bin %> mcp install claude-code',
    '<%= config.bin %> mcp install claude-code --scope user --read-only',
    '<%= config.bin %> mcp install claude-desktop',
    '<%= config.bin %> mcp install claude-code --download-dir ~/Downloads/aac',
    '<%= config.bin %> mcp install cursor --print',
  ];

  static override args = {
    client: Args.string({ description: 'The MCP client.', required: true, options: [...MCP_CLIENTS] }),
  };

  static override flags = {
    scope: Flags.string({ description: 'project: the config in the current directory; user: your own (default: project, Claude Desktop: user).', options: ['project', 'user'] }),
    print: Flags.boolean({ description: 'Print the entry as JSON instead of writing the file.' }),
    name: Flags.string({ description: 'Server name under mcpServers.', default: 'aac' }),
    'read-only': Flags.boolean({ description: 'The server exposes and allows read actions only.' }),
    'max-result-chars': Flags.integer({ description: 'Characters a tool result may take.', min: 1000 }),
    'download-dir': Flags.string({ description: 'The server saves the files of download actions here (written as an absolute path).' }),
  };

  async run(): Promise<Installed> {
    const { flags, args } = await this.parse(McpInstall);
    const serverArgs = [
      join(this.config.root, 'bin', 'run.js'),
      'mcp',
      ...(flags['read-only'] ? ['--read-only'] : []),
      ...(flags['max-result-chars'] !== undefined && flags['max-result-chars'] !== DEFAULT_MAX_RESULT_CHARS ? ['--max-result-chars', String(flags['max-result-chars'])] : []),
      ...(flags['download-dir'] ? ['--download-dir', resolve(this.ctx.cwd, flags['download-dir'])] : []),
      ...(flags.profile ? ['--profile', flags.profile] : []),
    ];
    return installClient(this.ctx, {
      client: args.client as McpClient,
      scope: flags.scope as Scope | undefined,
      name: flags.name,
      print: flags.print,
      launch: { command: process.execPath, args: serverArgs },
    });
  }

  protected override human(installed: Installed): string {
    if (installed.status === 'printed') return json({ mcpServers: installed.mcpServers });
    const what = installed.status === 'unchanged' ? 'is already in' : installed.status === 'added' ? 'added to' : 'updated in';
    return `MCP server "${installed.name}" ${what} ${installed.path} (${clientTitle(installed.client)}, ${installed.scope} scope). Restart ${clientTitle(installed.client)} to use it.\n`;
  }
}
