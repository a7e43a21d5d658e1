/**
 * Compile-time checks of the connector kit and the typed library. `tsc -p tsconfig.json` checks this file:
 * each `@ts-expect-error` line must fail to compile, or tsc reports the directive as unused.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { bearer, defineConnector, defineEntities } from '../src/connectors/kit.js';
import type { Placeholders } from '../src/lib/engine/types.js';
import { connect, type ParamsOf, type TypedConnector } from '../src/lib/index.js';

const base = {
  name: 'typed',
  title: 'Typed',
  definitionId: '00000000-0000-0000-0000-000000000000',
  server: 'https://api.invalid',
  auth: { token: bearer({ field: 'token', env: 'TYPED_TOKEN' }) },
};
const byId = z.object({ id: z.string(), expand: z.string().optional() });

describe('defineConnector checks each action against its own params', () => {
  it('accepts keys and placeholders that name params', () => {
    const c = defineConnector({
      ...base,
      entities: {
        things: {
          actions: {
            get: {
              route: 'GET /things/{id}',
              params: byId,
              in: { expand: 'header' },
              wire: { expand: 'X-Expand' },
              variants: [{ when: 'expand', route: 'GET /things/{id}/{expand}' }],
            },
            list: { route: 'GET /things' },
          },
        },
      },
    });
    expectTypeOf(c.entities.things.actions.get.route).toEqualTypeOf<'GET /things/{id}'>();
  });

  it('rejects an `in` key that names no param', () => {
    defineConnector({
      ...base,
      // @ts-expect-error `nope` is not a param of things.get
      entities: { things: { actions: { get: { route: 'GET /things/{id}', params: byId, in: { nope: 'query' } } } } },
    });
  });

  it('rejects a `wire` key that names no param', () => {
    defineConnector({
      ...base,
      // @ts-expect-error `nope` is not a param of things.get
      entities: { things: { actions: { get: { route: 'GET /things/{id}', params: byId, wire: { nope: 'Nope' } } } } },
    });
  });

  it('rejects a `variants.when` that names no param', () => {
    defineConnector({
      ...base,
      // @ts-expect-error `nope` is not a param of things.get
      entities: { things: { actions: { get: { route: 'GET /things/{id}', params: byId, variants: [{ when: 'nope', route: 'GET /x/{id}' }] } } } },
    });
  });

  it('rejects a route placeholder that names no param, in the route and in a variant', () => {
    defineConnector({
      ...base,
      // @ts-expect-error {thing_id} is not a param of things.get
      entities: { things: { actions: { get: { route: 'GET /things/{thing_id}', params: byId } } } },
    });
    defineConnector({
      ...base,
      // @ts-expect-error {other} is not a param of things.get
      entities: { things: { actions: { get: { route: 'GET /things/{id}', params: byId, variants: [{ when: 'expand', route: 'GET /x/{other}' }] } } } },
    });
  });

  it('rejects a placeholder in an action without params', () => {
    // @ts-expect-error {id} names no param: the action has none
    defineEntities({ things: { actions: { get: { route: 'GET /things/{id}' } } } });
  });

  it('applies the same check to entity groups written apart', () => {
    // @ts-expect-error `nope` is not a param of things.get
    defineEntities({ things: { actions: { get: { route: 'GET /things/{id}', params: byId, in: { nope: 'body' } } } } });
  });

  it('reads placeholders out of a route', () => {
    expectTypeOf<Placeholders<'GET /a/{x}/b/{y}.json'>>().toEqualTypeOf<'x' | 'y'>();
    expectTypeOf<Placeholders<'GET /a'>>().toEqualTypeOf<never>();
  });
});

describe('connect() is typed connector → entity → action → params', () => {
  // Only type positions: nothing here runs a request.
  type Stripe = Awaited<ReturnType<typeof connect<'stripe'>>>;

  it('knows the entities, actions and params of a connector type', () => {
    expectTypeOf<Stripe>().toExtend<TypedConnector<Stripe['definition']>>();
    expectTypeOf<Parameters<Stripe['execute']>[0]>().toExtend<string>();
    expectTypeOf<ParamsOf<Stripe['definition']['entities']['customers']['actions']['list']>>().toHaveProperty('limit');
    const run = async (stripe: Stripe) => {
      await stripe.execute('customers', 'list', { limit: 1, email: 'a@b.co' });
      await stripe.execute('customers', 'get', { id: 'cus_1' });
      // @ts-expect-error unknown entity
      await stripe.execute('custmers', 'list', {});
      // @ts-expect-error unknown action
      await stripe.execute('customers', 'lsit', {});
      // @ts-expect-error unknown param
      await stripe.execute('customers', 'list', { limt: 1 });
      // @ts-expect-error a param of the wrong type
      await stripe.execute('customers', 'list', { limit: 'ten' });
      // @ts-expect-error unknown entity in records()
      stripe.records('custmers', 'list');
    };
    expectTypeOf(run).toBeFunction();
  });

  it('keeps the untyped interface for a name known only at run time', () => {
    const run = async (name: string) => (await connect(name)).execute('anything', 'goes', { any: 1 });
    expectTypeOf(run).returns.resolves.toHaveProperty('data');
  });
});
