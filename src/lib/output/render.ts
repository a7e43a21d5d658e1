import { jqText } from './jq.js';
import { projectData } from './project.js';
import { tableColumns, renderTable } from './table.js';
import { json, ndjsonLine, writeOut } from './write.js';

export type OutputFormat = 'json' | 'ndjson' | 'table';

export interface RenderOptions {
  format: OutputFormat;
  fields?: string[];
  columns?: readonly string[];
  /** Terminal width for tables. */
  width?: number;
  /** Bold table headers. */
  color?: boolean;
  /** A jq expression applied to the result, or to each record of a stream; its output replaces the format. */
  jq?: string;
}

/** JSON, or the output of `--jq` when one is given: what every command prints for a machine. */
export function machineText(value: unknown, jq: string | undefined): Promise<string> | string {
  return jq ? jqText([value], jq) : json(value);
}

/** Renders one result (a record array or a single object) in the chosen format. */
export async function renderResult(data: unknown, opts: RenderOptions): Promise<string> {
  const projected = projectData(data, opts.fields);
  if (opts.jq) return jqText([projected], opts.jq);
  if (opts.format === 'ndjson') {
    return Array.isArray(projected) ? projected.map(ndjsonLine).join('') : ndjsonLine(projected);
  }
  if (opts.format === 'table') {
    const records = Array.isArray(projected) ? projected : [projected];
    return renderTable(records, opts.fields?.length ? opts.fields : tableColumns(records, opts.columns), opts.width, opts.color);
  }
  return json(projected);
}

/**
 * Streams records as pages arrive, one write a page: NDJSON lines, or one JSON array written page by page.
 * Table output needs every row first, so it collects (bounded by --max-items).
 */
export class RecordWriter {
  private count = 0;
  private rows: unknown[] = [];

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly opts: RenderOptions,
  ) {}

  async writePage(records: readonly unknown[]): Promise<void> {
    if (records.length === 0) return;
    const values = this.opts.fields?.length ? records.map((r) => projectData(r, this.opts.fields)) : records;
    if (this.opts.jq) {
      await writeOut(this.out, await jqText(values, this.opts.jq));
      return;
    }
    if (this.opts.format === 'table') {
      this.rows.push(...values);
      return;
    }
    let text = '';
    if (this.opts.format === 'json') {
      for (const value of values) text += `${this.count++ === 0 ? '[\n' : ',\n'}${indent(JSON.stringify(value, null, 2))}`;
    } else {
      for (const value of values) text += `${JSON.stringify(value)}\n`;
      this.count += values.length;
    }
    await writeOut(this.out, text);
  }

  async end(): Promise<void> {
    if (this.opts.jq) return;
    if (this.opts.format === 'json') await writeOut(this.out, this.count === 0 ? '[]\n' : '\n]\n');
    if (this.opts.format === 'table') await writeOut(this.out, await renderResult(this.rows, this.opts));
  }
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}
