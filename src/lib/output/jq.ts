import { createRequire } from 'node:module';
import { AacError } from '../errors.js';

interface JqEngine {
  raw(input: string, filter: string, flags?: string[]): string;
}

let engine: Promise<JqEngine> | undefined;

/** jq itself (jq-web: the jq C sources built to WebAssembly), loaded on first use. */
function load(): Promise<JqEngine> {
  // A CommonJS module whose export is a promise, which an ESM import would wrap.
  engine ??= Promise.resolve(createRequire(import.meta.url)('jq-web') as Promise<JqEngine>);
  return engine;
}

function failure(expr: string, err: unknown): AacError {
  const message = String((err as { stderr?: string }).stderr ?? (err as Error).message).trim();
  return new AacError('usage', `--jq ${JSON.stringify(expr)}: ${message}`, { hint: 'The jq language: https://jqlang.org/manual/' });
}

async function run(input: string, expr: string, program = expr): Promise<string> {
  const jq = await load();
  try {
    return jq.raw(input, program, ['-r']);
  } catch (err) {
    throw failure(expr, err);
  }
}

/** Compiles the expression without running it, so that a typo fails (exit 4) before any request is sent. */
export async function checkJq(expr: string): Promise<void> {
  try {
    await run('null', expr, `if false then (\n${expr}\n) else empty end`);
  } catch (err) {
    // the expression starts on the wrapper's second line
    (err as Error).message = (err as Error).message.replace(/line (\d+):/g, (_, n: string) => `line ${Number(n) - 1}:`);
    throw err;
  }
}

/**
 * Runs `expr` on each value, as jq does on a stream of inputs: one run for a page of records. Strings print raw,
 * as with `gh --jq`; everything else as jq prints JSON.
 */
export async function jqText(values: readonly unknown[], expr: string): Promise<string> {
  if (values.length === 0) return '';
  const out = await run(values.map((v) => JSON.stringify(v)).join('\n'), expr);
  return out ? `${out}\n` : '';
}
