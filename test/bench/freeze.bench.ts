/**
 * Issue 8 figure: what freezing committed states (immer's auto-freeze) costs a
 * command on `big`. Every command starts from the state file, so the first
 * commit after a load freezes the whole state. Tests freeze (HASMIT_FREEZE=1,
 * so a write past the read-only types throws); production does not while
 * freezing makes that command more than 10% slower.
 */
import '../../src/domains/index.js';
import {freeze} from 'immer';
import {performance} from 'node:perf_hooks';
import {runLine} from '../../src/command/shell.js';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import {memoryRunner} from '../helpers/runner.js';
import {median, report} from './measure.js';

// The real registry, as the screen tests get it.
const {registry} = memoryRunner([]).session;
const saved = JSON.stringify(findScenario('big')!.build(Date.UTC(2026, 10, 21)));
// One node joins: a command of average cost on big.
const LINE = "cl_rc.cluster -cspoc '-n node01' -N";

/** ms of one command on a freshly loaded state, as the CLI runs it. */
function firstCommand(frozen: boolean): number {
	const session = {state: JSON.parse(saved), node: 'node01', registry};
	const start = performance.now();
	const result = runLine(session, LINE);
	// What HASMIT_FREEZE adds: the committed state frozen, as the shell does in tests.
	if (frozen) freeze(session.state, true);
	const ms = performance.now() - start;
	if (result.code !== 0) throw new Error(`${LINE}: ${result.stderr}`);
	return ms;
}

// In turns, so that both see the same machine.
const plain: number[] = [];
const frozen: number[] = [];
for (let i = 0; i < 24; i++) {
	const [a, b] = [firstCommand(false), firstCommand(true)];
	if (i < 3) continue;
	plain.push(a);
	frozen.push(b);
}
const ratio = median(frozen) / median(plain);
report('Freezing committed states on big (issue 8: on in tests, off in production)', [
	{name: 'one node joins, just after a load (production)', value: median(plain), unit: 'ms', target: 20},
]);
const verdict = ratio <= 1.1 ? 'met' : 'not met, production keeps it off';
const figure = `${median(frozen).toFixed(2).padStart(9)} ms  = ${ratio.toFixed(2)}x`;
console.log(`  ${'the same, committed state frozen (tests)'.padEnd(52)} ${figure}; target <= 1.10x to freeze in production too: ${verdict}`);
