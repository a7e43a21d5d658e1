import { randomUUID } from 'node:crypto';
import type { ReceivedRequest, Reply } from './server.js';

/**
 * The tenant-provisioning part of the platform emulator: scoped and widget tokens, the organization's OAuth
 * apps, connection templates and agent skills. Requests reach it already checked against the OpenAPI.
 */

export interface EmulatorOAuthApp {
  id: string;
  connector_definition_id: string;
  configuration: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

export interface EmulatorSkill {
  id: string;
  kind: 'static' | 'connector_source';
  title: string;
  summary: string | null;
  tags: string[];
  /** Section id → its paragraphs. */
  sections: Record<string, string[]>;
}

export interface TenantState {
  /** Scoped token → workspace id. */
  scopedTokens: Map<string, string>;
  widgetTokens: { token: string; workspace_id: string; allowed_origin: string }[];
  oauthApps: EmulatorOAuthApp[];
  connectionTemplates: Record<string, unknown>[];
  skills: EmulatorSkill[];
}

export interface TenantDeps {
  organizationId: string;
  definitions: Record<string, string>;
  /** The live workspace of that name, created when there is none (as the platform does for a new tenant). */
  tenantWorkspace(name: string): { id: string; name: string };
  workspaceById(id: string): { id: string; name: string } | undefined;
  error(status: number, message: string, errors?: { field?: string; message: string }[]): Reply;
  /** Largest page of skills. */
  pageSize: number;
}

const now = () => new Date().toISOString();

export const DEFAULT_SKILLS: EmulatorSkill[] = [
  { id: 'platform-overview', kind: 'static', title: 'Airbyte platform overview', summary: 'Workspaces, connectors and execute', tags: ['platform'], sections: { intro: ['Workspaces hold connectors.'] } },
  { id: 'connector-stripe', kind: 'connector_source', title: 'Stripe', summary: 'Customers, invoices and charges', tags: ['stripe', 'billing'], sections: { customers: ['List customers with customers.list.'], invoices: ['Invoices have lines.'] } },
  { id: 'connector-github', kind: 'connector_source', title: 'GitHub', summary: 'Repositories and issues', tags: ['github'], sections: { issues: ['Issues live in repositories.'] } },
];

export function tenantState(skills: EmulatorSkill[] = DEFAULT_SKILLS): TenantState {
  return { scopedTokens: new Map(), widgetTokens: [], oauthApps: [], connectionTemplates: [], skills: structuredClone(skills) };
}

function skillMetadata(s: EmulatorSkill) {
  return { id: s.id, kind: s.kind, title: s.title, summary: s.summary, tags: s.tags, provenance: 'static markdown', version: '1', freshness: { state: 'static', checked_at: null }, warnings: [] };
}

/** A page of skills; the cursor is the offset, opaque to the client. */
function skillPage(list: EmulatorSkill[], req: ReceivedRequest, pageSize: number): Reply {
  const limit = Math.min(Number(req.query.get('limit') ?? 20), pageSize);
  const offset = Number(req.query.get('cursor') ?? 0);
  const data = list.slice(offset, offset + limit).map(skillMetadata);
  return { body: { data, next_cursor: offset + limit < list.length ? String(offset + limit) : null } };
}

/** `GET …/scoped-token/info`: authenticated by the scoped token itself, not an application token. */
export function scopedTokenInfo(state: TenantState, deps: TenantDeps, req: ReceivedRequest): Reply {
  const header = req.headers.authorization ?? '';
  const wsId = state.scopedTokens.get(header.startsWith('Bearer ') ? header.slice(7) : '');
  const ws = wsId ? deps.workspaceById(wsId) : undefined;
  if (!ws) return deps.error(401, 'Invalid or missing scoped token');
  return { body: { organization_id: deps.organizationId, workspace_id: ws.id, workspace_name: ws.name } };
}

/** The tenant endpoints that take an application token; undefined for any other request. */
export function tenantRoute(state: TenantState, deps: TenantDeps, req: ReceivedRequest): Reply | undefined {
  const { method, path } = req;
  const seg = path.split('/').map(decodeURIComponent);
  const body = req.json as Record<string, unknown> | undefined;
  if (method === 'POST' && path === '/api/v1/account/applications/scoped-token') {
    const ws = deps.tenantWorkspace(body!.workspace_name as string);
    const token = `scoped-${randomUUID()}`;
    state.scopedTokens.set(token, ws.id);
    return { body: { token } };
  }
  if (method === 'POST' && path === '/api/v1/account/applications/widget-token') {
    const ws = deps.tenantWorkspace(body!.workspace_name as string);
    const token = `widget-${randomUUID()}`;
    state.widgetTokens.push({ token, workspace_id: ws.id, allowed_origin: body!.allowed_origin as string });
    return { body: { token } };
  }
  if (method === 'PUT' && path === '/api/v1/oauth/credentials') {
    const definitionId = body!.connector_definition_id as string;
    if (!deps.definitions[definitionId]) return deps.error(422, 'Unknown connector definition', [{ field: 'connector_definition_id', message: 'Unknown connector definition' }]);
    let app = state.oauthApps.find((a) => a.connector_definition_id === definitionId);
    if (!app) {
      app = { id: randomUUID(), connector_definition_id: definitionId, configuration: {}, created_at: now(), updated_at: now() };
      state.oauthApps.push(app);
    }
    app.configuration = body!.configuration as Record<string, unknown>;
    app.updated_at = now();
    const { configuration: _secret, ...shown } = app;
    return { body: { ...shown, scope_type: 'organization', scope_id: deps.organizationId, connector_type: 'source' } };
  }
  if (method === 'DELETE' && path.startsWith('/api/v1/oauth/credentials/connector_type/') && seg.length === 7) {
    const type = seg[6]!.toLowerCase();
    const definitionId = Object.entries(deps.definitions).find(([, n]) => n.toLowerCase() === type)?.[0];
    const i = state.oauthApps.findIndex((a) => a.connector_definition_id === definitionId);
    if (i >= 0) state.oauthApps.splice(i, 1);
    return { status: 204 };
  }
  if (path === '/api/v1/integrations/templates/connections') {
    if (method === 'GET') {
      const tags = req.query.getAll('tags');
      const any = req.query.get('tags_mode') === 'any';
      const data = state.connectionTemplates.filter((t) => {
        const own = t.tags as string[];
        return tags.length === 0 || (any ? tags.some((x) => own.includes(x)) : tags.every((x) => own.includes(x)));
      });
      return { body: { data } };
    }
    if (method === 'POST') {
      const hosted = body!.data_hosting_type === 'airbyte_hosted';
      const template: Record<string, unknown> = {
        id: randomUUID(),
        organization_id: deps.organizationId,
        destination_name: hosted ? 'Airbyte-managed storage' : body!.destination_name,
        icon: null,
        cron_expression: body!.cron_expression ?? null,
        data_hosting_type: hosted ? 'airbyte_hosted' : 'user_hosted',
        tags: [],
        created_at: now(),
        updated_at: now(),
        ...(hosted
          ? {}
          : {
              destination_definition_id: body!.destination_definition_id,
              destination_config: body!.destination_config,
              non_breaking_changes_preference: body!.non_breaking_changes_preference ?? 'ignore',
              sync_on_create: body!.sync_on_create ?? true,
            }),
      };
      state.connectionTemplates.push(template);
      return { body: template };
    }
  }
  if (path.startsWith('/api/v1/integrations/templates/connections/') && seg.length === 7) {
    const t = state.connectionTemplates.find((x) => x.id === seg[6]);
    if (!t) return deps.error(404, 'Connection template not found');
    if (method === 'GET') return { body: t };
    if (method === 'PATCH') {
      for (const [k, v] of Object.entries(body!)) if (v !== null && v !== undefined) t[k] = v;
      t.updated_at = now();
      return { body: t };
    }
    if (method === 'DELETE') {
      state.connectionTemplates.splice(state.connectionTemplates.indexOf(t), 1);
      return { body: { id: t.id, deleted_at: now() } };
    }
  }
  if (method === 'GET' && path === '/api/v1/skills') return skillPage(state.skills, req, deps.pageSize);
  if (method === 'GET' && path === '/api/v1/skills/search') {
    const words = req.query.get('query')!.toLowerCase().split(/\s+/);
    const found = state.skills.filter((s) => words.some((w) => [s.id, s.title, s.summary ?? '', ...s.tags].join(' ').toLowerCase().includes(w)));
    return skillPage(found, req, deps.pageSize);
  }
  if (method === 'GET' && path === '/api/v1/skills/docs') {
    const skill = state.skills.find((s) => s.id === req.query.get('id'));
    if (!skill) return deps.error(404, `Skill not found: ${req.query.get('id')}`);
    const section = req.query.get('section');
    if (section && !skill.sections[section]) return deps.error(404, `Section not found: ${section}`);
    const outline = Object.keys(skill.sections).map((id) => ({ id, title: id[0]!.toUpperCase() + id.slice(1), summary: null, available: true }));
    const content = section
      ? [{ type: 'heading', text: outline.find((o) => o.id === section)!.title, level: 2 }, ...skill.sections[section]!.map((text) => ({ type: 'paragraph', text }))]
      : [{ type: 'paragraph', text: skill.summary }];
    return { body: { metadata: skillMetadata(skill), outline, section_id: section ?? null, content } };
  }
  return undefined;
}
