import { AacError } from './lib/errors.js';
import type { Context } from './lib/context.js';
import { confirmAction, dryRunExec, prepareExec, runDownload, runOnce, streamAll, type PreparedExec } from './lib/exec.js';
import { formatBytes, pipeDownload, saveDownload, type DownloadSummary } from './lib/output/download.js';
import type { Mode } from './lib/mode.js';
import { applyPairs, readParamsFlag } from './lib/params.js';
import { checkFields, projectData } from './lib/output/project.js';
import { PageProgress } from './lib/output/page-progress.js';
import { machineText, RecordWriter, renderResult, type OutputFormat } from './lib/output/render.js';
import { writeOut } from './lib/output/write.js';
import type { execArgNames, execFlagSpecs } from './flags/exec.js';
import type { FlagValues, platformFlagSpecs } from './flags/specs.js';

export type ExecArgs = Record<(typeof execArgNames)[number], string>;
export type ExecFlags = FlagValues<typeof execFlagSpecs & typeof platformFlagSpecs>;

/** How the run renders: what the global flags and the terminal decided. */
export interface ExecOutput {
  jq?: string;
  color: boolean;
  /** --json was given. */
  json: boolean;
}

/** What `exec` prints on a terminal for the data it returns (a saved download). */
export function execHuman(data: DownloadSummary | undefined): string {
  return data ? `Saved ${formatBytes(data.bytes)} (${data.content_type ?? 'no content type'}) to ${data.path}\n` : '';
}

/**
 * The `exec` command, whichever parser read its command line (oclif's, or the fast path's): writes records as it
 * goes and returns the summary of a saved download.
 */
export async function execRun(ctx: Context, args: ExecArgs, flags: ExecFlags, out: ExecOutput): Promise<DownloadSummary | undefined> {
  if ((flags['max-pages'] || flags['max-items']) && !flags.all) {
    throw new AacError('usage', '--max-pages and --max-items only apply with --all.', { hint: 'Add --all to follow pagination.' });
  }
  const fields = flags.fields?.split(',').map((f) => f.trim()).filter(Boolean);
  const prepared = await prepareExec(ctx, {
    connector: args.connector,
    entity: args.entity,
    action: args.action,
    params: async (shape) => applyPairs(await readParamsFlag(flags.params, ctx), flags.param ?? [], shape),
    mode: flags.mode as Mode | undefined,
    all: flags.all,
    workspace: flags.workspace,
    apiUrl: flags['api-url'],
    baseUrl: flags['base-url'],
    pageUrl: flags['page-url'],
    timeoutMs: flags.timeout * 1000,
    retries: flags.retries,
    maxBodyBytes: flags['max-body'],
    intent: flags.intent,
    fields,
  });
  if (flags['dry-run']) {
    await writeOut(ctx.io.stdout, await machineText(await dryRunExec(prepared), out.jq));
    return undefined;
  }
  if (prepared.ref.def.download) return download(ctx, prepared, flags, out);
  if (flags['output-file']) {
    throw new AacError('usage', `-O applies to download actions; ${prepared.ref.entity} ${prepared.ref.action} is not one.`, {
      hint: 'Redirect stdout to save the records: aac exec … > records.json',
    });
  }
  await confirmAction(ctx, prepared, flags.yes === true);
  const io = ctx.io;
  const render = {
    format: (flags.output ?? (flags.all ? 'ndjson' : 'json')) as OutputFormat,
    fields,
    columns: prepared.ref.connector.entities[prepared.ref.entity]?.columns,
    width: io.stdoutTTY ? (io.columns ?? 80) : undefined,
    jq: out.jq,
    color: out.color,
  };
  if (flags.all) {
    const writer = new RecordWriter(io.stdout, render);
    const progress = new PageProgress(io.stderrTTY && !ctx.env.CI && !out.json ? io.stderr : undefined);
    let checked = false;
    try {
      for await (const records of streamAll(ctx, prepared, { maxPages: flags['max-pages'], maxItems: flags['max-items'] })) {
        if (!checked && records.length) [checked] = [true, checkFields(records, fields)];
        if (io.stdoutTTY) progress.clear();
        await writer.writePage(records);
        progress.page(records.length);
      }
    } finally {
      progress.end();
    }
    await writer.end();
    return undefined;
  }
  const result = await runOnce(prepared);
  checkFields(Array.isArray(result.data) ? result.data : [result.data], fields);
  await writeOut(io.stdout, flags.meta ? await machineText({ data: projectData(result.data, fields), meta: result.meta }, out.jq) : await renderResult(result.data, render));
  return undefined;
}

/** A download streams its file to -O or stdout; the record flags do not apply. */
async function download(ctx: Context, prepared: PreparedExec, flags: ExecFlags, out: ExecOutput): Promise<DownloadSummary | undefined> {
  const given = (['all', 'meta', 'fields', 'output'] as const).filter((f) => flags[f] !== undefined && flags[f] !== false).map((f) => `--${f}`);
  const what = `${prepared.ref.entity} ${prepared.ref.action}`;
  if (given.length) {
    throw new AacError('usage', `${what} downloads a file: ${given.join(', ')} ${given.length > 1 ? 'do' : 'does'} not apply.`, { hint: 'Save it with -O <file>, or pipe stdout.' });
  }
  const path = flags['output-file'];
  if (!path && out.json) {
    throw new AacError('usage', `--json prints a summary on stdout, so the file of ${what} needs -O <path>.`, { hint: 'Add -O <file>, or drop --json to stream the bytes to stdout.' });
  }
  const file = await runDownload(prepared);
  if (path) return saveDownload(ctx, file, path);
  await pipeDownload(ctx, file);
  return undefined;
}
