import { z } from 'zod';
import { actionKind, resolveAction, resolveEntityName, returnsList } from './engine/index.js';
import { paramLocation, splitRoute } from './engine/request.js';
import type { ActionDef, ConnectorDef, FieldDef } from './engine/types.js';

export interface ParamInfo {
  name: string;
  type: string;
  required: boolean;
  in: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
};

export function paramsSchema(def: ActionDef): JsonSchema {
  if (!def.params) return { type: 'object', properties: {} };
  return z.toJSONSchema(def.params, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
}

function typeName(s: JsonSchema): string {
  if (s.anyOf) return s.anyOf.map(typeName).join(' | ');
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  const t = Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'any');
  return t === 'array' && s.items ? `${typeName(s.items)}[]` : t;
}

export function paramInfo(def: ActionDef): ParamInfo[] {
  const schema = paramsSchema(def);
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, s]) => ({
    name,
    type: typeName(s),
    required: required.has(name),
    in: paramLocation(def, name),
    ...(s.description ? { description: s.description } : {}),
    ...(s.default !== undefined ? { default: s.default } : {}),
    ...(s.enum ? { enum: s.enum } : {}),
  }));
}

function fieldInfo(fields: Record<string, FieldDef>, secretByDefault: boolean) {
  return Object.fromEntries(
    Object.entries(fields).map(([name, f]) => [
      name,
      {
        env: f.env,
        required: !f.optional,
        secret: f.secret ?? secretByDefault,
        ...(f.title ? { title: f.title } : {}),
        ...(f.description ? { description: f.description } : {}),
        ...(f.default !== undefined ? { default: f.default } : {}),
      },
    ]),
  );
}

/** Where an action sits: for its example command line and the fields of the records it returns. */
export interface ActionPlace {
  connector: string;
  entity: string;
  action: string;
  /** The entity's main record fields (its table columns). */
  columns?: readonly string[];
}

/** A shell-safe placeholder for a required param: its first allowed value, else its name in capitals. */
function placeholder(p: ParamInfo): string {
  const first = p.enum?.[0];
  return first !== undefined ? String(first) : p.name.toUpperCase();
}

/** `aac exec stripe customers get -p id=ID`: the action with its required params. */
export function exampleCommand(place: ActionPlace, params: ParamInfo[]): string {
  const required = params.filter((p) => p.required).map((p) => ` -p ${p.name}=${placeholder(p)}`);
  return `aac exec ${place.connector} ${place.entity} ${place.action}${required.join('')}`;
}

export function describeAction(def: ActionDef, place: ActionPlace) {
  const { method, path } = splitRoute(def.route);
  const params = paramInfo(def);
  const kind = actionKind(def);
  const list = returnsList({ def, action: place.action });
  return {
    method,
    path,
    kind,
    ...(def.deprecated ? { deprecated: def.deprecated } : {}),
    ...(def.description ? { description: def.description } : {}),
    ...(def.graphql ? { graphql: true } : {}),
    ...(def.paginate ? { pagination: def.paginate.type } : {}),
    example: exampleCommand(place, params),
    returns: list ? ('records' as const) : ('record' as const),
    ...(place.columns?.length && kind !== 'destructive' ? { fields: [...place.columns] } : {}),
    params,
    input_schema: paramsSchema(def),
  };
}

export function describeConnector(connector: ConnectorDef) {
  return {
    name: connector.name,
    title: connector.title,
    definition_id: connector.definitionId,
    ...(connector.docsUrl ? { docs_url: connector.docsUrl } : {}),
    server: connector.server,
    config: fieldInfo(connector.config ?? {}, false),
    auth: Object.fromEntries(
      Object.entries(connector.auth).map(([name, s]) => [
        name,
        { title: s.title, type: s.apply.type, ...(s.description ? { description: s.description } : {}), fields: fieldInfo(s.fields, true) },
      ]),
    ),
    entities: Object.fromEntries(
      Object.entries(connector.entities).map(([name, e]) => [
        name,
        {
          ...(e.description ? { description: e.description } : {}),
          ...(e.deprecated ? { deprecated: e.deprecated } : {}),
          actions: Object.fromEntries(
            Object.entries(e.actions).map(([a, def]) => [a, describeAction(def, { connector: connector.name, entity: name, action: a, columns: e.columns })]),
          ),
        },
      ]),
    ),
  };
}

/** The part of a connector `aac describe` was asked about: the whole connector, one entity, or one action. */
export function describe(connector: ConnectorDef, entity?: string, action?: string) {
  const full = describeConnector(connector);
  if (!entity) return full;
  if (!action) {
    const current = resolveEntityName(connector, entity);
    const deprecated = connector.entities[entity]?.deprecated;
    return { connector: connector.name, entity, ...full.entities[current], ...(deprecated ? { deprecated } : {}) };
  }
  const ref = resolveAction(connector, entity, action);
  const deprecated = connector.entities[entity]?.deprecated ?? connector.entities[ref.entity]?.actions[action]?.deprecated;
  return { connector: connector.name, entity, action, ...full.entities[ref.entity]!.actions[ref.action]!, ...(deprecated ? { deprecated } : {}) };
}
