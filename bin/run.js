#!/usr/bin/env node
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(
    `aac needs Node.js 22 or newer; this is ${process.version}.\n` +
      'Hint: run it through `npm run aac -- <args>` in the project, which uses the Node it pins.\n',
  );
  process.exit(1);
}

// Compiled code of aac and its dependencies is cached on disk (the OS temp folder), so later starts skip parsing.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();

const argv = process.argv.slice(2);

// `--version` needs neither oclif nor the command graph.
const { versionText } = await import('../dist/version.js');
const { readFileSync } = await import('node:fs');
const pjson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const version = versionText(argv, { name: pjson.oclif?.bin ?? pjson.name, version: pjson.version, platform: process.platform, arch: process.arch });
if (version !== undefined) {
  process.stdout.write(version);
} else {
  await run();
}

async function run() {
  // A long `--all` stream keeps ~20 MB live, but V8 sizes its heap for throughput on big machines (~180 MB RSS
  // at 300,000 records). Measured alternatives set at run time (--max-semi-space-size=1 with a growth factor
  // of 1: ~175 MB; --heap-growing-percent=20: ~140 MB but no less CPU) do not keep RSS flat at less CPU, so
  // the heap is sized for memory (~120-140 MB at any record count).
  if (argv.includes('--all')) {
    const { setFlagsFromString } = await import('node:v8');
    setFlagsFromString('--optimize-for-size');
    setFlagsFromString('--semi-space-growth-factor=1');
  }

  // `aac … | head` closes stdout early; that is a normal end, not an error.
  process.stdout.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });

  const { run: cli } = await import('../dist/bundle/cli.js');
  process.exitCode = await cli(argv, new URL('..', import.meta.url).pathname);
}
