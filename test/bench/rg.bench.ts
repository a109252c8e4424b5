/**
 * Issue 5 figures on the `big` scenario (32 nodes, 64 groups): verification
 * of the whole configuration, and moving a resource group by DARE migration
 * and by clRGmove in the running cluster.
 */
import {runLine, type Session} from '../../src/command/shell.js';
import {createRegistry} from '../../src/domains/index.js';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import {setRelease} from '../../src/cluster/release/apply.js';
import {produce} from 'immer';
import {report, timeMedian, type Figure} from './measure.js';

const big = findScenario('big')!.build(Date.UTC(2026, 10, 21));
const registry = createRegistry();
const on = (state: Session['state']): Session => ({state, node: 'node01', registry});

function mustRun(session: Session, line: string): void {
	const result = runLine(session, line);
	if (result.code !== 0) throw new Error(`${line}: ${result.stderr}`);
}

const running = on(big);
mustRun(running, 'cl_rc.cluster -N');
const up = running.state;
// DARE migration is HACMP 4.x's (5.2 moves groups with clRGmove): measured on big put on 4.3.
const running43 = on(produce(big, draft => setRelease(draft, '4.3')));
mustRun(running43, 'cl_rc.cluster -N');
const up43 = running43.state;

const figures: Figure[] = [
	{name: 'clverify (every check, 32 nodes, 64 groups)', value: timeMedian(() => mustRun(on(big), 'clverify')), unit: 'ms', target: 300},
	{name: 'cldare -rt (verify, then copy the DCD to 32 nodes)', value: timeMedian(() => mustRun(on(big), 'cldare -rt')), unit: 'ms', target: 300},
	{name: 'clverify -c (running, nothing changed since the sync)', value: timeMedian(() => mustRun(on(up), 'clverify -c')), unit: 'ms', target: 300},
	{
		name: 'cldare -M rg01:node02 (DARE migration, running, on 4.3)',
		value: timeMedian(() => mustRun(on(up43), '/usr/sbin/cluster/utilities/cldare -M rg01:node02')),
		unit: 'ms',
		target: 50,
	},
	{
		name: 'clRGmove -g rg01 -n node03 -m (running)',
		value: timeMedian(() => mustRun(on(up), 'clRGmove -g rg01 -n node03 -m')),
		unit: 'ms',
		target: 50,
	},
];
report('Verification and DARE on big (issue 5)', figures);
