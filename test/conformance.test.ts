import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { connectorNames, loadConnector } from '../src/connectors/index.js';
import { dryRun, resolveAction, validate } from '../src/lib/engine/index.js';
import { paramLocation, pathParamNames, splitRoute } from '../src/lib/engine/request.js';
import { currentActions, currentEntities } from '../src/lib/engine/deprecation.js';
import type { ActionDef, ConnectorDef } from '../src/lib/engine/types.js';
import { resolveLocal } from '../src/lib/connection.js';
import { AacError } from '../src/lib/errors.js';
import { runCli } from './helpers/cli.js';
import { startServer } from './helpers/server.js';

const SPECS = resolve(import.meta.dirname, '../../shared/reference/airbyte-specs');
/** In CI the reference specs must be there: their checks fail instead of being skipped. */
const specsMissing = !existsSync(SPECS);
if (specsMissing && process.env.CI) {
  throw new Error(`CI is set but the reference specs are missing at ${SPECS}: the spec-conformance checks cannot run.`);
}

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; additionalProperties?: unknown; required?: string[]; enum?: unknown[]; items?: Schema; anyOf?: Schema[]; default?: unknown; minimum?: number; format?: string };

/** A value that satisfies a JSON Schema well enough to build a request; objects get every property, to a depth. */
function sample(s: Schema, depth = 0): unknown {
  if (s.default !== undefined) return s.default;
  if (s.enum) return s.enum[0];
  if (s.anyOf) return sample(s.anyOf.find((a) => a.type !== 'null') ?? s.anyOf[0]!, depth);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return true;
    case 'array':
      return [sample(s.items ?? { type: 'string' }, depth + 1)];
    case 'object': {
      if (!s.properties && s.additionalProperties) {
        return { key1: typeof s.additionalProperties === 'object' ? sample(s.additionalProperties as Schema, depth + 1) : 'x1' };
      }
      const keys = depth < 3 ? Object.keys(s.properties ?? {}) : (s.required ?? []);
      return Object.fromEntries(keys.map((k) => [k, sample(s.properties?.[k] ?? {}, depth + 1)]));
    }
    default:
      return s.format === 'email' ? 'a@example.com' : s.format === 'date-time' ? '2026-01-01T00:00:00Z' : 'x1';
  }
}

function requiredSample(def: ActionDef): Record<string, unknown> {
  if (!def.params) return {};
  const schema = z.toJSONSchema(def.params, { unrepresentable: 'any', io: 'input' }) as Schema;
  return Object.fromEntries((schema.required ?? []).map((k) => [k, sample(schema.properties?.[k] ?? {})]));
}

/** Made-up credentials and settings, enough for a dry run. */
function requestOptions(connector: ConnectorDef) {
  const values = Object.fromEntries(Object.values(connector.auth).flatMap((s) => Object.keys(s.fields)).map((f) => [f, `secret-${f}`]));
  const config = Object.fromEntries(Object.keys(connector.config ?? {}).map((k) => [k, k.endsWith('_url') ? 'https://acme.example.com' : 'acme']));
  return { config, auth: { scheme: Object.keys(connector.auth)[0]!, values } };
}

const connectors: ConnectorDef[] = await Promise.all(connectorNames.map((n) => loadConnector(n)));

describe.each(connectors.map((c) => [c.name, c] as const))('connector %s', (_name, connector) => {
  it('has a definition id, server and auth schemes with documented env vars', () => {
    expect(connector.definitionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(connector.server).toMatch(/^(https:\/\/|\{[a-z_]+\}\/)/);
    expect(Object.keys(connector.auth).length).toBeGreaterThan(0);
    const envs = [...Object.values(connector.auth).flatMap((s) => Object.values(s.fields)), ...Object.values(connector.config ?? {})].map((f) => f.env);
    for (const env of envs) expect(env).toMatch(/^[A-Z][A-Z0-9_]*$/);
    for (const scheme of Object.values(connector.auth)) {
      const apply = scheme.apply;
      const fieldsOf = (source: string) => (source.includes('{') ? pathParamNames(source) : [source]);
      const used =
        apply.type === 'basic'
          ? [...fieldsOf(apply.username), ...fieldsOf(apply.password)]
          : apply.type === 'oauth2'
            ? ['refresh_token', 'client_id', 'client_secret']
            : [apply.field];
      for (const f of used) expect(Object.keys(scheme.fields)).toContain(f);
    }
  });

  it('leads every deprecated name to a current one', () => {
    for (const [name, e] of Object.entries(connector.entities)) {
      if (e.deprecated) expect(connector.entities[e.deprecated.use]?.deprecated, `entity ${name} → ${e.deprecated.use}`).toBeUndefined();
      if (e.deprecated) expect(Object.keys(connector.entities), `entity ${name} → ${e.deprecated.use}`).toContain(e.deprecated.use);
      for (const [a, def] of Object.entries(e.actions)) {
        if (def.deprecated) expect(e.actions[def.deprecated.use], `action ${name}.${a} → ${def.deprecated.use}`).toBeDefined();
      }
    }
  });

  const actions = Object.entries(connector.entities).flatMap(([entity, e]) => Object.keys(e.actions).map((action) => [entity, action] as const));

  it('fails with an authentication error (exit 2) when the environment has no credentials', async () => {
    const error = await resolveLocal(connector.name, undefined, { env: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AacError);
    expect((error as AacError).exitCode).toBe(2);
  });

  it('through the CLI: no credentials is exit 2 naming the variables, an unknown param exit 4 first; nothing is sent', async () => {
    const [entity, action] = actions.find(([e, a]) => resolveAction(connector, e, a).def.kind !== 'destructive' && !resolveAction(connector, e, a).def.download)!;
    const ref = resolveAction(connector, entity, action);
    const server = await startServer(() => ({ body: {} }));
    try {
      const run = (params: Record<string, unknown>) => runCli(['exec', connector.name, entity, action, '--params', JSON.stringify(params), '--base-url', server.url], { env: {} });
      const missing = await run(requiredSample(ref.def));
      expect(missing.code, missing.stderr).toBe(2);
      expect(missing.stdout).toBe('');
      const error = (JSON.parse(missing.stderr) as { error: { type: string; hint: string; details: { variables: string[] } } }).error;
      expect(error.type).toBe('authentication');
      const first = Object.values(Object.values(connector.auth)[0]!.fields).filter((f) => !f.optional).map((f) => f.env);
      for (const variable of first) expect(`${error.hint} ${error.details.variables.join(' ')}`).toContain(variable);
      const typo = await run({ ...requiredSample(ref.def), no_such_param: 1 });
      expect(typo.code).toBe(4);
      expect(JSON.parse(typo.stderr)).toMatchObject({ error: { type: 'validation' } });
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it.each(actions)('%s %s: every DELETE route is destructive; in, wire and variants name params; unknown params exit 4', (entity, action) => {
    const ref = resolveAction(connector, entity, action);
    const def = ref.def;
    const routes = [def.route, ...(def.variants ?? []).map((v) => v.route)];
    if (routes.some((r) => splitRoute(r).method === 'DELETE')) expect(def.kind, 'kind of a DELETE').toBe('destructive');
    const shape = Object.keys(def.params?.shape ?? {});
    for (const p of [...Object.keys(def.in ?? {}), ...Object.keys(def.wire ?? {}), ...(def.variants ?? []).map((v) => v.when)]) {
      expect(shape, `param ${p}`).toContain(p);
    }
    for (const r of routes) for (const p of pathParamNames(splitRoute(r).path)) expect(shape, `placeholder {${p}}`).toContain(p);
    let error: unknown;
    try {
      validate(ref, { ...requiredSample(def), no_such_param_xyz: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AacError);
    expect((error as AacError).exitCode).toBe(4);
    expect((error as AacError).message).toContain('no_such_param_xyz');
  });

  it.each(actions)('%s %s is well-formed and builds a request from its required params', async (entity, action) => {
    const ref = resolveAction(connector, entity, action);
    const def = ref.def;
    const { method, path } = splitRoute(def.route);
    expect(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).toContain(method);
    expect(path).toMatch(/^\//);
    const shape = Object.keys(def.params?.shape ?? {});
    for (const p of pathParamNames(path)) expect(shape, `path param ${p}`).toContain(p);
    for (const p of Object.keys(def.in ?? {})) expect(shape, `in: ${p}`).toContain(p);
    for (const p of shape) expect(['path', 'query', 'body', 'header']).toContain(paramLocation(def, p));
    const pg = def.paginate;
    if (pg && 'param' in pg && pg.type !== 'graphql') expect(shape, `pagination param ${pg.param}`).toContain(pg.param);
    if (pg?.type === 'graphql') expect(Object.values(def.graphql?.variables ?? {})).toContain(pg.param);
    if (def.graphql) {
      for (const source of Object.values(def.graphql.variables ?? {})) {
        const names = source.includes('{') ? pathParamNames(source) : [source];
        for (const n of names) expect(shape, `graphql variable source ${n}`).toContain(n);
      }
      if (def.graphql.query.includes('{{fields}}')) expect(def.graphql.defaultFields).toBeTruthy();
    }
    const params = validate(ref, requiredSample(def));
    const request = await dryRun(ref, params, requestOptions(connector));
    expect(request.url).toMatch(/^https:\/\//);
    expect(request.url).not.toContain('{');
  });
});

interface SpecParam {
  name: string;
  in: 'path' | 'query' | 'header' | 'body';
  schema: Schema;
}

interface SpecOp {
  entity: string;
  action: string;
  method: string;
  path: string;
  params: string[];
  /** Every documented param with its place and JSON Schema. */
  fields: SpecParam[];
}

function specOperations(name: string): SpecOp[] {
  const spec = parse(readFileSync(resolve(SPECS, `${name}.yaml`), 'utf8')) as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
    components?: { schemas?: Record<string, Schema> };
  };
  const deref = (s: unknown): Schema => {
    const r = (s as { $ref?: string })?.$ref;
    return r ? deref(spec.components?.schemas?.[r.split('/').pop()!]) : ((s ?? {}) as Schema);
  };
  /** A schema with its nested references resolved, to a depth (specs have cycles). */
  const resolved = (s: unknown, depth = 0): Schema => {
    const d = deref(s);
    if (depth > 4) return d;
    return {
      ...d,
      ...(d.properties ? { properties: Object.fromEntries(Object.entries(d.properties).map(([k, v]) => [k, resolved(v, depth + 1)])) } : {}),
      ...(d.items ? { items: resolved(d.items, depth + 1) } : {}),
      ...(d.anyOf ? { anyOf: d.anyOf.map((a) => resolved(a, depth + 1)) } : {}),
    };
  };
  const ops: SpecOp[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!op || typeof op !== 'object' || !op['x-airbyte-entity']) continue;
      const fields: SpecParam[] = ((op.parameters ?? []) as { name: string; in: SpecParam['in']; schema?: unknown }[]).map((p) => ({
        name: p.name,
        in: p.in,
        schema: resolved(p.schema),
      }));
      const content = (op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content ?? {};
      for (const media of Object.values(content).slice(0, 1)) {
        for (const [name, schema] of Object.entries(deref(media.schema).properties ?? {})) fields.push({ name, in: 'body', schema: resolved(schema) });
      }
      const params = fields.map((f) => f.name);
      const override = (op['x-airbyte-path-override'] as { path?: string } | undefined)?.path;
      ops.push({
        entity: String(op['x-airbyte-entity']),
        action: String(op['x-airbyte-action']),
        method: method.toUpperCase(),
        path: override ?? path,
        params,
        fields,
      });
    }
  }
  return ops;
}

describe.skipIf(specsMissing).each(connectors.map((c) => [c.name, c] as const))('connector %s against the reference spec', (name, connector) => {
  const ops = specsMissing ? [] : specOperations(name);

  it('has exactly the spec entities and actions under their current names', () => {
    const ours = currentEntities(connector).flatMap(([e, d]) => currentActions(d).map(([a]) => `${e}.${a}`)).sort();
    expect(ours).toEqual([...new Set(ops.map((o) => `${o.entity}.${o.action}`))].sort());
  });

  it.each(ops.map((o) => [`${o.entity}.${o.action}`, o] as const))('%s: same method, path and parameter names', (_k, op) => {
    const def = connector.entities[op.entity]!.actions[op.action]!;
    const routes = [def.route, ...(def.variants ?? []).map((v) => v.route)].map((r) => {
      const { method, path } = splitRoute(r);
      return `${method} ${path}`;
    });
    expect(routes).toContain(`${op.method} ${op.path}`);
    const ours = Object.keys(def.params?.shape ?? {});
    for (const p of op.params) expect(ours, `param ${p}`).toContain(p);
  });

  it.each(ops.map((o) => [`${o.entity}.${o.action}`, o] as const))(
    '%s: a request with every documented param set (values from the spec) sends each where the spec puts it',
    async (_k, op) => {
      const ref = resolveAction(connector, op.entity, op.action);
      const raw = Object.fromEntries(op.fields.filter((f) => !refused[`${name} ${op.entity}.${op.action}`]?.includes(f.name)).map((f) => [f.name, sample(f.schema)]));
      const params = validateOrOwnValues(ref, raw);
      const request = await dryRun(ref, params, requestOptions(connector));
      if (ref.def.graphql) return; // the spec's body is the GraphQL document, checked by test/graphql-documents.test.ts
      const url = new URL(request.url);
      const body = sentBody(request.body, ref.def.media);
      for (const f of op.fields) {
        const where = `${f.in} param ${f.name}`;
        if (f.in === 'query') expect([...url.searchParams.keys()].some((k) => k === f.name || k.startsWith(`${f.name}[`)), where).toBe(true);
        if (f.in === 'header') expect(request.headers[f.name.toLowerCase()], where).toBeDefined();
        if (f.in === 'path' && op.path.includes(`{${f.name}}`)) expect(decodeURIComponent(url.pathname), where).toContain(String(params[f.name]));
        if (f.in === 'body') expect(body.some((k) => k === f.name || k.startsWith(`${f.name}[`)), `${where} in ${JSON.stringify(body)}`).toBe(true);
      }
    },
  );
});

/** Params whose names Airbyte's definition has but whose values the connector refuses on purpose, with the reason in its error. */
const refused: Record<string, string[]> = {
  // Linear's project inputs have no `state` (the server rejects the mutation); the connector points to statusId
  'linear projects.create': ['state'],
  'linear projects.update': ['state'],
};

/**
 * The params validated; a value the spec's schema allows but ours is stricter about (an enum for a plain string)
 * is replaced by one made from our schema, since the check is about names and places, not values.
 */
function validateOrOwnValues(ref: ReturnType<typeof resolveAction>, raw: Record<string, unknown>): Record<string, unknown> {
  try {
    return validate(ref, raw);
  } catch (err) {
    const failed = ((err as AacError).details as { param: string }[] | undefined)?.map((d) => d.param.split('.')[0]!) ?? [];
    if (failed.length === 0) throw err;
    const ours = z.toJSONSchema(ref.def.params!, { unrepresentable: 'any', io: 'input' }) as Schema;
    return validate(ref, { ...raw, ...Object.fromEntries(failed.map((p) => [p, sample(ours.properties?.[p] ?? {})])) });
  }
}

/** The keys of a request body: JSON (unwrapped from a one-key root such as `data`), form, multipart or related. */
function sentBody(body: unknown, media?: { param: string; typeParam?: string }): string[] {
  if (body === undefined) return [];
  if (body instanceof FormData) return [...body.keys()];
  if (typeof body !== 'string') {
    const { metadata } = (body as { describe: { metadata: Record<string, unknown> } }).describe;
    return [...Object.keys(metadata), ...(media ? [media.param, ...(media.typeParam ? [media.typeParam] : [])] : [])];
  }
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const keys = Object.keys(json);
    const inner = keys.length === 1 && json[keys[0]!] && typeof json[keys[0]!] === 'object' ? Object.keys(json[keys[0]!] as object) : [];
    return [...keys, ...inner];
  } catch {
    return [...new URLSearchParams(body).keys()];
  }
}
