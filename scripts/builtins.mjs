// How the bundle takes Node's built-in modules: through `process.getBuiltinModule`, each when it is used.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Built-ins whose exports are all plain functions, which aac calls only on some paths. */
const CALLED_LATER = new Set(['node:fs/promises', 'node:stream/promises', 'node:stream/consumers', 'node:timers/promises']);

/**
 * Node's built-in modules through `process.getBuiltinModule`. An ESM import of one builds its whole namespace, which
 * runs every lazy getter of the module (`node:fs` loads fs/promises and readline, `node:util` its diff and worker
 * parts): about 6 ms of every start. Each importer gets a module that reads only the names it imports (copying a
 * whole built-in into a CommonJS namespace cost ~4 ms more); a namespace or dynamic import gets the module as CommonJS.
 */
export const builtinsByName = {
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

export const undiciBuiltinsWhenUsed = {
  name: 'undici-builtins-when-used',
  setup(b) {
    b.onResolve({ filter: /^node:(http2|assert)$/ }, (args) =>
      args.kind === 'require-call' && args.importer.includes('/node_modules/undici/') ? { path: `${args.path} for ${args.importer}`, namespace: 'undici-stub', pluginData: args } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'undici-stub' }, (args) => {
      const { path: builtin, importer } = args.pluginData;
      const contents = undiciStubs[builtin](readFileSync(importer, 'utf8'));
      if (contents === undefined) throw new Error(`${importer} uses ${builtin} in a way scripts/builtins.mjs does not stub`);
      return { contents, loader: 'js' };
    });
  },
};
