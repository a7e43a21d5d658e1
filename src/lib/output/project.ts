import { getPath, setPath } from '../engine/path.js';

/** Keeps only the given dotted fields of a record, preserving nesting (`address.city` → `{address:{city}}`). */
export function project(record: unknown, fields: readonly string[]): unknown {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = getPath(record, field);
    if (value !== undefined) setPath(out, field, value);
  }
  return out;
}

export function projectData(data: unknown, fields: readonly string[] | undefined): unknown {
  if (!fields?.length) return data;
  return Array.isArray(data) ? data.map((r) => project(r, fields)) : project(data, fields);
}
