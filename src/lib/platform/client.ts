import type { z } from 'zod';
import type { Store } from '../config/store.js';
import type { Context, Env, Waiting } from '../context.js';
import { pageLoop, type PageFetcher } from '../engine/page-loop.js';
import type { HttpMethod, Pagination } from '../engine/types.js';
import { AacError } from '../errors.js';
import { platformCredentials, resolveApiUrl, type PlatformCredentials } from './credentials.js';
import { LOGIN_HINT } from './errors.js';
import * as S from './schemas.js';
import { issueToken, isFresh, TokenCache, type IssuedToken } from './token.js';
import { call, type Query, type TransportOptions } from './transport.js';

export interface PlatformClientOptions {
  store?: Store;
  env?: Env;
  /** --api-url; falls back to AAC_PLATFORM_URL, the URL saved at login, then https://api.airbyte.ai. */
  apiUrl?: string;
  /** Use these instead of the environment / saved login (e.g. during `aac login`). */
  credentials?: PlatformCredentials;
  timeoutMs?: number;
  retries?: number;
  retryBaseMs?: number;
  debug?: (line: string) => void;
  signal?: AbortSignal;
  waiting?: Waiting;
}

export interface RequestOptions<T> {
  query?: Query;
  body?: unknown;
  schema?: z.ZodType<T>;
  /** Retry a non-GET on 429/5xx/network errors: the call has no side effects. */
  safeToRetry?: boolean;
}

/** Cursor pagination of the platform: a page has `data` and `next`, a URL carrying the `cursor` of the next page. */
interface Page<T> {
  data: T[];
  next?: string | null;
}

/** The platform's lists as the page loop sees them: the cursor of the next page, read from the answer. */
const BY_CURSOR: Pagination = { type: 'cursor', param: 'cursor', from: 'cursor' };

const enc = encodeURIComponent;

/**
 * The Airbyte platform API client: application-token auth (cached, refreshed before expiry and once after a
 * 401), every request through the engine's HTTP layer, platform errors mapped to exit codes.
 */
export class PlatformClient {
  readonly apiUrl: string;
  readonly credentials: PlatformCredentials | undefined;
  private readonly transport: TransportOptions;
  private readonly cache: TokenCache | undefined;
  private issued: IssuedToken | undefined;

  constructor(opts: PlatformClientOptions = {}) {
    const env = opts.env ?? {};
    this.apiUrl = resolveApiUrl(opts.apiUrl, opts.store, env);
    this.credentials = opts.credentials ?? platformCredentials(opts.store, env);
    this.cache = this.credentials && new TokenCache(opts.store, this.credentials, this.apiUrl);
    this.issued = this.cache?.read();
    this.transport = {
      apiUrl: this.apiUrl,
      timeoutMs: opts.timeoutMs,
      retries: opts.retries,
      retryBaseMs: opts.retryBaseMs,
      debug: opts.debug,
      signal: opts.signal,
      waiting: opts.waiting,
      secrets: () => [this.credentials?.clientSecret, this.issued?.token].filter((s): s is string => Boolean(s)),
    };
  }

  private requireCredentials(): PlatformCredentials {
    if (!this.credentials) {
      throw new AacError('authentication', 'Not logged in to the Airbyte platform.', { hint: LOGIN_HINT });
    }
    return this.credentials;
  }

  /** The current token, exchanging the credentials when there is none or it is about to expire. */
  async token(opts: { force?: boolean } = {}): Promise<IssuedToken> {
    if (!opts.force && this.issued && isFresh(this.issued.expiresAt)) return this.issued;
    const credentials = this.requireCredentials();
    const issue = () => issueToken(this.transport, credentials);
    this.issued = this.cache ? await this.cache.refresh(issue, opts.force ? this.issued?.token : undefined) : await issue();
    return this.issued;
  }

  /** The organization requests target: the configured one, else the token's. */
  get organizationId(): string | undefined {
    return this.credentials?.organizationId ?? this.issued?.organizationId;
  }

  /** An authenticated call; a 401 gets one fresh token and one more try. */
  async request<T = unknown>(method: HttpMethod, path: string, opts: RequestOptions<T> = {}): Promise<T> {
    const credentials = this.requireCredentials();
    const attempt = async (force: boolean) =>
      call(this.transport, method, path, {
        ...opts,
        token: (await this.token({ force })).token,
        organizationId: credentials.organizationId,
      });
    try {
      return await attempt(false);
    } catch (err) {
      if (!(err instanceof AacError) || err.statusCode !== 401) throw err;
      this.debugLine('401: fetching a new token and retrying once');
      return attempt(true);
    }
  }

  /** The `cursor` of a page's `next` URL. */
  private nextCursor = (page: Page<unknown>): string | undefined =>
    page.next ? (new URL(page.next, this.apiUrl).searchParams.get('cursor') ?? undefined) : undefined;

  /**
   * Every item of a cursor-paginated list, following the cursor (by default from `next`) through the engine's page
   * loop, with its cycle guard.
   */
  async *paginate<P extends { data: unknown[] }>(
    path: string,
    query: Query,
    schema: z.ZodType<P>,
    nextCursor: (page: P) => string | null | undefined = this.nextCursor as (page: P) => string | undefined,
  ): AsyncGenerator<P['data'][number]> {
    const fetcher: PageFetcher = {
      title: 'The Airbyte platform',
      strategy: BY_CURSOR,
      prepare: async (next) => {
        const cursor = next.params.cursor as string | undefined;
        return {
          key: cursor ?? '',
          send: async () => {
            const res = await this.request('GET', path, { query: { ...query, cursor }, schema });
            return { records: res.data, meta: {}, body: { cursor: nextCursor(res) ?? null }, headers: {} };
          },
        };
      },
    };
    for await (const page of pageLoop(fetcher, {}, { window: 1 })) yield* page.records as P['data'][number][];
  }

  async collect<T>(items: AsyncIterable<T>): Promise<T[]> {
    const all: T[] = [];
    for await (const item of items) all.push(item);
    return all;
  }

  private debugLine(line: string): void {
    this.transport.debug?.(line);
  }

  readonly workspaces = {
    list: (query: { name_contains?: string; status?: S.WorkspaceStatus; limit?: number } = {}) =>
      this.collect(this.paginate('/api/v1/workspaces', { limit: 100, ...query }, S.WorkspaceList)),
    get: (id: string) => this.request('GET', `/api/v1/workspaces/${enc(id)}`, { schema: S.Workspace }),
    update: (id: string, body: S.WorkspaceUpdateRequest) => this.request('PUT', `/api/v1/workspaces/${enc(id)}`, { body, schema: S.Workspace }),
    delete: (id: string) => this.request('DELETE', `/api/v1/workspaces/${enc(id)}`, { schema: S.Deleted }),
    stats: () => this.request('GET', '/api/v1/workspaces/stats', { schema: S.WorkspaceStats }),
  };

  /** Source templates: the connectors enabled for the organization. */
  readonly templates = {
    list: () => this.request('GET', '/api/v1/integrations/templates/sources', { schema: S.TemplateList }).then((r) => r.data),
    get: (id: string) => this.request('GET', `/api/v1/integrations/templates/sources/${enc(id)}`, { schema: S.Template }),
    create: (body: S.TemplateCreateRequest) => this.request('POST', '/api/v1/integrations/templates/sources', { body, schema: S.Template }),
    update: (id: string, body: S.TemplateUpdateRequest) => this.request('PATCH', `/api/v1/integrations/templates/sources/${enc(id)}`, { body, schema: S.Template }),
    delete: (id: string) => this.request('DELETE', `/api/v1/integrations/templates/sources/${enc(id)}`, { schema: S.Deleted }),
  };

  /** Connection templates: where the data of the organization's connectors is replicated to. */
  readonly connectionTemplates = {
    list: (query: S.ConnectionTemplateListQuery = {}) =>
      this.request('GET', '/api/v1/integrations/templates/connections', { query: { ...query }, schema: S.ConnectionTemplateList }).then((r) => r.data),
    get: (id: string) => this.request('GET', `/api/v1/integrations/templates/connections/${enc(id)}`, { schema: S.ConnectionTemplate }),
    create: (body: S.ConnectionTemplateCreateRequest) =>
      this.request('POST', '/api/v1/integrations/templates/connections', { body, schema: S.ConnectionTemplate }),
    update: (id: string, body: S.ConnectionTemplatePatchRequest) =>
      this.request('PATCH', `/api/v1/integrations/templates/connections/${enc(id)}`, { body, schema: S.ConnectionTemplate }),
    delete: (id: string) => this.request('DELETE', `/api/v1/integrations/templates/connections/${enc(id)}`, { schema: S.Deleted }),
  };

  /** Tokens for a tenant's end users (scoped) and front end (widget); `info` authenticates with the scoped token itself. */
  readonly tokens = {
    scoped: (body: S.ScopedTokenRequest) => this.request('POST', '/api/v1/account/applications/scoped-token', { body, schema: S.IssuedTenantToken }),
    widget: (body: S.WidgetTokenRequest) => this.request('POST', '/api/v1/account/applications/widget-token', { body, schema: S.IssuedTenantToken }),
    info: (scopedToken: string) => call(this.transport, 'GET', '/api/v1/account/applications/scoped-token/info', { token: scopedToken, schema: S.ScopedTokenInfo }),
  };

  /** The organization's own OAuth app per connector type. */
  readonly oauth = {
    configure: (body: S.OAuthCredentialsRequest) => this.request('PUT', '/api/v1/oauth/credentials', { body, schema: S.OAuthCredentials }),
    remove: (connectorType: string) => this.request('DELETE', `/api/v1/oauth/credentials/connector_type/${enc(connectorType)}`),
  };

  /** The platform's agent skill docs. */
  readonly skills = {
    list: () => this.collect(this.paginate('/api/v1/skills', { limit: 100 }, S.SkillList, (p) => p.next_cursor)),
    search: (query: string) => this.collect(this.paginate('/api/v1/skills/search', { query, limit: 100 }, S.SkillList, (p) => p.next_cursor)),
    docs: (id: string, section?: string) => this.request('GET', '/api/v1/skills/docs', { query: { id, section }, schema: S.SkillDocs }),
  };

  /** Hosted connector instances. */
  readonly connectors = {
    create: (body: S.ConnectorCreateRequest) => this.request('POST', '/api/v1/integrations/connectors', { body, schema: S.Connector }),
    list: (query: S.ConnectorListQuery = {}) =>
      this.request('GET', '/api/v1/integrations/connectors', { query: { ...query }, schema: S.ConnectorList }).then((r) => r.data),
    get: (id: string) => this.request('GET', `/api/v1/integrations/connectors/${enc(id)}`, { schema: S.Connector }),
    /** Replaces the configuration (and so the credentials) of a connector in place. */
    update: (id: string, body: S.ConnectorUpdateRequest) => this.request('PUT', `/api/v1/integrations/connectors/${enc(id)}`, { body, schema: S.Connector }),
    delete: (id: string) => this.request('DELETE', `/api/v1/integrations/connectors/${enc(id)}`, { schema: S.ConnectorDeleteAccepted }),
    /** Checks an existing connector's configuration, or the one `body` would give it. */
    check: (id: string, body: S.ConnectorUpdateRequest = {}) =>
      this.request('POST', `/api/v1/integrations/connectors/${enc(id)}/check`, { body, schema: S.CheckResult, safeToRetry: true }),
    /** Checks a configuration before creating a connector with it. */
    checkConfig: (body: S.ConnectorCreateRequest) =>
      this.request('POST', '/api/v1/integrations/connectors/check', { body, schema: S.CheckResult }),
    inspect: (id: string) => this.request('GET', `/api/v1/integrations/connectors/${enc(id)}/inspect`, { schema: S.Inspect }),
    /** `safeToRetry` when the action only reads. */
    execute: (id: string, body: S.ExecuteRequest, opts: { safeToRetry?: boolean } = {}) =>
      this.request('POST', `/api/v1/integrations/connectors/${enc(id)}/execute`, { body, schema: S.ExecuteResponse, ...opts }),
  };

  /** Source connector definitions known to the platform. */
  readonly definitions = {
    list: (query: { name?: string } = {}) =>
      this.request('GET', '/api/v1/integrations/definitions/sources', { query, schema: S.DefinitionList }).then((r) => r.definitions),
    get: (id: string) => this.request('GET', `/api/v1/integrations/definitions/sources/${enc(id)}`, { schema: S.Definition }),
  };
}

/** The platform client of a run: its store, environment, debug log, retry timing and Ctrl-C. */
export function platformClient(ctx: Context, opts: Pick<PlatformClientOptions, 'apiUrl' | 'timeoutMs' | 'retries' | 'credentials'> = {}): PlatformClient {
  return new PlatformClient({ store: ctx.store(), env: ctx.env, debug: ctx.debug, retryBaseMs: ctx.retryBaseMs, signal: ctx.signal, waiting: ctx.waiting, ...opts });
}
