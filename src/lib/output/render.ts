import { projectData } from './project.js';
import { tableColumns, renderTable } from './table.js';
import { json, ndjsonLine, writeOut } from './write.js';

export type OutputFormat = 'json' | 'ndjson' | 'table';

export interface RenderOptions {
  format: OutputFormat;
  fields?: string[];
  columns?: readonly string[];
}

/** Renders one result (a record array or a single object) in the chosen format. */
export async function renderResult(data: unknown, opts: RenderOptions): Promise<string> {
  const projected = projectData(data, opts.fields);
  if (opts.format === 'ndjson') {
    return Array.isArray(projected) ? projected.map(ndjsonLine).join('') : ndjsonLine(projected);
  }
  if (opts.format === 'table') {
    const records = Array.isArray(projected) ? projected : [projected];
    return renderTable(records, opts.fields?.length ? opts.fields : tableColumns(records, opts.columns));
  }
  return json(projected);
}

/**
 * Streams records as they arrive: NDJSON lines, or one JSON array written element by element.
 * Table output needs every row first, so it collects (bounded by --max-items).
 */
export class RecordWriter {
  private count = 0;
  private rows: unknown[] = [];

  constructor(private readonly opts: RenderOptions) {}

  async write(record: unknown): Promise<void> {
    const value = projectData(record, this.opts.fields);
    if (this.opts.format === 'table') this.rows.push(value);
    else if (this.opts.format === 'json') await writeOut(`${this.count === 0 ? '[\n' : ',\n'}${indent(JSON.stringify(value, null, 2))}`);
    else await writeOut(ndjsonLine(value));
    this.count++;
  }

  async end(): Promise<void> {
    if (this.opts.format === 'json') await writeOut(this.count === 0 ? '[]\n' : '\n]\n');
    if (this.opts.format === 'table') await writeOut(await renderResult(this.rows, this.opts));
  }
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}
