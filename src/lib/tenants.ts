import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { z } from 'zod';
import { connectorType } from './connection.js';
import type { Context } from './context.js';
import { AacError } from './errors.js';
import { createHosted } from './hosted-connectors.js';
import type { PlatformClient } from './platform/client.js';
import { tenantWorkspace } from './platform/workspaces.js';

/** One line of a `--from` file: a tenant's connector. A credential is a value or `{"env": "VARIABLE"}`. */
const TenantLine = z
  .object({
    connector: z.string().min(1),
    workspace: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
    credentials: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.object({ env: z.string().min(1) }).strict()])).optional(),
    oauth_secret_id: z.string().min(1).optional(),
  })
  .strict();

type TenantLine = z.infer<typeof TenantLine>;

export interface TenantResult {
  /** Line number in the file (1-based). */
  line: number;
  status: 'created' | 'existing' | 'failed';
  connector?: string;
  workspace?: string;
  name?: string;
  id?: string;
  /** The workspace did not exist: the platform created it with the connector. */
  new_workspace?: boolean;
  error?: { type: string; message: string; hint: string | null };
}

export interface ProvisionOptions {
  /** Workspace for lines without one (--workspace / AAC_WORKSPACE / the default). */
  workspace?: string;
  check?: boolean;
}

async function readLines(ctx: Context, from: string): Promise<string[]> {
  if (from === '-') return (await text(ctx.io.stdin)).split(/\r?\n/);
  try {
    return (await readFile(resolve(ctx.cwd, from), 'utf8')).split(/\r?\n/);
  } catch (err) {
    throw new AacError('usage', `Cannot read --from ${from}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`, {
      hint: 'Pass a file with one JSON object per line (connector, workspace, name, credentials), or - for stdin.',
    });
  }
}

function parseLine(raw: string, from: string, n: number): TenantLine {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new AacError('usage', `Line ${n} of ${from} is not valid JSON.`, { hint: 'Each line is one JSON object, e.g. {"connector":"stripe","workspace":"acme","credentials":{"api_key":{"env":"ACME_STRIPE_KEY"}}}.' });
  }
  const parsed = TenantLine.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AacError('usage', `Line ${n} of ${from}: ${issue.path.join('.') || '(line)'}: ${issue.message}.`, {
      hint: 'A line has connector, and optionally workspace, name, credentials (values or {"env": "VARIABLE"}) and oauth_secret_id.',
    });
  }
  return parsed.data;
}

/** The credential values of a line, environment references read from `ctx.env`. */
function credentialValues(ctx: Context, line: TenantLine, n: number): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [field, value] of Object.entries(line.credentials ?? {})) {
    if (typeof value !== 'object') {
      values[field] = String(value);
      continue;
    }
    const found = ctx.env[value.env];
    if (!found) throw new AacError('usage', `Line ${n}: credentials.${field} names ${value.env}, which is not set.`, { hint: `Set ${value.env} in the environment of the job.` });
    values[field] = found;
  }
  return values;
}

async function provisionOne(ctx: Context, client: PlatformClient, line: TenantLine, n: number, opts: ProvisionOptions): Promise<TenantResult> {
  const connector = await connectorType(line.connector);
  const values = credentialValues(ctx, line, n);
  const workspace = await tenantWorkspace(client, ctx, line.workspace ?? opts.workspace);
  const name = line.name ?? `${workspace.name}-${connector.name}`;
  const created = await createHosted(ctx, connector, client, {
    name,
    workspace,
    values,
    interactive: false,
    oauthSecretId: line.oauth_secret_id,
    check: opts.check,
  });
  return { line: n, status: created.status, connector: connector.name, workspace: created.workspace, name, id: created.id, ...(workspace.isNew ? { new_workspace: true } : {}) };
}

/**
 * Creates (or finds) one hosted connector per line of `from`, in the order given. A line that fails is reported
 * with its number and the rest are still done; only Ctrl-C stops the batch.
 */
export async function provisionTenants(ctx: Context, client: PlatformClient, from: string, opts: ProvisionOptions = {}): Promise<TenantResult[]> {
  const lines = await readLines(ctx, from);
  const results: TenantResult[] = [];
  for (const [i, raw] of lines.entries()) {
    if (!raw.trim()) continue;
    const n = i + 1;
    let line: TenantLine | undefined;
    try {
      line = parseLine(raw, from, n);
      results.push(await provisionOne(ctx, client, line, n, opts));
    } catch (err) {
      if (!(err instanceof AacError) || err.type === 'cancelled') throw err;
      const { type, message, hint } = err;
      results.push({ line: n, status: 'failed', connector: line?.connector, workspace: line?.workspace, name: line?.name, error: { type, message, hint } });
    }
  }
  if (results.length === 0) throw new AacError('usage', `--from ${from} holds no tenant.`, { hint: 'Write one JSON object per line.' });
  return results;
}
