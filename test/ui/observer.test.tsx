/** The session observer: every line the shell runs reaches it, whichever way it came (SMIT's screens, the F9 shell, hasmit exec). */
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {execLines} from '../../src/cli/exec.js';
import {openSession} from '../../src/cli/session.js';
import {observe, type Chunk, type LineRun} from '../../src/command/shell.js';
import {sandbox} from '../helpers/cli.js';
import {KEY} from '../helpers/keys.js';
import {menuCatalog} from '../helpers/smit.js';
import {renderApp} from '../helpers/ui.js';

afterEach(() => cleanup());

const START = "_SPOC_FORCE=Y /usr/es/sbin/cluster/cspoc/fix_args nop cl_rc.cluster '-N' -cspoc-n 'node1' '-b'";
const STOP = "_SPOC_FORCE=Y /usr/es/sbin/cluster/cspoc/fix_args nop cl_clstop '-N' -cspoc-n 'node1' '-gr'";

describe('session observer', () => {
	it('one observer on a CLI session sees the TUI, F9 and exec lines alike: origin, node, result, state before and after', async () => {
		const {cluster} = await openSession({state: sandbox().state});
		const runs: LineRun[] = [];
		const stop = cluster.observe(run => runs.push(run));
		const app = renderApp({fastPath: 'clstart', catalog: menuCatalog(), runner: cluster});
		await app.settle(/Start Cluster Services on these nodes +\[node1\]/);
		await app.press(KEY.DOWN + KEY.F4, 'node2');
		await app.press(KEY.F3, 'Start Cluster Services');
		await app.press(KEY.ENTER, 'Command: OK');
		await app.press(KEY.F9, 'node1:/#');
		await app.press(`hostname${KEY.ENTER}`, /node1:\/# hostname\nnode1\n/);
		const printed: Chunk[] = [];
		expect(execLines(cluster, [STOP, 'nosuchcmd'], true, chunk => printed.push(chunk))).toBe(127);

		const list = menuCatalog().dialogs.get('clstart')!.fields[1]!.cmd_to_list;
		expect(runs.map(r => [r.origin, r.node, r.line, r.result.code])).toEqual([
			['tui-discover', 'node1', '/usr/es/sbin/cluster/utilities/clsmitdefaults clstart', 0],
			['tui-list', 'node1', list, 0],
			['tui-dialog', 'node1', START, 0],
			['f9-shell', 'node1', 'hostname', 0],
			['exec', 'node1', STOP, 0],
			['exec', 'node1', 'nosuchcmd', 127],
		]);
		const [discover, , start, shell, stopped, missing] = runs as [LineRun, LineRun, LineRun, LineRun, LineRun, LineRun];
		expect(discover.result.stdout).toMatch(/^#/);
		expect(shell.result.stdout).toBe('node1\n');
		expect(missing.result.stderr).toBe('ksh: nosuchcmd:  not found.\n');
		expect(printed.map(c => c.text).join('')).toBe(stopped.result.output + missing.result.output);
		// What each line found and left: the start and the stop change the cluster, the others only read it.
		const cm = [start.before, start.after, stopped.before, stopped.after].map(s => s.nodes.node1!.cm);
		expect(cm).toEqual(['ST_INIT', 'ST_STABLE', 'ST_STABLE', 'ST_INIT']);
		expect(start.after.resourceGroups.rg_app!.nodes.node1).toBe('ONLINE');
		expect(stopped.after.resourceGroups.rg_app!.nodes.node1).toBe('OFFLINE');
		expect(shell.before.nodes.node1!.cm).toBe('ST_STABLE');
		expect(missing.after).toBe(missing.before);

		stop();
		cluster.run('hostname', 'shell');
		expect(runs).toHaveLength(6);
	});

	it('the in-memory session the screen tests use reports to its observers too, and lines run by code say so', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		const seen: string[] = [];
		observe(app.runner.session, run => seen.push(`${run.origin} ${run.line}`));
		await app.press(KEY.F9, 'node1:/#');
		await app.press(`hostname${KEY.ENTER}`, /node1:\/# hostname\nnode1\n/);
		app.runner.run('uname -n');
		expect(seen).toEqual(['f9-shell hostname', 'script uname -n']);
	});
});
