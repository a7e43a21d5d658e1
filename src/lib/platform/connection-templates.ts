import { AacError } from '../errors.js';
import {
  isUuid,
  NonBreakingChangesPreference,
  type ConnectionTemplate,
  type ConnectionTemplateCreateRequest,
  type ConnectionTemplatePatchRequest,
} from './schemas.js';

/** What the flags of `connection-templates create|update` say. */
export interface ConnectionTemplateInput {
  airbyteHosted?: boolean;
  destinationName?: string;
  destinationDefinitionId?: string;
  destinationConfig?: Record<string, unknown>;
  cron?: string;
  nonBreakingChanges?: string;
  syncOnCreate?: boolean;
}

/** The fields a person sees of one connection template. */
export const CONNECTION_TEMPLATE_FIELDS = ['destination_name', 'id', 'data_hosting_type', 'cron_expression', 'tags', 'updated_at'];

/** A connection template id, checked before any request (the platform only knows UUIDs). */
export function connectionTemplateId(ref: string): string {
  if (isUuid(ref)) return ref;
  throw new AacError('usage', `"${ref}" is not a connection template id.`, { hint: 'Run `aac connection-templates` to list them with their ids.' });
}

function preference(value: string | undefined): ConnectionTemplatePatchRequest['non_breaking_changes_preference'] {
  return value === undefined ? undefined : NonBreakingChangesPreference.parse(value);
}

/** Airbyte-hosted (the platform manages the destination), or user-hosted with its destination named in full. */
export function createRequest(input: ConnectionTemplateInput): ConnectionTemplateCreateRequest {
  const cron = input.cron === undefined ? {} : { cron_expression: input.cron };
  if (input.airbyteHosted) return { data_hosting_type: 'airbyte_hosted', ...cron };
  const missing = [
    !input.destinationName && '--destination-name',
    !input.destinationDefinitionId && '--destination-definition-id',
    !input.destinationConfig && '--destination-config',
  ].filter(Boolean);
  if (missing.length) {
    throw new AacError('usage', `Missing ${missing.join(', ')} for a user-hosted connection template.`, {
      hint: 'Pass them, or --airbyte-hosted to let the platform manage the destination.',
    });
  }
  return {
    data_hosting_type: 'user_hosted',
    destination_name: input.destinationName!,
    destination_definition_id: input.destinationDefinitionId!,
    destination_config: input.destinationConfig!,
    ...cron,
    ...(input.nonBreakingChanges ? { non_breaking_changes_preference: preference(input.nonBreakingChanges) } : {}),
    ...(input.syncOnCreate === undefined ? {} : { sync_on_create: input.syncOnCreate }),
  };
}

export function patchRequest(input: ConnectionTemplateInput): ConnectionTemplatePatchRequest {
  const body: ConnectionTemplatePatchRequest = {};
  if (input.destinationName !== undefined) body.destination_name = input.destinationName;
  if (input.destinationConfig !== undefined) body.destination_config = input.destinationConfig;
  if (input.cron !== undefined) body.cron_expression = input.cron;
  if (input.nonBreakingChanges !== undefined) body.non_breaking_changes_preference = preference(input.nonBreakingChanges);
  if (input.syncOnCreate !== undefined) body.sync_on_create = input.syncOnCreate;
  if (Object.keys(body).length === 0) {
    throw new AacError('usage', 'Nothing to update.', { hint: 'Pass --destination-name, --destination-config, --cron, --non-breaking-changes or --[no-]sync-on-create.' });
  }
  return body;
}

export interface ConnectionTemplateSummary {
  id: string;
  destination: string;
  hosting: string | null;
  cron: string | null;
  tags: string;
}

export function summarizeConnectionTemplate(t: ConnectionTemplate): ConnectionTemplateSummary {
  return {
    id: t.id,
    destination: t.destination_name,
    hosting: t.data_hosting_type ?? null,
    cron: t.cron_expression ?? null,
    tags: Array.isArray(t.tags) ? t.tags.join(', ') : '',
  };
}
