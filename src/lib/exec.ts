import type { z } from 'zod';
import type { Context } from './context.js';
import { confirmOrRefuse } from './confirm.js';
import type { Download } from './engine/download.js';
import { actionKind, resolveAction, returnsList, validate, type ActionRef, type Result } from './engine/index.js';
import type { PageLimits } from './engine/page-loop.js';
import { withLargestPage } from './engine/page-size.js';
import { pathParamNames, splitRoute } from './engine/request.js';
import { AacError } from './errors.js';
import type { DryRunRequest, ExecutorOptions } from './executor.js';
import type { Mode } from './mode.js';
import { reportMode } from './mode.js';
import { resolveTarget, type Target } from './resolve.js';

export interface ExecInput extends ExecutorOptions {
  connector: string;
  entity: string;
  action: string;
  /** The raw params, or how to read them once the action's param shape is known (for typing `-p key=value`). */
  params: Record<string, unknown> | ((shape: Record<string, z.ZodType>) => Promise<Record<string, unknown>>);
  mode?: Mode;
  /** Every page will be fetched: ask for the largest page the action allows, unless the params set a size. */
  all?: boolean;
}

export interface PreparedExec {
  target: Target;
  ref: ActionRef;
  params: Record<string, unknown>;
  options: ExecutorOptions;
}

/**
 * Resolves the connector and action and validates the params: every mistake in names or params (exit 4) is
 * reported before any missing credential (exit 2), and nothing is sent.
 */
export async function prepareExec(ctx: Context, input: ExecInput): Promise<PreparedExec> {
  const { connector, entity, action, params, mode, all, ...options } = input;
  const target = await resolveTarget(ctx, connector, mode, options);
  reportMode(target.decision, ctx);
  const ref = resolveAction(target.connector, entity, action);
  for (const warning of ref.warnings ?? []) (ctx.debug ?? ctx.note)(warning);
  const shape = (ref.def.params?.shape ?? {}) as Record<string, z.ZodType>;
  const raw = typeof params === 'function' ? await params(shape) : params;
  return { target, ref, params: validate(ref, all ? withLargestPage(ref.def, raw) : raw), options };
}

function singular(entity: string): string {
  const words = entity.replace(/_/g, ' ');
  return words.endsWith('ies') ? `${words.slice(0, -3)}y` : words.endsWith('s') && !words.endsWith('ss') ? words.slice(0, -1) : words;
}

/** `Delete Stripe customer cus_123`: what a destructive action will touch, for the confirmation. */
export function describeTarget(ref: ActionRef, params: Record<string, unknown>): string {
  const ids = pathParamNames(splitRoute(ref.def.route).path).map((p) => String(params[p]));
  const verb = ref.action.charAt(0).toUpperCase() + ref.action.slice(1).replace(/_/g, ' ');
  return `${verb} ${ref.connector.title} ${singular(ref.entity)}${ids.length ? ` ${ids.join(' / ')}` : ''}`;
}

/** A destructive action goes ahead with --yes, after a yes on a TTY, and never otherwise. */
export async function confirmAction(ctx: Context, prepared: PreparedExec, yes: boolean): Promise<void> {
  if (actionKind(prepared.ref.def) !== 'destructive') return;
  const what = describeTarget(prepared.ref, prepared.params);
  await confirmOrRefuse(ctx, {
    yes,
    question: `${what}? This cannot be undone.`,
    refusal: `Refusing to run "${what}" (a destructive action) without confirmation.`,
    cancelled: 'Cancelled; nothing was sent.',
  });
}

export function dryRunExec(prepared: PreparedExec): Promise<DryRunRequest> {
  return prepared.target.open({ ...prepared.options, requireCredentials: false }).then((ex) => ex.dryRun(prepared.ref, prepared.params));
}

export async function runOnce(prepared: PreparedExec): Promise<Result> {
  const executor = await prepared.target.open(prepared.options);
  return executor.execute(prepared.ref, prepared.params);
}

/** The file of a download action, as a stream (nothing is read yet). */
export async function runDownload(prepared: PreparedExec): Promise<Download> {
  const executor = await prepared.target.open(prepared.options);
  return executor.download(prepared.ref, prepared.params);
}

/** Every record of a list, page after page, up to the limits; Ctrl-C stops it before the next page. */
export async function* streamAll(ctx: Context, prepared: PreparedExec, limits: PageLimits = {}): AsyncGenerator<unknown[], void> {
  const { ref } = prepared;
  if (!ref.def.paginate && !returnsList(ref)) {
    throw new AacError('usage', `--all needs a list action; ${ref.entity} ${ref.action} returns one record.`);
  }
  const executor = await prepared.target.open(prepared.options);
  let left = limits.maxItems ?? Infinity;
  for await (const page of executor.pages(ref, prepared.params, limits)) {
    if (ctx.signal.aborted) throw new AacError('cancelled', 'Cancelled.');
    // the page that reaches --max-items comes whole: cut it there
    const records = page.records.length > left ? page.records.slice(0, left) : page.records;
    left -= records.length;
    yield records;
  }
  if (ctx.signal.aborted) throw new AacError('cancelled', 'Cancelled.');
}
