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
export function appendQuery(query: URLSearchParams, name: string, value: unknown): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) query.append(name, typeof item === 'object' ? JSON.stringify(item) : scalar(item));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of flattenBrackets(value, name)) query.append(k, v);
  } else {
    query.append(name, value === null ? '' : scalar(value));
  }
}

/** The media part of an upload: where its bytes come from, how many there are (when known) and their type. */
export interface Media {
  type: string;
  length?: number;
  /** What the bytes are, for --dry-run: a file path, stdin, or inline content. */
  source: string;
  open(): AsyncIterable<Uint8Array>;
}

/** A request body read from a stream; `open` is called once per send. */
export interface StreamBody {
  contentType: string;
  length?: number;
  /** The parts, for --dry-run. */
  describe: unknown;
  open(): AsyncIterable<Uint8Array>;
}

/**
 * `multipart/related` (RFC 2387) as Google's uploads take it: a JSON metadata part, then the media part,
 * streamed. The length is known when the media's is.
 */
export function relatedBody(metadata: Record<string, unknown>, media: Media, boundary: string): StreamBody {
  const head = Buffer.from(
    `--${boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n${JSON.stringify(metadata)}\r\n` +
      `--${boundary}\r\nContent-Type: ${media.type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    contentType: `multipart/related; boundary=${boundary}`,
    length: media.length === undefined ? undefined : head.length + media.length + tail.length,
    describe: { metadata, media: { content_type: media.type, source: media.source, ...(media.length === undefined ? {} : { bytes: media.length }) } },
    async *open() {
      yield head;
      yield* media.open();
      yield tail;
    },
  };
}
