import { execHuman, execRun } from './exec-run.js';
import { machineOutput, printFailure, printResult, runContext, showWaiting } from './command-run.js';
import { execArgNames, execFlagSpecs } from './flags/exec.js';
import { fastParse } from './flags/fast-parse.js';
import { globalFlagSpecs, platformFlagSpecs } from './flags/specs.js';
import type { Runtime } from './lib/context.js';
import { colorEnabled } from './lib/output/color.js';
import { json } from './lib/output/write.js';

/** Every flag `exec` takes, as its oclif command has them (oclif adds --json: `enableJsonFlag`). */
const specs = {
  json: { kind: 'boolean', description: 'Format output as json.' },
  ...globalFlagSpecs,
  ...platformFlagSpecs,
  ...execFlagSpecs,
} as const;

/**
 * `aac exec …` without oclif: the command line parsed by Node's parser from the same flag table, then the same run
 * as the oclif command. Undefined when the command line is not a plain one (help, a usage error, `--`): oclif
 * then handles it, so that help and usage errors have one source. `argv` is the whole command line, `exec` first.
 */
export async function fastExec(argv: readonly string[], runtime: Runtime): Promise<number | undefined> {
  const parsed = fastParse(argv.slice(1), execArgNames, specs);
  if (!parsed) return undefined;
  const { flags } = parsed;
  const asJson = flags.json === true;
  try {
    const ctx = await runContext(runtime, flags);
    showWaiting(ctx, asJson);
    const data = await execRun(ctx, parsed.args, flags, { jq: flags.jq, color: colorEnabled(runtime.env, runtime.io.stdoutTTY), json: asJson });
    if (data !== undefined) await printResult(runtime, data, { machine: machineOutput(runtime, asJson), jq: flags.jq, machineText: json, human: execHuman });
    return 0;
  } catch (err) {
    return printFailure(runtime, err, asJson);
  }
}
