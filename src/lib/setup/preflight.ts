import { connectorNames } from '../../connectors/index.js';
import type { ConnectorDef } from '../engine/types.js';
import { AacError } from '../errors.js';
import { collectCredentials, type CollectedCredentials } from '../local-connectors.js';
import type { Mode } from '../mode.js';
import { platformCredentials } from '../platform/credentials.js';
import type { Context } from '../context.js';
import type { SetupOptions } from './options.js';

function platformInputMissing(ctx: Context, opts: SetupOptions): string[] {
  if (platformCredentials(ctx.store(), ctx.env)) return [];
  return [
    !(opts.clientId || ctx.env.AIRBYTE_CLIENT_ID) && '--client-id (or AIRBYTE_CLIENT_ID)',
    !(opts.clientSecretStdin || ctx.env.AIRBYTE_CLIENT_SECRET) && '--client-secret-stdin (or AIRBYTE_CLIENT_SECRET)',
  ].filter((m): m is string => Boolean(m));
}

async function credentialsMissing(ctx: Context, connector: ConnectorDef, opts: SetupOptions): Promise<{ collected?: CollectedCredentials; missing?: string }> {
  try {
    return { collected: await collectCredentials(ctx, connector, { ...opts, interactive: false }) };
  } catch (err) {
    if (!(err instanceof AacError) || !(err.details as { missing?: string[] } | undefined)?.missing) throw err;
    return { missing: `${err.message.replace(/\.$/, '')}: ${err.hint}` };
  }
}

/**
 * A run without prompts checks every input it can before changing anything, and fails naming each missing one.
 * Connector credentials are only needed when the connector has to be created, which in platform mode is known
 * later; they are reported here too when something else is missing anyway.
 */
export async function preflight(
  ctx: Context,
  opts: SetupOptions,
  connector: ConnectorDef | undefined,
  mode: Mode,
): Promise<{ connector: ConnectorDef; collected?: CollectedCredentials }> {
  if (opts.authStdin && opts.clientSecretStdin) {
    throw new AacError('usage', '--auth-stdin and --client-secret-stdin both read stdin; use one.', {
      hint: 'Pass the client secret as AIRBYTE_CLIENT_SECRET, or the connector credentials with --auth-file.',
    });
  }
  const missing: string[] = [];
  if (!connector) missing.push(`the <connector> argument (one of: ${connectorNames.join(', ')})`);
  if (mode === 'platform') missing.push(...platformInputMissing(ctx, opts));
  const savedLocally = mode === 'local' && ctx.store().connector(opts.name ?? connector?.name ?? '')?.mode === 'local';
  let collected: CollectedCredentials | undefined;
  let credentials: string | undefined;
  if (connector && !opts.oauthSecretId && !savedLocally) ({ collected, missing: credentials } = await credentialsMissing(ctx, connector, opts));
  if (credentials && (mode === 'local' || missing.length)) missing.push(credentials);
  if (connector && missing.length === 0) return { connector, collected };
  throw new AacError('usage', `Setup cannot run without prompts; missing:\n${missing.map((m) => `  - ${m}`).join('\n')}`, {
    hint: 'Pass them as flags or environment variables (see `aac setup --help`), or run `aac setup` on a terminal to be asked.',
    details: { missing },
  });
}
