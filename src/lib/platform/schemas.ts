import { z } from 'zod';

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
