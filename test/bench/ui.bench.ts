/**
 * The UI figures of issue 2, measured in a real pseudo-terminal at 80x24 on the
 * built bundle (python3's pty module: test/bench/pty_bench.py):
 * - time to first frame of `hasmit`, against `node -e 0` in the same runs;
 * - key-to-frame latency of Down in a 2,000-item list;
 * - peak RSS of the TUI on the sample cluster.
 * Prints each figure next to its target and writes the UI section of test/bench/RESULTS.md.
 * Run from the repository root (npm run bench builds the bundle first).
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {median, report, TUI_WALK} from './measure.js';

const REPO = process.cwd();
const HERE = join(REPO, 'test/bench');
const work = mkdtempSync(join(tmpdir(), 'hasmit-ui-bench-'));
const home = join(work, 'home');
mkdirSync(home);

// The product's menus when there are some, else the test fixtures; and a generated 2,000-item menu.
const productMenus = join(REPO, 'menus');
const hasProductMenus = existsSync(productMenus) && readdirSync(productMenus).some(f => f.endsWith('.json') && !f.endsWith('.schema.json'));
const menus = hasProductMenus ? productMenus : join(REPO, 'test/fixtures/menus');
const big = join(work, 'big-menus');
mkdirSync(big);
writeFileSync(
	join(big, 'big.json'),
	JSON.stringify({
		sm_menu_opt: Array.from({length: 2000}, (_, i) => ({
			id: 'top_menu',
			id_seq_num: String(i + 1).padStart(4, '0'),
			next_id: 'big_dlg',
			text: `Item number ${i + 1}`,
			next_type: 'd',
		})),
		sm_cmd_hdr: [{id: 'big_dlg', name: 'Big', cmd_to_exec: 'date'}],
	}),
);

const state = join(work, 'state.json');
const env = {...process.env, HOME: home};
const hasmit = join(REPO, 'dist/hasmit.mjs');
const app = (...args: string[]) => ['node', hasmit, '--state', state, ...args];
const py = <T>(...args: string[]): T =>
	JSON.parse(execFileSync('python3', [join(HERE, 'pty_bench.py'), ...args], {env, encoding: 'utf8', maxBuffer: 1 << 24})) as T;
const fixed = (values: number[], digits = 0) => values.map(v => v.toFixed(digits)).join(' ');

// Create the state file once (the sample cluster), so every run opens an existing cluster.
execFileSync('node', [hasmit, 'exec', '--state', state, 'date'], {env});

const runs = Number(process.env.BENCH_RUNS ?? 15);
const start = py<{node_ms: number[]; first_frame_ms: number[]; ink_frame_ms: number[]}>('first-frame', String(runs), ...app('-o', menus));
const nodeMs = median(start.node_ms);
const firstMs = median(start.first_frame_ms);
const inkMs = median(start.ink_frame_ms);
const keys = py<{latency_ms: number[]; bytes_per_frame: number[]; cpu_ms_per_key: number}>('key-latency', '100', ...app('-o', big));
const latency = median(keys.latency_ms);
const p90 = [...keys.latency_ms].sort((a, b) => a - b)[Math.floor(keys.latency_ms.length * 0.9)]!;
const rss = py<{vmhwm_kb: number}>('peak-rss', JSON.stringify(TUI_WALK), ...app('-o', menus));
const rssMb = rss.vmhwm_kb / 1024;
const ratio = firstMs / nodeMs;
const load = loadavg()
	.map(l => l.toFixed(2))
	.join(' ');

console.log(`\nUI (real pty, 80x24; bare Node start ${nodeMs.toFixed(1)} ms; menus ${menus.replace(`${REPO}/`, '')})`);
report('', [
	{name: 'time to first frame / bare Node start (stretch 1.5x)', value: ratio, unit: 'x', target: 2.5},
	{name: 'key-to-frame latency, Down in a 2,000-item list', value: latency, unit: 'ms', target: 5},
	{name: 'peak RSS of the TUI on the sample cluster', value: rssMb, unit: 'MB', target: 80},
]);
console.log(
	`  (first frame ${firstMs.toFixed(1)} ms; Ink takes over the same frame at ${inkMs.toFixed(1)} ms; key latency p90 ${p90.toFixed(1)} ms, app ` +
		`main-thread CPU ${keys.cpu_ms_per_key.toFixed(1)} ms per key; load average ${load})`,
);

const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
const section =
	`<!-- ui-bench:start -->
## UI (issue 2)

Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (Node ${process.version}, ` +
	`${execFileSync('nproc', {encoding: 'utf8'}).trim()} cores, load average ${load} at the end), in a real
pseudo-terminal at 80x24 (python3's pty module, \`test/bench/pty_bench.py\`), on the built bundle, menus
\`${menus.replace(`${REPO}/`, '')}\`, the sample (two-node) cluster.

| Figure | Measured | Target | |
|---|---|---|---|
| Time to first frame (median of ${runs}) | ${firstMs.toFixed(1)} ms = **${ratio.toFixed(2)}x** bare Node (\`node -e 0\`: ${nodeMs.toFixed(1)} ` +
	`ms) | ≤ 2.5x (stretch 1.5x) | ${verdict(ratio <= 2.5)}${ratio <= 1.5 ? ', stretch met' : ''} |
| Ink taking over the same frame | ${inkMs.toFixed(1)} ms = ${(inkMs / nodeMs).toFixed(2)}x bare Node | (information) | |
| Key-to-frame latency, Down in a 2,000-item list (median of 100) | **${latency.toFixed(1)} ms** (p90 ${p90.toFixed(1)} ms; ` +
	`${median(keys.bytes_per_frame)} bytes and ${keys.cpu_ms_per_key.toFixed(1)} ms of the app's main-thread CPU per key) ` +
	`| ≤ 5 ms | ${verdict(latency <= 5)} |
| Peak RSS of the TUI (VmHWM) | **${rssMb.toFixed(1)} MB** | ≤ 80 MB | ${verdict(rssMb <= 80)} |

How:
- First frame: fork → the first complete frame (its legend) written to the pty, against \`node -e 0\` fork → exit,
  alternating in the same harness. hasmit writes the first frame from its pure renderer before Ink, React and
  the cluster state load; Ink then draws the same frame (second row) and takes over; keys typed meanwhile are kept.
- Key latency: Down written to the pty → the end of the next frame read back (Ink ends each frame with the
  "end synchronized update" sequence); presses about 60 ms apart (Ink draws at most 30 frames a second).
- Peak RSS: VmHWM from /proc after a menu, a dialog, an F4 list and the F9 shell.

Raw (ms): node ${fixed(start.node_ms)}; first frame ${fixed(start.first_frame_ms)}; Ink frame ${fixed(start.ink_frame_ms)};
key latency ${fixed(keys.latency_ms, 1)}.
<!-- ui-bench:end -->`;
const resultsFile = join(HERE, 'RESULTS.md');
const before = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '# Benchmark results\n';
const marked = /<!-- ui-bench:start -->[\s\S]*<!-- ui-bench:end -->/;
writeFileSync(resultsFile, marked.test(before) ? before.replace(marked, section) : `${before.trimEnd()}\n\n${section}\n`);
console.log('  written to test/bench/RESULTS.md');
rmSync(work, {recursive: true, force: true});
