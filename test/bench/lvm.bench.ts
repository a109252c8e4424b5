/**
 * Issue 4 figures on the `big` scenario (64 mirrored VGs, 1,000 LVs): C-SPOC
 * cl_mklv and cl_lsvg -l, with the cluster down (C-SPOC varies the VG on for
 * the change) and up (the owning node has it varied on), and the local forms.
 */
import {runLine, type Session} from '../../src/command/shell.js';
import {createRegistry} from '../../src/domains/index.js';
import {findScenario} from '../../src/cluster/scenarios/index.js';
import {report, timeMedian, type Figure} from './measure.js';

const big = findScenario('big')!.build(Date.UTC(2026, 10, 21));
const registry = createRegistry();
const session = (state = big): Session => ({state, node: 'node01', registry});
/** As the CLI runs a command: the clock catches up with the host's first, so the transaction has already changed the state (see currentView). */
const asCli = (state: typeof big): Session => ({...session(state), beforeCommand: draft => void (draft.clock += 1000)});

function mustRun(s: Session, line: string): string {
	const result = runLine(s, line);
	if (result.code !== 0) throw new Error(`${line}: ${result.stderr}`);
	return result.stdout;
}

const running = session();
mustRun(running, 'cl_rc.cluster -N');
const up = running.state;
const lines = mustRun(session(up), 'cl_lsvg -l').split('\n').length - 1;

// Each run starts from the same state, so the new LV's name is always free.
const figures: Figure[] = [
	{
		name: 'cl_mklv -cspoc "-g rg01" (VG varied on nowhere)',
		value: timeMedian(() => mustRun(session(), '/usr/es/sbin/cluster/cspoc/cl_mklv -cspoc "-g rg01" -y benchlv -t jfs2 -c 2 vg01 8')),
		unit: 'ms',
		target: 20,
	},
	{
		name: 'cl_mklv -cspoc "-g rg01" (VG online on node01)',
		value: timeMedian(() => mustRun(session(up), '/usr/es/sbin/cluster/cspoc/cl_mklv -cspoc "-g rg01" -y benchlv -t jfs2 -c 2 vg01 8')),
		unit: 'ms',
		target: 20,
	},
	{
		name: 'cl_mklv, after the clock moved (as the CLI runs it)',
		value: timeMedian(() => mustRun(asCli(up), '/usr/es/sbin/cluster/cspoc/cl_mklv -cspoc "-g rg01" -y benchlv -t jfs2 -c 2 vg01 8')),
		unit: 'ms',
		target: 20,
	},
	{name: 'cl_lsvg -l vg01', value: timeMedian(() => mustRun(session(up), '/usr/es/sbin/cluster/cspoc/cl_lsvg -l vg01')), unit: 'ms', target: 20},
	{
		name: `cl_lsvg -l (all 64 shared VGs, ${lines} lines)`,
		value: timeMedian(() => mustRun(session(up), '/usr/es/sbin/cluster/cspoc/cl_lsvg -l')),
		unit: 'ms',
		target: 20,
	},
	{
		name: 'cl_lsvg -l (all), after the clock moved',
		value: timeMedian(() => mustRun(asCli(up), '/usr/es/sbin/cluster/cspoc/cl_lsvg -l')),
		unit: 'ms',
		target: 20,
	},
	{name: 'mklv on node01 (local)', value: timeMedian(() => mustRun(session(up), 'mklv -y benchlv vg01 8')), unit: 'ms', target: 20},
	{name: 'lsvg -l vg01 on node01 (local)', value: timeMedian(() => mustRun(session(up), 'lsvg -l vg01')), unit: 'ms', target: 20},
];
report('Shared LVM on big (issue 4)', figures);
