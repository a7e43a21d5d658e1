import { Config } from '@oclif/core';
import { commandLoaders } from './command-loaders.js';
import type { Runtime } from './lib/context.js';
import { main } from './main.js';

/** A command line through oclif: the config from the manifest, each command loaded from its bundled chunk. */
export async function dispatch(argv: string[], root: string, runtime: Runtime): Promise<number> {
  const config = await Config.load(root);
  return main(argv, {
    config,
    runtime,
    load: async (id) => {
      const bundled = commandLoaders[id];
      return bundled ? (await bundled()).default : config.findCommand(id, { must: true }).load();
    },
  });
}
