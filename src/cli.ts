import { processRuntime } from './lib/io/process.js';
import { writeOut } from './lib/output/write.js';

/** The CLI as `bin/run.js` runs it, in the real process; returns the exit code. oclif loads only when needed. */
export async function run(argv: string[], root: string): Promise<number> {
  const runtime = processRuntime();
  const quick = argv[0] === 'connectors' || argv[0] === 'describe' ? await (await import('./prebuilt-answers.js')).prebuiltAnswer(argv, runtime.io.stdoutTTY) : undefined;
  if (quick !== undefined) {
    await writeOut(runtime.io.stdout, quick);
    return 0;
  }
  const fast = argv[0] === 'exec' ? await (await import('./fast-exec.js')).fastExec(argv, runtime) : undefined;
  const code = fast ?? (await (await import('./dispatch.js')).dispatch(argv, root, runtime));
  return code === 130 && runtime.signal.reason === 'SIGTERM' ? 143 : code;
}
