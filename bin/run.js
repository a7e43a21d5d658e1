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
  // A long `--all` stream keeps ~20 MB live; V8 sizes its young generation for throughput on big machines.
  // A young generation that does not grow keeps RSS flat without the CPU cost of --optimize-for-size.
  if (argv.includes('--all')) {
    const { setFlagsFromString } = await import('node:v8');
    for (const flag of ['--semi-space-growth-factor=1', '--max-semi-space-size=1']) setFlagsFromString(flag);
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
  process.exitCode = await main(argv, { config, runtime: processRuntime() });
}
