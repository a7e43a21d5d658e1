import { parseArgs } from 'node:util';
import type { FlagSpecs, FlagValues } from './specs.js';

export interface FastParsed<A extends string, T extends FlagSpecs> {
  args: Record<A, string>;
  flags: FlagValues<T>;
}

/**
 * A command line parsed by Node's own parser (`util.parseArgs`) against a table of flag specs: the plain cases only,
 * giving what oclif's parser gives for them. Anything else (an unknown, repeated or misused flag, a bad value, a
 * short flag with its value attached, `--`, the wrong number of args) is undefined: oclif then parses it, so every
 * usage error reads as oclif writes it.
 */
export function fastParse<const A extends string, const T extends FlagSpecs>(argv: readonly string[], argNames: readonly A[], specs: T): FastParsed<A, T> | undefined {
  if (argv.includes('--')) return undefined;
  let parsed;
  try {
    const options = Object.fromEntries(
      Object.entries(specs).map(([name, spec]) => {
        const option = { type: spec.kind === 'boolean' ? 'boolean' : 'string', multiple: spec.kind === 'string' && spec.multiple === true } as const;
        return [name, spec.char ? { ...option, short: spec.char } : option];
      }),
    );
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true, tokens: true });
  } catch {
    return undefined;
  }
  if (parsed.positionals.length !== argNames.length) return undefined;
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const spec = specs[token.name]!;
    const multiple = spec.kind === 'string' && spec.multiple;
    if ((!multiple && seen.has(token.name)) || (token.rawName.length === 2 && token.inlineValue) || token.value?.startsWith('-')) return undefined;
    seen.add(token.name);
  }
  if (argv.some((a) => /^-[^-]{2,}/.test(a))) return undefined;
  const flags: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = (parsed.values as Record<string, string | boolean | string[] | undefined>)[name];
    if (value !== undefined && spec.exclusive?.some((other) => seen.has(other))) return undefined;
    if (spec.kind === 'integer') {
      if (value === undefined) {
        if (spec.default !== undefined) flags[name] = spec.default;
        continue;
      }
      if (!/^-?\d+$/.test(String(value))) return undefined;
      const n = Number(value);
      if (spec.min !== undefined && n < spec.min) return undefined;
      flags[name] = n;
    } else if (value !== undefined) {
      if (spec.kind === 'string' && spec.options && !spec.options.includes(String(value))) return undefined;
      flags[name] = value;
    }
  }
  const args = Object.fromEntries(argNames.map((name, i) => [name, parsed.positionals[i]!])) as Record<A, string>;
  return { args, flags: flags as FlagValues<T> };
}
