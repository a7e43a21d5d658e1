import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { afterEach, describe, expect, it } from 'vitest';
import type { SavedConnector } from '../../src/lib/config/schema.js';
import { Store } from '../../src/lib/config/store.js';
import { AacError } from '../../src/lib/errors.js';

const SECRET = 'sk_live_0123456789abcdefSECRET';
const stripe = (api_key: string): SavedConnector => ({ mode: 'local', type: 'stripe', auth: 'api_key', credentials: { api_key }, config: {} });

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** A config dir (not created yet) inside a fresh temp folder removed after the test. */
function setup() {
  root = mkdtempSync(join(tmpdir(), 'aac-store-'));
  const dir = join(root, 'nested', 'aac');
  const file = join(dir, 'config.json');
  return { dir, file, env: { AAC_CONFIG_DIR: dir }, open: (profile = 'default') => Store.open(profile, { AAC_CONFIG_DIR: dir }) };
}

const mode = (path: string) => statSync(path).mode & 0o777;
const onDisk = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { version: number; profiles: Record<string, { connectors: Record<string, SavedConnector> }> };

async function failure(run: () => unknown): Promise<AacError> {
  try {
    await run();
  } catch (err) {
    if (err instanceof AacError) return err;
    throw err;
  }
  throw new Error('expected an AacError');
}

describe('Store writes', () => {
  it('creates a 0700 directory and a 0600 file, leaving no temp file or lock behind', async () => {
    const { dir, file, open } = setup();
    await open().saveConnector('stripe', stripe(SECRET));
    expect(mode(dir)).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['config.json']);
    expect(onDisk(file)).toEqual({ version: 1, profiles: { default: { connectors: { stripe: stripe(SECRET) } } } });
    expect(open().connector('stripe')).toEqual(stripe(SECRET));
  });

  it('re-reads the file before each write: two stores opened before either wrote both keep their connector', async () => {
    const { file, open } = setup();
    const a = open();
    const b = open();
    await a.saveConnector('a', stripe('sk_a'));
    await b.saveConnector('b', stripe('sk_b'));
    expect(Object.keys(onDisk(file).profiles.default!.connectors)).toEqual(['a', 'b']);
    expect(Object.keys(b.connectors())).toEqual(['a', 'b']);
  });

  it('20 concurrent writers from 20 stores lose nothing', async () => {
    const { file, open } = setup();
    const stores = Array.from({ length: 20 }, () => open());
    await Promise.all(stores.map((s, i) => s.saveConnector(`s${i}`, stripe(`sk_${i}`))));
    const saved = onDisk(file).profiles.default!.connectors;
    expect(Object.keys(saved).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `s${i}`).sort());
    expect(saved.s7).toEqual(stripe('sk_7'));
  });

  it('keeps profiles apart and leaves the other profiles as they are', async () => {
    const { file, open } = setup();
    await open('work').saveConnector('w', stripe('sk_w'));
    await open().saveConnector('d', stripe('sk_d'));
    expect(onDisk(file).profiles).toEqual({ work: { connectors: { w: stripe('sk_w') } }, default: { connectors: { d: stripe('sk_d') } } });
  });

  it('update(fn) returns the profile; a change returning undefined writes nothing', async () => {
    const { dir, open } = setup();
    const store = open();
    const seen = await store.update(() => undefined);
    expect(seen).toEqual({ connectors: {} });
    expect(existsSync(join(dir, 'config.json'))).toBe(false);
    const after = await store.update(async (p) => ({ ...p, connectors: { x: stripe('sk_x') } }));
    expect(after).toEqual({ connectors: { x: stripe('sk_x') } });
  });

  it('refuses to write what fails the schema, and the file stays as it was', async () => {
    const { file, open } = setup();
    const store = open();
    await store.saveConnector('ok', stripe('sk_ok'));
    const before = readFileSync(file);
    const err = await failure(() => store.update((p) => ({ ...p, connectors: { bad: { mode: 'local', type: 'stripe' } as unknown as SavedConnector } })));
    expect(err.type).toBe('internal');
    expect(err.message).toBe(`Refusing to write an invalid config to ${file}: profiles.default.connectors.bad.auth: Invalid input: expected string, received undefined`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('deleteConnector and updateCredentials act on the file as it is now', async () => {
    const { file, open } = setup();
    const stale = open();
    const other = open();
    await other.saveConnector('gone', stripe('sk_gone'));
    await other.saveConnector('oauth', { mode: 'local', type: 'hubspot', auth: 'oauth2', credentials: { refresh_token: 'r1', client_id: 'c' }, config: { a: 'b' } });
    expect(await stale.updateCredentials('oauth', { refresh_token: 'r2', access_token: 'a2' })).toBe(true);
    expect(onDisk(file).profiles.default!.connectors.oauth).toEqual({
      mode: 'local',
      type: 'hubspot',
      auth: 'oauth2',
      credentials: { refresh_token: 'r2', client_id: 'c', access_token: 'a2' },
      config: { a: 'b' },
    });
    expect(await stale.deleteConnector('gone')).toBe(true);
    expect(await other.deleteConnector('gone')).toBe(false);
    expect(await other.updateCredentials('gone', { api_key: 'x' })).toBe(false);
    expect(Object.keys(onDisk(file).profiles.default!.connectors)).toEqual(['oauth']);
  });

  it('addConnector saves a new name once: of 5 concurrent adds of one name, exactly one wins and is kept', async () => {
    const { file, open } = setup();
    const results = await Promise.all([0, 1, 2, 3, 4].map((i) => open().addConnector('same', stripe(`sk_${i}`))));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.indexOf(true);
    expect(onDisk(file).profiles.default!.connectors).toEqual({ same: stripe(`sk_${winner}`) });
  });

  it('savePlatform(undefined) removes the login', async () => {
    const { file, open } = setup();
    const store = open();
    await store.savePlatform({ clientId: 'id', clientSecret: 'secret' });
    expect(store.platform()).toEqual({ clientId: 'id', clientSecret: 'secret' });
    await store.savePlatform(undefined);
    expect(onDisk(file).profiles.default).toEqual({ connectors: {} });
  });
});

describe('the store lock', () => {
  it('a writer waits while another holds the lock, then writes', async () => {
    const { dir, file, open } = setup();
    mkdirSync(dir, { recursive: true });
    const release = await lockfile.lock(file, { realpath: false });
    const saving = open().saveConnector('late', stripe('sk_late'));
    await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(file)).toBe(false);
    // What the lock holder writes is read by the waiting writer once it gets the lock.
    writeFileSync(file, JSON.stringify({ version: 1, profiles: { default: { connectors: { first: stripe('sk_first') } } } }));
    await release();
    await saving;
    expect(Object.keys(onDisk(file).profiles.default!.connectors)).toEqual(['first', 'late']);
  });

  it('a stale lock left by a crashed process is taken over', async () => {
    const { dir, file, open } = setup();
    const lockDir = `${file}.lock`;
    mkdirSync(lockDir, { recursive: true });
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockDir, old, old);
    await open().saveConnector('after-crash', stripe('sk_1'));
    expect(Object.keys(onDisk(file).profiles.default!.connectors)).toEqual(['after-crash']);
    expect(readdirSync(dir)).toEqual(['config.json']);
  });
});

describe('a broken store file', () => {
  const broken = [
    ['a token cut short', `{"version":1,"profiles":{"default":{"connectors":{"s":{"credentials":{"api_key":"${SECRET}`, /^not valid JSON \(unexpected end of string at line 1, column \d+\)$/],
    ['a token outside quotes', `{"version":1,\n"profiles": ${SECRET}}`, /^not valid JSON \(invalid symbol at line 2, column 13\)$/],
    ['a bare token', SECRET, /^not valid JSON \(invalid symbol at line 1, column 1\)$/],
    ['a token where an object belongs', JSON.stringify({ profiles: { default: { connectors: { s: { mode: 'local', type: 'stripe', auth: 'api_key', credentials: SECRET } } } } }), /^profiles\.default\.connectors\.s\.credentials: Invalid input: expected record, received string$/],
    ['a token as the version', JSON.stringify({ version: SECRET }), /^version: Invalid input: expected 1$/],
    ['a token as the mode', JSON.stringify({ profiles: { default: { connectors: { s: { mode: SECRET } } } } }), /^profiles\.default\.connectors\.s\.mode: Invalid input \(invalid_union\)$/],
  ] as const;

  it.each(broken)('%s: the message names the file and where, never its content; nothing overwrites it', async (_, content, reason) => {
    const { dir, file, env } = setup();
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, content, { mode: 0o600 });
    const before = readFileSync(file);
    const err = await failure(() => Store.open('default', env));
    expect(err.type).toBe('config');
    const prefix = `The config file ${file} is invalid: `;
    expect(err.message.startsWith(prefix)).toBe(true);
    expect(err.message.slice(prefix.length)).toMatch(reason);
    expect(err.hint).toBe('Fix it by hand, or move it away to start afresh (aac never overwrites a file it cannot read).');
    for (let i = 0; i + 4 <= SECRET.length; i++) expect(err.message).not.toContain(SECRET.slice(i, i + 4));
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a store opened before the file broke refuses to write over it', async () => {
    const { file, open } = setup();
    const store = open();
    await store.saveConnector('ok', stripe('sk_ok'));
    writeFileSync(file, `{"broken": ${SECRET}`);
    const before = readFileSync(file);
    const err = await failure(() => store.saveConnector('other', stripe('sk_other')));
    expect(err.type).toBe('config');
    expect(err.message).toMatch(/^The config file .* is invalid: not valid JSON \(invalid symbol at line 1, column 12\)$/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
