/**
 * Issue 12 item 2 on `big` (32 nodes, 64 groups): a takeover whose event fails holds the events after it until clruncmd.
 * The post-event command of rg_move fails on every node but node01, so node01's stop stops at its first takeover.
 */
import {runLine, type Session} from '../../src/command/shell.js';
import {createRegistry} from '../../src/domains/index.js';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import {report, timeMedian, type Figure} from './measure.js';

const POST = '/usr/local/ha/post.sh';
const registry = createRegistry();
const session: Session = {state: findScenario('big')!.build(Date.UTC(2026, 10, 21)), node: 'node01', registry};

/** Run a line on `node` of the session (its state moves on). */
function mustRun(on: Session, line: string, node = on.node): void {
	const home = on.node;
	on.node = node;
	try {
		const result = runLine(on, line);
		if (result.code !== 0) throw new Error(`${line}: ${result.stderr}`);
	} finally {
		on.node = home;
	}
}

const nodes = Object.keys(session.state.nodes);
const post = (on: Session, code: number) => {
	for (const node of nodes) mustRun(on, `echo 'exit ${node === 'node01' ? 0 : code}' > ${POST}`, node);
};
mustRun(session, 'cl_rc.cluster -N');
post(session, 1);
// Synchronized while the cluster runs: a dynamic reconfiguration.
mustRun(session, `clchevent -O rg_move -a ${POST}`);
mustRun(session, 'cldare -rt');
const up = session.state;

const held: Session = {...session, state: up};
mustRun(held, 'clstop -gr -s');
const failed = nodes.find(node => held.state.nodes[node]!.cm === 'RP_FAILED');
if (!failed || !held.state.heldEvents?.length) throw new Error('the takeover did not fail and hold the events after it');
post(held, 0);
const fixed = held.state;

const figures: Figure[] = [
	{
		name: 'clstop -gr (the takeover fails, the rest waits)',
		value: timeMedian(() => mustRun({...session, state: up}, 'clstop -gr -s')),
		unit: 'ms',
		target: 20,
	},
	{
		name: `clruncmd ${failed} (the ${held.state.heldEvents.length} held events run)`,
		value: timeMedian(() => mustRun({...session, state: fixed}, `clruncmd ${failed}`)),
		unit: 'ms',
		target: 20,
	},
];
report('Event failure and recovery on big (issue 12 item 2)', figures);
