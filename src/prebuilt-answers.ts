import { json } from './lib/output/write.js';
import { catalog, connectorDescription } from './lib/prebuilt.js';

/**
 * `aac connectors catalog` and `aac describe <type>`, with nothing but `--json`, are answered from the data the
 * build computed (src/lib/prebuilt.ts), before oclif loads; the same text the commands print. Anything else
 * (other flags, an unknown name, an entity) is left to the commands: undefined.
 */
export async function prebuiltAnswer(argv: readonly string[], stdoutTTY: boolean): Promise<string | undefined> {
  const words = argv.filter((a) => a !== '--json');
  if (words.some((w) => w.startsWith('-'))) return undefined;
  const asJson = argv.includes('--json') || !stdoutTTY;
  if (words.length === 2 && words[0] === 'connectors' && words[1] === 'catalog') {
    const rows = await catalog();
    return asJson ? json(rows) : (await import('./lib/output/catalog-text.js')).catalogText(rows);
  }
  if (words.length === 2 && words[0] === 'describe' && (await catalog()).some((r) => r.name === words[1])) {
    const whole = await connectorDescription(words[1]!);
    return asJson ? json(whole) : (await import('./lib/output/describe-text.js')).connectorText(whole);
  }
  return undefined;
}
