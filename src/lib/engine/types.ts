import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Route = `${HttpMethod} ${string}`;
export type ParamLocation = 'path' | 'query' | 'body' | 'header';
export type BodyEncoding = 'json' | 'form' | 'multipart' | 'related';
export type ActionKind = 'read' | 'write' | 'destructive';

/** One credential or configuration value a connector needs. */
export interface FieldDef {
  /** Environment variable that supplies the field in local mode. */
  env: string;
  title?: string;
  description?: string;
  /** Secrets are masked in every output and redacted in logs. Defaults to true for auth fields. */
  secret?: boolean;
  optional?: boolean;
  default?: string;
  /** A value derived when none is given: the part of field `from` after the last `after` (e.g. a key's `-us21`). */
  derive?: { from: string; after: string };
  /** What the value is, checked when it is saved: a bare DNS label, a host name, or an absolute URL. */
  kind?: FieldKind;
}

export type FieldKind = 'subdomain' | 'host' | 'url';

/** How the resolved credentials are put on a request. */
export type AuthApply =
  | { type: 'bearer'; field: string }
  /** Field names, or templates of fields (`'{email}/token'`). */
  | { type: 'basic'; username: string; password: string }
  | { type: 'header'; name: string; field: string; prefix?: string }
  | { type: 'query'; name: string; field: string }
  | {
      type: 'oauth2';
      /** Token endpoint; may contain server variables such as {subdomain}. */
      tokenUrl: string;
      /** Where client_id/client_secret go on the refresh request. */
      clientAuth: 'body' | 'basic';
      /** Extra fields of the token response to keep with the credentials (e.g. Salesforce instance_url). */
      extract?: string[];
    };

export interface AuthScheme {
  title: string;
  description?: string;
  fields: Record<string, FieldDef>;
  apply: AuthApply;
  /**
   * Headers sent with these credentials, as templates of its fields (`{ 'X-Client-Id': '{client_id}' }`);
   * a header the action's params already set is left as it is.
   */
  headers?: Record<string, string>;
}

/** A named way to walk through the pages of a list. Each is implemented once in engine/pagination.ts. */
export type Pagination =
  /** The next cursor is read from a response field and sent as a param; stops when it is empty or `hasMore` is false. */
  | { type: 'cursor'; param: string; from: string; hasMore?: string; in?: ParamLocation }
  /** The id of the last record is sent as the cursor param while `hasMore` is true. */
  | { type: 'lastId'; param: string; hasMore: string; idField?: string }
  /** Page numbers; stops on an empty or short page, or when `totalPages` says so. */
  | { type: 'page'; param: string; start?: number; sizeParam?: string; totalPages?: string; in?: ParamLocation }
  /** Record offsets; stops on an empty or short page, or when `total` is reached. */
  | { type: 'offset'; param: string; limitParam: string; total?: string; in?: ParamLocation }
  /** RFC 8288 Link header with rel="next" (a full URL). */
  | { type: 'link' }
  /** GraphQL connection: `pageInfo` is the dotted path of {hasNextPage, endCursor}; the cursor goes to variable/param `param`. */
  | { type: 'graphql'; param: string; pageInfo: string }
  /**
   * A full URL to the next page is read from a response field; with `sizeParam`, a page with fewer records than
   * that param asked for is the last one, whatever URL it carries (incremental exports always give one).
   */
  | { type: 'nextUrl'; from: string; sizeParam?: string };

export interface GraphqlBody {
  /** The GraphQL document; `{{fields}}` is replaced by the selected fields. */
  query: string;
  /**
   * GraphQL variable name → param name, or a template of params (`'refs/heads/{branch}'`).
   * Variables whose params are undefined are left out.
   */
  variables?: Record<string, string>;
  /** Selection used when the `fields` param is not given. */
  defaultFields?: string;
}

/** The names of the params of a zod object schema. */
export type ParamName<P extends z.ZodObject> = keyof P['shape'] & string;

/**
 * A download: the answer is a file, streamed as bytes. One step (the route answers with the file), or two
 * (the route answers with metadata, `urlFrom` names the file URL in it).
 */
export interface DownloadDef {
  /** The Accept header of the file request: `*\/*`, a media type, or a template of params (`'{mimeType}'`). */
  accept: string;
  /** Dotted path to the file URL in the metadata answer, with `{param}` placeholders (`attachments.{attachment_index}.url`). */
  urlFrom?: string;
  /**
   * Origins the file URL (and its redirects) may point at besides the API's own, with `*.` for any subdomain
   * (`https://*.s3.amazonaws.com`). Credentials go to the API's own origin only.
   */
  hosts?: string[];
}

/** The media part of a `related` upload: the param that holds the content and the one that names its type. */
export interface MediaDef {
  /** `@path` reads a file, `-` reads stdin, other text is base64-decoded. */
  param: string;
  /** The content type of the media part (default application/octet-stream). */
  typeParam?: string;
}

/** A name kept working after a rename: it resolves to `use` (an entity, or an action of the same entity), with a warning. */
export interface Deprecation {
  use: string;
}

export interface ActionDef<P extends z.ZodObject = z.ZodObject> {
  route: Route;
  /** An old name of another action of the entity; the action run is `use`'s. */
  deprecated?: Deprecation;
  /** Routes used instead of `route` when param `when` is given (e.g. the audits of one ticket). */
  variants?: { when: ParamName<P>; route: Route }[];
  description?: string;
  params?: P;
  /** Where each param goes when the default (path template → path; GET/DELETE → query; else body) is wrong. */
  in?: Partial<Record<ParamName<P>, ParamLocation>>;
  /** Param name → wire name when they differ (e.g. `x_tenant` → `X-Tenant`). */
  wire?: Partial<Record<ParamName<P>, string>>;
  body?: BodyEncoding;
  /** Send body params nested under this key (e.g. `{ data: {...} }`). */
  bodyRoot?: string;
  graphql?: GraphqlBody;
  /** Dotted path to the records in the response body ('' or absent = the whole body). */
  records?: string;
  /**
   * Meta name → dotted path in the response body, or `@link.<rel>` (the URL of a Link header relation, e.g.
   * `@link.next`), or `@header.<name>` (a response header).
   */
  meta?: Record<string, string>;
  paginate?: Pagination;
  /** The page-size param and its largest value, where the param's schema does not say (`--all` asks for it). */
  pageSize?: { param?: ParamName<P>; max: number };
  kind?: ActionKind;
  /** The action answers with a file (streamed, never parsed). */
  download?: DownloadDef;
  /** With `body: 'related'`: the param sent as the media part after the JSON metadata part. */
  media?: MediaDef;
  /** Overrides the connector's server for this action (e.g. a different API host). */
  server?: string;
  /**
   * How this action derives its server from a `--base-url` given for the connector's main API: a base URL ending in
   * `suffix` has it replaced by `with` (GitHub Enterprise: REST under `/api/v3`, GraphQL under `/api/graphql`).
   */
  baseUrlRewrite?: { suffix: string; with: string };
}

export interface EntityDef {
  description?: string;
  /** An old name of another entity: its actions are `use`'s (write `actions: {}`). */
  deprecated?: Deprecation;
  /** Default columns for `--output table`. */
  columns?: string[];
  actions: Record<string, ActionDef>;
}

export interface ErrorCheck {
  /** A 200 response whose `field` equals `equals` is an error; the message is read from `message`. */
  field: string;
  equals: unknown;
  message: string;
}

/** A vendor error recognised by its body rather than its status (e.g. an expired token sent as HTTP 400). */
export interface ErrorRule {
  /** Dotted path in the error body, and the value that identifies the error there. */
  field: string;
  equals: unknown;
  /** The error it is, whatever its HTTP status. */
  type: 'authentication' | 'not_found' | 'rate_limited' | 'validation' | 'api';
  /** What to do about it; the hint of `type` when absent. */
  hint?: string;
}

export interface ConnectorDef {
  name: string;
  title: string;
  definitionId: string;
  docsUrl?: string;
  /** Server URL, with {variables} taken from the connector's config fields. */
  server: string;
  /** Non-secret settings that fill server variables (e.g. subdomain). */
  config?: Record<string, FieldDef>;
  auth: Record<string, AuthScheme>;
  headers?: Record<string, string>;
  body?: BodyEncoding;
  /** Header carrying a fresh idempotency key on every POST, which also makes POSTs safe to retry. */
  idempotencyHeader?: string;
  errorCheck?: ErrorCheck;
  /** Vendor errors whose type the status does not tell, checked in order against every non-2xx body. */
  errors?: ErrorRule[];
  entities: Record<string, EntityDef>;
}

/** The `{name}` placeholders of a route or template, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The param names an action declares: none without params, any when its type was widened to ActionDef. */
type NamesOf<A> = A extends { params: z.ZodObject<infer Shape> } ? keyof Shape & string : 'params' extends keyof A ? string : never;

/** A route whose placeholders all name params; otherwise a message naming the stray placeholder. */
type CheckedRoute<R, N extends string> = R extends string
  ? [Exclude<Placeholders<R>, N>] extends [never]
    ? R
    : `route placeholder {${Exclude<Placeholders<R>, N>}} names no param`
  : R;

/** A record whose keys must all be param names: a stray key becomes a message the value cannot match. */
type CheckedKeys<T, N extends string> = { [K in keyof T]: K extends N ? T[K] : `"${K & string}" names no param` };

type CheckedVariants<V, N extends string> = {
  [I in keyof V]: V[I] extends { route: infer R } ? { when: N; route: CheckedRoute<R, N> } : V[I];
};

/**
 * An action as written, with `route`, `variants`, `in` and `wire` checked against its own params: a key or
 * placeholder that names no param fails to compile.
 */
export type CheckedAction<A> = {
  [K in keyof A]: K extends 'route'
    ? CheckedRoute<A[K], NamesOf<A>>
    : K extends 'in' | 'wire'
      ? CheckedKeys<A[K], NamesOf<A>>
      : K extends 'variants'
        ? CheckedVariants<A[K], NamesOf<A>>
        : A[K];
};

export type CheckedEntities<E> = {
  [K in keyof E]: E[K] extends { actions: infer Actions } ? { actions: { [A in keyof Actions]: CheckedAction<Actions[A]> } } : E[K];
};

export type CheckedConnector<C> = C extends { entities: infer E } ? { entities: CheckedEntities<E> } : C;
