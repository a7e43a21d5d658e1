import { loadAllConnectors } from '../../src/connectors/index.js';
import { chooseScheme } from '../../src/lib/engine/auth.js';
import { execute, resolveAction } from '../../src/lib/engine/index.js';
import { projectData } from '../../src/lib/output/project.js';
import { afterEach, expect } from 'vitest';
import { CLIENT_SECRET, startPlatformEmulator, WithMetadata, type EmulatorOptions, type ExecuteCall, type PlatformEmulator } from './platform-emulator.js';
import type { TestServer } from './server.js';
import { fakeStripe, KEY } from './stripe.js';

/**
 * An emulator `execute` that runs aac's own engine against a fake vendor with the hosted connector's credentials,
 * as the platform runs its connectors. `select_fields` is applied, and the list meta (without aac's own `next`)
 * comes back in `connector_metadata`.
 */
export function engineExecutor(vendorUrl: string): (call: ExecuteCall) => Promise<WithMetadata> {
  return async (call) => {
    const connector = (await loadAllConnectors()).find((c) => c.definitionId === call.definitionId)!;
    const values = Object.fromEntries(Object.entries(call.connector.credentials).map(([k, v]) => [k, String(v)]));
    const ref = resolveAction(connector, call.entity, call.action);
    const result = await execute(ref, call.params, { config: {}, auth: { scheme: chooseScheme(connector, values), values }, baseUrl: vendorUrl });
    const { next: _next, ...meta } = result.meta;
    return new WithMetadata(projectData(result.data, call.select_fields ?? undefined), meta);
  };
}

/**
 * For a test file: starts a fake Stripe and an emulator whose execute runs against it. After each test both
 * stop, once it is checked that every request the CLI sent conformed to the platform API.
 */
export function platformWithStripe(): (opts?: EmulatorOptions) => Promise<{ em: PlatformEmulator; vendor: TestServer }> {
  let em: PlatformEmulator | undefined;
  let vendor: TestServer | undefined;
  afterEach(async () => {
    expect(em?.invalid ?? []).toEqual([]);
    await em?.close();
    await vendor?.close();
    em = undefined;
    vendor = undefined;
  });
  return async (opts = {}) => {
    vendor = await fakeStripe();
    em = await startPlatformEmulator({ execute: engineExecutor(vendor.url), ...opts });
    return { em, vendor };
  };
}

/** Neither the Stripe key, the client secret nor any token the emulator issued is in `texts`. */
export function expectNoSecrets(em: PlatformEmulator, ...texts: string[]): void {
  for (const text of texts) {
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(CLIENT_SECRET);
    for (const token of em.tokens) expect(text).not.toContain(token);
  }
}
