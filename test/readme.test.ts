import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectorNames, loadAllConnectors, loadConnector } from '../src/connectors/index.js';
// @ts-expect-error: a plain ES module script without types
import { connectorTable, END, START } from '../scripts/readme-table.mjs';

const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');

describe('README', () => {
  it('has the connector table generated from the definitions (run `npm run readme` when this fails)', async () => {
    const block = readme.slice(readme.indexOf(START), readme.indexOf(END) + (END as string).length);
    expect(block).toBe(connectorTable(await loadAllConnectors()));
  });

  it('names every auth environment variable of every connector', async () => {
    for (const name of connectorNames) {
      const c = await loadConnector(name);
      const required = Object.values(c.auth).flatMap((s) => Object.values(s.fields).filter((f) => !f.optional).map((f) => f.env));
      for (const env of required) expect(readme, `${name}: ${env}`).toContain(`\`${env}\``);
    }
  });
});
