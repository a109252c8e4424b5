/**
 * Issue 10 figures on the `big` scenario (32 nodes, 64 groups): the topology
 * listings, every topology check of clverify, and building the two-node
 * cluster from `bare` with the topology utilities.
 */
import {runLine, type Session} from '../../src/command/shell.js';
import {createRegistry} from '../../src/domains/index.js';
import {installedDomains} from '../../src/cluster/domain.js';
import {dcdOf} from '../../src/cluster/config.js';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import {makeContext} from '../../src/cluster/verify/check.js';
import {report, timeMedian, type Figure} from './measure.js';

const U = '/usr/es/sbin/cluster/utilities';
const big = findScenario('big')!.build(Date.UTC(2026, 10, 21));
const registry = createRegistry();
const on = (state: Session['state']): Session => ({state, node: 'node01', registry});

function mustRun(session: Session, line: string): void {
	const result = runLine(session, line);
	if (result.code !== 0) throw new Error(`${line}: ${result.stderr}`);
}

const topologyChecks = installedDomains().flatMap(d => d.checks?.topology ?? []);
function verifyTopology(): void {
	const config = dcdOf(big, 'node01');
	const ctx = makeContext(big, config, 'node01', {groups: [], topology: true});
	for (const check of topologyChecks) check.run(ctx);
}

const BUILD = [
	`${U}/claddclstr -n democluster`,
	`${U}/clmodnode -a node1 -p node1_boot1`,
	`${U}/clmodnode -a node2 -p node2_boot1`,
	`${U}/clmodnetwork -a -i ether`,
	`${U}/claddnode -a node1_boot1:ether:net_ether_01:public:boot -n node1`,
	`${U}/claddnode -a node2_boot1:ether:net_ether_01:public:boot -n node2`,
	`${U}/claddnode -a app_svc:ether:net_ether_01:public:service`,
];
const bare = findScenario('bare')!.build(Date.UTC(2026, 10, 21));

const figures: Figure[] = [
	{name: 'cltopinfo', value: timeMedian(() => mustRun(on(big), `${U}/cltopinfo`)), unit: 'ms', target: 5},
	{name: 'cllsif', value: timeMedian(() => mustRun(on(big), `${U}/cllsif`)), unit: 'ms', target: 5},
	{name: 'cllsnw', value: timeMedian(() => mustRun(on(big), `${U}/cllsnw`)), unit: 'ms', target: 5},
	{name: `topology checks of clverify (${topologyChecks.length} checks)`, value: timeMedian(verifyTopology), unit: 'ms', target: 50},
	{name: 'cl_discover (32 nodes through clcomdES)', value: timeMedian(() => mustRun(on(big), `${U}/cl_discover`)), unit: 'ms', target: 50},
	{
		name: 'bare: cluster, 2 nodes, a network, 3 labels (7 commands)',
		value: timeMedian(() => {
			const session: Session = {state: bare, node: 'node1', registry};
			for (const line of BUILD) mustRun(session, line);
		}),
		unit: 'ms',
		target: 20,
	},
];
report('Topology on big (issue 10)', figures);
