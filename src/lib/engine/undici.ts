type Undici = typeof import('undici');

let loaded: Promise<Undici> | undefined;

/**
 * undici, loaded with the first request. Bundled (its CommonJS in an ESM chunk), its exports are the chunk's
 * `default`; imported by Node from node_modules (the library, the tests), they are also named exports.
 */
export function undici(): Promise<Undici> {
  loaded ??= import('undici').then((m) => (typeof m.Agent === 'function' ? m : (m as unknown as { default: Undici }).default));
  return loaded;
}
