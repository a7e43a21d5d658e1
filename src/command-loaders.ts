import type { Command } from '@oclif/core';

/**
 * aac's commands by id, each a lazy import. Empty here, so that oclif loads each command from the manifest's path;
 * the bundle (scripts/bundle.mjs) puts every command of the manifest in it.
 */
export const commandLoaders: Record<string, () => Promise<{ default: Command.Class }>> = {};
