/**
 * Issue 18 figure: start-up in Chinese against English. The first frame of `hasmit` in a real pseudo-terminal at
 * 80x24 (test/bench/pty_bench.py, on the built bundle) with LANG=zh_CN.UTF-8 and with LANG=C, in alternating
 * rounds so both see the same machine load; and, in process, the menus loaded in each language.
 */
import '../../src/domains/index.js';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadCatalog} from '../../src/menu/catalog.js';
import {median, report, timeRatio} from './measure.js';

const REPO = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'hasmit-zh-bench-'));
const state = join(work, 'state.json');
const hasmit = join(REPO, 'dist/hasmit.mjs');
const envFor = (lang: string) => ({...process.env, HOME: work, LANG: lang, LC_ALL: '', LC_MESSAGES: ''});
execFileSync('node', [hasmit, 'exec', '--state', state, 'date'], {env: envFor('C')});

const firstFrames = (lang: string, runs: number) =>
	(
		JSON.parse(
			execFileSync('python3', [join(REPO, 'test/bench/pty_bench.py'), 'first-frame', String(runs), 'node', hasmit, '--state', state], {
				env: envFor(lang),
				encoding: 'utf8',
			}),
		) as {first_frame_ms: number[]}
	).first_frame_ms;

const rounds = Number(process.env.BENCH_RUNS ?? 6);
const english: number[] = [];
const chinese: number[] = [];
for (let round = 0; round < rounds; round++) {
	english.push(...firstFrames('C', 3));
	chinese.push(...firstFrames('zh_CN.UTF-8', 3));
}
const [en, zh] = [median(english), median(chinese)];
report(`Start-up in Chinese (issue 18; first frame at 80x24, median of ${english.length} each: English ${en.toFixed(1)} ms)`, [
	{name: 'first frame LANG=zh_CN.UTF-8 / LANG=C', value: zh / en, unit: 'x', target: 1.05},
	{
		name: 'menus loaded in Chinese / in English (in process)',
		value: timeRatio(
			() => loadCatalog('menus', {language: 'zh'}),
			() => loadCatalog('menus'),
		),
		unit: 'x',
		target: 1.05,
	},
]);
rmSync(work, {recursive: true, force: true});
