#!/usr/bin/env node
import { execute } from '@oclif/core';

// `aac … | head` closes stdout early; that is a normal end, not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

await execute({ dir: import.meta.url });
