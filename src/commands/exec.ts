import { Args, Flags } from '@oclif/core';
import { modeFlag, PlatformCommand, workspaceFlag } from '../platform-command.js';
import { AacError } from '../lib/errors.js';
import { confirmAction, dryRunExec, prepareExec, runDownload, runOnce, streamAll, type PreparedExec } from '../lib/exec.js';
import { formatBytes, pipeDownload, saveDownload, type DownloadSummary } from '../lib/output/download.js';
import type { Mode } from '../lib/mode.js';
import { applyPairs, readParamsFlag } from '../lib/params.js';
import { checkFields, projectData } from '../lib/output/project.js';
import { PageProgress } from '../lib/output/page-progress.js';
import { machineText, RecordWriter, renderResult, type OutputFormat } from '../lib/output/render.js';
import { writeOut } from '../lib/output/write.js';

type ExecFlags = Awaited<ReturnType<Exec['parse']>>['flags'];

export default class Exec extends PlatformCommand<DownloadSummary | undefined> {
  static override summary = 'Run an action on a connector entity.';
  static override description =
    'Validates the params against the action, calls the vendor API (local mode) or the hosted connector (platform mode), and prints the records as JSON on stdout.\n' +
    'Platform mode is used for saved hosted connectors, and whenever platform credentials are present (aac login, or AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET) unless --mode local.\n' +
    'Lists and searches print an array, other actions one object; --all follows pagination and streams NDJSON.\n' +
    'Download actions stream the file: to -O <path>, or to stdout when it is not a terminal.';

  static override examples = [
    `<%= config.bin %> exec stripe customers list --params '{"limit":10}' | jq '.[].email'`,
    '<%= config.bin %> exec github issues list -p owner=octocat -p repo=hello-world --all --max-items 500',
    '<%= config.bin %> exec slack channels list --output table',
    '<%= config.bin %> exec stripe customers delete -p id=cus_123 --yes',
    '<%= config.bin %> exec google-drive files download -p fileId=1AbC -O report.pdf',
  ];

  static override args = {
    connector: Args.string({ description: 'Connector type (e.g. stripe) or the name of a saved connector.', required: true }),
    entity: Args.string({ description: 'Entity, e.g. customers. `aac describe <connector>` lists them.', required: true }),
    action: Args.string({ description: 'Action, e.g. list, get, create, update, delete, api_search.', required: true }),
  };

  static override flags = {
    params: Flags.string({ char: 'P', description: 'Params as a JSON object, @file.json, or - to read stdin.' }),
    param: Flags.string({ char: 'p', description: 'One param as key=value (numbers, booleans, null and JSON are typed). Repeat it for an array param.', multiple: true }),
    all: Flags.boolean({ description: 'Follow pagination and stream every record as NDJSON.' }),
    'max-pages': Flags.integer({ description: 'With --all: stop after this many pages.', min: 1 }),
    'max-items': Flags.integer({ description: 'With --all: stop after this many records.', min: 1 }),
    meta: Flags.boolean({ description: 'Print {data, meta} (cursors, has_more, totals) instead of the records alone.', exclusive: ['all'] }),
    fields: Flags.string({ description: 'Keep only these comma-separated fields (dotted paths allowed: address.city).' }),
    output: Flags.string({ char: 'o', description: 'Output format (table is tab-separated when stdout is not a terminal).', options: ['json', 'ndjson', 'table'], exclusive: ['jq'] }),
    'dry-run': Flags.boolean({ description: 'Validate and print the HTTP request that would be sent (secrets redacted), without sending it.' }),
    'base-url': Flags.string({ description: "Replace the connector's server URL (scheme, host and base path), e.g. for a proxy or GitHub Enterprise." }),
    yes: Flags.boolean({ char: 'y', description: 'Confirm a destructive action without asking.' }),
    retries: Flags.integer({ description: 'Retries on 429, 5xx and network errors.', default: 3, min: 0 }),
    'output-file': Flags.string({ char: 'O', description: 'Download actions: save the file here (written to a temp name, renamed when complete).' }),
    'max-body': Flags.integer({ description: 'Largest response body accepted, in bytes (default 64 MiB; downloads have no cap unless this is given).', min: 1 }),
    mode: modeFlag,
    intent: Flags.string({ description: 'Platform mode: a short reason for this call, passed to the hosted execute.' }),
    workspace: workspaceFlag,
  };

  protected override human(data: DownloadSummary | undefined): string {
    return data ? `Saved ${formatBytes(data.bytes)} (${data.content_type ?? 'no content type'}) to ${data.path}\n` : '';
  }

  async run(): Promise<DownloadSummary | undefined> {
    const { args, flags } = await this.parse(Exec);
    if ((flags['max-pages'] || flags['max-items']) && !flags.all) {
      throw new AacError('usage', '--max-pages and --max-items only apply with --all.', { hint: 'Add --all to follow pagination.' });
    }
    const fields = flags.fields?.split(',').map((f) => f.trim()).filter(Boolean);
    const prepared = await prepareExec(this.ctx, {
      connector: args.connector,
      entity: args.entity,
      action: args.action,
      params: async (shape) => applyPairs(await readParamsFlag(flags.params, { stdin: this.ctx.io.stdin, cwd: this.ctx.cwd }), flags.param ?? [], shape),
      mode: flags.mode as Mode | undefined,
      all: flags.all,
      workspace: flags.workspace,
      apiUrl: flags['api-url'],
      baseUrl: flags['base-url'],
      timeoutMs: flags.timeout * 1000,
      retries: flags.retries,
      maxBodyBytes: flags['max-body'],
      intent: flags.intent,
      fields,
    });
    if (flags['dry-run']) {
      await writeOut(this.ctx.io.stdout, await machineText(await dryRunExec(prepared), this.jq));
      return undefined;
    }
    if (prepared.ref.def.download) return this.download(prepared, flags);
    if (flags['output-file']) {
      throw new AacError('usage', `-O applies to download actions; ${prepared.ref.entity} ${prepared.ref.action} is not one.`, {
        hint: 'Redirect stdout to save the records: aac exec … > records.json',
      });
    }
    await confirmAction(this.ctx, prepared, flags.yes);
    const io = this.ctx.io;
    const render = {
      format: (flags.output ?? (flags.all ? 'ndjson' : 'json')) as OutputFormat,
      fields,
      columns: prepared.ref.connector.entities[prepared.ref.entity]?.columns,
      width: io.stdoutTTY ? (io.columns ?? 80) : undefined,
      jq: this.jq,
      color: this.color,
    };
    if (flags.all) {
      const writer = new RecordWriter(io.stdout, render);
      const progress = new PageProgress(io.stderrTTY && !this.ctx.env.CI && !this.jsonEnabled() ? io.stderr : undefined);
      let checked = false;
      try {
        for await (const records of streamAll(this.ctx, prepared, { maxPages: flags['max-pages'], maxItems: flags['max-items'] })) {
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
    await writeOut(io.stdout, flags.meta ? await machineText({ data: projectData(result.data, fields), meta: result.meta }, this.jq) : await renderResult(result.data, render));
    return undefined;
  }

  /** A download streams its file to -O or stdout; the record flags do not apply. */
  private async download(prepared: PreparedExec, flags: ExecFlags): Promise<DownloadSummary | undefined> {
    const given = (['all', 'meta', 'fields', 'output'] as const).filter((f) => flags[f] !== undefined && flags[f] !== false).map((f) => `--${f}`);
    const what = `${prepared.ref.entity} ${prepared.ref.action}`;
    if (given.length) {
      throw new AacError('usage', `${what} downloads a file: ${given.join(', ')} ${given.length > 1 ? 'do' : 'does'} not apply.`, { hint: 'Save it with -O <file>, or pipe stdout.' });
    }
    const path = flags['output-file'];
    if (!path && this.jsonEnabled()) {
      throw new AacError('usage', `--json prints a summary on stdout, so the file of ${what} needs -O <path>.`, { hint: 'Add -O <file>, or drop --json to stream the bytes to stdout.' });
    }
    const file = await runDownload(prepared);
    if (path) return saveDownload(this.ctx, file, path);
    await pipeDownload(this.ctx, file);
    return undefined;
  }
}
