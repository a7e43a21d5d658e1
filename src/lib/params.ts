import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
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

/**
 * `--params '<json>'`, `--params @file.json`, or `--params -` (stdin); `flag` names another flag read the same way.
 * `from.io.stdin` is read only for `-`: opening the process's stdin costs every other run.
 */
export async function readParamsFlag(
  value: string | undefined,
  from: { io: { readonly stdin: NodeJS.ReadableStream }; cwd: string },
  flag = '--params',
): Promise<Record<string, unknown>> {
  if (value === undefined) return {};
  if (value === '-') return parseObject(await text(from.io.stdin), `${flag} from stdin`, flag);
  if (value.startsWith('@')) {
    const file = value.slice(1);
    let content: string;
    try {
      content = await readFile(resolve(from.cwd, file), 'utf8');
    } catch (err) {
      throw new AacError('usage', `Cannot read ${flag === '--params' ? 'params' : flag} file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
    }
    return parseObject(content, `${flag} file ${file}`, flag);
  }
  return parseObject(value, flag, flag);
}

type Json = { type?: unknown; enum?: unknown[]; anyOf?: Json[]; items?: Json };

function jsonSchema(schema: z.ZodType | undefined): Json | undefined {
  if (!schema) return undefined;
  try {
    return z.toJSONSchema(schema, { unrepresentable: 'any' }) as Json;
  } catch {
    return undefined;
  }
}

function variants(json: Json | undefined): Json[] {
  return json?.anyOf ? json.anyOf.filter((j) => j.type !== 'null') : json ? [json] : [];
}

/** Whether a schema takes only strings, so `-p id=123` keeps "123" as text. */
function stringOnly(json: Json | undefined): boolean {
  const all = variants(json);
  return all.length > 0 && all.every((j) => j.type === 'string' || (Array.isArray(j.enum) && j.enum.every((v) => typeof v === 'string')));
}

function arrayItems(json: Json | undefined): Json | undefined | false {
  const array = variants(json).find((j) => j.type === 'array');
  return array ? array.items : false;
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

/**
 * Merges `-p key=value` pairs over `base`, typing each value unless the param takes strings. A key given twice
 * collects its values when the param is an array, and is an error otherwise.
 */
export function applyPairs(base: Record<string, unknown>, pairs: readonly string[], shape: Record<string, z.ZodType> = {}): Record<string, unknown> {
  const out = { ...base };
  const given = new Map<string, unknown[]>();
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new AacError('usage', `-p expects key=value, got "${pair}".`, { hint: 'For example: -p limit=10 -p email=a@b.co' });
    }
    const key = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    const json = jsonSchema(shape[key]);
    const items = arrayItems(json);
    const value = (items === false ? stringOnly(json) : stringOnly(items)) ? raw : typedValue(raw);
    const values = given.get(key) ?? [];
    if (values.length && items === false) {
      throw new AacError('usage', `-p ${key} is given more than once.`, { hint: `${key} takes one value; pass it once.` });
    }
    values.push(value);
    given.set(key, values);
  }
  for (const [key, values] of given) {
    const items = arrayItems(jsonSchema(shape[key]));
    out[key] = items !== false && (values.length > 1 || !Array.isArray(values[0])) ? values.flat() : values[0];
  }
  return out;
}
