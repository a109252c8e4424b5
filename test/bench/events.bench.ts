/**
 * Issue 12 figures: the event emulator on `big` (every active node traces node_down on a throwaway copy of the
 * cluster), and the Cluster Test Tool's automated procedure on two-node.
 */
import {runLine, type Session} from '../../src/command/shell.js';
import {createRegistry} from '../../src/domains/index.js';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import {installEventHooks, type EventHooks} from '../../src/cluster/events/log.js';
import {report, timeMedian, type Figure} from './measure.js';

const big = findScenario('big')!.build(Date.UTC(2026, 10, 21));
const registry = createRegistry();
const session = (state = big): Session => ({state, node: 'node01', registry});

function mustRun(s: Session, line: string): void {
	const result = runLine(s, line);
	if (result.code !== 0) throw new Error(`${line}: ${result.stderr}`);
}

const running = session();
mustRun(running, 'cl_rc.cluster -N');
const up = running.state;

const figures: Figure[] = [
	{
		name: 'cl_emulate -e node_down -n node01 -f takeover (big)',
		value: timeMedian(() => mustRun(session(up), '/usr/es/sbin/cluster/events/utils/cl_emulate -e node_down -n node01 -f takeover')),
		unit: 'ms',
		target: 30,
	},
	{
		name: 'cl_emulate -e node_down -n node01 (big)',
		value: timeMedian(() => mustRun(session(up), '/usr/es/sbin/cluster/events/utils/cl_emulate -e node_down -n node01')),
		unit: 'ms',
		target: 30,
	},
];
report('Event emulation on big (32 nodes)', figures);

const twoNode = findScenario('two-node')!.build(Date.UTC(2026, 10, 21));
report('Cluster Test Tool on two-node', [
	{
		name: 'cl_testtool -a (the automated test procedure)',
		value: timeMedian(() => mustRun({state: twoNode, node: 'node1', registry}, '/usr/es/sbin/cluster/utilities/cl_testtool -a'), 11, 2),
		unit: 'ms',
		target: 2000,
	},
]);

/** What every event pays for customization, history and debug level when nothing is customized: all of big started, hooks against none. */
function startAll(): void {
	mustRun(session(), 'cl_rc.cluster -N');
}
const withHooks = timeMedian(startAll, 9, 1);
const none: EventHooks = {before: () => true, retry: () => false, after: (_s, _n, _e, _a, rc) => rc, traced: () => true};
installEventHooks(none);
const withoutHooks = timeMedian(startAll, 9, 1);
report('Event hooks on big', [
	{
		name: `cl_rc.cluster -N on 32 nodes, hooks / none (${withHooks.toFixed(0)} / ${withoutHooks.toFixed(0)} ms)`,
		value: withHooks / withoutHooks,
		unit: 'x',
		target: 1.3,
	},
]);
