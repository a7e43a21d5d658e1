import { AacError } from '../errors.js';
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

/** `--fields` naming a field that no returned record has is a typo, not an empty column: exit 4, with the fields there are. */
export function checkFields(records: readonly unknown[], fields: readonly string[] | undefined): void {
  const objects = records.filter((r): r is Record<string, unknown> => r !== null && typeof r === 'object' && !Array.isArray(r));
  if (!fields?.length || objects.length === 0) return;
  const unknown = fields.filter((f) => objects.every((r) => getPath(r, f) === undefined && !(f in r)));
  if (unknown.length === 0) return;
  const available = [...new Set(objects.flatMap((r) => Object.keys(r)))].sort();
  throw new AacError('usage', `--fields names ${unknown.map((f) => `"${f}"`).join(', ')}, which no returned record has.`, {
    hint: `Fields of these records: ${available.join(', ')}.`,
    details: { unknown, available },
  });
}
