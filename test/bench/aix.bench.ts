/**
 * Issue 15 figures on the `big` scenario (32 nodes, 64 groups, 1,000 LVs): the everyday AIX commands and what
 * AIX's SMIT screens run to fill their lists, each against the 20 ms every single command is held to.
 */
import {runLine, type Session} from '../../src/command/shell.js';
import {createRegistry} from '../../src/domains/index.js';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import {report, timeMedian, type Figure} from './measure.js';

const session: Session = {state: findScenario('big')!.build(Date.UTC(2026, 10, 21)), node: 'node01', registry: createRegistry()};
// Cluster services up everywhere: shared file systems mounted, cluster managers answering.
if (runLine(session, 'cl_rc.cluster -N').code !== 0) throw new Error('cluster services did not start');
const lv = Object.values(session.state.nodes.node01!.lvm.volumeGroups).flatMap(vg => vg.lvs)[0]!;

const figures: Figure[] = [];
for (const line of [
	'uname -a',
	'oslevel -r',
	'df',
	'lslpp -h cluster.*',
	'odmget HACMPresource',
	'odmget HACMPadapter',
	'odmget -q "group like \'rg*\'" HACMPgroup',
	'odmget CuDvDr',
	'odmshow HACMPcluster',
	'clgetactivenodes -n node01',
	'/usr/lib/smit/hasmit_aixlist lvs',
	`/usr/lib/smit/hasmit_aixdefaults lv ${lv}`,
	'hostent -S',
]) {
	figures.push({
		name: line,
		value: timeMedian(() => {
			const result = runLine(session, line);
			if (result.code !== 0) throw new Error(`${line}: ${result.stderr}`);
		}),
		unit: 'ms',
		target: 20,
	});
}
report('Everyday AIX commands and AIX SMIT helpers on big (issue 15)', figures);
