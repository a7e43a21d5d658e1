import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Env } from '../context.js';
import { ensureDir, readStoreFile, writeStoreFile } from './file.js';
import type { PlatformState, Profile, SavedConnector, StoreData } from './schema.js';

export const CONFIG_FILE = 'config.json';

/** The directory of the store: $AAC_CONFIG_DIR, else $XDG_CONFIG_HOME/aac, else ~/.config/aac. */
export function configDir(env: Env): string {
  if (env.AAC_CONFIG_DIR) return env.AAC_CONFIG_DIR;
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'aac');
}

export function configPath(env: Env): string {
  return join(configDir(env), CONFIG_FILE);
}

/** A change to one profile: the new profile, or undefined to leave the file as it is. */
export type ProfileChange = (profile: Profile) => Profile | undefined | Promise<Profile | undefined>;

/**
 * The local store for one profile: a JSON file (mode 0600, directory 0700). Reads validate the whole file
 * with zod and need no lock; every write is a locked read-modify-write (`update`), so concurrent processes
 * lose nothing, and a broken file is reported and never overwritten.
 */
export class Store {
  readonly path: string;
  readonly profile: string;
  private data: StoreData;

  private constructor(path: string, profile: string, data: StoreData) {
    this.path = path;
    this.profile = profile;
    this.data = data;
  }

  static open(profile: string, env: Env): Store {
    const path = configPath(env);
    return new Store(path, profile, readStoreFile(path));
  }

  private get current(): Profile {
    return this.data.profiles[this.profile] ?? { connectors: {} };
  }

  connectors(): Record<string, SavedConnector> {
    return this.current.connectors;
  }

  connector(name: string): SavedConnector | undefined {
    return this.current.connectors[name];
  }

  platform(): PlatformState | undefined {
    return this.current.platform;
  }

  async saveConnector(name: string, entry: SavedConnector): Promise<void> {
    await this.update((p) => ({ ...p, connectors: { ...p.connectors, [name]: entry } }));
  }

  /** Saves the connector unless the file now holds one of that name (another process may have just saved it): false then. */
  async addConnector(name: string, entry: SavedConnector): Promise<boolean> {
    let added = false;
    await this.update((p) => {
      added = !(name in p.connectors);
      return added ? { ...p, connectors: { ...p.connectors, [name]: entry } } : undefined;
    });
    return added;
  }

  /** Whether the connector was saved (in the file as it is now, not as it was when the store was opened). */
  async deleteConnector(name: string): Promise<boolean> {
    let existed = false;
    await this.update((p) => {
      const { [name]: gone, ...rest } = p.connectors;
      existed = gone !== undefined;
      return existed ? { ...p, connectors: rest } : undefined;
    });
    return existed;
  }

  /**
   * Merges `values` into the credentials of a saved local connector as the file holds it now (e.g. a refreshed
   * OAuth token), leaving its other fields and every other connector alone. False when it is no longer saved.
   */
  async updateCredentials(name: string, values: Record<string, string>): Promise<boolean> {
    let found = false;
    await this.update((p) => {
      const saved = p.connectors[name];
      found = saved?.mode === 'local';
      if (saved?.mode !== 'local') return undefined;
      return { ...p, connectors: { ...p.connectors, [name]: { ...saved, credentials: { ...saved.credentials, ...values } } } };
    });
    return found;
  }

  async savePlatform(platform: PlatformState | undefined): Promise<void> {
    await this.update((p) => ({ ...p, platform }));
  }

  /**
   * The one way to write: under the inter-process lock, re-reads the file (another process may have written
   * it), applies `change` to this profile, validates the result and replaces the file atomically. `change`
   * may be async (it runs under the lock, so other writers wait for it). Returns this profile as it now is.
   */
  async update(change: ProfileChange): Promise<Profile> {
    ensureDir(dirname(this.path));
    const { withLock } = await import('./lock.js');
    return withLock(this.path, async (assertHeld) => {
      const fresh = readStoreFile(this.path);
      const next = await change(structuredClone(fresh.profiles[this.profile] ?? { connectors: {} }));
      if (next) {
        if (next.platform === undefined) delete next.platform;
        fresh.profiles[this.profile] = next;
        assertHeld();
        await writeStoreFile(this.path, fresh);
      }
      this.data = fresh;
      return this.current;
    });
  }
}
