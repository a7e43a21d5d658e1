import type { ConnectorDef, FieldDef } from './engine/types.js';
import { AacError } from './errors.js';

/**
 * Where the missing input was needed: to run an action (from the environment, `.env` or a saved connector), or to
 * save a connector (from a file, stdin, the environment or a prompt).
 */
export type MissingWhen = 'run' | 'save';

function fieldDef(connector: ConnectorDef, name: string, scheme?: string): FieldDef | undefined {
  const schemes = scheme ? [connector.auth[scheme]] : Object.values(connector.auth);
  return connector.config?.[name] ?? schemes.map((s) => s?.fields[name]).find(Boolean);
}

function requiredEnvs(connector: ConnectorDef, scheme: string): string {
  const fields = Object.values(connector.auth[scheme]!.fields).filter((f) => !f.optional);
  return fields.map((f) => f.env).join(' + ');
}

/**
 * The one error for a required input that is not there: a credential, or a setting that goes with it (subdomain,
 * shop, instance URL, data center, region). Always type `authentication`, exit 2; it names the field, the variable
 * that supplies it and the flag or command that saves it.
 */
export function missingInput(connector: ConnectorDef, missing: string[], opts: { when: MissingWhen; scheme?: string }): AacError {
  const envs = missing.map((name) => fieldDef(connector, name, opts.scheme)?.env);
  const listed = missing.map((name, i) => (envs[i] ? `${name} (${envs[i]})` : name));
  const set = envs.filter(Boolean).join(' and ');
  const credentialMissing = missing.some((name) => !connector.config?.[name]);
  const others = credentialMissing ? Object.keys(connector.auth).filter((n) => n !== opts.scheme) : [];
  const alternatives = others.length ? ` Other auth schemes: ${others.map((n) => `${n} (${requiredEnvs(connector, n)})`).join(', ')}.` : '';
  const serverVariable = missing.some((name) => connector.server.includes(`{${name}}`));
  const hint =
    opts.when === 'save'
      ? `Set ${set}, or pass --auth-file (or --auth-stdin) with a JSON object of those fields.${others.length ? ` Choose another scheme with --auth.` : ''}${alternatives}`
      : `Set ${set}${serverVariable ? ', or pass --base-url with the full server URL' : ''}, or save ${missing.length > 1 ? 'them' : 'it'} with \`aac connectors create ${connector.name} --local\`.${alternatives}`;
  return new AacError('authentication', `Missing ${listed.join(', ')} for ${connector.title}.`, {
    hint,
    details: { missing, variables: envs.filter(Boolean) },
  });
}
