// `npm run fuzz -- --lines 100000 --seed N`: bundles the fuzzer (as the benchmarks are bundled) and runs it.
import {build} from 'esbuild';
import {NODE_BUNDLE} from '../../scripts/node-bundle.mjs';
import {spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const outfile = join(mkdtempSync(join(tmpdir(), 'hasmit-fuzz-')), 'fuzz.mjs');
await build({...NODE_BUNDLE, entryPoints: ['test/fuzz/main.ts'], outfile});
process.exitCode = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {stdio: 'inherit'}).status ?? 1;
