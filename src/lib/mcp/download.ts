import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import mime from 'mime-types';
import type { Context } from '../context.js';
import { pathParamNames, routeFor, splitRoute } from '../engine/request.js';
import { AacError } from '../errors.js';
import { runDownload, type PreparedExec } from '../exec.js';
import { saveDownload, type DownloadSummary } from '../output/download.js';

const MAX_NAME = 200;

/** What makes a name more than one plain file name: a directory, `..`, a hidden file, a drive letter. */
const NAME_RULES: [(name: string) => boolean, string][] = [
  [(n) => n === '', 'is empty'],
  [(n) => /[/\\]/.test(n), 'names a directory (it holds / or \\)'],
  [(n) => n.startsWith('.'), 'starts with "." (no "..", no hidden files)'],
  [(n) => [...n].some((c) => c === ':' || c.charCodeAt(0) < 0x20), 'holds a control character or ":"'],
  [(n) => n.length > MAX_NAME, `is longer than ${MAX_NAME} characters`],
];

/** Refuses a name that is not one plain file name. */
export function checkFileName(name: string): string {
  const why = NAME_RULES.find(([broken]) => broken(name))?.[1];
  if (!why) return name;
  throw new AacError('validation', `file_name ${JSON.stringify(name)} ${why}.`, {
    hint: 'Give a plain file name such as "report.pdf"; the file is always saved in the server’s download directory.',
    details: [{ argument: 'file_name', message: `must be a plain file name: it ${why}` }],
  });
}

/** `salesforce-content_versions-068X`: the connector, the entity and the ids in the route, as one safe name. */
function derivedName(prepared: PreparedExec): string {
  const { ref, params } = prepared;
  const ids = pathParamNames(splitRoute(routeFor(ref.def, params)).path).map((p) => String(params[p]));
  const name = [ref.connector.name, ref.entity, ...ids].join('-').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[.]+/, '_');
  return name.slice(0, MAX_NAME - 16);
}

/** The derived name with the extension of the content type, unless it ends with it already. */
function withExtension(name: string, contentType: string | undefined): string {
  const ext = contentType ? mime.extension(contentType) : false;
  return ext && !name.endsWith(`.${ext}`) ? `${name}.${ext}` : name;
}

export function downloadsOff(): AacError {
  return new AacError('usage', 'Downloads are off on this server: it has no directory to save files in; nothing was sent.', {
    hint: 'Start the server with `aac mcp --download-dir <dir>` (or add --download-dir to `aac mcp install`); files are saved there.',
  });
}

/** The execute arguments a download looks at: `file_name`, and those that do not apply to a file. */
export interface DownloadArgs {
  file_name?: string;
  fields?: unknown;
  max_items?: unknown;
  skip?: unknown;
}

/**
 * Runs a download action and saves the file in `dir` (created if missing) under `file_name`, or under a name made
 * from the connector, entity and ids when none is given; a file of that name is replaced once the new one is whole.
 * Every refusal comes before anything is sent.
 */
export async function downloadToDir(ctx: Context, prepared: PreparedExec, dir: string | undefined, args: DownloadArgs): Promise<DownloadSummary> {
  const { ref } = prepared;
  const unused = (['fields', 'max_items', 'skip'] as const).filter((k) => args[k] !== undefined);
  if (unused.length) {
    throw new AacError('usage', `${ref.entity} ${ref.action} downloads a file: ${unused.join(', ')} ${unused.length > 1 ? 'do' : 'does'} not apply.`, { hint: 'Call execute without them.' });
  }
  if (!dir) throw downloadsOff();
  const given = args.file_name === undefined ? undefined : checkFileName(args.file_name);
  const folder = resolve(ctx.cwd, dir);
  try {
    await mkdir(folder, { recursive: true });
  } catch (err) {
    throw new AacError('config', `Cannot create the download directory ${folder}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`, {
      hint: 'Start the server with a --download-dir you can write to.',
    });
  }
  const file = await runDownload(prepared);
  const name = given ?? withExtension(derivedName(prepared), file.contentType);
  return saveDownload(ctx, file, join(folder, name), `Check that the download directory ${folder} can be written to.`);
}
