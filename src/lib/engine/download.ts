import type { Readable } from 'node:stream';
import { AacError } from '../errors.js';
import { sendStream, type RedirectPolicy } from './http.js';
import { exchange, httpOptions, prepare, redactedWith, sendAuthed, started, type ActionRef, type RunOptions } from './index.js';
import { getPath } from './path.js';
import { fileAccept, fillTemplate, type PreparedRequest } from './request.js';
import { badResponse, httpError } from './response.js';
import type { DownloadDef } from './types.js';

/** A file on its way: the body as a stream of bytes, with what the server said about it. */
export interface Download {
  stream: Readable;
  /** The Content-Type of the answer, when it has one. */
  contentType?: string;
  /** The Content-Length of the answer, when it has one (and no Content-Encoding). */
  bytes?: number;
}

/** Whether `target` matches an origin pattern: `https://host[:port]`, with `*.` for any subdomain of the host. */
export function originMatches(pattern: string, target: URL): boolean {
  const m = /^([a-z]+:)\/\/(\*\.)?([^/:]+)(?::(\d+))?$/i.exec(pattern);
  if (!m || m[1]!.toLowerCase() !== target.protocol || (m[4] ?? '') !== target.port) return false;
  const host = m[3]!.toLowerCase();
  return m[2] ? target.hostname.endsWith(`.${host}`) : target.hostname === host;
}

function hostRefused(ref: ActionRef, spec: DownloadDef, apiOrigin: string, target: URL): string | undefined {
  if (target.origin === apiOrigin || (spec.hosts ?? []).some((p) => originMatches(p, target))) return undefined;
  return `${target.origin} is not a host ${ref.connector.title} serves its files from`;
}

/** The file URL named by `urlFrom` in the metadata answer, resolved against the URL that answered. */
function fileUrl(ref: ActionRef, spec: DownloadDef, body: unknown, params: Record<string, unknown>, answered: string): URL {
  const path = fillTemplate(spec.urlFrom!, params, (name) => new AacError('validation', `Missing parameter "${name}" (it names the file to download).`));
  const value = getPath(body, path);
  if (typeof value !== 'string' || !value) {
    throw new AacError('not_found', `${ref.connector.title} answered without a file URL at "${path}"${value === null ? ' (it is null)' : ''}.`, {
      hint: `The record has no file to download there (it may be stored elsewhere, or the index may be past the end); look at it with \`aac exec ${ref.connector.name} ${ref.entity} ${ref.action} --dry-run\` and the entity's get or list.`,
    });
  }
  try {
    return new URL(value, answered);
  } catch {
    throw badResponse(ref.connector, { status: 200, headers: {}, text: '', url: answered }, `the file URL at "${path}" is not a URL`, false);
  }
}

/**
 * Streams the file of a download action. One step: the route answers with the file. Two steps: the route
 * answers with metadata and `urlFrom` names the file URL in it, which is followed (redirects too) only to the
 * API's own origin or the definition's `hosts`; the credentials go to the API's own origin only. Nothing is
 * retried once the file's body has started.
 */
export async function download(ref: ActionRef, params: Record<string, unknown>, opts: RunOptions): Promise<Download> {
  const spec = ref.def.download;
  if (!spec) {
    throw new AacError('usage', `${ref.connector.name} ${ref.entity} ${ref.action} is not a download action.`, { hint: 'Run it with execute instead.' });
  }
  const redacted = redactedWith(ref, opts);
  const run = started(opts);
  try {
    const first = await prepare(ref, params, run);
    const apiOrigin = new URL(first.url).origin;
    let request = first;
    if (spec.urlFrom) {
      const { body, res } = await exchange(ref, first, run);
      const target = fileUrl(ref, spec, body, params, res.url);
      const refused = hostRefused(ref, spec, apiOrigin, target);
      if (refused) {
        throw new AacError('api', `The file URL ${target.origin}${target.pathname} is refused: ${refused}.`, {
          hint: 'aac follows file URLs only to the vendor’s own hosts; fetch that URL yourself if you trust it.',
        });
      }
      request = { method: 'GET', url: target.toString(), headers: { accept: fileAccept(spec.accept, params) } };
    }
    const bare: PreparedRequest = { method: 'GET', url: request.url, headers: { accept: request.headers.accept ?? '*/*' } };
    const redirect: RedirectPolicy = (target, current) => {
      const refused = hostRefused(ref, spec, apiOrigin, target);
      if (refused) return `${refused}, so aac does not follow it`;
      return target.origin === apiOrigin ? { ...current, url: target.toString() } : { ...bare, url: target.toString() };
    };
    const http = httpOptions(ref, run, request);
    const res =
      new URL(request.url).origin === apiOrigin
        ? await sendAuthed(ref, request, run, http, (req, o) => sendStream(req, o, redirect))
        : await sendStream(request, http, redirect);
    if (res.status >= 400) throw httpError(ref.connector, res);
    if (!res.stream) throw badResponse(ref.connector, res, `HTTP ${res.status} is not a file`, false);
    const length = Number(res.headers['content-length']);
    const whole = res.headers['content-length'] !== undefined && Number.isSafeInteger(length) && !res.headers['content-encoding'];
    return { stream: res.stream, contentType: res.headers['content-type'] || undefined, ...(whole ? { bytes: length } : {}) };
  } catch (err) {
    throw redacted(err);
  }
}
