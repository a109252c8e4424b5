/**
 * Issue 16 item 7: hasmit's start as whole processes on the built bundle, each a ratio to `node -e 0` measured in the
 * same run (alternating):
 * - SMIT's first frame, and the first key handled (Down sent as soon as that frame is out, until a frame shows the
 *   highlight moved, drawn by the pure renderer or by Ink), in a real pseudo-terminal at 80x24 (test/bench/pty_bench.py);
 * - `hasmit exec cltopinfo` on the sample (read only), and one node joining on `big` (a change, saved);
 * - peak RSS of the TUI after a menu, a dialog, an F4 list and the F9 shell.
 * Run from the repository root after the build (npm run bench builds it).
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {median, report, TUI_WALK} from './measure.js';

const REPO = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'hasmit-startup-bench-'));
const home = join(work, 'home');
mkdirSync(home);
const env = {...process.env, HOME: home};
// The command as installed: package.json's bin, what `hasmit` on the PATH runs.
const hasmit = join(REPO, (JSON.parse(readFileSync('package.json', 'utf8')) as {bin: {hasmit: string}}).bin.hasmit);
const sample = join(work, 'sample.json');
const big = join(work, 'big.json');
const run = (...args: string[]) => execFileSync('node', [hasmit, ...args], {env, stdio: ['ignore', 'ignore', 'pipe']});
run('exec', '--state', sample, 'date');
run('scenario', 'load', 'big', '--yes', '--state', big);

const runs = Number(process.env.BENCH_RUNS ?? 15);

/** Milliseconds of a process from spawn to exit. */
function timed(argv: string[]): number {
	const start = performance.now();
	const result = spawnSync(argv[0]!, argv.slice(1), {env, stdio: 'ignore'});
	if (result.status !== 0) throw new Error(`${argv.join(' ')}: exit ${result.status}`);
	return performance.now() - start;
}

/** `node -e 0` and the command in turns; `between` runs (untimed) after each, to put the cluster back. */
function ratioToNode(argv: string[], between?: string[]): {node: number; app: number} {
	const node: number[] = [];
	const app: number[] = [];
	for (let i = 0; i < runs; i++) {
		node.push(timed(['node', '-e', '0']));
		app.push(timed(argv));
		if (between) timed(between);
	}
	return {node: median(node), app: median(app)};
}

const py = <T>(...args: string[]): T =>
	JSON.parse(execFileSync('python3', [join(REPO, 'test/bench/pty_bench.py'), ...args], {env, encoding: 'utf8'})) as T;
const tui = ['node', hasmit, '--state', sample];
const start = py<{node_ms: number[]; first_frame_ms: number[]; ink_frame_ms: number[]}>('first-frame', String(runs), ...tui);
const nodeMs = median(start.node_ms);
const keys = py<{node_ms: number[]; key_ready_ms: number[]}>('key-ready', String(runs), ...tui);
const keysMs = median(keys.key_ready_ms);
const readOnly = ratioToNode(['node', hasmit, 'exec', '--state', sample, 'cltopinfo']);
const join01 = "cl_rc.cluster -cspoc '-n node01' -N";
const change = ratioToNode(
	['node', hasmit, 'exec', '--state', big, join01],
	['node', hasmit, 'exec', '--state', big, "cl_clstop -cspoc '-n node01' -N -s -g"],
);
const rss = py<{vmhwm_kb: number}>('peak-rss', JSON.stringify(TUI_WALK), ...tui);

report(`Start-up as whole processes (issue 16; node -e 0: ${nodeMs.toFixed(1)} ms in the pty, ${readOnly.node.toFixed(1)} ms beside exec)`, [
	{
		name: `SMIT's first frame (${median(start.first_frame_ms).toFixed(0)} ms) / node -e 0`,
		value: median(start.first_frame_ms) / nodeMs,
		unit: 'x',
		target: 1.3,
	},
	{
		name: `first key handled (${keysMs.toFixed(0)} ms) / node -e 0`,
		value: keysMs / median(keys.node_ms),
		unit: 'x',
		target: 2,
	},
	{name: `exec cltopinfo on the sample (${readOnly.app.toFixed(0)} ms) / node -e 0`, value: readOnly.app / readOnly.node, unit: 'x', target: 1.4},
	{name: `exec: node01 joins on big (${change.app.toFixed(0)} ms) / node -e 0`, value: change.app / change.node, unit: 'x', target: 2},
	{name: 'peak RSS of the TUI on the sample', value: rss.vmhwm_kb / 1024, unit: 'MB', target: 70},
]);
console.log(`  (Ink takes over the frame at ${median(start.ink_frame_ms).toFixed(0)} ms)`);
