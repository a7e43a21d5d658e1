import lockfile from 'proper-lockfile';
import { AacError } from '../errors.js';

/** A lock whose holder stopped refreshing it this long ago (it crashed or was killed) is taken over (ms). */
export const LOCK_STALE_MS = 10_000;

/** How long a writer waits for the lock: backoff up to 250 ms, about 45 s in all, past the stale limit. */
const RETRIES = { retries: 200, factor: 1.3, minTimeout: 5, maxTimeout: 250, randomize: true };

/** Throws when the lock was lost while held (its holder stalled past LOCK_STALE_MS), so nothing is written. */
export type AssertHeld = () => void;

/**
 * Runs `critical` while holding the inter-process lock of `path`: a `<path>.lock` directory next to it,
 * kept fresh while held and taken over once stale. The directory of `path` must exist.
 */
export async function withLock<T>(path: string, critical: (assertHeld: AssertHeld) => Promise<T>): Promise<T> {
  let lost: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(path, {
      realpath: false,
      stale: LOCK_STALE_MS,
      retries: RETRIES,
      onCompromised: (err) => {
        lost = err;
      },
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOCKED') {
      throw new AacError('config', `Timed out waiting for another aac process to finish writing ${path}.`, {
        retryable: true,
        hint: `Try again. If no aac process is running, remove ${path}.lock.`,
      });
    }
    throw new AacError('config', `Cannot lock ${path}: ${code ?? String(err)}.`, { cause: err });
  }
  const assertHeld = () => {
    if (lost) throw new AacError('config', `Lost the lock on ${path} while writing it; nothing was written.`, { retryable: true, hint: 'Try again.' });
  };
  try {
    return await critical(assertHeld);
  } finally {
    await release().catch(() => undefined);
  }
}
