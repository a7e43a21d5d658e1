import { Flags } from '@oclif/core';
import type { Context } from './lib/context.js';
import { readParamsFlag } from './lib/params.js';
import type { ConnectionTemplateInput } from './lib/platform/connection-templates.js';
import { NonBreakingChangesPreference } from './lib/platform/schemas.js';

/** The flags `connection-templates create` and `update` share. */
export const connectionTemplateFlags = {
  'destination-name': Flags.string({ description: 'Name of the destination the connections write to.' }),
  'destination-config': Flags.string({ description: 'Destination configuration, as a JSON object, @file.json or - for stdin.' }),
  cron: Flags.string({ description: 'Quartz cron expression of the sync schedule, e.g. "0 0 * * * ?".' }),
  'non-breaking-changes': Flags.string({ description: 'What to do on non-breaking schema changes.', options: [...NonBreakingChangesPreference.options] }),
  'sync-on-create': Flags.boolean({ description: 'Start a sync when a connection is created (--no-sync-on-create: do not).', allowNo: true }),
};

interface SharedFlags {
  'destination-name'?: string;
  'destination-config'?: string;
  cron?: string;
  'non-breaking-changes'?: string;
  'sync-on-create'?: boolean;
}

export async function connectionTemplateInput(ctx: Context, flags: SharedFlags): Promise<ConnectionTemplateInput> {
  const config = flags['destination-config'];
  return {
    destinationName: flags['destination-name'],
    destinationConfig: config === undefined ? undefined : await readParamsFlag(config, ctx, '--destination-config'),
    cron: flags.cron,
    nonBreakingChanges: flags['non-breaking-changes'],
    syncOnCreate: flags['sync-on-create'],
  };
}
