import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Env } from '../context.js';
import { AacError } from '../errors.js';
import { StoreData, type PlatformState, type Profile, type SavedConnector } from './schema.js';

export const CONFIG_FILE = 'config.json';

/** The directory of the store: $AAC_CONFIG_DIR, else $XDG_CONFIG_HOME/aac, else ~/.config/aac. */
export function configDir(env: Env): string {
  if (env.AAC_CONFIG_DIR) return env.AAC_CONFIG_DIR;
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'aac');
}

export function configPath(env: Env): string {
  return join(configDir(env), CONFIG_FILE);
}

function corrupt(path: string, reason: string): AacError {
  return new AacError('config', `The config file ${path} is invalid: ${reason}`, {
    hint: `Fix it by hand, or move it away to start afresh (aac never overwrites a file it cannot read).`,
  });
}

/** Reads and validates the whole file without creating anything. A missing file is an empty store. */
function readStore(path: string): StoreData {
  if (!existsSync(path)) return StoreData.parse({});
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw corrupt(path, err instanceof SyntaxError ? `not valid JSON (${err.message})` : String(err));
  }
  const parsed = StoreData.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw corrupt(path, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * The local store for one profile: a JSON file (mode 0600, directory 0700) written through conf.
 * Every read validates the whole file with zod first, so a broken file is reported and never overwritten.
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
    return new Store(path, profile, readStore(path));
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

  async deleteConnector(name: string): Promise<boolean> {
    if (!this.connector(name)) return false;
    await this.update((p) => {
      const { [name]: _gone, ...rest } = p.connectors;
      return { ...p, connectors: rest };
    });
    return true;
  }

  async savePlatform(platform: PlatformState | undefined): Promise<void> {
    await this.update((p) => ({ ...p, platform }));
  }

  /** Re-reads the file (another process may have written it), applies `change` to this profile and writes it. */
  private async update(change: (profile: Profile) => Profile): Promise<void> {
    const fresh = readStore(this.path);
    const next: Profile = change(fresh.profiles[this.profile] ?? { connectors: {} });
    if (next.platform === undefined) delete next.platform;
    fresh.profiles[this.profile] = next;
    await write(this.path, fresh);
    this.data = fresh;
  }
}

async function write(path: string, data: StoreData): Promise<void> {
  const dir = join(path, '..');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const { default: Conf } = await import('conf');
  const conf = new Conf<StoreData>({
    cwd: dir,
    configName: CONFIG_FILE.replace(/\.json$/, ''),
    projectName: 'aac',
    configFileMode: 0o600,
    clearInvalidConfig: false,
  });
  conf.store = data;
  chmodSync(path, 0o600);
}
