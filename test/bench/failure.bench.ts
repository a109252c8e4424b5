/**
 * Issue 11 figures on `big` (32 nodes, 64 groups, services started everywhere): a node crash noticed and its two
 * groups taken over, the switch of every node's en0 failing (noticed on all 32 nodes: the service aliases on en0
 * move to en1 with swap_adapter, the other adapters fail alone), and `hasmit whatif` of a node crash. (big has no
 * non-IP network: a node losing all its adapters would be a split brain there.)
 */
import {runLine, type Session} from '../../src/command/shell.js';
import {createRegistry} from '../../src/domains/index.js';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import {whatIf} from '../../src/cli/whatif.js';
import {report, timeMedian} from './measure.js';

const registry = createRegistry();
const started: Session = {state: findScenario('big')!.build(Date.UTC(2026, 10, 21)), node: 'node01', registry};
mustRun(started, 'cl_rc.cluster -N');
const big = started.state;

function mustRun(session: Session, line: string): void {
	const result = runLine(session, line);
	if (result.code !== 0) throw new Error(`${line}: ${result.stderr}`);
}

/** Run `fault` on node01, then let node02 wait for the cluster to notice; returns how many groups left node01. */
function faultThenWait(fault: string): number {
	const session: Session = {state: big, node: 'node01', registry};
	mustRun(session, fault);
	session.node = 'node02';
	mustRun(session, 'sleep 20');
	return Object.keys(big.resourceGroups).filter(
		name => big.resourceGroups[name]!.nodes.node01 === 'ONLINE' && session.state.resourceGroups[name]!.nodes.node01 !== 'ONLINE',
	).length;
}

const crashMoves = faultThenWait('halt -q');
if (crashMoves !== 2) throw new Error(`expected node01's 2 groups to move, not ${crashMoves}`);

/** Every node's en0 unplugged (not timed); then the wait in which the cluster notices, timed. */
const switchGone: Session = {state: big, node: 'node01', registry};
for (const node of Object.keys(big.nodes)) mustRun(switchGone, `hasmit_fault adapter unplug ${node} en0`);
const unplugged = switchGone.state;
function networkNoticed(): string {
	const session: Session = {state: unplugged, node: 'node02', registry};
	mustRun(session, 'sleep 20');
	return session.state.nodes.node02!.files['/tmp/hacmp.out']!;
}
const swaps = networkNoticed().match(/EVENT START: swap_adapter /g)?.length ?? 0;
if (swaps === 0) throw new Error('no swap_adapter ran');
const preview = whatIf(big, 'node01', 'halt -q', registry);
if (!preview.lines.some(line => line.includes('node_down node01'))) throw new Error('whatif previewed no node_down');

/** The same run's yardstick: the cluster bench's graceful stop with takeover (10.7 ms on a quiet machine), so a loaded machine shows. */
function clstopTakeover(): void {
	mustRun({state: big, node: 'node01', registry}, 'clstop -gr -s');
}

report('Failure on big (issue 11)', [
	{name: 'yardstick: clstop -gr -s on node01 (cluster bench: 10.7 ms quiet)', value: timeMedian(clstopTakeover), unit: 'ms', target: 20},
	{name: 'halt -q on node01, noticed: node_down, 2 groups taken over', value: timeMedian(() => faultThenWait('halt -q')), unit: 'ms', target: 20},
	{name: `en0 fails on 32 nodes, noticed: ${swaps} swap_adapter, fail_interface`, value: timeMedian(networkNoticed), unit: 'ms', target: 50},
	{
		name: "hasmit whatif 'halt -q' (node crash, on a copy)",
		value: timeMedian(() => whatIf(big, 'node01', 'halt -q', registry)),
		unit: 'ms',
		target: 30,
	},
]);
