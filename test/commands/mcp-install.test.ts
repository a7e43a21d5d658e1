import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempConfigDir } from '../helpers/cli.js';

const BIN = resolve(import.meta.dirname, '../../bin/run.js');
const entry = (...extra: string[]) => ({ command: process.execPath, args: [BIN, 'mcp', ...extra] });
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

function dirs() {
  return { home: tempConfigDir(), project: tempConfigDir() };
}

describe('aac mcp install', () => {
  it('claude-code: merges into the project .mcp.json, keeping other servers, settings and comments', async () => {
    const { home, project } = dirs();
    const path = join(project, '.mcp.json');
    const before = '{\n  // shared with the team\n  "mcpServers": {\n    "other": { "command": "other-server", "args": [] }\n  },\n  "keep": true\n}\n';
    writeFileSync(path, before);
    const r = await runCli(['mcp', 'install', 'claude-code', '--read-only'], { env: { HOME: home }, cwd: project });
    expect(r).toEqual({ code: 0, stdout: `${JSON.stringify({ client: 'claude-code', scope: 'project', path, name: 'aac', mcpServers: { aac: { type: 'stdio', ...entry('--read-only') } }, status: 'added' }, null, 2)}\n`, stderr: '' });
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('// shared with the team');
    const { parse } = await import('jsonc-parser');
    expect(parse(text)).toEqual({ mcpServers: { other: { command: 'other-server', args: [] }, aac: { type: 'stdio', ...entry('--read-only') } }, keep: true });
    const again = await runCli(['mcp', 'install', 'claude-code', '--read-only'], { env: { HOME: home }, cwd: project, ttyColumns: 80 });
    expect(again.stdout).toBe(`MCP server "aac" is already in ${path} (Claude Code, project scope). Restart Claude Code to use it.\n`);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('claude-code --scope user: updates the entry in ~/.claude.json and leaves the rest', async () => {
    const { home, project } = dirs();
    const path = join(home, '.claude.json');
    writeFileSync(path, JSON.stringify({ numStartups: 3, mcpServers: { aac: { command: 'old' }, other: { command: 'x' } } }, null, 2));
    const r = await runCli(['mcp', 'install', 'claude-code', '--scope', 'user', '--profile', 'work'], { env: { HOME: home }, cwd: project, ttyColumns: 80 });
    expect(r).toEqual({ code: 0, stdout: `MCP server "aac" updated in ${path} (Claude Code, user scope). Restart Claude Code to use it.\n`, stderr: '' });
    expect(read(path)).toEqual({ numStartups: 3, mcpServers: { aac: { type: 'stdio', ...entry('--profile', 'work') }, other: { command: 'x' } } });
  });

  it('claude-desktop writes its per-user file; cursor its project file; both created when missing', async () => {
    const { home, project } = dirs();
    const desktop = await runCli(['mcp', 'install', 'claude-desktop', '--max-result-chars', '20000'], { env: { HOME: home, XDG_CONFIG_HOME: join(home, 'xdg') }, cwd: project });
    expect(desktop.code).toBe(0);
    expect(read(join(home, 'xdg', 'Claude', 'claude_desktop_config.json'))).toEqual({ mcpServers: { aac: entry('--max-result-chars', '20000') } });
    const cursor = await runCli(['mcp', 'install', 'cursor', '--name', 'connectors'], { env: { HOME: home }, cwd: project });
    expect(cursor.code).toBe(0);
    expect(read(join(project, '.cursor', 'mcp.json'))).toEqual({ mcpServers: { connectors: entry() } });
  });

  it('--download-dir is passed on as an absolute path', async () => {
    const { home, project } = dirs();
    const r = await runCli(['mcp', 'install', 'cursor', '--download-dir', 'files', '--print'], { env: { HOME: home }, cwd: project });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ mcpServers: { aac: entry('--download-dir', join(project, 'files')) } });
  });

  it('--print prints the entry and writes nothing', async () => {
    const { home, project } = dirs();
    const r = await runCli(['mcp', 'install', 'cursor', '--scope', 'user', '--print'], { env: { HOME: home }, cwd: project, ttyColumns: 80 });
    expect(r).toEqual({ code: 0, stdout: `${JSON.stringify({ mcpServers: { aac: entry() } }, null, 2)}\n`, stderr: '' });
    expect(() => readFileSync(join(home, '.cursor', 'mcp.json'))).toThrow(/ENOENT/);
  });

  it('a config file it cannot read is left alone (exit 1); a bad client or scope is exit 4', async () => {
    const { home, project } = dirs();
    mkdirSync(join(project, '.cursor'));
    const path = join(project, '.cursor', 'mcp.json');
    writeFileSync(path, '{ "mcpServers": [');
    const broken = await runCli(['mcp', 'install', 'cursor'], { env: { HOME: home }, cwd: project });
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stderr)).toEqual({
      error: { type: 'config', message: `${path} is not valid JSON; it was left as it is.`, status_code: null, retryable: false, hint: 'Fix the file by hand, or use --print and merge the entry yourself.' },
    });
    expect(readFileSync(path, 'utf8')).toBe('{ "mcpServers": [');
    expect((await runCli(['mcp', 'install', 'vscode'], { env: { HOME: home }, cwd: project })).code).toBe(4);
    const scope = await runCli(['mcp', 'install', 'claude-desktop', '--scope', 'project'], { env: { HOME: home }, cwd: project });
    expect(scope.code).toBe(4);
    expect(JSON.parse(scope.stderr).error.message).toBe('Claude Desktop has no project config; it reads one file per user.');
  });
});
