/**
 * Issue 3 figures on the `big` scenario (32 nodes, 64 groups, 1,000 LVs, 5,000 users):
 * single commands, starting services on all 32 nodes, state save + load, peak RSS.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runLine, type Session} from '../../src/command/shell.js';
import {createRegistry} from '../../src/domains/index.js';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import {StateFile} from '../../src/store/state-file.js';
import {median, report, timeMedian, type Figure} from './measure.js';

const big = findScenario('big')!.build(Date.UTC(2026, 10, 21));
const registry = createRegistry();
const fresh = (): Session => ({state: big, node: 'node01', registry});

function mustRun(session: Session, line: string): void {
	const result = runLine(session, line);
	if (result.code !== 0) throw new Error(`${line}: ${result.stderr}`);
}

// A running cluster for the read-only commands and single-node changes.
const running = fresh();
mustRun(running, 'cl_rc.cluster -N');
const up = running.state;

const figures: Figure[] = [];
for (const line of [
	'lssrc -g cluster',
	'lssrc -ls clstrmgrES',
	'clRGinfo',
	'clfindres',
	'cltopinfo',
	'cllsif',
	'clshowsrv -v',
	'cldump',
	'tail -n 20 /tmp/hacmp.out',
]) {
	figures.push({name: line, value: timeMedian(() => mustRun({...fresh(), state: up}, line)), unit: 'ms', target: 20});
}
figures.push({
	name: 'clstop -gr (node01 leaves, its groups move)',
	value: timeMedian(() => mustRun({...fresh(), state: up}, 'clstop -gr -s')),
	unit: 'ms',
	target: 20,
});
figures.push({
	name: "cl_rc.cluster -cspoc '-n node01' (one node joins)",
	value: timeMedian(() => mustRun(fresh(), "cl_rc.cluster -cspoc '-n node01' -N")),
	unit: 'ms',
	target: 20,
});
figures.push({
	name: 'cl_rc.cluster -N on all 32 nodes',
	value: timeMedian(() => mustRun(fresh(), 'cl_rc.cluster -N'), 7, 1),
	unit: 'ms',
	target: 200,
});

const dir = mkdtempSync(join(tmpdir(), 'hasmit-bench-'));
const {file} = await StateFile.open({path: join(dir, 'state.json')});
const saveLoad: number[] = [];
for (let i = 0; i < 11; i++) {
	const start = performance.now();
	file.replace({...up, lastPid: up.lastPid + i});
	await StateFile.open({path: join(dir, 'state.json')});
	saveLoad.push(performance.now() - start);
}
figures.push({name: 'state save + load (big, flushed to disk)', value: median(saveLoad), unit: 'ms', target: 100});
report('Cluster model and services on big (issue 3)', figures);

// Peak RSS of the real CLI starting all 32 nodes (GNU time's %M, in KB).
if (existsSync('/usr/bin/time') && existsSync('dist/hasmit.mjs')) {
	const peaks: number[] = [];
	for (let i = 0; i < 5; i++) {
		file.replace(big);
		const run = spawnSync(
			'/usr/bin/time',
			['-f', '%M', process.execPath, 'dist/hasmit.mjs', 'exec', '--state', join(dir, 'state.json'), 'cl_rc.cluster -N'],
			{encoding: 'utf8'},
		);
		peaks.push(Number(run.stderr.trim().split('\n').at(-1)) / 1024);
	}
	report('', [{name: "peak RSS: hasmit exec 'cl_rc.cluster -N' on big", value: median(peaks), unit: 'MB', target: 120}]);
} else console.log('  peak RSS: skipped (needs /usr/bin/time and the built dist/hasmit.mjs)');
