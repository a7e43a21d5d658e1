import { describe, expect, it } from 'vitest';
import type { PlatformEmulator } from '../helpers/platform-emulator.js';
import { errorOf, useEmulator } from '../helpers/platform.js';

const STRIPE = 'e094cb9a-26de-4645-8761-65c0c425d1de';
const GITHUB = 'ef69ef6e-aa7f-4af1-a01d-ef775033524e';
const TEMPLATES = '/api/v1/integrations/templates/sources';

const { loggedIn } = useEmulator();

const posts = (em: PlatformEmulator) => em.apiRequests().filter((r) => r.method === 'POST' && r.path === TEMPLATES);

describe('aac templates register', { timeout: 90_000 }, () => {
  it('registers the connector once; the second run reports the existing template and exits 0', async () => {
    const { em, cli } = await loggedIn();
    const first = await cli.run(['templates', 'register', 'stripe']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const id = em.templates[0]!.id;
    expect(JSON.parse(first.stdout)).toEqual({
      status: 'created',
      template: { id, name: 'Stripe', connector: 'Stripe', definition_id: STRIPE, mode: 'DIRECT' },
    });
    expect(posts(em).map((r) => r.json)).toEqual([{ actor_definition_id: STRIPE, name: 'Stripe', partial_default_config: {}, mode: 'DIRECT' }]);

    const second = await cli.run(['templates', 'register', 'stripe']);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    expect(JSON.parse(second.stdout)).toEqual({
      status: 'exists',
      template: { id, name: 'Stripe', connector: 'Stripe', definition_id: STRIPE, mode: 'DIRECT' },
    });
    expect(posts(em)).toHaveLength(1);
    expect(em.templates).toHaveLength(1);
  });

  it('treats an "already exists" answer from the platform as the existing template', async () => {
    const { em, cli } = await loggedIn();
    expect((await cli.run(['templates', 'register', 'stripe'])).code).toBe(0);
    // Another client registered it between aac's check and its create: the list aac sees is still empty.
    em.failNext('GET', TEMPLATES, { status: 200, body: { data: [] } });
    const result = await cli.run(['templates', 'register', 'stripe']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'exists', template: { id: em.templates[0]!.id, name: 'Stripe' } });
    expect(posts(em)).toHaveLength(2);
    expect(em.templates).toHaveLength(1);
  });

  it('sends --name, --mode and --partial-default-config', async () => {
    const { em, cli } = await loggedIn();
    const result = await cli.run([
      'templates', 'register', 'github', '--name', 'GitHub (Acme)', '--mode', 'MULTI',
      '--partial-default-config', '{"start_date":"2024-01-01T00:00:00Z"}',
    ]);
    expect(result.code).toBe(0);
    expect(posts(em)[0]!.json).toEqual({
      actor_definition_id: GITHUB,
      name: 'GitHub (Acme)',
      partial_default_config: { start_date: '2024-01-01T00:00:00Z' },
      mode: 'MULTI',
    });
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'created', template: { name: 'GitHub (Acme)', mode: 'MULTI' } });
  });

  it('rejects an unknown connector or mode before calling the platform', async () => {
    const { em, cli } = await loggedIn();
    const unknown = await cli.run(['templates', 'register', 'stripey']);
    expect(unknown.code).toBe(4);
    expect(errorOf(unknown)).toMatchObject({ message: 'Unknown connector "stripey".', hint: expect.stringContaining('Did you mean "stripe"?') });
    expect((await cli.run(['templates', 'register', 'stripe', '--mode', 'FAST'])).code).toBe(4);
    const badConfig = await cli.run(['templates', 'register', 'stripe', '--partial-default-config', '[1]']);
    expect(badConfig.code).toBe(4);
    expect(errorOf(badConfig).message).toBe('--partial-default-config must be a JSON object, got an array.');
    expect(em.apiRequests()).toHaveLength(0);
  });
});

describe('aac templates, get, delete', { timeout: 90_000 }, () => {
  it('lists the enabled connectors', async () => {
    const { em, cli } = await loggedIn();
    expect(JSON.parse((await cli.run(['templates'])).stdout)).toEqual([]);
    await cli.run(['templates', 'register', 'stripe']);
    await cli.run(['templates', 'register', 'github']);
    const list = await cli.run(['templates']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([
      { id: em.templates[0]!.id, name: 'Stripe', connector: 'Stripe', definition_id: STRIPE, mode: 'DIRECT' },
      { id: em.templates[1]!.id, name: 'GitHub', connector: 'GitHub', definition_id: GITHUB, mode: 'DIRECT' },
    ]);
  });

  it('gets a template by connector type or id, and deletes it with --yes only', async () => {
    const { em, cli } = await loggedIn();
    await cli.run(['templates', 'register', 'stripe']);
    const id = em.templates[0]!.id;
    const byType = await cli.run(['templates', 'get', 'stripe']);
    expect(byType.code).toBe(0);
    expect(JSON.parse(byType.stdout)).toMatchObject({ id, name: 'Stripe', source_definition_id: STRIPE, partial_default_config: {} });
    expect(JSON.parse((await cli.run(['templates', 'get', id])).stdout)).toMatchObject({ id });

    const refused = await cli.run(['templates', 'delete', 'stripe']);
    expect(refused.code).toBe(4);
    expect(errorOf(refused).hint).toBe('Add --yes to confirm.');
    expect(em.templates).toHaveLength(1);

    const deleted = await cli.run(['templates', 'delete', 'stripe', '--yes']);
    expect(deleted.code).toBe(0);
    expect(JSON.parse(deleted.stdout)).toEqual({ id, name: 'Stripe', deleted_at: expect.any(String) });
    expect(em.templates).toHaveLength(0);

    const gone = await cli.run(['templates', 'get', 'stripe']);
    expect(gone.code).toBe(3);
    expect(errorOf(gone)).toMatchObject({ message: 'Stripe is not enabled: no template for it.', hint: 'Register one with `aac templates register stripe`.' });
  });
});
