import { z } from 'zod';
import type { Context } from '../context.js';
import { describe } from '../describe.js';
import { actionKind, type ActionRef } from '../engine/index.js';
import { AacError } from '../errors.js';
import { describeTarget, prepareExec, type PreparedExec } from '../exec.js';
import { resolveTarget, type Target } from '../resolve.js';
import { collect, type Collected } from './collect.js';
import { usableConnectors } from './connectors.js';
import { downloadToDir } from './download.js';

export interface ToolOptions {
  /** Expose and allow read actions only. */
  readOnly?: boolean;
  /** Characters a result may take as JSON text (default 50,000). */
  maxResultChars?: number;
  /** Where download actions save their files (relative to the working directory); without it they are refused. */
  downloadDir?: string;
}

export const DEFAULT_MAX_RESULT_CHARS = 50_000;

export interface ToolAnnotations {
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
}

/** One tool: its name, what it does, its input (zod; JSON Schema from it) and what it returns. */
export interface ToolDefinition<I extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  input: I;
  annotations: ToolAnnotations;
  run(args: z.output<I>): Promise<Record<string, unknown>>;
}

const connectorId = z.string().min(1).describe('A saved connector name (see list_connectors) or a connector type, e.g. "stripe".');
const entity = z.string().min(1).describe('Entity, e.g. "customers" (see list_entities).');
const action = z.string().min(1).describe('Action, e.g. "list", "get", "create", "api_search" (see describe_entity).');
const params = z.record(z.string(), z.unknown()).optional().describe("The action's params, as describe_entity lists them.");

const modeOf = (target: Target) => (target.decision.mode === 'platform' ? 'hosted' : 'local');

function define<I extends z.ZodObject>(def: ToolDefinition<I>): ToolDefinition {
  return def as unknown as ToolDefinition;
}

/** Refuses what this server may not run: any write when read-only, a destructive action without `confirm: true`. */
function checkAllowed(prepared: PreparedExec, opts: ToolOptions, confirm: boolean): void {
  const { ref } = prepared;
  const kind = actionKind(ref.def);
  const name = `${ref.connector.name} ${ref.entity} ${ref.action}`;
  if (opts.readOnly && kind !== 'read') {
    throw new AacError('usage', `"${name}" is a ${kind} action and this server is read-only.`, { hint: 'Only read actions run here; the server was started with --read-only.' });
  }
  if (kind === 'destructive' && !confirm) {
    throw new AacError('usage', `"${describeTarget(ref, prepared.params)}" is destructive and was not sent.`, {
      hint: 'Ask the user first; if they agree, call execute again with the same arguments and confirm: true.',
    });
  }
}

function visibleActions(ref: Pick<ActionRef, 'connector'>, entityName: string, opts: ToolOptions): string[] {
  const actions = ref.connector.entities[entityName]?.actions ?? {};
  return Object.keys(actions).filter((a) => !opts.readOnly || actionKind(actions[a]!) === 'read');
}

/** The generic tools over aac's services, the same for the MCP server and the library. */
export function toolDefinitions(ctx: Context, opts: ToolOptions = {}): ToolDefinition[] {
  const maxChars = opts.maxResultChars ?? DEFAULT_MAX_RESULT_CHARS;
  const readOnlyNote = opts.readOnly ? ' This server is read-only: only read actions are available.' : '';
  const downloadNote = opts.downloadDir
    ? ' A download action saves the file in the server’s download directory (under file_name, or a name made from the ids) and returns its path, bytes and content_type.'
    : ' Download actions are off: the server was started without --download-dir.';
  return [
    define({
      name: 'list_connectors',
      description: 'List the connectors usable now: saved local and hosted connectors, and connector types whose credentials are in the environment or .env, each with its mode (local or hosted).',
      input: z.object({}),
      annotations: { readOnlyHint: true, openWorldHint: false },
      run: async () => ({ connectors: await usableConnectors(ctx) }),
    }),
    define({
      name: 'list_entities',
      description: 'List the entities of a connector with their descriptions and actions.',
      input: z.object({ connector_id: connectorId }),
      annotations: { readOnlyHint: true, openWorldHint: false },
      run: async (args) => {
        const target = await resolveTarget(ctx, args.connector_id);
        const entities = Object.entries(target.connector.entities)
          .map(([name, e]) => ({ name, ...(e.description ? { description: e.description } : {}), actions: visibleActions(target, name, opts) }))
          .filter((e) => e.actions.length > 0);
        return { connector_id: args.connector_id, type: target.connector.name, mode: modeOf(target), entities };
      },
    }),
    define({
      name: 'describe_entity',
      description: 'Describe one entity of a connector: each action with its kind (read, write, destructive), HTTP route, params and their JSON Schema.' + readOnlyNote,
      input: z.object({ connector_id: connectorId, entity }),
      annotations: { readOnlyHint: true, openWorldHint: false },
      run: async (args) => {
        const target = await resolveTarget(ctx, args.connector_id);
        const described = describe(target.connector, args.entity) as { actions: Record<string, unknown> };
        const visible = new Set(visibleActions(target, args.entity, opts));
        const actions = Object.fromEntries(Object.entries(described.actions).filter(([a]) => visible.has(a)));
        return { connector_id: args.connector_id, mode: modeOf(target), ...described, actions };
      },
    }),
    define({
      name: 'validate_operation',
      description: 'Check an operation before running it: the connector, entity, action and params are validated; nothing is sent.',
      input: z.object({ connector_id: connectorId, entity, action, params }),
      annotations: { readOnlyHint: true, openWorldHint: false },
      run: async (args) => {
        try {
          const prepared = await prepareExec(ctx, { connector: args.connector_id, entity: args.entity, action: args.action, params: args.params ?? {} });
          checkAllowed(prepared, opts, true);
          const kind = actionKind(prepared.ref.def);
          return { valid: true, connector_id: args.connector_id, mode: modeOf(prepared.target), entity: args.entity, action: args.action, kind, params: prepared.params, ...(kind === 'destructive' ? { requires_confirm: true } : {}) };
        } catch (err) {
          if (err instanceof AacError && (err.type === 'usage' || err.type === 'validation')) return { valid: false, error: errorBody(err) };
          throw err;
        }
      },
    }),
    define({
      name: 'execute',
      description:
        'Run an action on a connector entity and return its records. A list returns one page unless max_items is given, in which case pages are followed up to max_items. ' +
        `Results are capped at ${maxChars} characters: a cut list says so and gives \`next\`, the params of the call that continues it (or \`next_page_url\`, for a list paged by server URLs). ` +
        'A destructive action runs only with confirm: true.' +
        downloadNote +
        readOnlyNote,
      input: z.object({
        connector_id: connectorId,
        entity,
        action,
        params,
        fields: z.array(z.string()).optional().describe('Keep only these fields of each record (dotted paths allowed: "address.city").'),
        max_items: z.number().int().min(1).optional().describe('Follow pagination until this many records.'),
        skip: z.number().int().min(0).optional().describe('Records to skip at the start of the first page: the next_skip of a cut result.'),
        page_url: z.string().optional().describe('Lists paged by server URLs: start at this page, the next_page_url of a cut result (pass the same params).'),
        confirm: z.boolean().optional().describe('Required (true) for a destructive action, once the user has agreed to it.'),
        intent: z.string().max(512).optional().describe('Hosted connectors: a short reason for this call, passed to the platform.'),
        file_name: z.string().optional().describe('Download actions: the plain file name to save the file under in the download directory (no directories).'),
      }),
      annotations: { readOnlyHint: Boolean(opts.readOnly), destructiveHint: !opts.readOnly, openWorldHint: true },
      run: async (args) => {
        const prepared = await prepareExec(ctx, {
          connector: args.connector_id,
          entity: args.entity,
          action: args.action,
          params: args.params ?? {},
          intent: args.intent,
          fields: args.fields,
          pageUrl: args.page_url,
        });
        checkAllowed(prepared, opts, args.confirm === true);
        if (prepared.ref.def.download) return { ...(await downloadToDir(ctx, prepared, opts.downloadDir, args)) };
        if (args.file_name !== undefined) throw new AacError('usage', `file_name applies to download actions; ${args.entity} ${args.action} is not one.`, { hint: 'Drop file_name.' });
        const head = { connector_id: args.connector_id, mode: modeOf(prepared.target), entity: args.entity, action: args.action };
        const byUrl = ['link', 'nextUrl'].includes(prepared.ref.def.paginate?.type ?? '');
        const reserve = JSON.stringify({ ...head, next: prepared.params, message: MESSAGE_ROOM, ...(byUrl ? { next_page_url: URL_ROOM } : {}) }).length;
        const collected = await collect(ctx, prepared, { maxItems: args.max_items, skip: args.skip, fields: args.fields, budget: maxChars - reserve });
        return { ...head, ...collected, ...(collected.has_more ? { message: moreMessage(collected, maxChars) } : {}) };
      },
    }),
  ];
}

/** Room kept in the result for the message, the cursor and the counts. */
const MESSAGE_ROOM = 'x'.repeat(400);
/** And for the next page's URL, for a list paged by server URLs. */
const URL_ROOM = 'x'.repeat(1024);

function moreMessage(collected: Collected, maxChars: number): string {
  const truncated = collected.truncated === true;
  const why = truncated ? `The records were cut to keep the result under ${maxChars} characters.` : 'There are more records.';
  const skip = collected.next_skip !== undefined ? ' and skip set to `next_skip`' : '';
  const more = truncated ? '' : ', or pass max_items to follow pages';
  if (collected.next_page_url !== undefined) return `${why} Call execute again with the same params and page_url set to \`next_page_url\`${skip} for the rest${more}.`;
  if (collected.next === undefined) return `${why} Pass fields to make records smaller, or narrow the params.`;
  return `${why} Call execute again with params set to \`next\`${skip} for the rest${more}.`;
}

/** The CLI's error fields for a tool error. */
export function errorBody(err: AacError): Record<string, unknown> {
  return err.toJSON().error;
}
