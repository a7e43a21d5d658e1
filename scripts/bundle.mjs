#!/usr/bin/env node
// Bundles the CLI that bin/run.js runs into dist/bundle/: the entry (src/cli.ts) with oclif, and one chunk per
// command and per connector, each loaded only when used. Run after `oclif manifest`: the manifest lists the commands.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { builtinsByName, undiciBuiltinsWhenUsed } from './builtins.mjs';
import { lazyDefinitions } from './lazy-definitions.mjs';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(new URL('../oclif.manifest.json', import.meta.url), 'utf8'));

/** src/command-loaders.ts, filled in: every command of the manifest as a lazy import of its source. */
const commandLoaders = {
  name: 'command-loaders',
  setup(b) {
    b.onResolve({ filter: /^\.\/command-loaders\.js$/ }, () => ({ path: 'command-loaders', namespace: 'aac' }));
    b.onLoad({ filter: /^command-loaders$/, namespace: 'aac' }, () => {
      const source = (c) => `./${c.relativePath.join('/').replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')}`;
      const lines = Object.entries(manifest.commands).map(([id, c]) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(source(c))}),`);
      return { contents: `export const commandLoaders = {\n${lines.join('\n')}\n};\n`, resolveDir: root, loader: 'js' };
    });
  },
};

/**
 * src/lib/prebuilt.ts, computed: its values as tsc's build (dist/lib/prebuilt.js) returns them now, so a run loads no
 * connector definition for them; each connector's description is a chunk of its own.
 */
const prebuilt = {
  name: 'prebuilt',
  async setup(b) {
    const { catalog, connectorDescription } = await import('../dist/lib/prebuilt.js');
    const { connectorNames } = await import('../dist/connectors/index.js');
    const rows = await catalog();
    const descriptions = Object.fromEntries(await Promise.all(connectorNames.map(async (n) => [n, await connectorDescription(n)])));
    b.onResolve({ filter: /\/prebuilt\.js$/ }, (args) => (args.importer.startsWith(`${root}src/`) ? { path: 'prebuilt', namespace: 'aac' } : undefined));
    b.onResolve({ filter: /^description:/ }, (args) => ({ path: args.path, namespace: 'aac' }));
    b.onLoad({ filter: /^description:/, namespace: 'aac' }, (args) => ({ contents: JSON.stringify(descriptions[args.path.slice('description:'.length)]), loader: 'json' }));
    b.onLoad({ filter: /^prebuilt$/, namespace: 'aac' }, () => {
      const loaders = connectorNames.map((n) => `  ${JSON.stringify(n)}: () => import(${JSON.stringify(`description:${n}`)}),`);
      return {
        contents: [
          "import { connectorType } from './src/lib/connection.ts';",
          `const rows = ${JSON.stringify(rows)};`,
          `const descriptions = {\n${loaders.join('\n')}\n};`,
          'export async function catalog() { return rows; }',
          'export async function connectorDescription(name) {',
          '  const load = Object.hasOwn(descriptions, name) ? descriptions[name] : undefined;',
          '  return load ? (await load()).default : connectorType(name);',
          '}',
        ].join('\n'),
        resolveDir: root,
        loader: 'js',
      };
    });
  },
};

/** zod's 40-odd locales: aac speaks English only. */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (args.importer.includes('/node_modules/zod/') ? { path: 'zod-locales', namespace: 'aac' } : undefined));
    b.onLoad({ filter: /^zod-locales$/, namespace: 'aac' }, () => ({ contents: "export { default as en } from 'zod/v4/locales/en.js';\n", resolveDir: root }));
  },
};

// Chunk names carry a hash of their content: the chunks of an earlier build would stay, unused, and be packed.
rmSync(new URL('../dist/bundle', import.meta.url), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  // A plugin is found and loaded by oclif at run time; oclif tries typescript only for a linked plugin in development.
  // undici is bundled (its own chunk, loaded with the first request): from node_modules its 180 files took 60-90 ms
  // to load, bundled about 28 ms; its exports are then the chunk's default (src/lib/engine/undici.ts).
  external: ['@oclif/plugin-autocomplete', 'typescript'],
  plugins: [commandLoaders, prebuilt, zodEnglishOnly, builtinsByName, undiciBuiltinsWhenUsed, lazyDefinitions],
  // The CommonJS packages in the bundle require Node's built-ins, and some name their own file.
  banner: {
    js: [
      "const { createRequire: __aacRequire } = process.getBuiltinModule('node:module');",
      "const { fileURLToPath: __aacPath } = process.getBuiltinModule('node:url');",
      'const require = __aacRequire(import.meta.url);',
      'const __filename = __aacPath(import.meta.url);',
      "const __dirname = __aacPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
  logLevel: 'warning',
});
