import { modeFlagSpec, workspaceFlagSpec, type FlagSpecs } from './specs.js';

/** The positional args of `exec`, in order. */
export const execArgNames = ['connector', 'entity', 'action'] as const;

/** The flags of `exec` besides the global and platform ones. */
export const execFlagSpecs = {
  params: { kind: 'string', char: 'P', description: 'Params as a JSON object, @file.json, or - to read stdin.' },
  param: {
    kind: 'string',
    char: 'p',
    description: 'One param as key=value (numbers, booleans, null and JSON are typed). Repeat it for an array param.',
    multiple: true,
  },
  all: { kind: 'boolean', description: 'Follow pagination and stream every record as NDJSON.' },
  'max-pages': { kind: 'integer', description: 'With --all: stop after this many pages.', min: 1 },
  'max-items': { kind: 'integer', description: 'With --all: stop after this many records.', min: 1 },
  meta: { kind: 'boolean', description: 'Print {data, meta} (cursors, has_more, totals) instead of the records alone.', exclusive: ['all'] },
  fields: { kind: 'string', description: 'Keep only these comma-separated fields (dotted paths allowed: address.city).' },
  output: {
    kind: 'string',
    char: 'o',
    description: 'Output format (table is tab-separated when stdout is not a terminal).',
    options: ['json', 'ndjson', 'table'],
    exclusive: ['jq'],
  },
  'dry-run': { kind: 'boolean', description: 'Validate and print the HTTP request that would be sent (secrets redacted), without sending it.' },
  'page-url': {
    kind: 'string',
    description: 'Lists paged by server URLs (Shopify, Zendesk, Salesforce, …): start at this page, the meta.next.url that --meta printed.',
  },
  'base-url': { kind: 'string', description: "Replace the connector's server URL (scheme, host and base path), e.g. for a proxy or GitHub Enterprise." },
  yes: { kind: 'boolean', char: 'y', description: 'Confirm a destructive action without asking.' },
  retries: { kind: 'integer', description: 'Retries on 429, 5xx and network errors.', default: 3, min: 0 },
  'output-file': { kind: 'string', char: 'O', description: 'Download actions: save the file here (written to a temp name, renamed when complete).' },
  'max-body': {
    kind: 'integer',
    description: 'Largest response body accepted, in bytes (default 64 MiB; downloads have no cap unless this is given).',
    min: 1,
  },
  mode: modeFlagSpec,
  intent: { kind: 'string', description: 'Platform mode: a short reason for this call, passed to the hosted execute.' },
  workspace: workspaceFlagSpec,
} as const satisfies FlagSpecs;
