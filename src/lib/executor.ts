import type { ConnectorDef } from './engine/types.js';
import type { Download } from './engine/download.js';
import type { ActionRef, Page, Result } from './engine/index.js';
import type { PageLimits } from './engine/page-loop.js';

/** Where an action runs: the local engine against the vendor, or the hosted connector on the platform. */
export interface Executor {
  mode: 'local' | 'platform';
  connector: ConnectorDef;
  /** One request: one page of a list, or one object. */
  execute(ref: ActionRef, params: Record<string, unknown>): Promise<Result>;
  /** Every page of a list, following the action's pagination, up to the limits. */
  pages(ref: ActionRef, params: Record<string, unknown>, limits?: PageLimits): AsyncIterable<Page>;
  /** The file of a download action, streamed. */
  download(ref: ActionRef, params: Record<string, unknown>): Promise<Download>;
  /** The request `execute` would send, with every secret replaced by a placeholder. */
  dryRun(ref: ActionRef, params: Record<string, unknown>): Promise<DryRunRequest>;
}

export interface DryRunRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

export interface ExecutorOptions {
  /** --base-url (local mode). */
  baseUrl?: string;
  timeoutMs?: number;
  retries?: number;
  /** Largest response body accepted (bytes); downloads have no cap unless this is given. */
  maxBodyBytes?: number;
  /** Local mode: a list paged by server URLs starts at this page (an earlier page's `meta.next.url`). */
  pageUrl?: string;
  /** Platform mode: passed to the hosted execute. */
  intent?: string;
  /** Platform mode: `select_fields`. */
  fields?: string[];
  /** Platform mode: the workspace to find a hosted connector in. */
  workspace?: string;
  apiUrl?: string;
}
