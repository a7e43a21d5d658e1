/**
 * Reads a dotted path (`a.b.0.c`) from a parsed JSON value; '' returns the value itself. A `*` segment takes every
 * element of an array (or value of an object), so a path with one always gives a list of the matches
 * (`*.*` flattens `{ a: [1], b: [2, 3] }` to `[1, 2, 3]`); without one, the single match is returned as it is.
 */
export function getPath(value: unknown, path: string | undefined): unknown {
  if (!path) return value;
  return walk(value, path.split('.'));
}

function walk(value: unknown, keys: string[]): unknown {
  let current = value;
  for (const [i, key] of keys.entries()) {
    if (current === null || typeof current !== 'object') return undefined;
    if (key === '*') {
      const rest = keys.slice(i + 1);
      const many = rest.includes('*');
      return Object.values(current).flatMap((item) => {
        const found = rest.length ? walk(item, rest) : item;
        return found === undefined ? [] : many ? (found as unknown[]) : [found];
      });
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Writes `value` at a dotted path, creating the objects on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let current = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof current[key] !== 'object' || current[key] === null) current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  current[keys.at(-1)!] = value;
}
