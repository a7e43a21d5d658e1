/** One object as aligned `key  value` lines, for human output of a single result. */
export function renderRecord(record: Record<string, unknown>, keys: readonly string[] = Object.keys(record)): string {
  const width = Math.max(0, ...keys.map((k) => k.length));
  const value = (v: unknown) => (v === undefined || v === null ? '-' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return `${keys.map((k) => `${k.padEnd(width)}  ${value(record[k])}`).join('\n')}\n`;
}
