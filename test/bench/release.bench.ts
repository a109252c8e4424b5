/**
 * Issue 15 figures: putting a scenario on a release (what `hasmit scenario load NAME --release 4.3` adds to
 * building it), on two-node and on big (32 nodes, 64 groups), back to 5.2 (legacy groups converted to custom ones),
 * and a command on each release (the shell's lookup now asks the release).
 */
import {performance} from 'node:perf_hooks';
import {runLine, type Session} from '../../src/command/shell.js';
import {createRegistry} from '../../src/domains/index.js';
import {setRelease} from '../../src/cluster/release/apply.js';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import type {ClusterState} from '../../src/cluster/state.js';
import type {Release} from '../../src/cluster/release/index.js';
import {median, report, timeMedian} from './measure.js';

const CLOCK = Date.UTC(2026, 10, 21);

/** Median time of setRelease alone to `to`, each run on a freshly built scenario (first put on `from`, untimed). */
function switchTime(scenario: string, to: Release = '4.3', from: Release = '5.2', runs = 15): number {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const state = findScenario(scenario)!.build(CLOCK);
		setRelease(state, from);
		const start = performance.now();
		setRelease(state, to);
		times.push(performance.now() - start);
	}
	return median(times);
}

const registry = createRegistry();
const session = (state: ClusterState): Session => ({state, node: 'node01', registry});
const big52 = session(findScenario('big')!.build(CLOCK));
const big43state = findScenario('big')!.build(CLOCK);
setRelease(big43state, '4.3');
const big43 = session(big43state);

const line52 = timeMedian(() => runLine(big52, '/usr/es/sbin/cluster/utilities/cllsgrp'), 201);
const line43 = timeMedian(() => runLine(big43, '/usr/sbin/cluster/utilities/cllsgrp'), 201);

report('Release profiles (issue 15)', [
	{name: 'two-node: switching to 4.3, median', value: switchTime('two-node'), unit: 'ms', target: 100},
	{name: 'big: switching to 4.3, median', value: switchTime('big'), unit: 'ms', target: 100},
	// Its 64 groups, legacy on 4.3, become custom groups again on 5.2.
	{name: 'big: back to 5.2 (groups converted), median', value: switchTime('big', '5.2', '4.3'), unit: 'ms', target: 100},
	{name: 'big: cllsgrp on 4.3 / on 5.2 (release-aware lookup)', value: line43 / line52, unit: 'x', target: 1.1},
]);
