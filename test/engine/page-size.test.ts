import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { paginate } from '../../src/connectors/kit.js';
import { loadConnector } from '../../src/connectors/index.js';
import { resolveAction } from '../../src/lib/engine/index.js';
import { largestPage, withLargestPage } from '../../src/lib/engine/page-size.js';
import type { ActionDef } from '../../src/lib/engine/types.js';

async function largest(connector: string, entity: string, action = 'list') {
  return largestPage(resolveAction(await loadConnector(connector), entity, action).def);
}

describe('the largest page --all asks for', () => {
  it.each([
    ['stripe', 'customers', 'list', { param: 'limit', size: 100 }],
    ['github', 'issues', 'list', { param: 'per_page', size: 100 }],
    ['slack', 'channels', 'list', { param: 'limit', size: 1000 }],
    ['mailchimp', 'lists', 'list', { param: 'count', size: 1000 }],
    ['klaviyo', 'profiles', 'list', { param: 'page[size]', size: 100 }],
    // no max in the schema: the definition's pageSize hint
    ['jira', 'issues', 'api_search', { param: 'maxResults', size: 100 }],
  ])('%s %s %s: %j', async (connector, entity, action, expected) => {
    expect(await largest(connector, entity, action)).toEqual(expected);
  });

  it('an unbounded size param and no hint: the vendor default (nothing is added)', () => {
    const def: ActionDef = { route: 'GET /x', params: z.object({ limit: z.number().int().min(1).optional() }), paginate: paginate.link() };
    expect(largestPage(def)).toBeUndefined();
    expect(withLargestPage(def, {})).toEqual({});
  });

  it('a size the user passed is kept; a missing one is filled in; an action without pagination is left alone', () => {
    const def: ActionDef = { route: 'GET /x', params: z.object({ per_page: z.number().max(50).default(10) }), paginate: paginate.link() };
    expect(withLargestPage(def, { per_page: 5 })).toEqual({ per_page: 5 });
    expect(withLargestPage(def, { q: 'a' })).toEqual({ q: 'a', per_page: 50 });
    expect(withLargestPage({ ...def, paginate: undefined }, {})).toEqual({});
  });
});
