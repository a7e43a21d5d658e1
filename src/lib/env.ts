import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';

let loaded = false;

/** Loads `.env` from the working directory into process.env; variables already set win. */
export function loadDotEnv(cwd = process.cwd()): void {
  if (loaded) return;
  loaded = true;
  let text: string;
  try {
    text = readFileSync(join(cwd, '.env'), 'utf8');
  } catch {
    return;
  }
  for (const [key, value] of Object.entries(parseEnv(text))) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
}
