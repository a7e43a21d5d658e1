import { Config } from '@oclif/core';
import { commandLoaders } from './command-loaders.js';
import { processRuntime } from './lib/io/process.js';
import { main } from './main.js';

/** The CLI as `bin/run.js` runs it, in the real process; returns the exit code. */
export async function run(argv: string[], root: string): Promise<number> {
  const config = await Config.load(root);
  const runtime = processRuntime();
  const code = await main(argv, {
    config,
    runtime,
    load: async (id) => {
      const bundled = commandLoaders[id];
      return bundled ? (await bundled()).default : config.findCommand(id, { must: true }).load();
    },
  });
  return code === 130 && runtime.signal.reason === 'SIGTERM' ? 143 : code;
}
