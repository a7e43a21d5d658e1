import { describe, expect, it } from 'vitest';
import { loadAllConnectors } from '../../src/connectors/index.js';
import { execute } from '../../src/lib/engine/index.js';
import { buildRequest, paramLocation, pathParamNames, routeFor, splitRoute } from '../../src/lib/engine/request.js';
import type { ActionDef, ConnectorDef } from '../../src/lib/engine/types.js';
import { AacError } from '../../src/lib/errors.js';
import { connectorWith, failure, ref, runOpts, useServers } from './fixtures.js';

const serve = useServers();
const BASE = 'http://127.0.0.1:9/api';

interface Case {
  label: string;
  connector: ConnectorDef;
  action: ActionDef;
  /** Params that pick the route and fill every path param with a plain value. */
  params: Record<string, string>;
  name: string;
}

/** Every path param of every route (variants included) of every action of every connector. */
function cases(connectors: ConnectorDef[]): Case[] {
  const out: Case[] = [];
  for (const connector of connectors) {
    for (const [entity, e] of Object.entries(connector.entities)) {
      for (const [action, def] of Object.entries(e.actions)) {
        for (const variant of [undefined, ...(def.variants ?? [])]) {
          const route = variant?.route ?? def.route;
          const params: Record<string, string> = Object.fromEntries(pathParamNames(splitRoute(route).path).map((n) => [n, 'plain']));
          if (variant) params[variant.when] = 'plain';
          if (routeFor(def, params) !== route) continue;
          for (const name of Object.keys(params)) {
            if (paramLocation(def, name, route) !== 'path') continue;
            out.push({ label: `${connector.name} ${entity} ${action} ${route} {${name}}`, connector, action: def, params, name });
          }
        }
      }
    }
  }
  return out;
}

const connectors = await loadAllConnectors();
const all = cases(connectors);

describe('every path param of every connector stays one segment', () => {
  it('covers every connector whose routes have path params', () => {
    const withParams = connectors.filter((c) =>
      Object.values(c.entities).some((e) => Object.values(e.actions).some((a) => [a.route, ...(a.variants ?? []).map((v) => v.route)].some((r) => r.includes('{')))),
    );
    expect(connectors).toHaveLength(21);
    expect([...new Set(all.map((c) => c.connector.name))]).toEqual(withParams.map((c) => c.name));
    expect(all.length).toBeGreaterThan(100);
  });

  it.each(all.map((c) => [c.label, c] as const))('%s', async (_label, c) => {
    const config = Object.fromEntries(Object.keys(c.connector.config ?? {}).map((k) => [k, 'x']));
    for (const bad of ['..', '.', '']) {
      const err = await buildRequest(c.connector, c.action, { ...c.params, [c.name]: bad }, config, BASE).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AacError);
      expect((err as AacError).exitCode).toBe(4);
    }
    const request = await buildRequest(c.connector, c.action, { ...c.params, [c.name]: 'a/../b?c#d %' }, config, BASE);
    const url = new URL(request.url);
    const plain = new URL((await buildRequest(c.connector, c.action, c.params, config, BASE)).url);
    expect(url.origin).toBe('http://127.0.0.1:9');
    expect(url.pathname).toContain('a%2F..%2Fb%3Fc%23d%20%25');
    expect(url.pathname.split('/')).toHaveLength(plain.pathname.split('/').length);
    expect(url.search).toBe(plain.search);
    expect(url.hash).toBe('');
  });
});

describe('dot segments are refused before anything is sent', () => {
  const del = ref(connectorWith({ delete: { route: 'DELETE /v1/customers/{id}', kind: 'destructive' } }), 'delete');
  const comment = ref(connectorWith({ delete: { route: 'DELETE /rest/api/3/issue/{issueIdOrKey}/comment/{commentId}', kind: 'destructive' } }), 'delete');

  it.each(['..', '.'])('id=%s: exit 4 and no request', async (id) => {
    const s = await serve(() => ({ status: 204 }));
    const err = await failure(execute(del, { id }, runOpts(s.url)));
    expect(err).toMatchObject({ type: 'validation', exitCode: 4 });
    expect(err.message).toBe(`Path parameter "id" cannot be "${id}"; it must name one item.`);
    expect(s.requests).toHaveLength(0);
  });

  it('commentId=.. does not turn into DELETE /issue/PROJ-1/', async () => {
    const s = await serve(() => ({ status: 204 }));
    expect(await failure(execute(comment, { issueIdOrKey: 'PROJ-1', commentId: '..' }, runOpts(s.url)))).toMatchObject({ exitCode: 4 });
    expect(s.requests).toHaveLength(0);
  });

  it('a value with a slash and dots is sent as one encoded segment', async () => {
    const s = await serve(() => ({ status: 204 }));
    await execute(del, { id: '../../admin' }, runOpts(s.url));
    expect(s.requests).toHaveLength(1);
    expect(s.requests[0]!.path).toBe('/v1/customers/..%2F..%2Fadmin');
  });
});
