import { AacError } from './errors.js';

const SENSITIVE_HEADERS = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|x-auth-token)$|token|secret|key/i;
export const REDACTED = '[REDACTED]';

/** The forms a secret takes on the wire: as is, URL-encoded in a path, form-encoded in a query or body (`~` → %7E, space → +). */
function forms(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)])];
}

/** Replaces every known secret value in `text`. Short values (< 4 chars) are left alone to keep text readable. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  // longest first, so that a secret containing another one is replaced whole
  const all = [...secrets].filter(Boolean).flatMap(forms).filter((s) => s.length >= 4);
  for (const secret of all.sort((a, b) => b.length - a.length)) out = out.split(secret).join(REDACTED);
  return out;
}

export function redactHeaders(headers: Record<string, string>, secrets: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = SENSITIVE_HEADERS.test(name) && name.toLowerCase() !== 'idempotency-key' ? REDACTED : redact(value, secrets);
  }
  return out;
}

function redactDeep(value: unknown, secrets: string[]): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k, secrets), redactDeep(v, secrets)]));
  }
  return value;
}

/** The same error with every secret removed from its message, hint and details; anything else thrown passes through. */
export function redactError(err: unknown, secrets: Iterable<string>): unknown {
  if (!(err instanceof AacError)) return err;
  const list = [...secrets];
  const message = redact(err.message, list);
  const hint = err.hint === null ? undefined : redact(err.hint, list);
  const details = redactDeep(err.details, list);
  if (message === err.message && hint === (err.hint ?? undefined) && JSON.stringify(details) === JSON.stringify(err.details)) return err;
  return new AacError(err.type, message, { statusCode: err.statusCode ?? undefined, retryable: err.retryable, hint, details, cause: err.cause });
}
