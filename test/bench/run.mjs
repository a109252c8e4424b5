// Runs every test/bench/*.bench.ts (bundled with esbuild, as the product is) and prints each figure next to its target.
import {build} from 'esbuild';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const only = process.argv.slice(2);
const benches = readdirSync('test/bench').filter(f => f.endsWith('.bench.ts') && (only.length === 0 || only.some(o => f.includes(o))));
const out = mkdtempSync(join(tmpdir(), 'hasmit-bench-'));
for (const bench of benches) {
	const outfile = join(out, bench.replace(/\.ts$/, '.mjs'));
	await build({
		entryPoints: [join('test/bench', bench)],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		outfile,
		define: {'process.env.NODE_ENV': '"production"'},
		alias: {'react-devtools-core': './scripts/devtools-stub.mjs'},
		banner: {js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);"},
		logLevel: 'warning',
	});
	execFileSync(process.execPath, [outfile], {stdio: 'inherit'});
}
