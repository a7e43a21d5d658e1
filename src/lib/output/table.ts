import { getPath } from '../engine/path.js';
import { palette } from './color.js';

function cell(value: unknown, max: number): string {
  if (value === undefined || value === null) return '';
  const text = (typeof value === 'object' ? JSON.stringify(value) : String(value)).replace(/[\r\n\t]+/g, ' ');
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
}

/** Columns to show: the entity's defaults, or the first keys of the first record. */
export function tableColumns(records: unknown[], preferred: readonly string[] | undefined): string[] {
  if (preferred?.length) return [...preferred];
  const first = records.find((r) => r && typeof r === 'object') as Record<string, unknown> | undefined;
  return first ? Object.keys(first).filter((k) => typeof first[k] !== 'object' || first[k] === null).slice(0, 6) : [];
}

/**
 * A table for a terminal: with a width, cli-table3 without rules between rows, cells truncated to fit;
 * without one (stdout piped with `--output table`), plain tab-separated columns like `gh`.
 */
export async function renderTable(records: unknown[], columns: readonly string[], width?: number, color = false): Promise<string> {
  if (width === undefined) {
    const rows = records.map((r) => columns.map((c) => cell(getPath(r, c), Infinity).replace(/\t/g, ' ')).join('\t'));
    return rows.length ? `${rows.join('\n')}\n` : '';
  }
  const { default: Table } = await import('cli-table3');
  // borders and padding take 3 characters a column, plus one
  const perColumn = Math.max(8, Math.floor((width - 1) / Math.max(1, columns.length)) - 3);
  const style = await palette(color);
  const table = new Table({
    head: columns.map((c) => style.header(c)),
    style: { head: [], border: [], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const record of records) table.push(columns.map((c) => cell(getPath(record, c), perColumn)));
  return `${table.toString()}\n`;
}
