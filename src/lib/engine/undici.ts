import type { Agent } from 'undici';

type Undici = typeof import('undici');

let loaded: Promise<Undici> | undefined;
let agent: Promise<typeof Agent> | undefined;

/** A module's CommonJS exports: bundled, they arrive as the chunk's `default`; from node_modules, also as named exports. */
const exportsOf = <T>(m: T | { default: T }): T => (m && typeof m === 'object' && 'default' in m ? m.default : m) as T;

/** The whole of undici (for its FormData), loaded when first needed. */
export function undici(): Promise<Undici> {
  loaded ??= import('undici').then((m) => (typeof m.Agent === 'function' ? m : exportsOf(m as unknown as { default: Undici })));
  return loaded;
}

/**
 * undici's Agent with its `request` method, from the three modules of undici that sending needs. undici's index also
 * loads fetch, WebSocket, caches and mocks: ~10 ms more before the first request of every run. The modules are
 * undici's own files, not its API: should a later undici move them, the whole package is loaded instead.
 */
export function undiciAgent(): Promise<typeof Agent> {
  agent ??= Promise.all([import('undici/lib/dispatcher/agent.js'), import('undici/lib/dispatcher/dispatcher.js'), import('undici/lib/api/api-request.js')]).then(
    ([agentModule, dispatcherModule, requestModule]) => {
      // what undici's index does for each of its API methods
      exportsOf(dispatcherModule).prototype.request ??= exportsOf(requestModule);
      return exportsOf(agentModule);
    },
    () => undici().then((m) => m.Agent),
  );
  return agent;
}
