#!/usr/bin/env node
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(
    `aac needs Node.js 22 or newer; this is ${process.version}.\n` +
      'Hint: run it through `npm run aac -- <args>` in the project, which uses the Node it pins.\n',
  );
  process.exit(1);
}

// A long `--all` stream keeps ~20 MB live but V8 sizes its heap for throughput on big machines (~280 MB RSS
// for 100,000 records). Sizing for memory keeps the stream near 120 MB at a small CPU cost.
if (process.argv.includes('--all')) {
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--optimize-for-size');
  setFlagsFromString('--semi-space-growth-factor=1');
}

// `aac … | head` closes stdout early; that is a normal end, not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const { Config } = await import('@oclif/core');
const { main } = await import('../dist/main.js');
const { processRuntime } = await import('../dist/lib/io/process.js');
const config = await Config.load(new URL('..', import.meta.url).pathname);
const runtime = processRuntime();
const code = await main(process.argv.slice(2), { config, runtime });
process.exitCode = code === 130 && runtime.signal.reason === 'SIGTERM' ? 143 : code;
