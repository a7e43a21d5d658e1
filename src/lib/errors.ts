export type ErrorType =
  | 'usage'
  | 'validation'
  | 'authentication'
  | 'not_found'
  | 'rate_limited'
  | 'api'
  /** A 2xx that is not what the action expects (not JSON, HTML, empty, truncated, missing its records). */
  | 'bad_response'
  | 'network'
  | 'timeout'
  | 'config'
  | 'cancelled'
  | 'internal';

const EXIT_CODES: Record<ErrorType, number> = {
  usage: 4,
  validation: 4,
  authentication: 2,
  not_found: 3,
  rate_limited: 1,
  api: 1,
  bad_response: 1,
  network: 1,
  timeout: 1,
  config: 1,
  cancelled: 130,
  internal: 1,
};

export interface AacErrorInit {
  statusCode?: number;
  retryable?: boolean;
  hint?: string;
  cause?: unknown;
  /** Extra machine-readable detail (e.g. the failing fields of a validation error). */
  details?: unknown;
}

/** The one error type every layer throws; rendered in one place (commands/base). */
export class AacError extends Error {
  readonly type: ErrorType;
  readonly statusCode: number | null;
  readonly retryable: boolean;
  readonly hint: string | null;
  readonly details: unknown;

  constructor(type: ErrorType, message: string, init: AacErrorInit = {}) {
    super(message, { cause: init.cause });
    this.name = 'AacError';
    this.type = type;
    this.statusCode = init.statusCode ?? null;
    this.retryable = init.retryable ?? false;
    this.hint = init.hint ?? null;
    this.details = init.details;
  }

  get exitCode(): number {
    return EXIT_CODES[this.type];
  }

  toJSON(): { error: Record<string, unknown> } {
    const error: Record<string, unknown> = {
      type: this.type,
      message: this.message,
      status_code: this.statusCode,
      retryable: this.retryable,
      hint: this.hint,
    };
    if (this.details !== undefined) error.details = this.details;
    return { error };
  }
}

/** Any thrown value as an AacError: one that is not is a bug. */
export function asAacError(err: unknown): AacError {
  if (err instanceof AacError) return err;
  return new AacError('internal', err instanceof Error ? err.message : String(err), {
    hint: 'This looks like a bug in aac; run again with --debug and report it.',
  });
}

/** Maps an HTTP status to the error type, retryability and default hint. The only place that does so. */
export function errorFromStatus(status: number, message: string, hint?: string): AacError {
  const type: ErrorType =
    status === 401 || status === 403
      ? 'authentication'
      : status === 404
        ? 'not_found'
        : status === 429
          ? 'rate_limited'
          : status === 400 || status === 422
            ? 'validation'
            : 'api';
  const retryable = status === 429 || status >= 500;
  return new AacError(type, message, { statusCode: status, retryable, hint });
}
