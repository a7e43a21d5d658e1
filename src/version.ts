/** What `aac --version` needs to know: nothing that has to load oclif. */
export interface VersionFacts {
  name: string;
  version: string;
  platform: string;
  arch: string;
}

const VERSION = new Set(['--version', '-v', 'version']);

/**
 * The text `--version` (`-v`, `version`, with `--json` optional) prints, or undefined when argv asks for something
 * else; `about` is asked only for the version (the bin reads package.json for it).
 */
export function versionText(argv: readonly string[], about: () => VersionFacts): string | undefined {
  const [first] = argv;
  if (first === undefined || !VERSION.has(first)) return undefined;
  if (first === 'version' && !argv.every((a, i) => i === 0 || a === '--json')) return undefined;
  const facts = about();
  return argv.includes('--json')
    ? `${JSON.stringify({ version: facts.version, node: process.version, platform: `${facts.platform}-${facts.arch}` })}\n`
    : `${facts.name}/${facts.version} ${facts.platform}-${facts.arch} node-${process.version}\n`;
}
