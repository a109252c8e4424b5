/**
 * The resource group, verification and movement dialogs, driven as SMIT
 * drives them (selectors, discovery, fields, the command built from them)
 * without the screens: every dialog's exact command, quickly. The screens
 * themselves are tested in test/ui/rg-screens.test.tsx.
 */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {dialog, dialogCommand, menuCatalog, pickList, selectorList} from './helpers/smit.js';
import {checkCatalog} from '../src/menu/check.js';
import {resolveFastPath} from '../src/menu/catalog.js';
import {createRegistry} from '../src/domains/index.js';

const U = '/usr/es/sbin/cluster/utilities';
const field = (id: string, name: string) => dialog(id).fields.find(f => f.name === name)!;

describe('the menu files', () => {
	it('pass the checker: targets, commands, reachability from top_menu', () => {
		expect(checkCatalog(menuCatalog(), createRegistry())).toEqual([]);
	});

	it('keep the 4.x fast paths cm_add_grp and cm_add_res', () => {
		expect(resolveFastPath(menuCatalog(), 'cm_add_grp')).toMatchObject({kind: 'dialog', id: 'cm_add_grp_custom'});
		expect(resolveFastPath(menuCatalog(), 'cm_add_res')).toMatchObject({kind: 'selector', id: 'cm_ch_res_select'});
	});
});

describe('resource group screens', () => {
	it("Add a Resource Group is 5.2's one dialog: a name, the inter-site policy, the nodes and the three policies, no type to choose", () => {
		const cluster = testCluster();
		const item = menuCatalog().menus.get('cm_ext_rg_menu')!.items[0]!;
		expect([item.text, item.next_id, item.next_type]).toEqual(['Add a Resource Group', 'cm_add_grp_custom', 'd']);
		expect(menuCatalog().selectors.has('cm_add_grp_select')).toBe(false);
		expect(dialog('cm_add_grp_custom').fields.map(f => f.name)).toEqual([
			'Resource Group Name',
			'Inter-Site Management Policy',
			'Participating Nodes (Default Node Priority)',
			'Startup Policy',
			'Fallover Policy',
			'Fallback Policy',
		]);
		const custom = dialogCommand(
			cluster,
			'cm_add_grp_custom',
			{},
			{
				'Resource Group Name': 'rg_db',
				'Participating Nodes (Default Node Priority)': 'node1,node2',
				'Startup Policy': 'Online On First Available Node',
				'Fallback Policy': 'Never Fallback',
			},
		);
		expect(custom).toBe(`${U}/claddgrp -g 'rg_db' -s 'ignore' -n 'node1,node2' -S 'OFAN' -O 'FNPN' -B 'NFB'`);
		cluster.ok(custom);
		expect(cluster.ok('clshowres -g rg_db')).toMatch(/Participating Node Name\(s\)\s+node1 node2\nStartup Policy\s+Online On First/);
	});

	it('Change/Show a Resource Group discovers the group and sends only what changed', () => {
		const cluster = testCluster();
		expect(selectorList(cluster, 'cm_ch_grp_select')).toEqual(['rg_app']);
		expect(dialogCommand(cluster, 'cm_ch_grp', {_rawname: 'rg_app'})).toBe(`${U}/clchgrp -g 'rg_app'`);
		const line = dialogCommand(
			cluster,
			'cm_ch_grp',
			{_rawname: 'rg_app'},
			{'Fallback Policy': 'Never Fallback', 'New Resource Group Name': 'rg_main'},
		);
		expect(line).toBe(`${U}/clchgrp -g 'rg_app' -G 'rg_main' -B 'NFB'`);
		cluster.ok(line);
		expect(cluster.ok('cllsgrp')).toBe('rg_main\n');
	});

	it('Change/Show Resources and Attributes shows the group and its equivalent policies, and sets attributes by name', () => {
		const cluster = testCluster();
		expect(pickList(cluster, field('cm_ch_res', 'Service IP Labels/Addresses'))).toEqual(['app_svc']);
		expect(pickList(cluster, field('cm_ch_res', 'Volume Groups'))).toEqual(['datavg', 'hbvg']);
		expect(pickList(cluster, field('cm_ch_res', 'Filesystems/Directories to Export'), {_rawname: 'rg_app'})).toEqual(['/data']);
		const line = dialogCommand(
			cluster,
			'cm_ch_res',
			{_rawname: 'rg_app'},
			{
				'Use forced varyon of volume groups, if necessary': 'true',
				'Filesystems mounted before IP configured': 'true',
				'Filesystems/Directories to Export': '/data',
			},
		);
		expect(line).toBe(`${U}/claddres -g 'rg_app' FORCED_VARYON='true' FS_BEFORE_IPADDR='true' EXPORT_FILESYSTEM='/data'`);
		cluster.ok(line);
		expect(cluster.ok('cllsres -g rg_app')).toContain('FORCED_VARYON="true"');
		const lists = dialogCommand(
			cluster,
			'cm_ch_std_res',
			{_rawname: 'rg_app'},
			{'Service IP Labels/Addresses': '', 'Application Servers': 'app_srv'},
		);
		expect(lists).toBe(`${U}/claddres -g 'rg_app' SERVICE_LABEL=''`);
		cluster.ok(lists);
		expect(cluster.ok('cllsres -g rg_app')).not.toContain('SERVICE_LABEL');
	});

	it('Remove a Resource Group and the Show screens', () => {
		const cluster = testCluster();
		expect(dialog('cm_rm_grp')).toMatchObject({ghost: 'y', ask: 'y'});
		expect(selectorList(cluster, 'cm_show_res_node_select')).toEqual(['node1', 'node2']);
		expect(cluster.ok(dialogCommand(cluster, 'cm_show_res_node', {_rawname: 'node2'}))).toContain(
			'Resource Group Name                                 rg_app',
		);
		cluster.ok(dialogCommand(cluster, 'cm_rm_grp', {_rawname: 'rg_app'}));
		expect(cluster.ok('cllsgrp')).toBe('');
	});

	it('application servers and monitors', () => {
		const cluster = testCluster();
		cluster.ok(
			dialogCommand(
				cluster,
				'cm_add_app_server',
				{},
				{'Server Name': 'web_srv', 'Start Script': '/usr/local/ha/web_start.sh', 'Stop Script': '/usr/local/ha/web_stop.sh'},
			),
		);
		expect(selectorList(cluster, 'cm_ch_app_server_select')).toEqual(['app_srv', 'web_srv']);
		const change = dialogCommand(cluster, 'cm_ch_app_server', {_rawname: 'web_srv'}, {'Stop Script': '/usr/local/ha/web_halt.sh'});
		expect(change).toBe(`${U}/clchserv -s 'web_srv' -e '/usr/local/ha/web_halt.sh'`);
		cluster.ok(change);
		cluster.ok(dialogCommand(cluster, 'cm_rm_app_server', {_rawname: 'web_srv'}));

		const add = dialogCommand(
			cluster,
			'cm_add_process_mon',
			{},
			{
				'Monitor Name': 'app_mon',
				'Application Server(s) to Monitor': 'app_srv',
				'Processes to Monitor': 'appd',
				'Restart Method': '/usr/local/ha/start_app.sh',
			},
		);
		expect(add).toBe(
			`${U}/claddappmon MONITOR_TYPE=process name='app_mon' RESOURCE_TO_MONITOR='app_srv' PROCESSES='appd' PROCESS_OWNER='root' INSTANCE_COUNT='1' ` +
				`STABILIZATION_INTERVAL='60' RESTART_COUNT='3' FAILURE_ACTION='notify' RESTART_METHOD='/usr/local/ha/start_app.sh'`,
		);
		cluster.ok(add);
		expect(selectorList(cluster, 'cm_ch_process_mon_select')).toEqual(['app_mon']);
		expect(selectorList(cluster, 'cm_ch_custom_mon_select')).toEqual([]);
		const fallover = dialogCommand(cluster, 'cm_ch_process_mon', {_rawname: 'app_mon'}, {'Action on Application Failure': 'fallover'});
		expect(fallover).toBe(`${U}/clchappmon name='app_mon' FAILURE_ACTION='fallover'`);
		cluster.ok(fallover);
		cluster.ok(
			dialogCommand(
				cluster,
				'cm_add_custom_mon',
				{},
				{'Monitor Name': 'chk_mon', 'Application Server(s) to Monitor': 'app_srv', 'Monitor Method': '/usr/local/ha/check.sh', 'Restart Count': '0'},
			),
		);
		expect(cluster.ok('cllsappmon')).toMatch(/^chk_mon\s+user$/m);
		cluster.ok(dialogCommand(cluster, 'cm_rm_custom_mon', {_rawname: 'chk_mon'}));
	});

	it('run-time policies: settling time and delayed fallback timers', () => {
		const cluster = testCluster();
		const settle = dialogCommand(cluster, 'cm_settling_time', {}, {'Settling Time (in Seconds)': '120'});
		expect(settle).toBe(`${U}/clsettlingtime -t '120'`);
		cluster.ok(settle);
		const add = dialogCommand(
			cluster,
			'cm_add_fbtimer',
			{},
			{
				'Name of the Fallback Policy': 'sunday',
				Recurrence: 'weekly',
				'Hour (0 - 23)': '3',
				'Minutes (0 - 59)': '0',
				'Day of Week (0 Sunday - 6 Saturday)': '0',
			},
		);
		expect(add).toBe(`${U}/claddfbtimer -n 'sunday' -r 'weekly' -H '3' -M '0' -w '0'`);
		cluster.ok(add);
		cluster.ok(dialogCommand(cluster, 'cm_ch_fbtimer', {_rawname: 'sunday'}, {'Hour (0 - 23)': '4'}));
		expect(cluster.ok('cllsfbtimer')).toContain('weekly on Sunday at 04:00');
		expect(pickList(cluster, field('cm_ch_res', 'Fallback Timer Policy (empty is immediate)'))).toEqual(['sunday']);
		cluster.ok(dialogCommand(cluster, 'cm_rm_fbtimer', {_rawname: 'sunday'}));
	});
});

describe('verification and synchronization screens', () => {
	it('the standard Verify and Synchronize runs at once', () => {
		const cluster = testCluster();
		expect(dialog('cm_ver_and_sync').ghost).toBe('y');
		cluster.ok("claddgrp -g rg_db -n 'node2 node1' -S OFAN -O FNPN -B NFB");
		expect(cluster.ok(dialogCommand(cluster, 'cm_ver_and_sync'))).toContain('Adding any necessary HACMP for AIX entries');
		expect(cluster.ok('cllsgrp', 'node2')).toContain('rg_db');
	});

	it('the extended dialog maps its rings to cldare flags', () => {
		const cluster = testCluster();
		expect(dialogCommand(cluster, 'cm_ext_ver_and_sync')).toBe(`${U}/cldare -rt -C 'no' -V 'normal'`);
		const line = dialogCommand(
			cluster,
			'cm_ext_ver_and_sync',
			{},
			{
				'Verify, Synchronize or Both': 'Verify',
				'Automatically correct errors found during\nverification?': 'Yes',
				'Verify changes only?': 'Yes',
				Logging: 'Verbose',
			},
		);
		expect(line).toBe(`${U}/cldare -rt '-x' -C 'yes' '-c' -V 'verbose'`);
		expect(cluster.ok(line)).toContain('There are no changes to verify since the last synchronization.');
		const forced = dialogCommand(cluster, 'cm_ext_ver_and_sync', {}, {'Force synchronization if verification fails?': 'Yes'});
		expect(forced).toBe(`${U}/cldare -rt -C 'no' '-f' -V 'normal'`);
	});
});

describe('resource group movement screens', () => {
	it('Move a Resource Group to Another Node: pick the group, then a destination, then move', () => {
		const cluster = testCluster();
		cluster.ok('cl_rc.cluster -N');
		expect(selectorList(cluster, 'cl_rg_move_select')).toEqual(['rg_app']);
		expect(selectorList(cluster, 'cl_rg_move_node_select', {group: 'rg_app'})).toEqual(['node2']);
		const line = dialogCommand(cluster, 'cl_rg_move', {group: 'rg_app', node: 'node2'}, {'Persist Across Cluster Reboot?': 'true'});
		expect(line).toBe(`${U}/clRGmove -m -i -g 'rg_app' -n 'node2' '-p'`);
		expect(cluster.ok(line)).toContain('Resource group movement successful.');
		expect(cluster.state.resourceGroups.rg_app!.sticky).toBe('node2');
	});

	it('Bring a Resource Group Offline, then Online', () => {
		const cluster = testCluster();
		cluster.ok('cl_rc.cluster -N');
		expect(selectorList(cluster, 'cl_rg_online_select')).toEqual([]);
		expect(selectorList(cluster, 'cl_rg_offline_node_select', {group: 'rg_app'})).toEqual(['node1']);
		cluster.ok(dialogCommand(cluster, 'cl_rg_offline', {group: 'rg_app', node: 'node1'}));
		expect(selectorList(cluster, 'cl_rg_online_select')).toEqual(['rg_app']);
		expect(selectorList(cluster, 'cl_rg_online_node_select', {group: 'rg_app'})).toEqual(['node1', 'node2']);
		const online = dialogCommand(cluster, 'cl_rg_online', {group: 'rg_app', node: 'node2'});
		expect(online).toBe(`${U}/clRGmove -u -i -g 'rg_app' -n 'node2'`);
		cluster.ok(online);
		expect(cluster.state.resourceGroups.rg_app!.nodes.node2).toBe('ONLINE');
	});

	it('DARE Resource Migration is 4.x: 5.2 moves groups with clRGmove and has no such screen; 4.3 keeps it', () => {
		const items = (release: '4.3' | '5.2', id: string) =>
			menuCatalog(release)
				.menus.get(id)!
				.items.map(item => item.text);
		expect(items('5.2', 'cl_resgrp_mgmt')).toEqual([
			'Show the Current State of Applications and Resource Groups',
			'Bring a Resource Group Online',
			'Bring a Resource Group Offline',
			'Move a Resource Group to Another Node',
		]);
		expect(resolveFastPath(menuCatalog(), 'cl_dare_migrate')).toBeUndefined();
		expect(items('4.3', 'cl_resgrp_mgmt_43')).toContain('DARE Resource Migration');
		expect(menuCatalog('4.3').dialogs.get('cl_dare_migrate')!.cmd_to_exec).toBe('/usr/sbin/cluster/utilities/cldare');
	});
});
