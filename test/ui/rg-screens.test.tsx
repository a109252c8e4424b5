/** Screen tests: resource groups, verification and synchronization, and moving groups, through the product's menus. */
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {KEY} from '../helpers/keys.js';
import {menuCatalog} from '../helpers/smit.js';
import {renderApp, renderProduct as smitty} from '../helpers/ui.js';

afterEach(() => cleanup());

const online = (app: ReturnType<typeof smitty>, group: string) =>
	Object.entries(app.runner.session.state.resourceGroups[group]?.nodes ?? {})
		.filter(([, s]) => s === 'ONLINE')
		.map(([n]) => n);

describe('where the screens are', () => {
	it('Extended Configuration leads to resources, groups and verification', async () => {
		const app = smitty('cm_extended_config_menu');
		await app.settle('Extended Resource Configuration');
		expect(app.frame()).toContain('Extended Verification and Synchronization');
		await app.press(KEY.DOWN + KEY.DOWN, 'Extended Resource Configuration'); // after Discover and Extended Topology
		await app.press(KEY.ENTER, 'HACMP Extended Resource Group Configuration');
		expect(app.frame()).toContain('Configure Resource Group Run-Time Policies');
		// Run-time policies come before the group configuration, as 5.x's Extended Resource Configuration lists them.
		await app.press(KEY.DOWN + KEY.DOWN + KEY.ENTER, 'Change/Show Resources and Attributes for a Resource Group');
		expect(app.frame()).toContain('Show All Resources by Node or Resource Group');
	});

	it('F1 on a field explains it for someone learning HACMP', async () => {
		const app = smitty('cm_add_grp_custom');
		await app.settle('Startup Policy');
		for (let i = 0; i < 3; i++) app.stdin.write(KEY.DOWN);
		await app.press(KEY.F1, /Online On Home Node Only: only on its home node/);
	});
});

describe('resource group configuration screens', () => {
	it("smitty cm_add_grp: 5.2's Add a Resource Group at once (no group type to choose first), F6 shows claddgrp with its policies", async () => {
		const app = smitty('cm_add_grp');
		await app.settle(/Fallback Policy +Fallback To Higher Pr/);
		expect(app.frame()).toMatch(/\* Inter-Site Management Policy +ignore +\+/);
		await app.press('rg_web', '[rg_web');
		await app.press(KEY.DOWN + KEY.DOWN, 'Participating Nodes');
		await app.press(KEY.F4, 'ONE OR MORE items can be selected.');
		await app.press(KEY.DOWN, 'node2');
		await app.press(KEY.F7, /> node2/);
		await app.press(KEY.ENTER, /Participating Nodes \(Default Node Priority\) +\[node2/);
		await app.press(KEY.F6, "claddgrp -g 'rg_web' -s 'ignore' -n       |\n  | 'node2' -S 'OHN' -O 'FNPN' -B 'FBHPN'");
		await app.press(KEY.F3, 'Add a Resource Group');
		await app.press(KEY.ENTER, 'Command: OK');
		expect(app.runner.lines.at(-1)).toBe("/usr/es/sbin/cluster/utilities/claddgrp -g 'rg_web' -s 'ignore' -n 'node2' -S 'OHN' -O 'FNPN' -B 'FBHPN'");
		expect(app.runner.run('clshowres -g rg_web').stdout).toMatch(/Startup Policy\s+Online On Home Node Only/);
	});

	it('smitty cm_add_res: pick the group, see its policies and resources discovered, change an attribute', async () => {
		const app = smitty('cm_add_res');
		await app.settle('rg_app');
		await app.press(KEY.ENTER, 'Change/Show All Resources and Attributes for a Resource Group');
		expect(app.frame()).toMatch(/Resource Group Name +rg_app/);
		expect(app.frame()).toMatch(/Startup Policy +Online On Home Node/);
		expect(app.frame()).toMatch(/Service IP Labels\/Addresses +\[app_svc\]/);
		// Down past the 10 fields above it, display-only ones included, to the forced varyon ring (5.2 has no
		// management policy, Inactive Takeover or Cascading Without Fallback field).
		for (let i = 0; i < 10; i++) app.stdin.write(KEY.DOWN);
		await app.press(KEY.TAB, /Use forced varyon of volume groups, if necessary +true/);
		await app.press(KEY.ENTER, 'Command: OK');
		expect(app.runner.lines.at(-1)).toBe("/usr/es/sbin/cluster/utilities/claddres -g 'rg_app' FORCED_VARYON='true'");
		expect(app.runner.run('cllsres -g rg_app').stdout).toContain('FORCED_VARYON="true"');
	});

	it('Change/Show a Resource Group: only the changed policy is sent', async () => {
		const app = smitty('cm_ch_grp_select');
		await app.settle('rg_app');
		await app.press(KEY.ENTER, 'New Resource Group Name');
		expect(app.frame()).toMatch(/Participating Nodes \(Default Node Priority\) +\[node1 node2\]/);
		for (let i = 0; i < 6; i++) app.stdin.write(KEY.DOWN);
		await app.press(KEY.TAB, /Fallback Policy +Never Fallback/);
		await app.press(KEY.ENTER, 'Command: OK');
		expect(app.runner.lines.at(-1)).toBe("/usr/es/sbin/cluster/utilities/clchgrp -g 'rg_app' -B 'NFB'");
	});

	it('Add an Application Server', async () => {
		const app = smitty('cm_add_app_server');
		await app.settle('Server Name');
		await app.press('web_srv', '[web_srv');
		await app.press(`${KEY.DOWN}/usr/local/ha/web_start.sh`, /web_start\.sh ?\]/);
		await app.press(`${KEY.DOWN}/usr/local/ha/web_stop.sh`, /web_stop\.sh ?\]/);
		await app.press(KEY.ENTER, 'Command: OK');
		expect(app.runner.run('cllsserv -n web_srv').stdout).toMatch(/^web_srv\s+\/usr\/local\/ha\/web_start\.sh/);
	});
});

describe('verification and synchronization screens', () => {
	it('Extended Verification and Synchronization: verify only, with the output on the COMMAND STATUS screen', async () => {
		const app = smitty('cm_ext_ver_and_sync', ["claddgrp -g rg_c -n 'node1 node2' -S OFAN -O FNPN -B NFB"]);
		await app.settle('Verify, Synchronize or Both');
		await app.press(KEY.TAB, /Verify, Synchronize or Both +Verify/);
		await app.press(KEY.ENTER, 'Command: OK');
		expect(app.frame()).toContain('Verifying Cluster Topology...');
		expect(app.runner.lines.at(-1)).toBe("/usr/es/sbin/cluster/utilities/cldare -rt '-x' -C 'no' -V 'normal'");
		expect(app.runner.run('cllsgrp').stdout).toContain('rg_c');
		expect(app.runner.session.state.nodes.node2!.dcd).not.toBe(app.runner.session.state.nodes.node1!.dcd);
	});

	it('Verify and Synchronize HACMP Configuration runs at once and fails visibly on a verification error', async () => {
		const app = smitty('cm_ver_and_sync', ['claddgrp -g rg_c -n node1 -S OHN -O FUDNP -B FBHPN']);
		await app.settle('Command: failed');
		expect(app.frame()).toMatch(/ERROR: Resource group rg_c falls over using dynamic node priority but names no /);
	});
});

describe('resource group movement screens', () => {
	it('Move a Resource Group to Another Node: group list, destination list, dialog, rg_move', async () => {
		const app = smitty('cl_rg_move_select', ['cl_rc.cluster -N']);
		await app.settle(/rg_app +ONLINE +node1/);
		await app.press(KEY.ENTER, 'Denotes Originally Configured Highest Priority Node');
		await app.press(KEY.ENTER, /Destination Node +node2/);
		expect(app.frame()).toMatch(/Resource Group to be Moved +rg_app/);
		await app.press(KEY.ENTER, 'Command: OK');
		expect(app.frame()).toContain('Resource group movement successful.');
		expect(online(app, 'rg_app')).toEqual(['node2']);
	});

	it('Bring a Resource Group Offline, then Online on the other node', async () => {
		const off = smitty('cl_rg_offline_select', ['cl_rc.cluster -N']);
		await off.settle(/rg_app +ONLINE +node1/);
		await off.press(KEY.ENTER, 'Select a Node');
		await off.press(KEY.ENTER, /Node On Which to Bring Resource Group Offline +node1/);
		await off.press(KEY.ENTER, 'Command: OK');
		expect(online(off, 'rg_app')).toEqual([]);
		off.unmount();
		const on = renderApp({fastPath: 'cl_rg_online_select', catalog: menuCatalog(), runner: off.runner});
		await on.settle(/rg_app +OFFLINE/);
		await on.press(KEY.ENTER, 'node1 *');
		await on.press(KEY.DOWN + KEY.ENTER, /Node On Which to Bring Resource Group Online +node2/);
		await on.press(KEY.ENTER, 'Command: OK');
		expect(online(on, 'rg_app')).toEqual(['node2']);
	});

	it('Move a Resource Group with nothing to move says so; with cluster services down it says why', async () => {
		const none = smitty('cl_rg_move_select', ['cl_rc.cluster -N', 'clRGmove -g rg_app -d']);
		await none.settle('There are no items to choose from for this entry field.');
		none.unmount();
		const down = smitty('cl_rg_move_select');
		await down.settle(/ERROR: Cluster services are not active on any node; resource/);
	});
});
