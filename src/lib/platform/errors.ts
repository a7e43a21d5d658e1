import { z } from 'zod';
import { AacError, errorFromStatus } from '../errors.js';

/** The platform's error body, built for the first error. */
const apiErrorBody = () =>
  z.object({
    message: z.string().nullish(),
    detail: z.unknown().optional(),
    errors: z
      .array(z.object({ field: z.string().nullish(), message: z.string().nullish(), error_code: z.string().nullish() }).loose())
      .nullish(),
  });

export interface FieldError {
  field?: string;
  message: string;
}

export const LOGIN_HINT = 'Run `aac login`, or set AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET.';
export const API_URL_HINT = 'Check your connection and the platform URL (--api-url or AAC_PLATFORM_URL), then retry.';

function parseBody(text: string): { message?: string; fields: FieldError[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { message: text.trim().slice(0, 300) || undefined, fields: [] };
  }
  const body = apiErrorBody().safeParse(raw);
  if (!body.success) return { fields: [] };
  const fields = (body.data.errors ?? [])
    .filter((e) => e.message || e.field)
    .map((e) => ({ field: e.field ?? undefined, message: e.message ?? e.error_code ?? 'invalid' }));
  const detail = typeof body.data.detail === 'string' ? body.data.detail : undefined;
  return { message: body.data.message ?? detail ?? undefined, fields };
}

/** The error for a non-2xx platform answer: its `{message, errors[]}` body, mapped by status in errors.ts. */
export function platformError(status: number, text: string, method: string, path: string): AacError {
  const { message, fields } = parseBody(text);
  const where = `${status} on ${method} ${path}`;
  const lines = [`${message ?? 'The Airbyte platform returned an error'} (${where})`];
  for (const f of fields) lines.push(`  - ${f.field ? `${f.field}: ` : ''}${f.message}`);
  const hint = status === 401 || status === 403 ? LOGIN_HINT : undefined;
  const error = errorFromStatus(status, lines.join('\n'), hint);
  if (fields.length === 0) return error;
  return new AacError(error.type, error.message, {
    statusCode: status,
    retryable: error.retryable,
    hint: error.hint ?? undefined,
    details: { errors: fields },
  });
}

/** Whether a platform error says the thing being created is already there. */
export function isAlreadyExists(err: unknown): err is AacError {
  return err instanceof AacError && err.statusCode !== null && err.statusCode < 500 && /already exists/i.test(err.message);
}
