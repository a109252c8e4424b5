/** Screen tests: cluster services and shared LVM through the product's C-SPOC menus, checking the model afterwards. */
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {KEY} from '../helpers/keys.js';
import {menuCatalog} from '../helpers/smit.js';
import {renderApp, renderProduct as smitty} from '../helpers/ui.js';

afterEach(() => cleanup());

/** The command in the SHOW COMMAND STRING box, its wrapped lines joined again. */
function shownCommand(frame: string): string {
	const rows = frame.split('\n').map(l => /\| (.*?) *\|/.exec(l)?.[1] ?? '');
	const start = rows.findIndex(r => r.startsWith('Press Enter or Cancel'));
	const end = rows.findIndex((r, i) => i > start && r.startsWith('F1=Help'));
	return rows
		.slice(start + 1, end)
		.filter(Boolean)
		.join(' ');
}

describe('Manage HACMP Services', () => {
	it('smitty clstart: the defaults start node1, which acquires rg_app', async () => {
		const app = smitty('clstart');
		await app.settle(/Start Cluster Services on these nodes +\[node1\]/);
		expect(app.frame()).toMatch(/^\* Start now, on system restart or both +now +\+$/m);
		await app.press(KEY.F6, 'SHOW COMMAND STRING');
		const shown = shownCommand(app.frame());
		expect(shown).toBe("_SPOC_FORCE=Y /usr/es/sbin/cluster/cspoc/fix_args nop cl_rc.cluster '-N' -cspoc-n 'node1' '-b'");
		await app.press(KEY.F3, 'Start Cluster Services');
		await app.press(KEY.ENTER, 'Command: OK');
		expect(app.frame()).toMatch(/stdout: yes +stderr: no/);
		expect(app.runner.lines.at(-1)).toBe(shown);
		const state = app.runner.session.state;
		expect(state.nodes.node1!.cm).toBe('ST_STABLE');
		expect(state.nodes.node2!.cm).toBe('ST_INIT');
		expect(state.resourceGroups.rg_app!.nodes).toEqual({node1: 'ONLINE', node2: 'OFFLINE'});
		expect(state.nodes.node1!.lvm.mounts['/data']).toBeDefined();
	});

	it('smitty clstart with restart and clinfo: inittab gets the entry, clinfoES waits for the next start', async () => {
		const app = smitty('clstart');
		await app.settle('Start Cluster Services');
		await app.press(KEY.TAB, /Start now, on system restart or both +restart/);
		await app.press(KEY.ENTER, 'Command: OK');
		expect(app.runner.lines.at(-1)).toContain("cl_rc.cluster '-R' -cspoc-n 'node1'");
		expect(app.runner.session.state.nodes.node1!.inittab).toContain(
			'hacmp:2:wait:/usr/es/sbin/cluster/etc/rc.cluster -boot > /dev/console 2>&1 # Bring up Cluster',
		);
		expect(app.runner.session.state.nodes.node1!.cm).toBe('ST_INIT');
	});

	it('smitty clstop: graceful with takeover moves rg_app to node2', async () => {
		const app = smitty('clstop', ["cl_rc.cluster -cspoc '-n node1,node2' -N"]);
		await app.settle('Shutdown mode');
		for (let i = 0; i < 3; i++) app.stdin.write(KEY.DOWN);
		await app.press(KEY.TAB, /Shutdown mode +takeover/);
		await app.press(KEY.F6, 'SHOW COMMAND STRING');
		expect(shownCommand(app.frame())).toBe("_SPOC_FORCE=Y /usr/es/sbin/cluster/cspoc/fix_args nop cl_clstop '-N' -cspoc-n 'node1' '-gr'");
		await app.press(KEY.F3, 'Stop Cluster Services');
		await app.press(KEY.ENTER, 'Command: OK');
		const state = app.runner.session.state;
		expect(state.nodes.node1!.cm).toBe('ST_INIT');
		expect(state.resourceGroups.rg_app!.nodes).toEqual({node1: 'OFFLINE', node2: 'ONLINE'});
		expect(state.nodes.node2!.apps.app_srv).toBeDefined();
	});

	it('smitty clstop on a node that is not running: failed, stderr shown, nothing changed', async () => {
		const app = smitty('clstop');
		await app.settle('Stop Cluster Services');
		const before = app.runner.session.state;
		await app.press(KEY.ENTER, 'Command: failed');
		expect(app.frame()).toMatch(/stdout: no +stderr: yes/);
		expect(app.frame()).toContain('Cluster services are not active on node1. Nothing was stopped.');
		expect(app.runner.session.state).toBe(before);
	});

	it('Show Cluster Services runs clshowsrv -v at once', async () => {
		const app = smitty('clshowsrv');
		await app.settle('Status of the RSCT subsystems used by HACMP:');
		expect(app.runner.lines.at(-1)).toBe('/usr/es/sbin/cluster/utilities/clshowsrv -v');
	});
});

describe('HACMP Logical Volume Management', () => {
	it('create a shared VG, add a shared LV, add a JFS2 file system on it', async () => {
		const mkvg = smitty('cl_mkvg_dialog');
		await mkvg.settle(/Node Names +\[node1,node2/);
		await mkvg.press(KEY.DOWN, 'PVID');
		await mkvg.press(KEY.F4, 'ONE OR MORE items can be selected.');
		await mkvg.press(KEY.ENTER, /PVID +\[00c8d7b0a1b2c304/);
		await mkvg.press(KEY.DOWN, 'VOLUME GROUP name');
		await mkvg.press('appvg', /VOLUME GROUP name +\[appvg/);
		await mkvg.press(KEY.F6, 'SHOW COMMAND STRING');
		expect(shownCommand(mkvg.frame())).toBe(
			"/usr/es/sbin/cluster/cspoc/fix_args nop cl_mkvg -cspoc-n 'node1,node2' -y 'appvg' -s '64' -V '39' '00c8d7b0a1b2c304'",
		);
		await mkvg.press(KEY.F3, 'Create a Shared Volume Group');
		await mkvg.press(KEY.ENTER, 'Command: OK');
		const runner = mkvg.runner;
		const vg = Object.values(runner.session.state.vgda).find(v => v.name === 'appvg')!;
		expect(vg.pvids).toEqual(['00c8d7b0a1b2c304']);
		for (const node of ['node1', 'node2']) expect(runner.session.state.nodes[node]!.lvm.volumeGroups.appvg?.major).toBe(39);
		cleanup();

		const mklv = renderApp({fastPath: 'cl_mklv_select', catalog: menuCatalog(), runner});
		await mklv.settle('appvg');
		await mklv.press(KEY.ENTER, 'Add a Shared Logical Volume');
		for (let i = 0; i < 3; i++) mklv.stdin.write(KEY.DOWN);
		await mklv.press('10', /Number of LOGICAL PARTITIONS +\[10/);
		mklv.stdin.write(KEY.DOWN);
		await mklv.press(`${KEY.DOWN}applv`, /Logical volume NAME +\[applv/);
		await mklv.press(KEY.DOWN + KEY.TAB, /Logical volume TYPE +jfs2/);
		await mklv.press(KEY.F6, 'SHOW COMMAND STRING');
		expect(shownCommand(mklv.frame())).toMatch(
			/^\/usr\/es\/sbin\/cluster\/cspoc\/fix_args nop cl_mklv -cspoc-n 'node1,node2' .*-y 'applv' -t 'jfs2'.* 'appvg' '10'$/,
		);
		await mklv.press(KEY.F3, 'Add a Shared Logical Volume');
		await mklv.press(KEY.ENTER, 'Command: OK');
		const lv = Object.values(runner.session.state.vgda).find(v => v.name === 'appvg')!.lvs.applv!;
		expect(lv.type).toBe('jfs2');
		expect(lv.lps).toBe(10);
		cleanup();

		const crfs = renderApp({fastPath: 'cl_crfs_jfs2_lv_select', catalog: menuCatalog(), runner});
		await crfs.settle('applv');
		await crfs.press(KEY.ENTER, 'Add an Enhanced Journaled File System on a Previously Defined Logical Volume');
		await crfs.settle('MOUNT POINT');
		const lines = crfs.frame().split('\n');
		const mountRow = lines.findIndex(l => l.includes('MOUNT POINT'));
		const firstRow = lines.findIndex(l => l.includes('Resource Group Name'));
		for (let i = 0; i < mountRow - firstRow; i++) crfs.stdin.write(KEY.DOWN);
		await crfs.press('/app', /MOUNT POINT +\[\/app/);
		await crfs.press(KEY.F6, 'SHOW COMMAND STRING');
		const shown = shownCommand(crfs.frame());
		expect(shown).toMatch(/^\/usr\/es\/sbin\/cluster\/cspoc\/fix_args nop cl_crfs -v jfs2 /);
		expect(shown).toContain("-d 'applv'");
		expect(shown).toContain("-m '/app'");
		await crfs.press(KEY.F3, 'MOUNT POINT');
		await crfs.press(KEY.ENTER, 'Command: OK');
		const after = runner.session.state;
		expect(Object.values(after.vgda).find(v => v.name === 'appvg')!.filesystems['/app']?.lv).toBe('applv');
		for (const node of ['node1', 'node2']) expect(after.nodes[node]!.lvm.filesystems['/app']?.dev).toBe('/dev/applv');
	});
});
