import type { ConnectorDef, FieldDef } from './engine/types.js';
import { AacError } from './errors.js';

const NAME = /^[a-z0-9][a-z0-9-_]*$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/i;

/** A saved connector's name: lower case letters, digits, `-` and `_`, starting with a letter or digit. */
export function checkName(name: string): void {
  if (NAME.test(name)) return;
  const suggestion = name.toLowerCase().replace(/[^a-z0-9-_]+/g, '-').replace(/^[-_]+/, '');
  throw new AacError('usage', `"${name}" is not a valid connector name.`, {
    hint: `Names are lower-case letters, digits, "-" and "_", starting with a letter or digit${suggestion ? `, e.g. "${suggestion}"` : ''}.`,
  });
}

/** The host a URL-ish value names: `https://acme.atlassian.net/x` → `acme.atlassian.net`. */
function hostOf(value: string): string | undefined {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`).hostname;
  } catch {
    return undefined;
  }
}

/** How the connector's server URL is built from a bare name, as an example of the expected form. */
function example(connector: ConnectorDef, name: string, value: string): string {
  const filled = connector.server.replace(`{${name}}`, value);
  return filled === connector.server ? `"${value}"` : `"${value}" (for ${new URL(filled).origin})`;
}

function invalid(connector: ConnectorDef, name: string, f: FieldDef, value: string, hint: string): AacError {
  return new AacError('usage', `${f.title ?? name} (${name}, ${f.env}) for ${connector.title} cannot be "${value}".`, { hint });
}

/**
 * Checks a value of a field that declares its `kind` before it is saved: a subdomain is one bare DNS label, a host
 * a host name (optionally with a port), a URL an absolute http(s) URL.
 */
export function checkFieldValue(connector: ConnectorDef, name: string, f: FieldDef, value: string): void {
  switch (f.kind) {
    case 'subdomain': {
      if (LABEL.test(value)) return;
      const label = hostOf(value)?.split('.')[0];
      const expected = label && LABEL.test(label) ? label : 'acme';
      throw invalid(connector, name, f, value, `Give the bare name only, e.g. ${example(connector, name, expected)}.`);
    }
    case 'host': {
      if (HOST.test(value)) return;
      const host = hostOf(value);
      throw invalid(connector, name, f, value, `Give the host name only, without scheme or path${host ? `, e.g. "${host}"` : ''}.`);
    }
    case 'url': {
      let url: URL | undefined;
      try {
        url = new URL(value);
      } catch {
        // reported below
      }
      if (url && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname) return;
      throw invalid(connector, name, f, value, `Give an absolute URL, e.g. "https://${hostOf(value) ?? 'example.com'}".`);
    }
    default:
      return;
  }
}

/** Checks every value of `values` that belongs to a field with a `kind`. */
export function checkFieldValues(connector: ConnectorDef, fields: Record<string, FieldDef>, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const f = fields[name];
    if (f) checkFieldValue(connector, name, f, value);
  }
}
