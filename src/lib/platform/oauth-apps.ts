import { text } from 'node:stream/consumers';
import type { Context } from '../context.js';
import type { ConnectorDef } from '../engine/types.js';
import { AacError } from '../errors.js';
import type { PlatformClient } from './client.js';
import type { OAuthCredentials } from './schemas.js';

export interface OAuthAppInput {
  clientId?: string;
  /** Read the client secret from stdin. */
  secretStdin?: boolean;
}

/**
 * Registers the organization's own OAuth app for a connector type, so the consent screens its tenants see are
 * the organization's. The secret comes from stdin or a masked prompt, never from argv, and is never returned.
 */
export async function configureOAuthApp(ctx: Context, client: PlatformClient, connector: ConnectorDef, input: OAuthAppInput): Promise<OAuthCredentials> {
  let clientId = input.clientId?.trim();
  let clientSecret = input.secretStdin ? (await text(ctx.io.stdin)).trim() : undefined;
  if (input.secretStdin && !clientSecret) {
    throw new AacError('usage', 'No client secret on stdin.', { hint: `Pipe it in: \`printf %s "$SECRET" | aac oauth configure ${connector.name} --client-id … --client-secret-stdin\`.` });
  }
  if (ctx.interactive) {
    clientId ||= (await ctx.prompter.input(`${connector.title} OAuth client id:`)).trim();
    clientSecret ||= (await ctx.prompter.password(`${connector.title} OAuth client secret:`)).trim();
  }
  const missing = [!clientId && '--client-id', !clientSecret && '--client-secret-stdin'].filter(Boolean);
  if (missing.length) {
    throw new AacError('usage', `Missing ${missing.join(' and ')} for the ${connector.title} OAuth app.`, {
      hint: `Register an OAuth app with ${connector.title} and pass its client id and secret.`,
    });
  }
  return client.oauth.configure({ connector_definition_id: connector.definitionId, configuration: { client_id: clientId, client_secret: clientSecret } });
}

export interface RemovedOAuthApp {
  connector: string;
  removed: true;
}

/** Removes the organization's OAuth app for a connector type (the platform's default app is used again). */
export async function removeOAuthApp(client: PlatformClient, connector: ConnectorDef): Promise<RemovedOAuthApp> {
  await client.oauth.remove(connector.title);
  return { connector: connector.name, removed: true };
}
