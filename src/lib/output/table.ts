import { getPath } from '../engine/path.js';

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** Columns to show: the entity's defaults, or the first keys of the first record. */
export function tableColumns(records: unknown[], preferred: readonly string[] | undefined): string[] {
  if (preferred?.length) return [...preferred];
  const first = records.find((r) => r && typeof r === 'object') as Record<string, unknown> | undefined;
  return first ? Object.keys(first).filter((k) => typeof first[k] !== 'object' || first[k] === null).slice(0, 6) : [];
}

export async function renderTable(records: unknown[], columns: readonly string[]): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const table = new Table({ head: [...columns], style: { head: [], border: [] } });
  for (const record of records) table.push(columns.map((c) => cell(getPath(record, c))));
  return `${table.toString()}\n`;
}
