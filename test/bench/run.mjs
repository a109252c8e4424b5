// `npm run bench`: time to first frame against bare Node, key-to-frame latency in a
// 2,000-item list, and peak RSS, measured in a real pty; each figure is printed next
// to its target and written to test/bench/RESULTS.md. Not a test: nothing here fails.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const REPO = new URL('../../', import.meta.url).pathname;
const HERE = new URL('./', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'hasmit-bench-'));
const home = join(work, 'home');
mkdirSync(home);

// Menus: the product's when it has them, else the test fixtures; and a 2,000-item menu.
const productMenus = join(REPO, 'menus');
const menus = existsSync(productMenus) && readdirSync(productMenus).some(f => f.endsWith('.json') && !f.endsWith('.schema.json')) ? productMenus : join(REPO, 'test/fixtures/menus');
const big = join(work, 'big-menus');
mkdirSync(big);
writeFileSync(
	join(big, 'big.json'),
	JSON.stringify({
		sm_menu_opt: Array.from({length: 2000}, (_, i) => ({id: 'top_menu', id_seq_num: String(i + 1).padStart(4, '0'), next_id: 'big_dlg', text: `Item number ${i + 1}`, next_type: 'd'})),
		sm_cmd_hdr: [{id: 'big_dlg', name: 'Big', cmd_to_exec: 'date'}],
	}),
);

const state = join(work, 'state.json');
const app = (...args) => ['node', join(REPO, 'dist/hasmit.mjs'), '--state', state, ...args];
const py = (...args) => JSON.parse(execFileSync('python3', [join(HERE, 'pty_bench.py'), ...args], {env: {...process.env, HOME: home}, encoding: 'utf8', maxBuffer: 1 << 24}));
const median = values => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = v => `${v.toFixed(1)} ms`;

// Create the state file once, so every run opens an existing cluster.
execFileSync('node', [join(REPO, 'dist/hasmit.mjs'), 'exec', '--state', state, 'date'], {env: {...process.env, HOME: home}});

const runs = Number(process.env.BENCH_RUNS ?? 15);
const start = py('first-frame', String(runs), ...app('-o', menus));
const nodeMs = median(start.node_ms);
const firstMs = median(start.first_frame_ms);
const inkMs = median(start.ink_frame_ms);
const keys = py('key-latency', '50', ...app('-o', big));
const latency = median(keys.latency_ms);
const p90 = [...keys.latency_ms].sort((a, b) => a - b)[Math.floor(keys.latency_ms.length * 0.9)];
const walk = [
	['\r', 0.3], // first item (a menu, or a dialog)
	['\r', 0.3],
	['\x1b[B', 0.1],
	['\x1bOS', 0.5], // F4
	['\r', 0.3],
	['\x1bOR', 0.2], // F3
	['\x1b[20~', 0.3], // F9
	['hostname\r', 0.3],
	['exit\r', 0.3],
];
const rss = py('peak-rss', JSON.stringify(walk), ...app('-o', menus));
const rssMb = rss.vmhwm_kb / 1024;

const ratio = firstMs / nodeMs;
const rows = [
	['Time to first frame (median of ' + runs + ')', ms(firstMs), `${ratio.toFixed(2)}x bare Node (${ms(nodeMs)})`, '≤ 2.5x bare Node (stretch 1.5x)', ratio <= 2.5 ? (ratio <= 1.5 ? 'met (stretch met)' : 'met') : 'NOT met'],
	['Time to Ink taking over the same frame', ms(inkMs), `${(inkMs / nodeMs).toFixed(2)}x bare Node`, '(information)', ''],
	['Key-to-frame latency, Down in a 2,000-item list (median of 50)', ms(latency), `p90 ${ms(p90)}, ${median(keys.bytes_per_frame)} bytes per frame`, '≤ 5 ms median', latency <= 5 ? 'met' : 'NOT met'],
	['Peak RSS of the TUI on the sample cluster (VmHWM)', `${rssMb.toFixed(1)} MB`, 'after a menu, a dialog, an F4 list, F9 shell', '≤ 80 MB', rssMb <= 80 ? 'met' : 'NOT met'],
];
for (const [what, value, detail, target, verdict] of rows) console.log(`${what}: ${value} (${detail}); target ${target}: ${verdict}`);

const date = new Date().toISOString().slice(0, 10);
const md = `# UI benchmarks

Measured ${date} with \`npm run bench\` on this machine (Node ${process.version}, ${execFileSync('nproc', {encoding: 'utf8'}).trim()} cores),
in a real pseudo-terminal at 80x24 (python3's pty module, \`test/bench/pty_bench.py\`), on the built bundle.
Menus: \`${menus.replace(REPO, '')}\`; the key latency uses a generated 2,000-item menu.

| Figure | Measured | Detail | Target | |
|---|---|---|---|---|
${rows.map(r => `| ${r.join(' | ')} |`).join('\n')}

How each is measured:
- **First frame**: from fork to the moment the first complete frame (its legend) has been written to the
  pty, against \`node -e 0\` from fork to exit, alternating runs in the same harness. hasmit writes the first
  frame from its pure renderer before Ink, React and the cluster state are loaded; Ink then draws the same
  frame (the second figure) and takes over. Keys typed in between are kept and applied in order.
- **Key latency**: Down arrow written to the pty → the whole next frame read back, presses 60 ms apart
  (Ink throttles frames to 30 per second; a single key is drawn at once).
- **Peak RSS**: VmHWM from /proc for the app process after walking through a menu, a dialog, an F4 list and
  the F9 shell.

Raw figures (ms): node ${start.node_ms.map(v => v.toFixed(0)).join(' ')}; first frame ${start.first_frame_ms.map(v => v.toFixed(0)).join(' ')};
Ink frame ${start.ink_frame_ms.map(v => v.toFixed(0)).join(' ')}; key latency ${keys.latency_ms.map(v => v.toFixed(1)).join(' ')}.
`;
writeFileSync(join(HERE, 'RESULTS.md'), md);
console.log(`Written to test/bench/RESULTS.md`);
rmSync(work, {recursive: true, force: true});
