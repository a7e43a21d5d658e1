import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server.js';
import { CUSTOMERS, fakeStripe, ndjson, stripe } from '../helpers/stripe.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const CLEAR = '\r\x1b[K';
const counter = (records: number, pages: number) => new RegExp(`^${records} records?, ${pages} pages?, [\\d,]+/s$`);

/** The counter states drawn on stderr, in order (the rate varies, so it is matched, not compared). */
function frames(stderr: string): string[] {
  return counterText(stderr).split(CLEAR).filter(Boolean);
}

/** stderr without the line saying which mode ran (a terminal gets it first). */
const counterText = (stderr: string) => stderr.replace(/^Mode: local \(no platform credentials\)\n/, '');

describe('aac exec --all progress on stderr', () => {
  it('on a terminal stderr: records, pages and rate after every page, the last count left on its own line; stdout unchanged', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--all'], { stderrTTY: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(ndjson(CUSTOMERS));
    const drawn = frames(r.stderr);
    expect(drawn).toHaveLength(4);
    [counter(3, 1), counter(6, 2), counter(7, 3)].forEach((re, i) => expect(drawn[i]).toMatch(re));
    expect(drawn[3]!.endsWith('\n')).toBe(true);
    expect(drawn[3]!.trimEnd()).toMatch(counter(7, 3));
  });

  it('when stdout is the same terminal, the counter line is cleared before each page of records', async () => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--all', '--max-pages', '2'], { stderrTTY: true, ttyColumns: 100 });
    expect(r.code).toBe(0);
    // page 1 drawn, cleared before page 2 is written, page 2 drawn, then the last line
    expect(counterText(r.stderr).split(CLEAR).length - 1).toBe(4);
    expect(frames(r.stderr).map((f) => f.trimEnd())).toEqual([expect.stringMatching(counter(3, 1)), expect.stringMatching(counter(6, 2)), expect.stringMatching(counter(6, 2))]);
  });

  it.each([
    ['stderr piped', {}],
    ['CI set', { stderrTTY: true, env: { CI: '1' } }],
    ['--json', { stderrTTY: true, json: true }],
  ])('nothing on stderr with %s', async (_what, opts: { stderrTTY?: boolean; env?: Record<string, string>; json?: boolean }) => {
    server = await fakeStripe();
    const r = await stripe(server, ['customers', 'list', '--all', ...(opts.json ? ['--json'] : [])], opts);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(ndjson(CUSTOMERS));
    expect(counterText(r.stderr)).toBe('');
  });
});
