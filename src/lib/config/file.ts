import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import type { ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { AacError } from '../errors.js';
import { emptyStore, storeSchema, type StoreData } from './schema.js';

/**
 * Reading and writing the store file. Error messages name the file and a position or field path, never its
 * content: the file holds secrets, and JSON / zod messages can quote the input.
 */

const CORRUPT_HINT = 'Fix it by hand, or move it away to start afresh (aac never overwrites a file it cannot read).';

function corrupt(path: string, reason: string): AacError {
  return new AacError('config', `The config file ${path} is invalid: ${reason}`, { hint: CORRUPT_HINT });
}

/** Reads and validates the whole file without creating anything. A missing file is an empty store. */
export function readStoreFile(path: string): StoreData {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return emptyStore();
    throw new AacError('config', `Cannot read the config file ${path}: ${code ?? 'unknown error'}.`, { cause: err });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw corrupt(path, `not valid JSON (${syntaxError(text)})`);
  }
  const parsed = storeSchema().safeParse(raw, { error: describeIssue });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw corrupt(path, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Where and what the first syntax error is, e.g. "property name expected at line 2, column 1". */
function syntaxError(text: string): string {
  // loaded only for a broken file, so that reading a good one stays fast
  const { parse: parseTolerant, printParseErrorCode } = createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');
  const errors: ParseError[] = [];
  parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return 'unexpected input';
  const what = printParseErrorCode(first.error).replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
  const before = text.slice(0, first.offset).split('\n');
  return `${what} at line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** zod's issue messages, rebuilt from the schema's side only (types and allowed values), never from the input. */
function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${kindOf(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${JSON.stringify(issue.values[0])}`
        : `Invalid option: expected one of ${issue.values.map((v) => JSON.stringify(v)).join('|')}`;
    default:
      return `Invalid input (${issue.code})`;
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Validates `data`, then replaces the file atomically (temp file in the same directory, fsync, rename), mode 0600 in a 0700 directory. */
export async function writeStoreFile(path: string, data: StoreData): Promise<void> {
  const checked = storeSchema().safeParse(data, { error: describeIssue });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new AacError('internal', `Refusing to write an invalid config to ${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  ensureDir(dirname(path));
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(path, `${JSON.stringify(checked.data, null, '\t')}\n`, { mode: 0o600, fsync: true });
}

/** The store's directory, created (and kept) mode 0700. */
export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}
