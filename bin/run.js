#!/usr/bin/env node
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(
    `aac needs Node.js 22 or newer; this is ${process.version}.\n` +
      'Hint: run it through `npm run aac -- <args>` in the project, which uses the Node it pins.\n',
  );
  process.exit(1);
}

// Built-in modules come from process.getBuiltinModule: an ESM import of one runs all its lazy getters (~1-4 ms each).
// Compiled code of aac and its dependencies is cached on disk (the OS temp folder), so later starts skip parsing.
const { enableCompileCache } = process.getBuiltinModule('node:module');
enableCompileCache?.();

const argv = process.argv.slice(2);

// `--version` needs neither oclif nor the command graph.
const { versionText } = await import('../dist/version.js');
const version = versionText(argv, () => {
  const { readFileSync } = process.getBuiltinModule('node:fs');
  const pjson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return { name: pjson.oclif?.bin ?? pjson.name, version: pjson.version, platform: process.platform, arch: process.arch };
});
if (version !== undefined) {
  process.stdout.write(version);
} else {
  await run();
}

async function run() {
  // A long `--all` stream keeps ~25 MB live, but V8 sizes its heap for throughput (~200-250 MB RSS at 300,000
  // records), and the heap size flags cannot be set once Node runs. So the young generation may grow until it holds
  // a few pages (4 MiB), then stops growing, and the old generation grows in small steps: ~130 MB RSS at any record
  // count, with 15 % less CPU than --optimize-for-size (which scavenged every ~1 MB and promoted pages in flight).
  if (argv.includes('--all')) {
    const v8 = process.getBuiltinModule('node:v8');
    const { PerformanceObserver } = process.getBuiltinModule('node:perf_hooks');
    v8.setFlagsFromString('--heap-growing-percent=20');
    const young = new PerformanceObserver(() => {
      const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
      if (space && space.space_size >= 4 * 1024 * 1024) {
        v8.setFlagsFromString('--semi-space-growth-factor=1');
        young.disconnect();
      }
    });
    young.observe({ entryTypes: ['gc'] });
  }

  // `aac … | head` closes stdout early; that is a normal end, not an error.
  process.stdout.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });

  const { run: cli } = await import('../dist/bundle/cli.js');
  process.exitCode = await cli(argv, new URL('..', import.meta.url).pathname);
}
