import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';

/**
 * Linear's GraphQL schema, rebuilt from the types its SDK (`@linear/sdk`) generates from it: every object,
 * input, enum, union and scalar, with field arguments from the `<Type><Field>Args` types. The SDK ships no
 * schema document, but its generated declarations describe the whole schema one type at a time.
 */
export function linearSchema(): GraphQLSchema {
  const dist = dirname(createRequire(import.meta.url).resolve('@linear/sdk'));
  const file = readdirSync(dist).find((f) => /^index-.*\.d\.mts$/.test(f));
  if (!file) throw new Error(`No generated declarations in ${dist}`);
  const sdl = toSdl(readFileSync(join(dist, file), 'utf8'));
  return buildSchema(sdl, { assumeValidSDL: true });
}

type Fields = [name: string, type: string, optional: boolean][];

function fieldsOf(body: string): Fields {
  const out: Fields = [];
  for (const line of body.split('\n')) {
    const m = /^\s{2}([A-Za-z_][A-Za-z0-9_]*)(\??): (.+);$/.exec(line);
    // webhook payload types (not part of the API schema) carry bundler-renamed or inline types
    if (m && m[1] !== '__typename' && /^[A-Za-z][A-Za-z0-9_<>[\]" ]*$/.test(m[3]!)) out.push([m[1]!, m[3]!, m[2] === '?']);
  }
  return out;
}

/** A TypeScript field type of the generated code as a GraphQL type. */
function gqlType(ts: string, scalars: Set<string>, optional = false): string {
  let t = ts.trim();
  let nullable = optional;
  const wrapped = /^(Maybe|InputMaybe)<(.+)>$/.exec(t);
  if (wrapped) {
    nullable = true;
    t = wrapped[2]!;
  }
  const list = /^Array<(.+)>$/.exec(t);
  const scalar = /^Scalars\["([A-Za-z0-9_]+)"\](\["(input|output)"\])?$/.exec(t);
  const inner = list ? `[${gqlType(list[1]!, scalars)}]` : scalar ? scalar[1]! : t;
  if (scalar) scalars.add(scalar[1]!);
  return nullable ? inner : `${inner}!`;
}

/** The named type inside `Maybe<Array<…>>`. */
function baseName(ts: string): string {
  return ts.replace(/(Maybe|InputMaybe|Array)</g, '').replace(/>/g, '').trim();
}

function toSdl(dts: string): string {
  const scalars = new Set<string>();
  const objects = new Map<string, Fields>();
  const plain = new Map<string, Fields>();
  const args = new Map<string, Fields>();
  const implementing = new Map<string, string[]>();
  const sdl: string[] = [];
  for (const m of dts.matchAll(/^type ([A-Za-z0-9_]+) = ((?:[A-Za-z0-9_]+ & )*)\{\n([\s\S]*?)\n\};/gm)) {
    const [, name, prefix, body] = m as unknown as [string, string, string, string];
    if (prefix) implementing.set(name, prefix.split(' & ').filter(Boolean));
    // a schema object type names itself in __typename; the SDK's operations and fragments name another type
    if (body.includes(`__typename?: "${name}";`)) objects.set(name, fieldsOf(body));
    else if (name === 'Scalars' || body.includes('__typename')) continue;
    else if (name.endsWith('Args')) args.set(name, fieldsOf(body));
    else plain.set(name, fieldsOf(body));
  }
  const known = new Set(['String', 'Int', 'Float', 'Boolean', 'ID', ...objects.keys(), ...plain.keys()]);
  for (const m of dts.matchAll(/^declare enum ([A-Za-z0-9_]+) \{\n([\s\S]*?)\n\}/gm)) {
    known.add(m[1]!);
    const values = [...m[2]!.matchAll(/= "([^"]+)"/g)].map((v) => v[1]!);
    sdl.push(`enum ${m[1]} { ${values.join(' ')} }`);
  }
  for (const m of dts.matchAll(/^type ([A-Za-z0-9_]+) = ([A-Z][A-Za-z0-9_]*(?: \| [A-Z][A-Za-z0-9_]*)+);$/gm)) {
    if (m[2]!.split(' | ').every((n) => objects.has(n))) {
      known.add(m[1]!);
      sdl.push(`union ${m[1]} = ${m[2]}`);
    }
  }
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  // fields of types the declarations do not define (webhook payloads written inline) are left out
  const defined = (fields: Fields) => fields.filter(([, type]) => /Scalars\[/.test(type) || known.has(baseName(type)));
  for (const [name, fields] of objects) {
    if (defined(fields).length === 0) continue;
    const lines = defined(fields).map(([field, type]) => {
      const a = args.get(`${name}${capital(field)}Args`);
      const list = a?.length ? `(${a.map(([n, t, o]) => `${n}: ${gqlType(t, scalars, o)}`).join(', ')})` : '';
      return `  ${field}${list}: ${gqlType(type, scalars)}`;
    });
    const ifaces = (implementing.get(name) ?? []).filter((i) => plain.has(i));
    sdl.push(`type ${name}${ifaces.length ? ` implements ${ifaces.join(' & ')}` : ''} {\n${lines.join('\n')}\n}`);
  }
  // Types without __typename: interfaces when an object type implements them (`A = Node & {…}`), else inputs.
  const interfaces = new Set([...implementing.values()].flat());
  // a type without __typename that holds output types is an output type too (e.g. a webhook payload)
  const outputs = new Set(objects.keys());
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, fields] of plain) {
      if (!outputs.has(name) && fields.some(([, type]) => outputs.has(baseName(type)))) grew = outputs.add(name) !== undefined;
    }
  }
  for (const [name, fields] of plain) {
    if (defined(fields).length === 0) continue;
    const kind = interfaces.has(name) ? 'interface' : outputs.has(name) ? 'type' : 'input';
    const lines = defined(fields).map(([field, type, optional]) => `  ${field}: ${gqlType(type, scalars, kind === 'input' && optional)}`);
    sdl.push(`${kind} ${name} {\n${lines.join('\n')}\n}`);
  }
  for (const s of ['String', 'Int', 'Float', 'Boolean', 'ID']) scalars.delete(s);
  sdl.push(...[...scalars].map((s) => `scalar ${s}`));
  sdl.push('schema { query: Query mutation: Mutation }');
  return sdl.join('\n\n');
}
