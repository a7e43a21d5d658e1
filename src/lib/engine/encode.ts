type Pairs = [string, string][];

function scalar(value: unknown): string {
  return typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : String(value);
}

/**
 * Flattens nested objects and arrays into bracketed keys, the way Stripe and Rails read them:
 * `{ metadata: { a: 1 }, items: [{ price: 'p' }] }` → `metadata[a]=1`, `items[0][price]=p`.
 */
export function flattenBrackets(value: unknown, prefix: string, out: Pairs = []): Pairs {
  if (value === undefined) return out;
  if (value === null) {
    out.push([prefix, '']);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => flattenBrackets(item, `${prefix}[${i}]`, out));
  } else if (typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) flattenBrackets(v, prefix ? `${prefix}[${k}]` : k, out);
  } else {
    out.push([prefix, scalar(value)]);
  }
  return out;
}

export function formEncode(body: Record<string, unknown>): string {
  return new URLSearchParams(flattenBrackets(body, '')).toString();
}

/** Query string: arrays repeat the key (OpenAPI form/explode), objects use deepObject brackets. */
export function appendQuery(url: URL, name: string, value: unknown): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) url.searchParams.append(name, typeof item === 'object' ? JSON.stringify(item) : scalar(item));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of flattenBrackets(value, name)) url.searchParams.append(k, v);
  } else {
    url.searchParams.append(name, value === null ? '' : scalar(value));
  }
}
