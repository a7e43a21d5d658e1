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

const SPECS = resolve(import.meta.dirname, '../../shared/reference/airbyte-specs');
/** In CI the reference specs must be there: their checks fail instead of being skipped. */
const specsMissing = !existsSync(SPECS);
if (specsMissing && process.env.CI) {
  throw new Error(`CI is set but the reference specs are missing at ${SPECS}: the spec-conformance checks cannot run.`);
}

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; enum?: unknown[]; items?: Schema; anyOf?: Schema[]; default?: unknown; minimum?: number; format?: string };

/** A value that satisfies a JSON Schema well enough to build a request. */
function sample(s: Schema): unknown {
  if (s.default !== undefined) return s.default;
  if (s.enum) return s.enum[0];
  if (s.anyOf) return sample(s.anyOf.find((a) => a.type !== 'null') ?? s.anyOf[0]!);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return true;
    case 'array':
      return [sample(s.items ?? { type: 'string' })];
    case 'object':
      return Object.fromEntries((s.required ?? []).map((k) => [k, sample(s.properties?.[k] ?? {})]));
    default:
      return s.format === 'email' ? 'a@example.com' : s.format === 'date-time' ? '2026-01-01T00:00:00Z' : 'x1';
  }
}

function requiredSample(def: ActionDef): Record<string, unknown> {
  if (!def.params) return {};
  const schema = z.toJSONSchema(def.params, { unrepresentable: 'any', io: 'input' }) as Schema;
  return Object.fromEntries((schema.required ?? []).map((k) => [k, sample(schema.properties?.[k] ?? {})]));
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
    const values = Object.fromEntries(
      Object.values(connector.auth).flatMap((s) => Object.keys(s.fields)).map((f) => [f, `secret-${f}`]),
    );
    const config = Object.fromEntries(Object.keys(connector.config ?? {}).map((k) => [k, k.endsWith('_url') ? 'https://acme.example.com' : 'acme']));
    const scheme = Object.keys(connector.auth)[0]!;
    const request = await dryRun(ref, params, { config, auth: { scheme, values } });
    expect(request.url).toMatch(/^https:\/\//);
    expect(request.url).not.toContain('{');
  });
});

interface SpecOp {
  entity: string;
  action: string;
  method: string;
  path: string;
  params: string[];
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
  const ops: SpecOp[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!op || typeof op !== 'object' || !op['x-airbyte-entity']) continue;
      const params = ((op.parameters ?? []) as { name: string }[]).map((p) => p.name);
      const content = (op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content ?? {};
      for (const media of Object.values(content)) params.push(...Object.keys(deref(media.schema).properties ?? {}));
      const override = (op['x-airbyte-path-override'] as { path?: string } | undefined)?.path;
      ops.push({
        entity: String(op['x-airbyte-entity']),
        action: String(op['x-airbyte-action']),
        method: method.toUpperCase(),
        path: override ?? path,
        params,
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
});
