import { afterEach, describe, expect, it, vi } from 'vitest';

/** src/lib/engine/undici.ts takes the Agent from undici's own files, and the whole package when they are not there. */
describe("undici's Agent", () => {
  afterEach(() => {
    vi.doUnmock('undici/lib/dispatcher/agent.js');
    vi.resetModules();
  });

  it('comes from its own module, with the request method that the index would add', async () => {
    vi.resetModules();
    const { undiciAgent } = await import('../../src/lib/engine/undici.js');
    const Agent = await undiciAgent();
    const { default: FromFile } = await import('undici/lib/dispatcher/agent.js');
    expect(Agent).toBe(FromFile);
    expect(typeof new Agent().request).toBe('function');
  });

  it('comes from the whole package when a later undici has moved the file', async () => {
    vi.resetModules();
    vi.doMock('undici/lib/dispatcher/agent.js', () => {
      throw new Error('Cannot find module');
    });
    const { undiciAgent } = await import('../../src/lib/engine/undici.js');
    const { Agent: FromIndex } = await import('undici');
    expect(await undiciAgent()).toBe(FromIndex);
  });
});
