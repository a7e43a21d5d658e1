import { describe, expect, it } from 'vitest';
import { expectNoSecrets, platformWithStripe } from '../helpers/hosted.js';
import { expectSameText, mcpSessions } from '../helpers/mcp.js';
import { envCredentials, platformCli } from '../helpers/platform.js';
import { CUSTOMERS, KEY } from '../helpers/stripe.js';

const start = platformWithStripe();
const session = mcpSessions();
const EXECUTE = /^\/api\/v1\/integrations\/connectors\/[^/]+\/execute$/;

describe('aac mcp on a hosted connector', () => {
  it('lists it as hosted and runs it through the platform, in the same shape as local, with intent passed on', async () => {
    const { em } = await start();
    const cli = platformCli(em, envCredentials);
    expect((await cli.run(['templates', 'register', 'stripe'])).code).toBe(0);
    const created = await cli.run(['connectors', 'create', 'stripe', '--hosted', '--name', 'billing', '--json'], { env: { STRIPE_API_KEY: KEY } });
    expect(created.code).toBe(0);
    const id = (JSON.parse(created.stdout) as { id: string }).id;
    em.requests.length = 0;
    const { call } = await session({ AAC_CONFIG_DIR: cli.configDir, AAC_PLATFORM_URL: em.url, ...envCredentials });

    const listed = await call('list_connectors');
    expect(listed.structuredContent).toEqual({ connectors: [expect.objectContaining({ name: 'billing', type: 'stripe', mode: 'hosted', id, saved: true })] });

    const page = await call('execute', { connector_id: 'billing', entity: 'customers', action: 'list', params: { limit: 2 }, intent: 'find churned customers' });
    expectSameText(page);
    expect(page.structuredContent).toEqual({ connector_id: 'billing', mode: 'hosted', entity: 'customers', action: 'list', data: CUSTOMERS.slice(0, 2), count: 2, has_more: true, next: { limit: 2, starting_after: 'cus_2' }, message: expect.stringContaining('Call execute again with params set to `next`') });
    const all = await call('execute', { connector_id: 'billing', entity: 'customers', action: 'list', params: { limit: 3 }, max_items: 5, fields: ['id'] });
    expect(all.structuredContent).toMatchObject({ mode: 'hosted', data: CUSTOMERS.slice(0, 5).map((c) => ({ id: c.id })), count: 5, has_more: true, next: { limit: 3, starting_after: 'cus_5' } });

    const executes = em.requests.filter((r) => EXECUTE.test(r.path)).map((r) => r.json);
    expect(executes[0]).toEqual({ entity: 'customers', action: 'list', params: { limit: 2 }, intent: 'find churned customers' });
    expect(executes.slice(1)).toEqual([
      { entity: 'customers', action: 'list', params: { limit: 3 }, select_fields: ['id'] },
      { entity: 'customers', action: 'list', params: { limit: 3, starting_after: 'cus_3' }, select_fields: ['id'] },
    ]);
    const refused = await call('execute', { connector_id: 'billing', entity: 'customers', action: 'delete', params: { id: 'cus_1' } });
    expect(refused.isError).toBe(true);
    expect(em.requests.filter((r) => EXECUTE.test(r.path))).toHaveLength(3);
    expectNoSecrets(em, JSON.stringify([listed, page, all, refused]));
  });
});
