import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { scopedTokenInfo, tenantRoute, tenantState, type EmulatorSkill, type TenantState } from './platform-tenants.js';
import { startServer, type ReceivedRequest, type Reply, type TestServer } from './server.js';

/**
 * A stateful stand-in for the Airbyte platform API (https://api.airbyte.ai) on a loopback server: application
 * tokens with an expiry, workspaces with cursor pagination, source templates, connectors, and execute
 * delegating to a fake vendor. Every request is checked against the platform OpenAPI description; a request
 * that does not conform is answered 422 and recorded in `invalid`, so tests can assert there are none.
 */

export const CLIENT_ID = 'client-id-0001';
export const CLIENT_SECRET = 'client-secret-do-not-print-0001';
export const ORGANIZATION_ID = '6f1c9b52-8d4e-4f6a-9c3b-2a7e5d1f0b94';

export interface EmulatorWorkspace {
  id: string;
  name: string;
  organization_id: string;
  status: 'active' | 'inactive';
  cache_enabled: boolean | null;
  tombstone: boolean;
  visibility: 'shared' | 'private';
  color: string | null;
  created_at: string;
  updated_at: string;
}

export interface EmulatorTemplate {
  id: string;
  name: string;
  actor_definition_id: string;
  partial_default_config: Record<string, unknown>;
  mode: string;
  created_at: string;
  updated_at: string;
}

export interface EmulatorConnector {
  id: string;
  name: string;
  workspace_id: string;
  template_id: string;
  credentials: Record<string, unknown>;
  replication_config: Record<string, unknown>;
  server_side_oauth_secret_id?: string;
  created_at: string;
  updated_at: string;
}

export interface ExecuteCall {
  connector: EmulatorConnector;
  definitionId: string;
  entity: string;
  action: string;
  params: Record<string, unknown>;
  select_fields?: string[] | null;
  exclude_fields?: string[] | null;
  intent?: string | null;
}

export interface EmulatorOptions {
  clientId?: string;
  clientSecret?: string;
  /** Lifetime of issued tokens in seconds (the platform's is 900). */
  tokenTtl?: number;
  /** Workspace names to start with. */
  workspaces?: string[];
  /** Largest page the workspace list returns, whatever `limit` asks for. */
  pageSize?: number;
  /** Connector definitions the platform knows: definition id → name. Defaults to GitHub, Slack, Stripe. */
  definitions?: Record<string, string>;
  /** The fake vendor behind execute: returns the `result` of the envelope (wrapped in WithMetadata to add connector_metadata). */
  execute?: (call: ExecuteCall) => unknown;
  /** Status reported by the connector checks. */
  checkStatus?: 'succeeded' | 'failed';
  /** The agent skills the platform serves (default: a platform overview, Stripe, GitHub). */
  skills?: EmulatorSkill[];
}

export interface PlatformEmulator {
  url: string;
  requests: ReceivedRequest[];
  /** Requests that do not conform to the platform OpenAPI description, with the reason. */
  invalid: { method: string; path: string; problems: string[] }[];
  workspaces: EmulatorWorkspace[];
  templates: EmulatorTemplate[];
  connectors: EmulatorConnector[];
  /** Every token issued, in order. */
  tokens: string[];
  /** Scoped and widget tokens, OAuth apps, connection templates, skills. */
  tenants: TenantState;
  /** Makes every token issued so far expired (as the platform does after their TTL). */
  expireTokens(): void;
  /** Answers the next `times` requests matching `method path` (path without query) with `reply` instead. */
  failNext(method: string, path: string, reply: { status: number; body?: unknown; headers?: Record<string, string> }, times?: number): void;
  /** Requests other than the token exchange. */
  apiRequests(): ReceivedRequest[];
  tokenRequests(): ReceivedRequest[];
  addWorkspace(name: string, status?: 'active' | 'inactive'): EmulatorWorkspace;
  close(): Promise<void>;
}

/** Returned by an `execute` handler to add fields (e.g. a cursor) to the envelope's `connector_metadata`. */
export class WithMetadata {
  constructor(
    readonly result: unknown,
    readonly metadata: Record<string, unknown>,
  ) {}
}

export const DEFAULT_DEFINITIONS: Record<string, string> = {
  'ef69ef6e-aa7f-4af1-a01d-ef775033524e': 'GitHub',
  'c2281cee-86f9-4a86-bb48-d23286b4c7bd': 'Slack',
  'e094cb9a-26de-4645-8761-65c0c425d1de': 'Stripe',
};

const TOKEN_PATH = '/api/v1/account/applications/token';
const now = () => new Date().toISOString();
const error = (status: number, message: string, errors: { field?: string; message: string }[] = []): Reply => ({ status, body: { message, errors } });

// ---------------------------------------------------------------------------------------------------------------
// Request validation against the OpenAPI description.

interface SpecOperation {
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: unknown }> };
}

interface Operation {
  method: string;
  pattern: RegExp;
  template: string;
  op: SpecOperation;
}

const SPEC_PATH = resolve(import.meta.dirname, '../../../shared/reference/airbyte-platform-openapi.json');

let operations: Operation[] | undefined;
let defs: Record<string, unknown> = {};
const bodySchemas = new Map<unknown, z.ZodType>();

/**
 * The operations of the OpenAPI description at `specPath`. Locally, without the reference checkout, there are
 * none and requests go unchecked; under CI a missing description is an error, so no run passes unchecked.
 */
export function readOperations(specPath: string, env: Record<string, string | undefined> = process.env): Operation[] {
  if (!existsSync(specPath)) {
    if (env.CI) throw new Error(`The platform OpenAPI description is missing at ${specPath}; under CI every emulator request is validated against it.`);
    return [];
  }
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as {
    paths: Record<string, Record<string, SpecOperation>>;
    components: { schemas: Record<string, unknown> };
  };
  defs = JSON.parse(JSON.stringify(spec.components.schemas).replaceAll('#/components/schemas/', '#/$defs/')) as Record<string, unknown>;
  const ops: Operation[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    for (const [method, op] of Object.entries(item)) ops.push({ method: method.toUpperCase(), pattern, template, op });
  }
  // Literal paths first, so /workspaces/stats is not taken for /workspaces/{workspace_id}.
  return ops.sort((a, b) => (a.template.includes('{') ? 1 : 0) - (b.template.includes('{') ? 1 : 0));
}

function loadOperations(): Operation[] {
  return (operations ??= readOperations(SPEC_PATH));
}

function zodFor(schema: unknown): z.ZodType {
  let cached = bodySchemas.get(schema);
  if (!cached) {
    const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('#/components/schemas/', '#/$defs/')) as object;
    cached = z.fromJSONSchema({ ...rewritten, $defs: defs } as Parameters<typeof z.fromJSONSchema>[0]);
    bodySchemas.set(schema, cached);
  }
  return cached;
}

function deref(schema: unknown): Record<string, unknown> {
  const s = schema as { $ref?: string };
  return (s.$ref ? defs[s.$ref.split('/').at(-1)!] : schema) as Record<string, unknown>;
}

/** The alternatives of a body schema (its anyOf / oneOf branches, or itself), each with its property names. */
function branches(schema: unknown): { schema: unknown; names?: Set<string> }[] {
  const s = deref(schema);
  const list = Array.isArray(s.anyOf) ? (s.anyOf as unknown[]) : Array.isArray(s.oneOf) ? (s.oneOf as unknown[]) : [schema];
  return list.map((b) => {
    const props = deref(b).properties as Record<string, unknown> | undefined;
    return { schema: b, names: props ? new Set(Object.keys(props)) : undefined };
  });
}

/** A query string value typed as its parameter schema says (the first non-null alternative). */
function typedQuery(schema: unknown, values: string[]): unknown {
  const s = deref(schema);
  const alt = Array.isArray(s.anyOf) ? deref((s.anyOf as Record<string, unknown>[]).find((a) => a.type !== 'null')) : s;
  const one = (v: string) => (alt.type === 'integer' || alt.type === 'number' ? Number(v) : alt.type === 'boolean' ? v === 'true' ? true : v === 'false' ? false : v : v);
  return alt.type === 'array' ? values : one(values[0]!);
}

const issues = (error: z.ZodError) => error.issues.map((i) => `${i.path.join('.') || '(value)'}: ${i.message}`);

/** Problems with a request by the OpenAPI description: unknown operation, params, body fields; schema violations. */
export function validateRequest(req: ReceivedRequest): string[] {
  const ops = loadOperations();
  if (ops.length === 0) return [];
  const match = ops.find((o) => o.method === req.method && o.pattern.test(req.path));
  if (!match) return [`no operation ${req.method} ${req.path} in the platform API`];
  const problems: string[] = [];
  const params = match.op.parameters ?? [];
  const templateParts = match.template.split('/');
  const pathParts = req.path.split('/');
  for (const p of params) {
    if (p.in === 'path') {
      const value = decodeURIComponent(pathParts[templateParts.indexOf(`{${p.name}}`)] ?? '');
      const result = zodFor(p.schema).safeParse(value);
      if (!result.success) problems.push(`path ${p.name}: ${issues(result.error).join('; ')}`);
    }
    if (p.in === 'query') {
      const values = req.query.getAll(p.name);
      if (values.length === 0) {
        if (p.required) problems.push(`query ${p.name}: required`);
      } else {
        const result = zodFor(p.schema).safeParse(typedQuery(p.schema, values));
        if (!result.success) problems.push(`query ${p.name}: ${issues(result.error).join('; ')}`);
      }
    }
    if (p.in === 'header') {
      const value = req.headers[p.name.toLowerCase()];
      if (typeof value === 'string') {
        const result = zodFor(p.schema).safeParse(value);
        if (!result.success) problems.push(`header ${p.name}: ${issues(result.error).join('; ')}`);
      }
    }
  }
  const known = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(req.query.keys())) if (!known.has(name)) problems.push(`query ${name}: not a parameter of ${match.template}`);
  const media = match.op.requestBody?.content['application/json'];
  if (media) {
    if (!req.body) {
      if (match.op.requestBody?.required) problems.push('body: required');
    } else if (req.json === undefined) {
      problems.push('body: not sent as application/json');
    } else {
      const json = req.json;
      const verdicts = branches(media.schema).map(({ schema, names }) => {
        const result = zodFor(schema).safeParse(json);
        const found = result.success ? [] : issues(result.error).map((i) => `body ${i}`);
        if (names && json && typeof json === 'object') {
          for (const key of Object.keys(json)) if (!names.has(key)) found.push(`body ${key}: not a field of the request schema`);
        }
        return found;
      });
      if (verdicts.every((v) => v.length > 0)) problems.push(...verdicts[0]!);
    }
  } else if (req.body) {
    problems.push('body: this operation takes none');
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------

export async function startPlatformEmulator(opts: EmulatorOptions = {}): Promise<PlatformEmulator> {
  loadOperations();
  const clientId = opts.clientId ?? CLIENT_ID;
  const clientSecret = opts.clientSecret ?? CLIENT_SECRET;
  const definitions = opts.definitions ?? DEFAULT_DEFINITIONS;
  const tokenExpiry = new Map<string, number>();
  const overrides: { method: string; path: string; reply: Reply; times: number }[] = [];

  const workspace = (name: string, status: 'active' | 'inactive' = 'active'): EmulatorWorkspace => ({
    id: randomUUID(),
    name,
    organization_id: ORGANIZATION_ID,
    status,
    cache_enabled: false,
    tombstone: false,
    visibility: 'shared',
    color: null,
    created_at: now(),
    updated_at: now(),
  });

  const state = {
    workspaces: (opts.workspaces ?? ['default']).map((n) => workspace(n)),
    templates: [] as EmulatorTemplate[],
    connectors: [] as EmulatorConnector[],
  };

  const liveWorkspaces = () => state.workspaces.filter((w) => !w.tombstone);
  const findWorkspace = (id: string) => liveWorkspaces().find((w) => w.id === id);
  const tenants = tenantState(opts.skills);
  const tenantDeps = {
    organizationId: ORGANIZATION_ID,
    definitions,
    tenantWorkspace: (name: string) => liveWorkspaces().find((w) => w.name === name) ?? emulator.addWorkspace(name),
    workspaceById: findWorkspace,
    error,
    pageSize: opts.pageSize ?? 100,
  };
  const templateById = (id: string) => state.templates.find((t) => t.id === id);
  const connectorName = (definitionId: string) => definitions[definitionId] ?? null;

  const spec = { documentationUrl: null, connectionSpecification: { type: 'object', required: [], properties: {} } };
  const templateListItem = (t: EmulatorTemplate) => ({
    id: t.id,
    name: t.name,
    icon: null,
    connector_name: connectorName(t.actor_definition_id),
    organization_id: ORGANIZATION_ID,
    actor_definition_id: t.actor_definition_id,
    tags: [],
    customization: null,
    mode: t.mode,
    created_at: t.created_at,
    updated_at: t.updated_at,
  });
  const templateDetail = (t: EmulatorTemplate) => ({
    id: t.id,
    name: t.name,
    icon: null,
    source_definition_id: t.actor_definition_id,
    user_config_spec: spec,
    partial_default_config: t.partial_default_config,
    customization: null,
    tags: [],
    mode: t.mode,
    connector_name: connectorName(t.actor_definition_id),
    created_at: t.created_at,
    updated_at: t.updated_at,
  });
  const connectorDetail = (c: EmulatorConnector) => ({
    id: c.id,
    name: c.name,
    source_template: templateDetail(templateById(c.template_id)!),
    replication_config: c.replication_config,
    created_at: c.created_at,
    updated_at: c.updated_at,
  });

  function authenticate(req: ReceivedRequest): Reply | undefined {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    const expiry = tokenExpiry.get(token);
    if (expiry === undefined) return error(401, 'Invalid or missing bearer token');
    if (expiry <= Date.now()) return error(401, 'Token has expired');
    const org = req.headers['x-organization-id'];
    if (org !== undefined && org !== ORGANIZATION_ID) return error(403, 'You do not have access to this organization');
    return undefined;
  }

  function issueToken(req: ReceivedRequest): Reply {
    const body = req.json as { client_id?: string; client_secret?: string } | undefined;
    if (body?.client_id !== clientId || body?.client_secret !== clientSecret) return error(403, 'Invalid client credentials');
    const token = `tok-${randomUUID()}`;
    const ttl = opts.tokenTtl ?? 900;
    tokenExpiry.set(token, Date.now() + ttl * 1000);
    emulator.tokens.push(token);
    return { body: { access_token: token, token_type: 'Bearer', expires_in: ttl, organization_id: ORGANIZATION_ID } };
  }

  function listWorkspaces(req: ReceivedRequest): Reply {
    const nameContains = req.query.get('name_contains')?.toLowerCase();
    const status = req.query.get('status');
    const limit = Math.min(Number(req.query.get('limit') ?? 20), opts.pageSize ?? 100);
    const offset = req.query.get('cursor') ? Number(Buffer.from(req.query.get('cursor')!, 'base64url').toString()) : 0;
    const all = liveWorkspaces().filter((w) => (!nameContains || w.name.toLowerCase().includes(nameContains)) && (!status || w.status === status));
    const data = all.slice(offset, offset + limit);
    let next: string | null = null;
    if (offset + limit < all.length) {
      const query = new URLSearchParams(req.query);
      query.set('cursor', Buffer.from(String(offset + limit)).toString('base64url'));
      next = `${emulator.url}${req.path}?${query}`;
    }
    return { body: { data, next } };
  }

  function createTemplate(req: ReceivedRequest): Reply {
    const body = req.json as { actor_definition_id: string; name?: string | null; partial_default_config?: Record<string, unknown>; mode?: string | null };
    if (!definitions[body.actor_definition_id]) {
      return error(422, 'invalid actor_definition_id', [{ field: 'actor_definition_id', message: 'Unknown connector definition' }]);
    }
    const name = body.name ?? definitions[body.actor_definition_id]!;
    if (state.templates.some((t) => t.name === name)) return error(409, `Source template "${name}" already exists`);
    const template: EmulatorTemplate = {
      id: randomUUID(),
      name,
      actor_definition_id: body.actor_definition_id,
      partial_default_config: body.partial_default_config ?? {},
      mode: body.mode ?? 'REPLICATION',
      created_at: now(),
      updated_at: now(),
    };
    state.templates.push(template);
    return { body: templateDetail(template) };
  }

  /**
   * Workspace, template and credential checks shared by connector creation and its config check. A workspace
   * name the organization does not have is a new tenant: its workspace is made (and kept only on creation).
   */
  function connectorTarget(req: ReceivedRequest): Reply | { workspace: EmulatorWorkspace; template: EmulatorTemplate; isNew: boolean } {
    const body = req.json as {
      workspace_name: string;
      definition_id?: string | null;
      connector_type?: string | null;
      source_template_id?: string | null;
      credentials?: Record<string, unknown> | null;
      replication_config?: Record<string, unknown> | null;
      server_side_oauth_secret_id?: string | null;
    };
    const found = liveWorkspaces().find((w) => w.name === body.workspace_name);
    const ws = found ?? workspace(body.workspace_name);
    const definitionId =
      body.definition_id ??
      Object.entries(definitions).find(([, n]) => n.toLowerCase() === body.connector_type?.toLowerCase())?.[0] ??
      (body.source_template_id ? templateById(body.source_template_id)?.actor_definition_id : undefined);
    const candidates = state.templates.filter((t) => (body.source_template_id ? t.id === body.source_template_id : t.actor_definition_id === definitionId));
    if (candidates.length === 0) {
      return error(422, 'No enabled connector (source template) for this connector type', [
        { field: 'definition_id', message: 'Register a source template for it first' },
      ]);
    }
    if (candidates.length > 1) {
      return error(422, 'Several source templates exist for this connector type', [
        { field: 'source_template_id', message: 'Required when multiple templates exist for the same connector type' },
      ]);
    }
    const discriminators = Object.keys(body.credentials ?? {}).filter((k) => k === 'auth_type' || k === 'credentials_title');
    if (discriminators.length) {
      return error(400, 'Invalid credentials', discriminators.map((k) => ({ field: `credentials.${k}`, message: 'Discriminator fields are not accepted' })));
    }
    if (!body.credentials && !body.replication_config && !body.server_side_oauth_secret_id) {
      return error(422, 'At least one of replication_config, credentials, or server_side_oauth_secret_id must be provided');
    }
    return { workspace: ws, template: candidates[0]!, isNew: !found };
  }

  function createConnector(req: ReceivedRequest): Reply {
    const target = connectorTarget(req);
    if (!('workspace' in target)) return target;
    const body = req.json as { name?: string | null; credentials?: Record<string, unknown> | null; replication_config?: Record<string, unknown> | null; server_side_oauth_secret_id?: string | null };
    const existing = state.connectors.find((c) => c.workspace_id === target.workspace.id && c.template_id === target.template.id);
    if (existing) return error(409, `Connector already exists for workspace "${target.workspace.name}" (${existing.id})`);
    if (target.isNew) state.workspaces.push(target.workspace);
    const connector: EmulatorConnector = {
      id: randomUUID(),
      name: body.name ?? target.template.name,
      workspace_id: target.workspace.id,
      template_id: target.template.id,
      credentials: body.credentials ?? {},
      replication_config: body.replication_config ?? {},
      server_side_oauth_secret_id: body.server_side_oauth_secret_id ?? undefined,
      created_at: now(),
      updated_at: now(),
    };
    state.connectors.push(connector);
    return { body: connectorDetail(connector) };
  }

  /** The credentials and settings of an update travel in `replication_config`, as aac sends them. */
  function updateConnector(req: ReceivedRequest, c: EmulatorConnector): Reply {
    const body = req.json as { name?: string | null; replication_config?: Record<string, unknown> | null };
    if (body.name) c.name = body.name;
    if (body.replication_config) {
      const { credentials, ...rest } = body.replication_config as { credentials?: Record<string, unknown> };
      if (credentials) c.credentials = credentials;
      c.replication_config = rest;
    }
    c.updated_at = now();
    return { body: connectorDetail(c) };
  }

  function listConnectors(req: ReceivedRequest): Reply {
    const wsId = req.query.get('workspace_id');
    const wsName = req.query.get('workspace_name');
    const definitionId = req.query.get('definition_id');
    const data = state.connectors
      .filter((c) => {
        const ws = findWorkspace(c.workspace_id);
        const t = templateById(c.template_id);
        return ws && t && (!wsId || ws.id === wsId) && (!wsName || ws.name === wsName) && (!definitionId || t.actor_definition_id === definitionId);
      })
      .map((c) => ({ id: c.id, name: c.name, summarized_source_template: templateListItem(templateById(c.template_id)!), created_at: c.created_at, updated_at: c.created_at }));
    return { body: { data } };
  }

  async function execute(req: ReceivedRequest, c: EmulatorConnector): Promise<Reply> {
    const body = req.json as Omit<ExecuteCall, 'connector' | 'definitionId'>;
    const started = Date.now();
    const out = await (opts.execute ?? (() => ({ data: [] })))({
      connector: c,
      definitionId: templateById(c.template_id)!.actor_definition_id,
      entity: body.entity,
      action: body.action,
      params: body.params ?? {},
      select_fields: body.select_fields,
      exclude_fields: body.exclude_fields,
      intent: body.intent,
    });
    const { result, metadata } = out instanceof WithMetadata ? out : { result: out, metadata: {} };
    return {
      body: {
        status: 'success',
        result,
        connector_metadata: { connector_name: connectorName(templateById(c.template_id)!.actor_definition_id), ...metadata },
        execution_metadata: { connector_instance_id: c.id, execution_time_ms: Date.now() - started },
      },
    };
  }

  async function route(req: ReceivedRequest): Promise<Reply> {
    const { method, path } = req;
    const seg = path.split('/').map(decodeURIComponent);
    if (method === 'GET' && path === '/api/v1/workspaces') return listWorkspaces(req);
    if (method === 'GET' && path === '/api/v1/workspaces/stats') {
      const live = liveWorkspaces();
      const active = live.filter((w) => w.status === 'active').length;
      return { body: { active_count: active, inactive_count: live.length - active, total_count: live.length } };
    }
    if (path.startsWith('/api/v1/workspaces/') && seg.length === 5) {
      const ws = findWorkspace(seg[4]!);
      if (!ws) return error(404, 'Workspace not found');
      if (method === 'GET') return { body: ws };
      if (method === 'PUT') {
        const body = req.json as { name?: string | null; status?: 'active' | 'inactive' | null; cache_enabled?: boolean | null };
        if (body.name && liveWorkspaces().some((w) => w.name === body.name && w.id !== ws.id)) return error(409, `Workspace "${body.name}" already exists`);
        if (body.name) ws.name = body.name;
        if (body.status) ws.status = body.status;
        if (body.cache_enabled !== undefined && body.cache_enabled !== null) ws.cache_enabled = body.cache_enabled;
        ws.updated_at = now();
        return { body: ws };
      }
      if (method === 'DELETE') {
        ws.tombstone = true;
        return { body: { id: ws.id, deleted_at: now() } };
      }
    }
    if (path === '/api/v1/integrations/templates/sources') {
      if (method === 'GET') return { body: { data: state.templates.map(templateListItem) } };
      if (method === 'POST') return createTemplate(req);
    }
    if (path.startsWith('/api/v1/integrations/templates/sources/') && seg.length === 7) {
      const t = templateById(seg[6]!);
      if (!t) return error(404, 'Source template not found');
      if (method === 'GET') return { body: templateDetail(t) };
      if (method === 'PATCH') {
        const body = req.json as { name?: string | null; mode?: string | null; partial_default_config?: Record<string, unknown> | null };
        if (body.name && state.templates.some((x) => x.name === body.name && x !== t)) return error(409, `Source template "${body.name}" already exists`);
        if (body.name) t.name = body.name;
        if (body.mode) t.mode = body.mode;
        if (body.partial_default_config) t.partial_default_config = body.partial_default_config;
        t.updated_at = now();
        return { body: templateDetail(t) };
      }
      if (method === 'DELETE') {
        state.templates.splice(state.templates.indexOf(t), 1);
        return { body: { id: t.id, deleted_at: now() } };
      }
    }
    if (path === '/api/v1/integrations/connectors') {
      if (method === 'POST') return createConnector(req);
      if (method === 'GET') return listConnectors(req);
    }
    if (method === 'POST' && path === '/api/v1/integrations/connectors/check') {
      const target = connectorTarget(req);
      if (!('workspace' in target)) return target;
      return { body: { id: randomUUID(), status: opts.checkStatus ?? 'succeeded', error_message: opts.checkStatus === 'failed' ? 'Check failed' : null } };
    }
    if (path.startsWith('/api/v1/integrations/connectors/') && seg.length >= 6) {
      const c = state.connectors.find((x) => x.id === seg[5]);
      if (!c) return error(404, 'Connector not found');
      const ws = findWorkspace(c.workspace_id);
      const action = seg[6];
      if (seg.length === 6 && method === 'GET') return { body: connectorDetail(c) };
      if (seg.length === 6 && method === 'PUT') return updateConnector(req, c);
      if (seg.length === 6 && method === 'DELETE') {
        state.connectors.splice(state.connectors.indexOf(c), 1);
        return { status: 202, body: { job_id: randomUUID() } };
      }
      if (action === 'check' && method === 'POST') {
        return { body: { id: randomUUID(), status: opts.checkStatus ?? 'succeeded', error_message: opts.checkStatus === 'failed' ? 'Check failed' : null } };
      }
      if (action === 'inspect' && method === 'GET') {
        const t = templateById(c.template_id)!;
        return {
          body: {
            connector_id: c.id,
            name: c.name,
            workspace_id: ws?.id ?? c.workspace_id,
            organization_id: ORGANIZATION_ID,
            source_definition_id: t.actor_definition_id,
            source_definition_name: connectorName(t.actor_definition_id),
            source_config_template_id: t.id,
            docs_skill_id: `docs-${t.actor_definition_id}`,
            context_store_readiness: null,
            warnings: [],
          },
        };
      }
      if (action === 'execute' && method === 'POST') return execute(req, c);
    }
    if (method === 'GET' && path === '/api/v1/integrations/definitions/sources') {
      const name = req.query.get('name')?.toLowerCase();
      const list = Object.entries(definitions)
        .filter(([, n]) => !name || n.toLowerCase().includes(name))
        .map(([id, n]) => ({ sourceDefinitionId: id, destinationDefinitionId: null, name: n, dockerRepository: null, iconUrl: null, custom: false, supportLevel: 'certified' }));
      return { body: { definitions: list } };
    }
    if (method === 'GET' && path.startsWith('/api/v1/integrations/definitions/sources/') && seg.length === 7) {
      const n = definitions[seg[6]!];
      if (!n) return error(404, 'Connector definition not found');
      return { body: { id: seg[6], definition: { sourceDefinitionId: seg[6], name: n, spec } } };
    }
    return tenantRoute(tenants, tenantDeps, req) ?? error(404, `Not found: ${method} ${path}`);
  }

  const emulator: PlatformEmulator = {
    url: '',
    requests: [],
    invalid: [],
    workspaces: state.workspaces,
    templates: state.templates,
    connectors: state.connectors,
    tokens: [],
    tenants,
    expireTokens: () => {
      for (const token of tokenExpiry.keys()) tokenExpiry.set(token, 0);
    },
    failNext: (method, path, reply, times = 1) => overrides.push({ method, path, reply, times }),
    apiRequests: () => emulator.requests.filter((r) => r.path !== TOKEN_PATH),
    tokenRequests: () => emulator.requests.filter((r) => r.path === TOKEN_PATH),
    addWorkspace: (name, status) => {
      const ws = workspace(name, status);
      state.workspaces.push(ws);
      return ws;
    },
    close: async () => {},
  };

  const server: TestServer = await startServer(async (req) => {
    const problems = validateRequest(req);
    if (problems.length) {
      emulator.invalid.push({ method: req.method, path: req.path, problems });
      return error(422, 'Request does not conform to the platform API', problems.map((p) => ({ message: p })));
    }
    const override = overrides.find((o) => o.method === req.method && o.path === req.path && o.times > 0);
    if (override) {
      override.times--;
      return override.reply;
    }
    if (req.method === 'POST' && req.path === TOKEN_PATH) return issueToken(req);
    if (req.method === 'GET' && req.path === '/api/v1/account/applications/scoped-token/info') return scopedTokenInfo(tenants, tenantDeps, req);
    return authenticate(req) ?? route(req);
  });
  emulator.url = server.url;
  emulator.close = () => server.close();
  emulator.requests = server.requests;
  return emulator;
}
