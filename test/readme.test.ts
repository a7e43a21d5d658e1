import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectorNames, loadConnector } from '../src/connectors/index.js';
import { actionCount, currentEntities } from '../src/lib/engine/deprecation.js';

const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');

describe('README', () => {
  it('has one connector table row per connector, with its true entity and action counts (deprecated names left out)', async () => {
    const rows = [...readme.matchAll(/^\| [^|]+\(`([a-z-]+)`\) \| (\d+) \| (\d+) \|/gm)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
    const actual = await Promise.all(
      connectorNames.map(async (name) => {
        const c = await loadConnector(name);
        return [name, currentEntities(c).length, actionCount(c)];
      }),
    );
    expect(rows).toEqual(actual);
  });

  it('names every auth environment variable of every connector', async () => {
    for (const name of connectorNames) {
      const c = await loadConnector(name);
      const required = Object.values(c.auth).flatMap((s) => Object.values(s.fields).filter((f) => !f.optional).map((f) => f.env));
      for (const env of required) expect(readme, `${name}: ${env}`).toContain(`\`${env}\``);
    }
  });
});
