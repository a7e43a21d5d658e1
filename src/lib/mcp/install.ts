import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser';
import type { Context } from '../context.js';
import { AacError } from '../errors.js';

export const MCP_CLIENTS = ['claude-code', 'claude-desktop', 'cursor'] as const;
export type McpClient = (typeof MCP_CLIENTS)[number];
export type Scope = 'project' | 'user';

/** How the client starts the server: this node and this aac, so the entry works whatever is on the client's PATH. */
export interface Launch {
  command: string;
  args: string[];
}

export interface InstallOptions {
  client: McpClient;
  scope?: Scope;
  /** The key under `mcpServers`. */
  name: string;
  launch: Launch;
  /** Only say what would be written. */
  print?: boolean;
  /** The OS whose Claude Desktop location applies (default: this one). */
  platform?: NodeJS.Platform;
}

export interface Installed {
  client: McpClient;
  scope: Scope;
  path: string;
  name: string;
  status: 'added' | 'updated' | 'unchanged' | 'printed';
  mcpServers: Record<string, Launch & { type?: string }>;
}

const TITLES: Record<McpClient, string> = { 'claude-code': 'Claude Code', 'claude-desktop': 'Claude Desktop', cursor: 'Cursor' };
export const clientTitle = (client: McpClient) => TITLES[client];

function home(ctx: Context): string {
  const dir = ctx.env.HOME || ctx.env.USERPROFILE;
  if (!dir) throw new AacError('config', 'Cannot tell where the home directory is: HOME is not set.', { hint: 'Set HOME, or use --scope project.' });
  return dir;
}

/** The client's config file: per project, or the user's. */
export function configFile(ctx: Context, client: McpClient, scope: Scope, platform: NodeJS.Platform): string {
  if (client === 'claude-desktop') {
    if (scope === 'project') throw new AacError('usage', 'Claude Desktop has no project config; it reads one file per user.', { hint: 'Drop --scope project.' });
    if (platform === 'darwin') return join(home(ctx), 'Library', 'Application Support', 'Claude', 'claude_desktop_config.json');
    if (platform === 'win32') return join(ctx.env.APPDATA || join(home(ctx), 'AppData', 'Roaming'), 'Claude', 'claude_desktop_config.json');
    return join(ctx.env.XDG_CONFIG_HOME || join(home(ctx), '.config'), 'Claude', 'claude_desktop_config.json');
  }
  if (client === 'claude-code') return scope === 'project' ? join(ctx.cwd, '.mcp.json') : join(home(ctx), '.claude.json');
  return join(scope === 'project' ? ctx.cwd : home(ctx), '.cursor', 'mcp.json');
}

function readConfig(path: string): string | undefined {
  try {
    if (!statSync(path).isFile()) throw new AacError('config', `${path} is not a file.`);
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (err instanceof AacError) throw err;
    throw new AacError('config', `Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The file's servers, or an error that leaves the file alone: aac never rewrites a file it cannot read. */
function existingServers(path: string, text: string): Record<string, unknown> {
  const errors: ParseError[] = [];
  const root: unknown = text.trim() === '' ? {} : parse(text, errors, { allowTrailingComma: true });
  const broken = (why: string) => new AacError('config', `${path} ${why}; it was left as it is.`, { hint: 'Fix the file by hand, or use --print and merge the entry yourself.' });
  if (errors.length) throw broken('is not valid JSON');
  if (!isObject(root)) throw broken('does not hold a JSON object');
  if (root.mcpServers !== undefined && !isObject(root.mcpServers)) throw broken('has an "mcpServers" that is not an object');
  return (root.mcpServers as Record<string, unknown> | undefined) ?? {};
}

/**
 * Adds (or updates) aac's entry under `mcpServers` in the client's config: every other key and server is kept
 * as it was, comments and formatting included, and the file is replaced atomically.
 */
export async function installClient(ctx: Context, opts: InstallOptions): Promise<Installed> {
  const scope = opts.scope ?? (opts.client === 'claude-desktop' ? 'user' : 'project');
  const path = configFile(ctx, opts.client, scope, opts.platform ?? process.platform);
  const entry = { ...(opts.client === 'claude-code' ? { type: 'stdio' } : {}), ...opts.launch };
  const result = { client: opts.client, scope, path, name: opts.name, mcpServers: { [opts.name]: entry } };
  if (opts.print) return { ...result, status: 'printed' };
  const text = readConfig(path);
  const servers = text === undefined ? {} : existingServers(path, text);
  const before = servers[opts.name];
  if (JSON.stringify(before) === JSON.stringify(entry)) return { ...result, status: 'unchanged' };
  const source = text === undefined || text.trim() === '' ? '{}\n' : text;
  const indent = /^\{\s*\n(\s+)/.exec(source)?.[1];
  const formattingOptions = { insertSpaces: indent !== '\t', tabSize: indent && indent !== '\t' ? indent.length : 2, eol: '\n' };
  const updated = applyEdits(source, modify(source, ['mcpServers', opts.name], entry, { formattingOptions }));
  mkdirSync(dirname(path), { recursive: true });
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(path, updated.endsWith('\n') ? updated : `${updated}\n`, { fsync: true });
  return { ...result, status: before === undefined ? 'added' : 'updated' };
}
