#!/usr/bin/env node
// `oclif manifest` lists commands in file-discovery order, which varies between machines and runs; sorting them
// makes two builds of the same tree byte-identical.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../oclif.manifest.json', import.meta.url);
const manifest = JSON.parse(readFileSync(path, 'utf8'));
manifest.commands = Object.fromEntries(Object.entries(manifest.commands).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
