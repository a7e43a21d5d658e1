import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a reference is a platform id (a UUID) rather than a name. */
export const isUuid = (value: string): boolean => UUID.test(value);

/** Response shapes from the platform OpenAPI, reduced to the fields aac relies on; everything else passes through. */

export const TokenResponse = z
  .object({
    access_token: z.string().min(1),
    token_type: z.string(),
    expires_in: z.number(),
    organization_id: z.string().nullish(),
  })
  .loose();

export const WorkspaceStatus = z.enum(['active', 'inactive']);

export const Workspace = z
  .object({ id: z.string(), name: z.string(), status: WorkspaceStatus.optional(), organization_id: z.string().optional() })
  .loose();

export const WorkspaceList = z.object({ data: z.array(Workspace), next: z.string().nullish() }).loose();

export const WorkspaceStats = z.object({ active_count: z.number(), inactive_count: z.number(), total_count: z.number() }).loose();

export const Deleted = z.object({ id: z.string(), deleted_at: z.string() }).loose();

export const TemplateMode = z.enum(['DIRECT', 'REPLICATION', 'MULTI']);

export const TemplateListItem = z
  .object({ id: z.string(), name: z.string(), actor_definition_id: z.string(), connector_name: z.string().nullish() })
  .loose();

export const TemplateList = z.object({ data: z.array(TemplateListItem) }).loose();

export const Template = z.object({ id: z.string(), name: z.string(), source_definition_id: z.string() }).loose();

const SummarizedTemplate = z.object({ id: z.string(), name: z.string(), actor_definition_id: z.string() }).loose();

export const ConnectorListItem = z.object({ id: z.string(), name: z.string(), summarized_source_template: SummarizedTemplate }).loose();

export const ConnectorList = z.object({ data: z.array(ConnectorListItem) }).loose();

export const Connector = z.object({ id: z.string(), name: z.string(), source_template: Template }).loose();

export const ConnectorDeleteAccepted = z.object({ job_id: z.string() }).loose();

export const CheckResult = z
  .object({ id: z.string(), status: z.string().nullish(), error_message: z.string().nullish() })
  .loose();

export const Inspect = z.object({ connector_id: z.string(), name: z.string(), workspace_id: z.string() }).loose();

export const ExecuteResponse = z
  .object({ status: z.string(), result: z.unknown(), connector_metadata: z.unknown(), execution_metadata: z.unknown() })
  .loose();

export const DefinitionSummary = z.object({ sourceDefinitionId: z.string().nullish(), name: z.string() }).loose();

export const DefinitionList = z.object({ definitions: z.array(DefinitionSummary) }).loose();

export const Definition = z.object({ id: z.string(), definition: z.object({ name: z.string() }).loose() }).loose();

export type TokenResponse = z.infer<typeof TokenResponse>;
export type Workspace = z.infer<typeof Workspace>;
export type WorkspaceStatus = z.infer<typeof WorkspaceStatus>;
export type WorkspaceStats = z.infer<typeof WorkspaceStats>;
export type Deleted = z.infer<typeof Deleted>;
export type TemplateMode = z.infer<typeof TemplateMode>;
export type TemplateListItem = z.infer<typeof TemplateListItem>;
export type Template = z.infer<typeof Template>;
export type ConnectorListItem = z.infer<typeof ConnectorListItem>;
export type Connector = z.infer<typeof Connector>;
export type CheckResult = z.infer<typeof CheckResult>;
export type Inspect = z.infer<typeof Inspect>;
export type ExecuteResponse = z.infer<typeof ExecuteResponse>;
export type DefinitionSummary = z.infer<typeof DefinitionSummary>;
export type Definition = z.infer<typeof Definition>;

/** Request bodies, typed from the OpenAPI request schemas. */
export interface TemplateCreateRequest {
  actor_definition_id: string;
  name?: string;
  partial_default_config: Record<string, unknown>;
  mode?: TemplateMode;
}

export interface WorkspaceUpdateRequest {
  name?: string;
  status?: WorkspaceStatus;
  cache_enabled?: boolean;
}

export interface ConnectorCreateRequest {
  workspace_name: string;
  name?: string;
  definition_id?: string;
  connector_type?: string;
  source_template_id?: string;
  credentials?: Record<string, unknown>;
  replication_config?: Record<string, unknown>;
  environment?: Record<string, unknown>;
  server_side_oauth_secret_id?: string;
}

export interface ConnectorListQuery {
  workspace_id?: string;
  workspace_name?: string;
  definition_id?: string;
}

export interface ExecuteRequest {
  entity: string;
  action: string;
  params?: Record<string, unknown>;
  select_fields?: string[];
  exclude_fields?: string[];
  skip_truncation?: boolean;
  intent?: string;
}

// Tenants: scoped and widget tokens, OAuth apps, connection templates, skills.

export const IssuedTenantToken = z.object({ token: z.string().min(1) }).loose();

export const ScopedTokenInfo = z.object({ organization_id: z.string(), workspace_id: z.string(), workspace_name: z.string() }).loose();

export const OAuthCredentials = z
  .object({ id: z.string(), scope_type: z.string(), connector_definition_id: z.string(), updated_at: z.string().optional() })
  .loose();

export const DataHostingType = z.enum(['user_hosted', 'airbyte_hosted']);

export const ConnectionTemplate = z
  .object({ id: z.string(), destination_name: z.string(), data_hosting_type: DataHostingType.optional(), cron_expression: z.string().nullish() })
  .loose();

export const ConnectionTemplateList = z.object({ data: z.array(ConnectionTemplate) }).loose();

export const NonBreakingChangesPreference = z.enum(['ignore', 'disable', 'propagate_columns', 'propagate_fully']);

export const Skill = z.object({ id: z.string(), kind: z.string(), title: z.string(), summary: z.string().nullish() }).loose();

export const SkillList = z.object({ data: z.array(Skill), next_cursor: z.string().nullish() }).loose();

export const SkillContentBlock = z
  .object({
    type: z.string(),
    text: z.string().nullish(),
    level: z.number().nullish(),
    items: z.array(z.string()).nullish(),
    language: z.string().nullish(),
    code: z.string().nullish(),
    headers: z.array(z.string()).nullish(),
    rows: z.array(z.array(z.string())).nullish(),
  })
  .loose();

export const SkillDocs = z
  .object({
    metadata: Skill,
    outline: z.array(z.object({ id: z.string(), title: z.string(), summary: z.string().nullish() }).loose()),
    section_id: z.string().nullish(),
    content: z.array(SkillContentBlock).optional(),
  })
  .loose();

export type IssuedTenantToken = z.infer<typeof IssuedTenantToken>;
export type ScopedTokenInfo = z.infer<typeof ScopedTokenInfo>;
export type OAuthCredentials = z.infer<typeof OAuthCredentials>;
export type ConnectionTemplate = z.infer<typeof ConnectionTemplate>;
export type Skill = z.infer<typeof Skill>;
export type SkillDocs = z.infer<typeof SkillDocs>;
export type SkillContentBlock = z.infer<typeof SkillContentBlock>;

export interface ScopedTokenRequest {
  workspace_name: string;
}

export interface WidgetTokenRequest {
  workspace_name: string;
  allowed_origin: string;
}

export interface OAuthCredentialsRequest {
  connector_definition_id: string;
  configuration: Record<string, unknown>;
}

export interface TemplateUpdateRequest {
  name?: string;
  mode?: TemplateMode;
  partial_default_config?: Record<string, unknown>;
  propagate?: boolean;
}

/** Credentials travel in `replication_config`, the only configuration an update takes. */
export interface ConnectorUpdateRequest {
  name?: string;
  replication_config?: Record<string, unknown>;
}

export type ConnectionTemplateCreateRequest =
  | { data_hosting_type: 'airbyte_hosted'; cron_expression?: string }
  | {
      data_hosting_type: 'user_hosted';
      destination_name: string;
      destination_definition_id: string;
      destination_config: Record<string, unknown>;
      cron_expression?: string;
      non_breaking_changes_preference?: z.infer<typeof NonBreakingChangesPreference>;
      sync_on_create?: boolean;
    };

export interface ConnectionTemplatePatchRequest {
  destination_name?: string;
  destination_config?: Record<string, unknown>;
  cron_expression?: string;
  non_breaking_changes_preference?: z.infer<typeof NonBreakingChangesPreference>;
  sync_on_create?: boolean;
}

export interface ConnectionTemplateListQuery {
  tags?: string[];
  tags_mode?: 'all' | 'any';
}
