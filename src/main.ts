import { Help, type Command, type Config } from '@oclif/core';
import type { BaseCommand } from './base-command.js';
import { renderError, toAacError } from './render-error.js';
import type { Runtime } from './lib/context.js';
import { colorEnabled } from './lib/output/color.js';
import { unknownCommand } from './unknown-command.js';
import { versionText } from './version.js';

export type CommandLoader = (id: string) => Promise<Command.Class>;

export interface MainOptions {
  config: Config;
  runtime: Runtime;
  /** How a command class is loaded; by default from the manifest (dist/). Tests load the TypeScript sources. */
  load?: CommandLoader;
}

const HELP = new Set(['--help', '-h']);

/** oclif's help, written to the run's stdout. */
class AacHelp extends Help {
  constructor(
    config: Config,
    private readonly out: NodeJS.WritableStream,
  ) {
    super(config, { stripAnsi: true });
  }

  protected override log(...args: string[]): void {
    this.out.write(`${args.join(' ')}\n`);
  }
}

/** The longest run of leading words that names a command, e.g. `connectors create`. */
function findCommandId(words: string[], config: Config): { id: string; used: number } | undefined {
  for (let n = words.length; n > 0; n--) {
    const id = words.slice(0, n).join(':');
    if (config.findCommand(id)) return { id, used: n };
  }
  return undefined;
}

function leadingWords(argv: string[]): string[] {
  const end = argv.findIndex((a) => a.startsWith('-'));
  return end === -1 ? argv : argv.slice(0, end);
}

/** Runs one command line and returns its exit code. Never exits the process and never writes to it directly. */
export async function main(argv: string[], opts: MainOptions): Promise<number> {
  const { config, runtime } = opts;
  const io = runtime.io;
  const words = leadingWords(argv);
  if (argv.length === 0) argv = ['--help'];
  const version = versionText(argv, () => ({ name: config.pjson.name, version: config.version, platform: config.platform, arch: config.arch }));
  if (version !== undefined) {
    io.stdout.write(version);
    return 0;
  }
  const beforeDashes = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  const wantsHelp = words[0] === 'help' || beforeDashes.some((a) => HELP.has(a));
  const subject = words[0] === 'help' ? words.slice(1) : words;
  const found = findCommandId(subject, config);
  if (wantsHelp || (!found && subject.length > 0 && config.findTopic(subject.join(':')))) {
    if (subject.length && !found && !config.findTopic(subject.join(':'))) return fail(unknownCommand(subject, config), runtime, argv);
    await new AacHelp(config, io.stdout).showHelp(found ? found.id.split(':') : subject);
    return 0;
  }
  if (!found) return fail(unknownCommand(words.length ? words : argv.slice(0, 1), config), runtime, argv);
  const Loaded = await (opts.load ?? ((id) => config.findCommand(id)!.load()))(found.id);
  const Cmd = Loaded as unknown as new (argv: string[], config: Config) => BaseCommand;
  const command = new Cmd(argv.slice(found.used), config);
  command.id = found.id;
  if (typeof command.execute === 'function') return command.execute(runtime);
  // A plugin's command (e.g. `autocomplete`): oclif runs it and it writes for itself.
  try {
    await Loaded.run(argv.slice(found.used), config);
    return 0;
  } catch (err) {
    return fail(toAacError(err), runtime, argv);
  }
}

async function fail(error: ReturnType<typeof toAacError>, runtime: Runtime, argv: string[]): Promise<number> {
  await renderError(error, runtime.io, argv.includes('--json') || !runtime.io.stderrTTY, colorEnabled(runtime.env, runtime.io.stderrTTY));
  return error.exitCode;
}
