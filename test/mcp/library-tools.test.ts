import { afterEach, describe, expect, it } from 'vitest';
import { AacError, tools } from '../../src/lib/index.js';
import { manyCustomers, savedStripe } from '../helpers/mcp.js';
import type { TestServer } from '../helpers/server.js';
import { customer, KEY } from '../helpers/stripe.js';

let vendor: TestServer | undefined;
afterEach(async () => {
  await vendor?.close();
  vendor = undefined;
});

describe('tools() in the library', () => {
  it('returns the MCP tools as name, description, JSON Schema input and handler', async () => {
    vendor = await manyCustomers(5);
    const dir = await savedStripe(vendor.url);
    const list = tools({ env: { AAC_CONFIG_DIR: dir }, cwd: dir, readOnly: true, maxResultChars: 1000 });
    expect(list.map((t) => t.name)).toEqual(['list_connectors', 'list_entities', 'describe_entity', 'validate_operation', 'execute']);
    const execute = list.find((t) => t.name === 'execute')!;
    expect(execute.inputSchema).toMatchObject({ type: 'object', required: ['connector_id', 'entity', 'action'], properties: { max_items: { type: 'integer', minimum: 1 } } });
    const page = await execute.handler({ connector_id: 'stripe', entity: 'customers', action: 'list', params: { limit: 5 } });
    const n = (page.data as unknown[]).length;
    expect(n).toBeGreaterThan(0);
    expect(JSON.stringify(page).length).toBeLessThanOrEqual(1000);
    expect(page).toEqual({
      connector_id: 'stripe', mode: 'local', entity: 'customers', action: 'list',
      data: Array.from({ length: n }, (_, i) => customer(i + 1)), count: n, has_more: true, truncated: true,
      next: { limit: 5, starting_after: `cus_${n}` }, message: expect.stringContaining('cut to keep the result under 1000 characters'),
    });
    expect(vendor.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${KEY}`]);
  });

  it('rejects bad arguments and refused actions with an AacError, sending nothing', async () => {
    vendor = await manyCustomers(1);
    const dir = await savedStripe(vendor.url);
    const execute = tools({ env: { AAC_CONFIG_DIR: dir }, cwd: dir, readOnly: true }).find((t) => t.name === 'execute')!;
    const bad = await execute.handler({ connector_id: 'stripe', entity: 'customers' }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(AacError);
    expect((bad as AacError).message).toBe('Invalid arguments for execute: action: Invalid input: expected string, received undefined.');
    const refused = await execute.handler({ connector_id: 'stripe', entity: 'customers', action: 'delete', params: { id: 'cus_1' }, confirm: true }).catch((e: unknown) => e);
    expect((refused as AacError).type).toBe('usage');
    expect(vendor.requests).toEqual([]);
  });
});
