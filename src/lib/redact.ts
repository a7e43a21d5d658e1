const SENSITIVE_HEADERS = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|x-auth-token)$|token|secret|key/i;
export const REDACTED = '[REDACTED]';

/** Replaces every known secret value in `text`. Short values (< 4 chars) are left alone to keep text readable. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join(REDACTED);
    // also as URL-encoded in a path, and as form-encoded in a query string or form body (`~` → %7E, space → +)
    for (const encoded of secret ? [encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)] : []) {
      if (encoded !== secret && encoded.length >= 4) out = out.split(encoded).join(REDACTED);
    }
  }
  return out;
}

export function redactHeaders(headers: Record<string, string>, secrets: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = SENSITIVE_HEADERS.test(name) && name.toLowerCase() !== 'idempotency-key' ? REDACTED : redact(value, secrets);
  }
  return out;
}
