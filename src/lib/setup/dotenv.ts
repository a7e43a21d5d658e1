import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseEnv } from 'node:util';

export type FileChange = 'created' | 'updated' | 'unchanged';

function quote(value: string): string {
  return /^[\w@%+=:,./-]*$/.test(value) ? value : JSON.stringify(value);
}

/**
 * Sets `vars` in a dotenv file, keeping its other lines; the file ends up mode 0600 whatever it was.
 * Existing keys with the same value are left alone, so a second run changes nothing.
 */
export function writeEnvFile(path: string, vars: Record<string, string>): FileChange {
  const exists = existsSync(path);
  const text = exists ? readFileSync(path, 'utf8') : '';
  const current = parseEnv(text);
  const lines = text ? text.replace(/\n$/, '').split('\n') : [];
  let changed = false;
  for (const [key, value] of Object.entries(vars)) {
    if (current[key] === value) continue;
    changed = true;
    const line = `${key}=${quote(value)}`;
    const at = lines.findIndex((l) => new RegExp(`^\\s*(export\\s+)?${key}\\s*=`).test(l));
    if (at >= 0) lines[at] = line;
    else lines.push(line);
  }
  if (changed) writeFileSync(path, `${lines.join('\n')}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return !exists ? 'created' : changed ? 'updated' : 'unchanged';
}

/** Makes sure the dotenv file is listed in the .gitignore beside it. */
export function ensureGitignored(envPath: string): FileChange {
  const ignore = join(dirname(envPath), '.gitignore');
  const name = basename(envPath);
  if (!existsSync(ignore)) {
    writeFileSync(ignore, `${name}\n`);
    return 'created';
  }
  const text = readFileSync(ignore, 'utf8');
  const patterns = new Set([name, `/${name}`, `${name}*`, `*${name}`, `**/${name}`]);
  if (text.split('\n').some((l) => patterns.has(l.trim()))) return 'unchanged';
  writeFileSync(ignore, `${text}${text && !text.endsWith('\n') ? '\n' : ''}${name}\n`);
  return 'updated';
}
