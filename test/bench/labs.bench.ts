/**
 * Issue 17 figures: what following a lab costs. After each learner line that changes the cluster the lab's checks
 * run again (each a command line on a copy of the state), so a check pass must stay well under a keystroke's budget.
 * Undo puts the checkpoint the observer kept back, then the checks run once more: measured on `big` (32 nodes).
 * Opening a lab (`hasmit lab NAME`: its cluster read, its checks run, then SMIT) against opening `hasmit hacmp`, to the
 * first frame in a real pseudo-terminal (test/bench/pty_bench.py, on the built bundle).
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {observe, runLine, type Session} from '../../src/command/shell.js';
import {loadLabs, report as reportSteps, setUp, type NamedLab} from '../../src/lab/engine.js';
import {watchLab} from '../../src/lab/watch.js';
import {memoryRunner} from '../helpers/runner.js';
import {median, report, timeMedian} from './measure.js';

const {registry} = memoryRunner([]).session;
const {labs} = loadLabs('menus/labs');
const clock = Date.UTC(2026, 10, 21);

const figures = labs.map(lab => {
	const state = setUp(lab, registry, clock);
	const checks = lab.steps.reduce((n, s) => n + s.checks.length, 0);
	return {name: `${lab.name}: its ${checks} checks, median`, value: timeMedian(() => reportSteps(lab, state, registry)), unit: 'ms', target: 5};
});

// On big: start services, move rg01, then undo the move (checkpoint back, checks again).
const moveOnBig: NamedLab = {
	...labs.find(l => l.name === 'move-resource-group')!,
	scenario: 'big',
	setup: [{run: 'cl_rc.cluster -N', node: ''}],
	steps: [
		{
			text: '',
			hints: [],
			checks: [
				{title: 'rg01 on node02', node: '', run: '', file: '', rg: {group: 'rg01', node: 'node02', state: 'ONLINE'}, exit: 0, line: '', noLine: ''},
			],
		},
	],
};
const session: Session = {state: setUp(moveOnBig, registry, clock), node: 'node01', registry};
const watch = watchLab(moveOnBig, observer => observe(session, observer), session.state, registry);
const moved = runLine(session, 'clRGmove -g rg01 -n node02 -m');
if (moved.code !== 0 || !watch.checkpoint) throw new Error(`the move on big failed: ${moved.output}`);
const checkpoint = watch.checkpoint;
figures.push({
	name: 'undo on big (checkpoint back, checks again), median',
	value: timeMedian(() => {
		session.state = checkpoint;
		reportSteps(moveOnBig, session.state, registry);
	}),
	unit: 'ms',
	target: 20,
});

const work = mkdtempSync(join(tmpdir(), 'hasmit-labs-bench-'));
mkdirSync(join(work, 'home'));
const env = {...process.env, HOME: join(work, 'home')};
const hasmit = ['node', 'dist/hasmit.mjs', '--state', join(work, 'state.json')];
const firstFrame = (...args: string[]) => {
	const out = execFileSync('python3', ['test/bench/pty_bench.py', 'first-frame', '9', ...hasmit, ...args], {env, encoding: 'utf8'});
	return median((JSON.parse(out) as {first_frame_ms: number[]}).first_frame_ms);
};
execFileSync('node', ['dist/hasmit.mjs', '--state', join(work, 'state.json'), 'labs', 'start', 'move-resource-group'], {env});
const smit = firstFrame('hacmp');
const lab = firstFrame('lab', 'move-resource-group');
figures.push({name: `opening a lab / opening hasmit hacmp (${lab.toFixed(0)} / ${smit.toFixed(0)} ms)`, value: lab / smit, unit: 'x', target: 1.2});
report('Guided labs (issue 17)', figures);
