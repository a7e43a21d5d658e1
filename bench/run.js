// `npm run bench`: start-up, one-request latency and streaming throughput/memory of the built CLI,
// each measured against a baseline in the same run. See bench/README.md.
//
//   node bench/run.js [--json]
//   BENCH_ROUNDS=20 BENCH_STREAM_ROUNDS=3 BENCH_RECORDS=100000 BENCH_DOWNLOAD_MB=1024 node bench/run.js
//
// Every process is spawned with the node binary running this script (process.execPath), interleaved
// and shuffled round by round, and summarised by medians, so that a shared, noisy machine hurts both
// sides of each ratio alike. All traffic stays on 127.0.0.1.
import { fork, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const aacBin = join(root, 'bin', 'run.js');
const asJson = process.argv.includes('--json');

/** @param {string} name @param {number} fallback */
function intEnv(name, fallback) {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
const ROUNDS = intEnv('BENCH_ROUNDS', 20);
const WARMUP = 2;
const STREAM_ROUNDS = intEnv('BENCH_STREAM_ROUNDS', 3);
/** Time budgets: on a very busy machine fewer rounds are run (at least MIN_*), and the report says so. */
const COLD_BUDGET_MS = 60_000;
const STREAM_BUDGET_MS = 90_000;
const MIN_ROUNDS = 5;
const RECORDS = intEnv('BENCH_RECORDS', 100_000);
const SMALL_RECORDS = Math.max(100, Math.round(RECORDS / 10));
/** The RSS must stay flat up to here (one round: it takes a while). */
const HUGE_RECORDS = RECORDS * 3;
const PAGE = 100;
const MIB = 1024 * 1024;
const DOWNLOAD_BYTES = intEnv('BENCH_DOWNLOAD_MB', 1024) * MIB;
const SMALL_DOWNLOAD_BYTES = Math.max(MIB, Math.round(DOWNLOAD_BYTES / 16));
const WATCHDOG_MS = 480_000;

const TARGET_VERSION_RATIO = 2;
const TARGET_DRY_RUN_RATIO = 2.5;
const TARGET_DESCRIBE_RATIO = 2.5;
const TARGET_CURSOR_RATIO = 1.2;
const TARGET_PAGED_RATIO = 3;
const TARGET_RSS_MB = 150;
/** A download streams: its peak RSS at the full size stays within this of the peak at 1/16 of it. */
const TARGET_DOWNLOAD_GROWTH_MB = 64;
/** Records of the slow offset list (Mailchimp lists, pages of 1000 answered after 50 ms each). */
const PAGED_RECORDS = 50_000;
const PAGED_ROUNDS = 3;

if (!existsSync(join(root, 'dist', 'bundle', 'cli.js'))) {
  console.error('bench: dist/ is missing; run `npm run bench` (it builds first) or `npm run build`.');
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'aac-bench-'));
/** Clean environment: no user config, no .env (cwd is the temp dir), no inherited node flags. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.startsWith('AAC_') && k !== 'NODE_OPTIONS' && k !== 'NODE_COMPILE_CACHE'),
);
Object.assign(env, { STRIPE_API_KEY: 'sk_test_bench', GOOGLE_DRIVE_ACCESS_TOKEN: 'ya29.bench', MAILCHIMP_API_KEY: 'key-us1', MAILCHIMP_DATA_CENTER: 'us1', AAC_CONFIG_DIR: join(tmp, 'config'), NO_COLOR: '1', CI: '1' });

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();
let phase = 'setup';

function cleanup() {
  for (const child of children) child.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
}

const watchdog = setTimeout(() => {
  console.error(`bench: gave up after ${WATCHDOG_MS / 1000} s (during ${phase}).`);
  cleanup();
  process.exit(1);
}, WATCHDOG_MS);

// ---------------------------------------------------------------------------------------------- tools

/** GNU time reports the child's peak RSS (ru_maxrss, KiB) exactly; without it we sample /proc. */
const TIME = (() => {
  if (!existsSync('/usr/bin/time')) return undefined;
  const out = join(tmp, 'time-probe');
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', '-o', out, node, '-e', ''], { stdio: 'ignore' });
  return probe.status === 0 && existsSync(out) && /^\d+\s*$/.test(readFileSync(out, 'utf8')) ? '/usr/bin/time' : undefined;
})();
const CURL = spawnSync('curl', ['--version'], { stdio: 'ignore' }).status === 0 ? 'curl' : undefined;

/** @param {string} pid */
function vmHwmKb(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @typedef {object} RunResult
 * @property {number} ms          wall time from spawn to exit
 * @property {number|undefined} firstByteMs  from spawn to the first byte on stdout
 * @property {number} lines       newlines seen on stdout
 * @property {string} head        the first 4 KiB of stdout
 * @property {number|undefined} rssKb  peak RSS of the measured process
 * @property {number|undefined} cpuS   user + system CPU seconds of the measured process (with /usr/bin/time)
 */

let seq = 0;

/**
 * Spawns one process and measures it. Rejects on a non-zero exit, a signal or a timeout.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ rss?: boolean, timeoutMs?: number }} [opts]
 * @returns {Promise<RunResult>}
 */
function measure(cmd, args, opts = {}) {
  const { rss = false, timeoutMs = 30_000 } = opts;
  const rssFile = rss && TIME ? join(tmp, `rss-${++seq}`) : undefined;
  const [file, argv] = rssFile ? [/** @type {string} */ (TIME), ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd: tmp, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    let sampled = 0;
    const poll = rss && !rssFile ? setInterval(() => (sampled = Math.max(sampled, vmHwmKb(String(child.pid)) ?? 0)), 5) : undefined;
    /** @type {number|undefined} */
    let firstByte;
    let exited = 0;
    let lines = 0;
    let head = '';
    let stderr = '';
    child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
      firstByte ??= performance.now();
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      if (head.length < 4096) head += chunk.toString('utf8', 0, Math.min(chunk.length, 4096));
    });
    child.stderr.on('data', (/** @type {Buffer} */ chunk) => {
      if (stderr.length < 8192) stderr += chunk.toString();
    });
    child.on('exit', () => (exited = performance.now()));
    child.on('error', (err) => {
      clearTimeout(timer);
      clearInterval(poll);
      children.delete(child);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(poll);
      children.delete(child);
      const shown = `${cmd === node ? 'node' : cmd} ${args.map((a) => a.replace(root, '')).join(' ')}`;
      if (code !== 0) {
        reject(new Error(`${shown} failed (${signal ?? `exit ${code}`}):\n${stderr.trim() || head.slice(0, 500)}`));
        return;
      }
      const timed = rssFile ? (readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number) : [];
      const rssKb = rssFile ? timed[0] : rss ? sampled || undefined : undefined;
      const cpuS = rssFile ? (timed[1] ?? NaN) + (timed[2] ?? NaN) : undefined;
      resolve({ ms: exited - started, firstByteMs: firstByte === undefined ? undefined : firstByte - started, lines, head, rssKb, cpuS });
    });
  });
}

// -------------------------------------------------------------------------------------------- helpers

/** @param {number[]} values @param {number} q */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return /** @type {number} */ (sorted[lo]) + (/** @type {number} */ (sorted[hi]) - /** @type {number} */ (sorted[lo])) * (pos - lo);
}
/** @param {number[]} values */
const median = (values) => quantile(values, 0.5);

/** @template T @param {T[]} items */
function shuffle(items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [/** @type {T} */ (out[j]), /** @type {T} */ (out[i])];
  }
  return out;
}

/** @param {string} text */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** @param {boolean} ok */
const verdict = (ok) => (ok ? 'MET' : 'NOT MET');
/** @param {number} n @param {number} [digits] */
const fmt = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** @param {string} text @param {number} width */
const pad = (text, width) => text.padEnd(width);
/** @param {string} text @param {number} width */
const lpad = (text, width) => text.padStart(width);

/** @type {string[]} */
const report = [];
/** @param {string} [line] */
const say = (line = '') => {
  report.push(line);
  if (!asJson) console.log(line);
};
/** @param {string} line */
const progress = (line) => {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${line}`);
};

// ------------------------------------------------------------------------------------------ the server

/** @returns {Promise<{ url: string, child: import('node:child_process').ChildProcess }>} */
function startServer() {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('server.js', import.meta.url)), [], { env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    children.add(child);
    child.once('message', (/** @type {{ url: string }} */ msg) => resolve({ url: msg.url, child }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited early (${code})`)));
  });
}

// ------------------------------------------------------------------------------------------------ main

/**
 * @typedef {object} Task
 * @property {string} key
 * @property {string} label
 * @property {string} cmd
 * @property {string[]} args
 * @property {(r: RunResult) => boolean} check
 */

async function main() {
  const load0 = loadavg()[0] ?? 0;
  const server = await startServer();
  const base = (/** @type {number} */ n) => `${server.url}/n/${n}`;
  const cpu = cpus();
  say(`aac bench — node ${process.version} (${node}), ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}`);
  say(`peak RSS from ${TIME ? '/usr/bin/time (ru_maxrss)' : '/proc/<pid>/status VmHWM, sampled every 5 ms'}; server on ${server.url} (own process)`);
  say();

  // ---- 1–3: cold starts and one loopback get, all interleaved in the same rounds.
  const getUrl = `${base(1)}/v1/customers/cus_1`;
  /** @param {RunResult} r */
  const isCus1 = (r) => parseJson(r.head)?.id === 'cus_1';
  /** @type {Task[]} */
  const tasks = [
    { key: 'node', label: "node -e ''", cmd: node, args: ['-e', ''], check: () => true },
    { key: 'version', label: 'aac --version', cmd: node, args: [aacBin, '--version'], check: (r) => r.head.startsWith('aac/') },
    {
      key: 'dryRun',
      label: 'aac exec stripe customers list --dry-run',
      cmd: node,
      args: [aacBin, 'exec', 'stripe', 'customers', 'list', '--dry-run'],
      check: (r) => String(parseJson(r.head)?.url).endsWith('/v1/customers'),
    },
    {
      key: 'describe',
      label: 'aac describe stripe',
      cmd: node,
      args: [aacBin, 'describe', 'stripe'],
      check: (r) => r.head.includes('"customers"'),
    },
    {
      key: 'catalog',
      label: 'aac connectors catalog',
      cmd: node,
      args: [aacBin, 'connectors', 'catalog'],
      check: (r) => r.head.includes('"name": "airtable"'),
    },
    {
      key: 'get',
      label: 'aac exec stripe customers get -p id=cus_1',
      cmd: node,
      args: [aacBin, 'exec', 'stripe', 'customers', 'get', '-p', 'id=cus_1', '--base-url', base(1)],
      check: isCus1,
    },
  ];
  if (CURL) {
    tasks.push({
      key: 'curl',
      label: 'curl (same URL and headers)',
      cmd: CURL,
      args: ['-sS', '--noproxy', '*', '-H', 'accept: application/json', '-H', 'authorization: Bearer sk_test_bench', getUrl],
      check: isCus1,
    });
  }
  /** @type {Record<string, number[]>} */
  const cold = Object.fromEntries(tasks.map((t) => [t.key, []]));
  phase = 'cold starts';
  const coldStarted = performance.now();
  let coldRounds = 0;
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    if (coldRounds >= MIN_ROUNDS && performance.now() - coldStarted > COLD_BUDGET_MS) break;
    progress(`cold starts: round ${round + 1}/${WARMUP + ROUNDS}${round < WARMUP ? ' (warm-up)' : ''}`);
    for (const task of shuffle(tasks)) {
      const result = await measure(task.cmd, task.args);
      if (!task.check(result)) throw new Error(`${task.label}: unexpected output:\n${result.head.slice(0, 500)}`);
      if (round >= WARMUP) cold[task.key]?.push(result.ms);
    }
    if (round >= WARMUP) coldRounds++;
  }
  progress('');
  /** @param {string} key */
  const coldMed = (key) => median(cold[key] ?? []);
  /** Median of the per-round ratios (each round runs both sides back to back). @param {string} a @param {string} b */
  const pairedRatio = (a, b) => median((cold[a] ?? []).map((v, i) => v / (cold[b]?.[i] ?? NaN)));

  const cut = (/** @type {number} */ done, /** @type {number} */ asked) => (done < asked ? ` (of ${asked} asked: time budget)` : '');
  say(`1–3. Cold start, wall time: ${coldRounds} interleaved rounds${cut(coldRounds, ROUNDS)} (+${WARMUP} warm-up), ms: median [p25–p75]`);
  for (const task of tasks) {
    const values = cold[task.key] ?? [];
    say(`  ${pad(task.label, 44)} ${lpad(fmt(median(values)), 7)} [${fmt(quantile(values, 0.25))}–${fmt(quantile(values, 0.75))}]`);
  }
  const versionRatio = coldMed('version') / coldMed('node');
  const dryRunRatio = coldMed('dryRun') / coldMed('node');
  say(
    `  aac --version  / node: ${fmt(versionRatio, 2)}× (paired ${fmt(pairedRatio('version', 'node'), 2)}×)` +
      `   target ≤ ${TARGET_VERSION_RATIO}×: ${verdict(versionRatio <= TARGET_VERSION_RATIO)}`,
  );
  const describeRatio = coldMed('describe') / coldMed('node');
  say(
    `  exec --dry-run / node: ${fmt(dryRunRatio, 2)}× (paired ${fmt(pairedRatio('dryRun', 'node'), 2)}×)` +
      `   target ≤ ${TARGET_DRY_RUN_RATIO}×: ${verdict(dryRunRatio <= TARGET_DRY_RUN_RATIO)}`,
  );
  say(
    `  describe stripe / node: ${fmt(describeRatio, 2)}× (paired ${fmt(pairedRatio('describe', 'node'), 2)}×)` +
      `   target ≤ ${TARGET_DESCRIBE_RATIO}×: ${verdict(describeRatio <= TARGET_DESCRIBE_RATIO)}`,
  );
  say(`  connectors catalog / node: ${fmt(coldMed('catalog') / coldMed('node'), 2)}× (paired ${fmt(pairedRatio('catalog', 'node'), 2)}×)   reported`);
  if (CURL) {
    say(
      `  exec get       / curl: ${fmt(coldMed('get') / coldMed('curl'), 2)}× (paired ${fmt(pairedRatio('get', 'curl'), 2)}×)` +
        `   get − dry-run: +${fmt(coldMed('get') - coldMed('dryRun'))} ms (HTTP client + one loopback request)`,
    );
  } else {
    say('  curl not found on PATH: the get-vs-curl comparison is skipped.');
  }
  say();

  // ---- 4: streaming a large list.
  /** @param {number} n */
  const aacAll = (n) => [aacBin, 'exec', 'stripe', 'customers', 'list', '--all', '-p', `limit=${PAGE}`, '--base-url', base(n)];
  /** @param {number} n @returns {(r: RunResult) => boolean} */
  const streamed = (n) => (r) => r.lines === n && parseJson(r.head.slice(0, r.head.indexOf('\n')))?.id === 'cus_0000000000';
  const undiciLoop = fileURLToPath(new URL('undici-loop.js', import.meta.url));
  /** @type {Array<Task & { records: number }>} */
  const streams = [
    { key: 'aac', label: `aac exec … list --all`, cmd: node, args: aacAll(RECORDS), records: RECORDS, check: streamed(RECORDS) },
    { key: 'undici', label: 'undici loop (bench/undici-loop.js)', cmd: node, args: [undiciLoop, base(RECORDS), String(PAGE)], records: RECORDS, check: streamed(RECORDS) },
    { key: 'aacSmall', label: `aac exec … list --all`, cmd: node, args: aacAll(SMALL_RECORDS), records: SMALL_RECORDS, check: streamed(SMALL_RECORDS) },
    { key: 'aacHuge', label: `aac exec … list --all (round 1)`, cmd: node, args: aacAll(HUGE_RECORDS), records: HUGE_RECORDS, check: streamed(HUGE_RECORDS) },
    { key: 'bare', label: "node -e ''", cmd: node, args: ['-e', ''], records: 0, check: () => true },
  ];
  /** @type {Record<string, RunResult[]>} */
  const runs = Object.fromEntries(streams.map((t) => [t.key, []]));
  phase = 'streaming';
  const streamStarted = performance.now();
  let streamRounds = 0;
  for (let round = 0; round < STREAM_ROUNDS; round++) {
    if (streamRounds >= 1 && performance.now() - streamStarted > STREAM_BUDGET_MS) break;
    progress(`streaming: round ${round + 1}/${STREAM_ROUNDS}`);
    for (const task of shuffle(streams.filter((t) => round === 0 || t.key !== 'aacHuge'))) {
      const result = await measure(task.cmd, task.args, { rss: true, timeoutMs: 60_000 });
      if (!task.check(result)) throw new Error(`${task.label}: expected ${task.records} records, got ${result.lines} lines`);
      runs[task.key]?.push(result);
    }
    streamRounds++;
  }
  progress('');
  /** @param {string} key */
  const summary = (key) => {
    const task = /** @type {(typeof streams)[number]} */ (streams.find((t) => t.key === key));
    const rs = runs[key] ?? [];
    const rss = rs.map((r) => (r.rssKb ?? NaN) / 1024);
    return {
      records: task.records,
      wallS: median(rs.map((r) => r.ms / 1000)),
      perS: median(rs.map((r) => task.records / (r.ms / 1000))),
      streamPerS: median(rs.map((r) => task.records / ((r.ms - (r.firstByteMs ?? 0)) / 1000))),
      firstByteMs: median(rs.map((r) => r.firstByteMs ?? NaN)),
      cpuS: median(rs.map((r) => r.cpuS ?? NaN)),
      rssMedMb: median(rss),
      rssMaxMb: Math.max(...rss),
    };
  };
  const stream = { aac: summary('aac'), undici: summary('undici'), aacSmall: summary('aacSmall'), aacHuge: summary('aacHuge'), bare: summary('bare') };

  const label = `${RECORDS.toLocaleString('en-US')} records`;
  say(
    `4. Streaming Stripe customers (pages of ${PAGE}, ~700 B/record, last-id cursor) into a pipe: ` +
      `${streamRounds} interleaved rounds${cut(streamRounds, STREAM_ROUNDS)}, medians`,
  );
  say(
    `  ${pad('', 36)} ${lpad('records', 8)} ${lpad('wall s', 7)} ${lpad('records/s', 10)} ${lpad('after 1st byte', 14)}` +
      ` ${lpad('CPU s', 6)} ${lpad('peak RSS MB', 11)} ${lpad('(max)', 6)}`,
  );
  for (const task of streams) {
    const s = stream[/** @type {keyof typeof stream} */ (task.key)];
    const rate = task.records ? fmt(s.perS, 0) : '—';
    const after = task.records ? `${fmt(s.streamPerS, 0)}/s` : '—';
    say(
      `  ${pad(task.label, 36)} ${lpad(task.records.toLocaleString('en-US'), 8)} ${lpad(fmt(s.wallS, 2), 7)} ${lpad(rate, 10)} ` +
        `${lpad(after, 14)} ${lpad(Number.isNaN(s.cpuS) ? '—' : fmt(s.cpuS, 2), 6)} ${lpad(fmt(s.rssMedMb), 11)} ${lpad(fmt(s.rssMaxMb), 6)}`,
    );
  }
  const cpuRatio = stream.aac.cpuS / stream.undici.cpuS;
  const cursorRatio = stream.aac.perS / stream.undici.perS;
  say(
    `  aac / undici loop at ${label}: ${fmt(cursorRatio, 2)}× the records/s (target ≥ ${TARGET_CURSOR_RATIO}×: ${verdict(cursorRatio >= TARGET_CURSOR_RATIO)})` +
      `${Number.isNaN(cpuRatio) ? '' : `, ${fmt(cpuRatio, 2)}× the CPU time`}, ${fmt(stream.aac.rssMedMb / stream.undici.rssMedMb, 2)}× the peak RSS`,
  );
  const rssPeak = Math.max(stream.aac.rssMaxMb, stream.aacSmall.rssMaxMb, stream.aacHuge.rssMaxMb);
  say(
    `  aac peak RSS ${fmt(stream.aacSmall.rssMaxMb)} MB at ${SMALL_RECORDS.toLocaleString('en-US')}, ${fmt(stream.aac.rssMaxMb)} MB at ${label}, ` +
      `${fmt(stream.aacHuge.rssMaxMb)} MB at ${HUGE_RECORDS.toLocaleString('en-US')}   target ≤ ${TARGET_RSS_MB} MB: ${verdict(rssPeak <= TARGET_RSS_MB)}`,
  );
  say();

  // ---- 5: an offset list whose server takes 50 ms a page: pages fetched ahead, up to 4 at once.
  phase = 'paged';
  const slowBase = `${server.url}/slow/${PAGED_RECORDS}`;
  /** @param {RunResult} r */
  const allLists = (r) => r.lines === PAGED_RECORDS && parseJson(r.head.slice(0, r.head.indexOf('\n')))?.id === 'list_0000000000';
  const paged = [
    { key: 'aac', label: 'aac exec mailchimp lists list --all', cmd: node, args: [aacBin, 'exec', 'mailchimp', 'lists', 'list', '--all', '--base-url', `${slowBase}/3.0`] },
    { key: 'loop', label: 'sequential loop (bench/offset-loop.js)', cmd: node, args: [fileURLToPath(new URL('offset-loop.js', import.meta.url)), slowBase, '1000'] },
  ];
  /** @type {Record<string, RunResult[]>} */
  const pagedRuns = { aac: [], loop: [] };
  for (let round = 0; round < PAGED_ROUNDS; round++) {
    progress(`paged: round ${round + 1}/${PAGED_ROUNDS}`);
    for (const task of shuffle(paged)) {
      const result = await measure(task.cmd, task.args, { timeoutMs: 60_000 });
      if (!allLists(result)) throw new Error(`${task.label}: expected ${PAGED_RECORDS} records, got ${result.lines} lines`);
      pagedRuns[task.key]?.push(result);
    }
  }
  progress('');
  const pagedRate = (/** @type {string} */ key) => median((pagedRuns[key] ?? []).map((r) => PAGED_RECORDS / (r.ms / 1000)));
  const pagedRatio = pagedRate('aac') / pagedRate('loop');
  say(`5. Offset pages (Mailchimp lists, ${PAGED_RECORDS.toLocaleString('en-US')} records in pages of 1000, 50 ms a page): ${PAGED_ROUNDS} rounds, medians`);
  for (const task of paged) say(`  ${pad(task.label, 40)} ${lpad(fmt(median((pagedRuns[task.key] ?? []).map((r) => r.ms / 1000)), 2), 6)} s ${lpad(fmt(pagedRate(task.key), 0), 8)} records/s`);
  say(`  aac / sequential loop: ${fmt(pagedRatio, 2)}× the records/s   target ≥ ${TARGET_PAGED_RATIO}×: ${verdict(pagedRatio >= TARGET_PAGED_RATIO)}`);

  // ---- 6: one large download to a file, and the same through a plain undici pipe.
  phase = 'download';
  const undiciDownload = fileURLToPath(new URL('undici-download.js', import.meta.url));
  /** @param {number} size @param {'aac' | 'undici'} client */
  const downloadOnce = async (size, client) => {
    const out = join(tmp, `download-${client}-${size}.bin`);
    const base = `${server.url}/bytes/${size}`;
    const args =
      client === 'aac'
        ? [aacBin, 'exec', 'google-drive', 'files', 'download', '-p', 'fileId=big', '--base-url', base, '-O', out]
        : [undiciDownload, `${base}/drive/v3/files/big?alt=media`, out];
    progress(`download: ${client}, ${fmt(size / MIB, 0)} MiB`);
    try {
      const result = await measure(node, args, { rss: true, timeoutMs: 180_000 });
      const summary = parseJson(result.head);
      if (summary?.bytes !== size || statSync(out).size !== size) throw new Error(`${client} download of ${size} bytes: got ${result.head.slice(0, 300)}`);
      return result;
    } finally {
      rmSync(out, { force: true });
    }
  };
  /** @type {Array<{ key: string, label: string, size: number, client: 'aac' | 'undici' }>} */
  const downloads = [
    { key: 'aac', label: 'aac exec … files download -O', size: DOWNLOAD_BYTES, client: 'aac' },
    { key: 'undici', label: 'undici pipe (bench/undici-download.js)', size: DOWNLOAD_BYTES, client: 'undici' },
    { key: 'aacSmall', label: 'aac exec … files download -O', size: SMALL_DOWNLOAD_BYTES, client: 'aac' },
  ];
  /** @type {Record<string, RunResult>} */
  const got = {};
  for (const task of shuffle(downloads)) got[task.key] = await downloadOnce(task.size, task.client);
  progress('');
  const mb = (/** @type {RunResult|undefined} */ r) => (r?.rssKb ?? NaN) / 1024;
  const growth = mb(got.aac) - mb(got.aacSmall);
  const download = Object.fromEntries(
    downloads.map((t) => {
      const r = /** @type {RunResult} */ (got[t.key]);
      return [t.key, { bytes: t.size, wallS: r.ms / 1000, mibPerS: t.size / MIB / (r.ms / 1000), cpuS: r.cpuS ?? NaN, rssMb: mb(r) }];
    }),
  );
  say(`6. Download into a file (google-drive files download from the loopback server; each file removed after): 1 run each, shuffled`);
  say(`  ${pad('', 38)} ${lpad('MiB', 6)} ${lpad('wall s', 7)} ${lpad('MiB/s', 7)} ${lpad('CPU s', 6)} ${lpad('peak RSS MB', 11)}`);
  for (const t of downloads) {
    const d = download[t.key];
    say(
      `  ${pad(t.label, 38)} ${lpad(fmt(t.size / MIB, 0), 6)} ${lpad(fmt(d.wallS, 2), 7)} ${lpad(fmt(d.mibPerS, 0), 7)} ` +
        `${lpad(Number.isNaN(d.cpuS) ? '—' : fmt(d.cpuS, 2), 6)} ${lpad(fmt(d.rssMb), 11)}`,
    );
  }
  say(
    `  aac peak RSS ${fmt(mb(got.aac))} MB at ${fmt(DOWNLOAD_BYTES / MIB, 0)} MiB (undici pipe ${fmt(mb(got.undici))} MB), ` +
      `${fmt(mb(got.aacSmall))} MB at ${fmt(SMALL_DOWNLOAD_BYTES / MIB, 0)} MiB: +${fmt(growth)} MB for ${fmt((DOWNLOAD_BYTES - SMALL_DOWNLOAD_BYTES) / MIB, 0)} MiB more` +
      `   target flat (< +${TARGET_DOWNLOAD_GROWTH_MB} MB): ${verdict(growth < TARGET_DOWNLOAD_GROWTH_MB)}`,
  );

  const load1 = loadavg()[0] ?? 0;
  say();
  say(`load average (1 min) ${fmt(load0, 2)} at start, ${fmt(load1, 2)} at end; ${cpu.length} CPUs`);

  if (asJson) {
    console.log(
      JSON.stringify(
        {
          node: process.version,
          rounds: coldRounds,
          streamRounds,
          coldMs: Object.fromEntries(tasks.map((t) => [t.key, { median: coldMed(t.key), p25: quantile(cold[t.key] ?? [], 0.25), p75: quantile(cold[t.key] ?? [], 0.75) }])),
          ratios: {
            versionVsNode: versionRatio,
            dryRunVsNode: dryRunRatio,
            describeVsNode: describeRatio,
            catalogVsNode: coldMed('catalog') / coldMed('node'),
            cursorAllVsLoop: cursorRatio,
            pagedAllVsLoop: pagedRatio,
            getVsCurl: CURL ? coldMed('get') / coldMed('curl') : null,
          },
          stream,
          download,
          targets: {
            version: versionRatio <= TARGET_VERSION_RATIO,
            dryRun: dryRunRatio <= TARGET_DRY_RUN_RATIO,
            describe: describeRatio <= TARGET_DESCRIBE_RATIO,
            cursorAll: cursorRatio >= TARGET_CURSOR_RATIO,
            pagedAll: pagedRatio >= TARGET_PAGED_RATIO,
            rss: rssPeak <= TARGET_RSS_MB,
            downloadRssFlat: growth < TARGET_DOWNLOAD_GROWTH_MB,
          },
          rssSource: TIME ? 'time' : 'proc-sampled',
          loadavg: [load0, load1],
        },
        null,
        2,
      ),
    );
  }
  server.child.removeAllListeners('exit');
  server.child.disconnect();
}

try {
  await main();
} catch (err) {
  console.error(`bench (${phase}): ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
  cleanup();
}
