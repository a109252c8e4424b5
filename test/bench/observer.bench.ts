/**
 * Issue 8 figure: what the session observer costs. A line with nobody
 * observing should cost what it did before; one observer adds only its call.
 */
import '../../src/domains/index.js';
import {observe, runLine, type LineRun, type Session} from '../../src/command/shell.js';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import {performance} from 'node:perf_hooks';
import {memoryRunner} from '../helpers/runner.js';
import {median, report} from './measure.js';

// The real registry, as the screen tests get it.
const {registry} = memoryRunner([]).session;
const twoNode = findScenario('two-node')!.build(Date.UTC(2026, 10, 21));
const big = findScenario('big')!.build(Date.UTC(2026, 10, 21));

/** Median ms per run of `line`, alone and with one observer, measured in turns so both see the same machine. */
function costs(state: Session['state'], node: string, line: string, count: number) {
	const quiet: Session = {state, node, registry};
	const watched: Session = {state, node, registry};
	let seen: LineRun | undefined;
	observe(watched, run => void (seen = run));
	const batch = (session: Session) => {
		const start = performance.now();
		for (let i = 0; i < count; i++) runLine(session, line);
		return (performance.now() - start) / count;
	};
	for (let i = 0; i < 3; i++) {
		batch(quiet);
		batch(watched);
	}
	const alone: number[] = [];
	const observed: number[] = [];
	for (let i = 0; i < 31; i++) {
		alone.push(batch(quiet));
		observed.push(batch(watched));
	}
	if (seen?.line !== line) throw new Error('the observer heard nothing');
	return {alone: median(alone), observed: median(observed)};
}

const small = costs(twoNode, 'node1', 'hostname', 5000);
const large = costs(big, 'node01', 'clRGinfo', 5);
report('Session observer (issue 8)', [
	{name: 'hostname on two-node, nobody observing', value: small.alone * 1000, unit: 'us', target: 50},
	{name: 'hostname on two-node, one observer: ratio x100', value: (small.observed / small.alone) * 100, unit: '%', target: 110},
	{name: 'clRGinfo on big, one observer: ratio x100', value: (large.observed / large.alone) * 100, unit: '%', target: 105},
]);
