import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import type { Env } from './context.js';

/** `env` over the `.env` file of `cwd` (variables already set win), and which variables came from the file. */
export function withDotEnv(env: Env, cwd: string): { env: Env; dotenv: ReadonlySet<string> } {
  let text: string;
  try {
    text = readFileSync(join(cwd, '.env'), 'utf8');
  } catch {
    return { env, dotenv: new Set() };
  }
  const file = parseEnv(text);
  return { env: { ...file, ...env }, dotenv: new Set(Object.keys(file).filter((k) => env[k] === undefined)) };
}
