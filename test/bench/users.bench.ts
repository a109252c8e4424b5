/**
 * Issue 13 figures on `big` (32 nodes, 5,000 generated users on each): C-SPOC
 * cl_lsuser ALL (every node's users listed) and cl_mkuser (one uid free on
 * all 32 nodes), and the local lsuser ALL for comparison.
 */
import {runLine, type Session} from '../../src/command/shell.js';
import {createRegistry} from '../../src/domains/index.js';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import {report, timeMedian, type Figure} from './measure.js';

const big = findScenario('big')!.build(Date.UTC(2026, 10, 21));
const registry = createRegistry();
const session = (): Session => ({state: big, node: 'node01', registry});

function mustRun(line: string): string {
	const result = runLine(session(), line);
	if (result.code !== 0) throw new Error(`${line}: ${result.stderr}`);
	return result.stdout;
}

const lines = mustRun('cl_lsuser ALL').split('\n').length - 1;
const figures: Figure[] = [
	{name: `cl_lsuser ALL (${lines} lines)`, value: timeMedian(() => mustRun('cl_lsuser ALL'), 5, 1), unit: 'ms', target: 50},
	{name: 'cl_lsuser -a id ALL', value: timeMedian(() => mustRun('cl_lsuser -a id ALL'), 5, 1), unit: 'ms', target: 50},
	{name: 'lsuser ALL (one node)', value: timeMedian(() => mustRun('lsuser ALL')), unit: 'ms', target: 50},
	{name: 'cl_mkuser (uid free on 32 nodes)', value: timeMedian(() => mustRun('cl_mkuser benchusr')), unit: 'ms', target: 20},
];
report('Users and groups on big (32 nodes, 5,000 users each)', figures);
