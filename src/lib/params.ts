import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { z } from 'zod';
import { AacError } from './errors.js';

function parseObject(source: string, what: string, flag: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (err) {
    throw new AacError('usage', `${what} is not valid JSON: ${(err as Error).message}`, {
      hint: `Pass a JSON object, e.g. ${flag} '{"limit":10}', ${flag} @file.json or ${flag} - to read stdin.`,
    });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new AacError('usage', `${what} must be a JSON object, got ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}.`, {
      hint: `Pass a JSON object, e.g. ${flag} '{"limit":10}'.`,
    });
  }
  return value as Record<string, unknown>;
}

/** `--params '<json>'`, `--params @file.json`, or `--params -` (stdin); `flag` names another flag read the same way. */
export async function readParamsFlag(
  value: string | undefined,
  stdin: NodeJS.ReadableStream = process.stdin,
  flag = '--params',
): Promise<Record<string, unknown>> {
  if (value === undefined) return {};
  if (value === '-') return parseObject(await text(stdin), `${flag} from stdin`, flag);
  if (value.startsWith('@')) {
    const file = value.slice(1);
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (err) {
      throw new AacError('usage', `Cannot read ${flag === '--params' ? 'params' : flag} file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
    }
    return parseObject(content, `${flag} file ${file}`, flag);
  }
  return parseObject(value, flag, flag);
}

/** Whether a param's schema takes only strings, so `-p id=123` keeps "123" as text. */
function wantsString(schema: z.ZodType | undefined): boolean {
  if (!schema) return false;
  try {
    const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as { type?: unknown; enum?: unknown[] };
    return json.type === 'string' || (Array.isArray(json.enum) && json.enum.every((v) => typeof v === 'string'));
  } catch {
    return false;
  }
}

/** Types a `-p key=value` value like `gh api -F`: numbers, booleans, null, JSON arrays and objects. */
export function typedValue(raw: string): unknown {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (raw === 'null') return null;
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(raw) && Number.isSafeInteger(Math.trunc(Number(raw)))) return Number(raw);
  if (/^\s*[[{]/.test(raw)) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  return raw;
}

/** Merges repeatable `-p key=value` pairs over `base`, typing each value unless the param takes strings. */
export function applyPairs(base: Record<string, unknown>, pairs: readonly string[], shape: Record<string, z.ZodType> = {}): Record<string, unknown> {
  const out = { ...base };
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new AacError('usage', `-p expects key=value, got "${pair}".`, { hint: 'For example: -p limit=10 -p email=a@b.co' });
    }
    const key = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    out[key] = wantsString(shape[key]) ? raw : typedValue(raw);
  }
  return out;
}
