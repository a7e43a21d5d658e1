#!/usr/bin/env node
// Bundles the CLI that bin/run.js runs into dist/bundle/: the entry (src/cli.ts) with oclif, and one chunk per
// command and per connector, each loaded only when used. Run after `oclif manifest`: the manifest lists the commands.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import ts from 'typescript';
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

/**
 * Node's built-in modules through `process.getBuiltinModule`. An ESM import of one builds its whole namespace, which
 * runs every lazy getter of the module (`node:fs` loads fs/promises and readline, `node:util` its diff and worker
 * parts): about 6 ms of every start. Each importer gets a module that reads only the names it imports (copying a
 * whole built-in into a CommonJS namespace cost ~4 ms more); a namespace or dynamic import gets the module as CommonJS.
 */
/** Built-ins whose exports are all plain functions, which aac calls only on some paths. */
const CALLED_LATER = new Set(['node:fs/promises', 'node:stream/promises', 'node:stream/consumers', 'node:timers/promises']);

const builtinsByName = {
  name: 'builtins-by-name',
  setup(b) {
    // One module per importer, so that it lands in the importer's chunk instead of a chunk of its own.
    b.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === 'import-statement' || args.kind === 'dynamic-import'
        ? { path: args.path, namespace: 'builtin', pluginData: args.kind === 'import-statement' ? args.importer : undefined, suffix: `?${args.importer}` }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
      const module = `process.getBuiltinModule(${JSON.stringify(args.path)})`;
      const imported = args.pluginData && importedNames(args.pluginData, args.path);
      if (!imported) return { contents: `module.exports = ${module};\n`, loader: 'js' };
      if (CALLED_LATER.has(args.path) && !imported.default) {
        // only functions: each loads the module on its first call (fs/promises alone takes ~1 ms, and readline with it)
        const lines = [...imported.names].map((n) => `export function ${n}(...args) { return ${module}.${n}(...args); }`);
        return { contents: `${lines.join('\n')}\n`, loader: 'js' };
      }
      const lines = [`const m = ${module};`, ...(imported.default ? ['export default m;'] : []), ...[...imported.names].map((n) => `export const ${n} = m.${n};`)];
      return { contents: `${lines.join('\n')}\n`, loader: 'js' };
    });
  },
};

/** The names `file` imports from `specifier` (and whether it imports the default), or undefined for a namespace import. */
function importedNames(file, specifier) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const imported = { default: false, names: new Set() };
  for (const statement of source.statements) {
    const from = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
    if (!from || !ts.isStringLiteral(from) || from.text !== specifier) continue;
    if (ts.isExportDeclaration(statement)) return undefined;
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly) continue;
    if (clause.name) imported.default = true;
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) return undefined;
    for (const element of bindings?.elements ?? []) {
      if (element.isTypeOnly) continue;
      const name = (element.propertyName ?? element.name).text;
      if (name === 'default') imported.default = true;
      else imported.names.add(name);
    }
  }
  return imported;
}

/**
 * Built-ins that undici requires when it loads but needs later or seldom, each replaced in undici's files by a stub
 * that loads the built-in when it is used. The build fails if the file uses the built-in in a way its stub does
 * not cover (a later undici).
 */
const undiciStubs = {
  // The HTTP/2 client takes a few constants and `connect`: node:http2 with its tls and crypto took ~12 ms before the
  // first request, which mostly speaks HTTP/1.1. The constants are read from this Node at build time.
  'node:http2': (source) => {
    const used = new Set([...source.matchAll(/\bhttp2\.(\w+)/g)].map((m) => m[1]));
    const named = /const \{\s*constants: \{([^}]*)\}\s*\} = http2\b/.exec(source)?.[1].split(',').map((n) => n.trim()).filter(Boolean);
    const all = process.getBuiltinModule('node:http2').constants;
    if (!named || [...used].some((u) => u !== 'connect') || named.some((n) => all[n] === undefined)) return undefined;
    const constants = Object.fromEntries(named.map((n) => [n, all[n]]));
    return `module.exports = { constants: ${JSON.stringify(constants)}, connect: (...args) => process.getBuiltinModule('node:http2').connect(...args) };\n`;
  },
  // `assert(condition)` throughout; node:assert (its diffing and error-source code) took ~5 ms to load. It loads
  // when a condition fails, and throws what it throws.
  'node:assert': (source) =>
    /^const assert = require\('node:assert'\)$/m.test(source) && !/\bassert\s*\.\s*\w/.test(source)
      ? "module.exports = function assert(...args) { if (!args[0]) process.getBuiltinModule('node:assert')(...args); };\n"
      : undefined,
};

const undiciBuiltinsWhenUsed = {
  name: 'undici-builtins-when-used',
  setup(b) {
    b.onResolve({ filter: /^node:(http2|assert)$/ }, (args) =>
      args.kind === 'require-call' && args.importer.includes('/node_modules/undici/') ? { path: `${args.path} for ${args.importer}`, namespace: 'undici-stub', pluginData: args } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'undici-stub' }, (args) => {
      const { path: builtin, importer } = args.pluginData;
      const contents = undiciStubs[builtin](readFileSync(importer, 'utf8'));
      if (contents === undefined) throw new Error(`${importer} uses ${builtin} in a way scripts/bundle.mjs does not stub`);
      return { contents, loader: 'js' };
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
