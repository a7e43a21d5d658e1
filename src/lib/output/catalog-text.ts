import type { CatalogRow } from '../prebuilt.js';

/** `aac connectors catalog` on a terminal: one line a connector type, its action count and entities. */
export function catalogText(rows: readonly CatalogRow[]): string {
  const width = Math.max(...rows.map((r) => r.name.length));
  return `${rows.map((r) => `${r.name.padEnd(width)}  ${String(r.actions).padStart(3)} actions  ${r.entities.join(', ')}`).join('\n')}\n`;
}
