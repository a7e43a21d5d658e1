// The connector definitions as the bundle loads them: their zod schemas built when first read. A definition is
// imported whole, but a run uses one action of it, and building every schema of a definition took ~10 ms of a Stripe
// run. The sources stay plain zod; only the bundle's copy of src/connectors/<name>/*.ts is rewritten:
//
// - an action's `params: <schema>` becomes a getter that builds the schema on first read and keeps it in its place;
// - a top-level `const x = <expression using zod>` becomes a function that builds the value once, and every use of
//   `x` in the connector's files (imports from sibling files included) calls it.
//
// The result is the same objects, built later: test/integration/bundle.test.ts compares every action of every
// connector, bundled and from the sources.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import ts from 'typescript';

const f = ts.factory;

const parse = (file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

/** Whether `node` has an identifier among `names` (or `z`) in a value position. */
function mentions(node, names) {
  let found = false;
  const visit = (n) => {
    if (found || ts.isTypeNode(n)) return;
    if (ts.isIdentifier(n) && (n.text === 'z' || names.has(n.text)) && isReference(n)) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** An identifier that names a binding (not a property name, a declaration, an import or export specifier or a type). */
function isReference(id) {
  const p = id.parent;
  if (!p) return false;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return false;
  if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isGetAccessorDeclaration(p) || ts.isPropertySignature(p)) && p.name === id) return false;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p)) && p.name === id) return false;
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p)) return false;
  for (let n = p; n; n = n.parent) if (ts.isTypeNode(n)) return false;
  return true;
}

/** The top-level consts to build lazily, per file of one connector's directory (to a fixed point across its files). */
function lazyConsts(dir) {
  const files = readdirSync(dir).filter((n) => n.endsWith('.ts')).map((n) => join(dir, n));
  const sources = new Map(files.map((file) => [file, parse(file)]));
  const lazy = new Map(files.map((file) => [file, new Set()]));
  /** The names a file may use lazily: its own, and those it imports from a sibling that made them lazy. */
  const visible = (file) => {
    const names = new Set(lazy.get(file));
    for (const st of sources.get(file).statements) {
      if (!ts.isImportDeclaration(st) || !st.importClause?.namedBindings || !ts.isNamedImports(st.importClause.namedBindings)) continue;
      const from = lazy.get(join(dir, basename(st.moduleSpecifier.text).replace(/\.js$/, '.ts')));
      if (!st.moduleSpecifier.text.startsWith('./') || !from) continue;
      for (const el of st.importClause.namedBindings.elements) if (from.has((el.propertyName ?? el.name).text)) names.add(el.name.text);
    }
    return names;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const [file, source] of sources) {
      const names = visible(file);
      for (const st of source.statements) {
        if (!ts.isVariableStatement(st) || !(st.declarationList.flags & ts.NodeFlags.Const)) continue;
        for (const d of st.declarationList.declarations) {
          const init = d.initializer;
          if (!ts.isIdentifier(d.name) || !init || lazy.get(file).has(d.name.text)) continue;
          if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) continue;
          // the entity maps hold the actions, whose params are already built when read
          if (ts.isCallExpression(init) && ts.isIdentifier(init.expression) && /^(defineEntities|defineConnector|renamedEntity)$/.test(init.expression.text)) continue;
          if (!mentions(init, names)) continue;
          lazy.get(file).add(d.name.text);
          changed = true;
        }
      }
    }
  }
  return { lazy, visible };
}

/**
 * Fails the build on what the rewrite does not follow: a lazy name declared again inside a file (a parameter or a
 * local), a re-export, or a namespace import of a sibling file.
 */
function checkRewritable(source, names) {
  for (const st of source.statements) {
    const sibling = (ts.isExportDeclaration(st) || ts.isImportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) && st.moduleSpecifier.text.startsWith('./');
    const namespace = ts.isImportDeclaration(st) && st.importClause?.namedBindings && ts.isNamespaceImport(st.importClause.namedBindings);
    if ((ts.isExportDeclaration(st) && !st.isTypeOnly) || (sibling && namespace)) {
      throw new Error(`${source.fileName}: scripts/lazy-definitions.mjs does not follow re-exports or namespace imports in a definition`);
    }
  }
  const visit = (n) => {
    const declared = (ts.isVariableDeclaration(n) || ts.isParameter(n) || ts.isBindingElement(n)) && ts.isIdentifier(n.name) ? n.name.text : undefined;
    const topLevel = ts.isVariableDeclaration(n) && ts.isVariableStatement(n.parent.parent) && n.parent.parent.parent === source;
    if (declared && names.has(declared) && !topLevel) throw new Error(`${source.fileName}: "${declared}" is declared again inside the file; scripts/lazy-definitions.mjs cannot build it lazily`);
    ts.forEachChild(n, visit);
  };
  visit(source);
}

/** `once(() => value)`, a module of its own that each rewritten file imports. */
const ONCE = 'export const once = (build) => { let done = false; let value; return () => (done ? value : ((done = true), (value = build()))); };\n';

function rewrite(source, names, context) {
  const call = (name) => f.createCallExpression(f.createIdentifier(name), undefined, []);
  const visit = (node) => {
    if (ts.isShorthandPropertyAssignment(node) && names.has(node.name.text)) return f.createPropertyAssignment(node.name.text, call(node.name.text));
    if (ts.isIdentifier(node) && names.has(node.text) && isReference(node)) return call(node.text);
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && names.has(node.name.text) && node.parent.parent.parent === source) {
      const build = f.createArrowFunction(undefined, undefined, [], undefined, undefined, ts.visitNode(node.initializer, visit));
      return f.updateVariableDeclaration(node, node.name, undefined, undefined, f.createCallExpression(f.createIdentifier('__once'), undefined, [build]));
    }
    const next = ts.visitEachChild(node, visit, context);
    return ts.isPropertyAssignment(next) && ts.isIdentifier(next.name) && next.name.text === 'params' ? paramsGetter(next.initializer) : next;
  };
  return ts.visitNode(source, visit);
}

/** get params() { const value = <initializer>; Object.defineProperty(this, 'params', { value, … }); return value; } */
function paramsGetter(initializer) {
  const value = f.createIdentifier('value');
  const settle = f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier('Object'), 'defineProperty'), undefined, [
    f.createThis(),
    f.createStringLiteral('params'),
    f.createObjectLiteralExpression(['value', 'writable', 'enumerable', 'configurable'].map((k) => (k === 'value' ? f.createShorthandPropertyAssignment(value) : f.createPropertyAssignment(k, f.createTrue())))),
  ]);
  return f.createGetAccessorDeclaration(undefined, 'params', [], undefined, f.createBlock([
    f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(value, undefined, undefined, initializer)], ts.NodeFlags.Const)),
    f.createExpressionStatement(settle),
    f.createReturnStatement(value),
  ]));
}

export const lazyDefinitions = {
  name: 'lazy-definitions',
  setup(b) {
    const byDir = new Map();
    b.onResolve({ filter: /^aac-once$/ }, () => ({ path: 'aac-once', namespace: 'aac' }));
    b.onLoad({ filter: /^aac-once$/, namespace: 'aac' }, () => ({ contents: ONCE, loader: 'js' }));
    b.onLoad({ filter: /\/src\/connectors\/[^/]+\/[^/]+\.ts$/ }, (args) => {
      const dir = dirname(args.path);
      if (!byDir.has(dir)) byDir.set(dir, lazyConsts(dir));
      const { visible } = byDir.get(dir);
      const names = visible(args.path);
      const source = parse(args.path);
      checkRewritable(source, names);
      const { outputText } = ts.transpileModule(source.text, {
        fileName: args.path,
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
        transformers: { before: [(context) => (file) => rewrite(file, names, context)] },
      });
      return { contents: `import { once as __once } from 'aac-once';\n${outputText}`, loader: 'js' };
    });
  },
};
