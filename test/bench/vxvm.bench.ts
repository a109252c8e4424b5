/**
 * Issue 14 figures on a 16-node CVM cluster (the cvm scenario's disks and groups, every node joined): a master
 * failover (the master aborts, the lowest node id takes over, every member is told) and `vxdg -s list`.
 */
import {runLine, type Session} from '../../src/command/shell.js';
import {createRegistry} from '../../src/domains/index.js';
import {cvmCluster} from '../../src/cluster/vxvm/scenario.js';
import {report, timeMedian, type Figure} from './measure.js';

const NODES = Array.from({length: 16}, (_, i) => `cvm${String(i + 1).padStart(2, '0')}`);
const registry = createRegistry();

function mustRun(session: Session, line: string): void {
	const result = runLine(session, line);
	if (result.code !== 0) throw new Error(`${line}: ${result.stderr}`);
}

const session: Session = {state: cvmCluster(Date.UTC(2026, 10, 21), NODES), node: NODES[0]!, registry};
for (const node of NODES) {
	session.node = node;
	mustRun(session, 'vxclustadm startnode');
}
session.node = NODES[0]!;
const joined = session.state;

const figures: Figure[] = [
	{
		name: 'master failover (vxclustadm abortnode on the master, 16 members)',
		value: timeMedian(() => mustRun({...session, state: joined}, 'vxclustadm abortnode')),
		unit: 'ms',
		target: 20,
	},
	{
		name: 'vxdg -s list (on a slave)',
		value: timeMedian(() => mustRun({...session, state: joined, node: NODES[5]!}, 'vxdg -s list')),
		unit: 'ms',
		target: 5,
	},
];
report('VxVM cluster functionality on 16 nodes', figures);
