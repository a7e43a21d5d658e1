import { Args } from '@oclif/core';
import { execRun, execHuman } from '../exec-run.js';
import { execFlagSpecs } from '../flags/exec.js';
import { oclifFlags } from '../flags/oclif.js';
import type { DownloadSummary } from '../lib/output/download.js';
import { PlatformCommand } from '../platform-command.js';

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

  static override flags = oclifFlags(execFlagSpecs);

  protected override human(data: DownloadSummary | undefined): string {
    return execHuman(data);
  }

  async run(): Promise<DownloadSummary | undefined> {
    const { args, flags } = await this.parse(Exec);
    return execRun(this.ctx, args, flags, { jq: this.jq, color: this.color, json: this.jsonEnabled() });
  }
}
