// Runs every test/bench/*.bench.ts (bundled with esbuild, as the product is), prints each figure next to its
// target, and keeps the latest figures of each benchmark in test/bench/RESULTS.md.
import {build} from 'esbuild';
import {NODE_BUNDLE} from '../../scripts/node-bundle.mjs';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const only = process.argv.slice(2);
const benches = readdirSync('test/bench').filter(f => f.endsWith('.bench.ts') && (only.length === 0 || only.some(o => f.includes(o))));
const out = mkdtempSync(join(tmpdir(), 'hasmit-bench-'));
for (const bench of benches) {
	const outfile = join(out, bench.replace(/\.ts$/, '.mjs'));
	await build({...NODE_BUNDLE, entryPoints: [join('test/bench', bench)], outfile});
	const output = execFileSync(process.execPath, [outfile], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']});
	process.stdout.write(output);
	// A benchmark that keeps its own, fuller section of RESULTS.md says so; the others get one here.
	if (!output.includes('written to test/bench/RESULTS.md')) recordFigures(bench.replace(/\.bench\.ts$/, ''), output);
}

/** Replace this benchmark's section of RESULTS.md with the figures it printed. */
function recordFigures(name, output) {
	const path = 'test/bench/RESULTS.md';
	const start = `<!-- ${name}-figures:start -->`;
	const end = `<!-- ${name}-figures:end -->`;
	const figures = output
		.split('\n')
		.filter(line => /target <=/.test(line) || /^\S/.test(line))
		.join('\n')
		.trim();
	const when = new Date().toISOString().slice(0, 10);
	const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
	const section = `${start}\n### ${name} (${when}, Node ${process.version}, load average ${load})\n\n\`\`\`\n${figures}\n\`\`\`\n${end}`;
	const current = readFileSync(path, 'utf8');
	const at = current.indexOf(start);
	const next = at < 0 ? `${current.trimEnd()}\n\n${section}\n` : current.slice(0, at) + section + current.slice(current.indexOf(end) + end.length);
	writeFileSync(path, next);
}
