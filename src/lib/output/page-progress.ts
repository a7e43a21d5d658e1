/**
 * The `--all` counter for a person watching: records, pages and rate on one stderr line, redrawn after every
 * page. Only given a stream when stderr is a terminal (and not under CI or --json); without one it does nothing.
 * When stdout is the same terminal, the line is cleared before each page of records is written.
 */
export class PageProgress {
  private records = 0;
  private pages = 0;
  private shown = false;
  private readonly started = Date.now();

  constructor(private readonly stream: NodeJS.WritableStream | undefined) {}

  /** Before records go to stdout: the counter line makes room. */
  clear(): void {
    if (this.stream && this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }

  /** After a page was written. */
  page(records: number): void {
    this.records += records;
    this.pages++;
    if (!this.stream) return;
    this.stream.write(`\r\x1b[K${this.text()}`);
    this.shown = true;
  }

  /** The walk ended (or failed): the last count stays, on a line of its own. */
  end(): void {
    if (!this.stream || this.pages === 0) return;
    this.stream.write(`\r\x1b[K${this.text()}\n`);
    this.shown = false;
  }

  private text(): string {
    const seconds = Math.max(0.001, (Date.now() - this.started) / 1000);
    const n = (value: number) => Math.round(value).toLocaleString('en-US');
    return `${n(this.records)} record${this.records === 1 ? '' : 's'}, ${n(this.pages)} page${this.pages === 1 ? '' : 's'}, ${n(this.records / seconds)}/s`;
  }
}
