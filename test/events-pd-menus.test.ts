/** Problem Determination Tools of HACMP 5.2: SSA fence registers, the trace facility and Error Notification, driven through SMIT's dialog rules. */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {dialogCommand, menuCatalog, selectorList} from './helpers/smit.js';

const CL = '/usr/es/sbin/cluster/utilities/clerrnotify';

describe('Problem Determination Tools (HACMP 5.2)', () => {
	it('lists the tools in the real order', () => {
		const items = menuCatalog()
			.menus.get('cm_problem_determination_menu')!
			.items.map(item => item.text);
		const order = ['Release Locks Set By Dynamic Reconfiguration', 'Clear SSA Disk Fence Registers', 'HACMP Cluster Test Tool'];
		expect(items.filter(t => order.includes(t))).toEqual(order);
		expect(items.indexOf('HACMP Trace Facility')).toBe(items.indexOf('HACMP Cluster Test Tool') + 1);
		expect(items.indexOf('HACMP Error Notification')).toBe(items.indexOf('HACMP Event Emulation') + 1);
	});

	it('the SSA fence and trace screens run their command, which says it is not simulated and changes nothing', () => {
		const cluster = testCluster();
		const fence = dialogCommand(cluster, 'cm_clear_ssa_fence', {}, {'SSA Disks': 'hdisk2'});
		expect(fence).toBe("/usr/es/sbin/cluster/events/utils/cl_ssa_fence 'hdisk2'");
		cluster.refused(fence, /SSA disks are not simulated/);
		const start = dialogCommand(cluster, 'cm_trace_start', {}, {});
		expect(start).toBe("trace -a -j '910,911,912,913,914'");
		cluster.refused(start, 'trace: The AIX system trace is not simulated: no trace was started. Nothing was changed.\n');
		cluster.refused(dialogCommand(cluster, 'cm_trace_stop', {}, {}), /^trcstop: /);
		cluster.refused(dialogCommand(cluster, 'cm_trace_report', {}, {}), /^trcrpt: /);
	});

	it('Error Notification: add, change/show, remove a notify method; errpt entries run it', () => {
		const cluster = testCluster();
		const add = dialogCommand(
			cluster,
			'cm_en_add',
			{},
			{'Notification Object Name': 'disk_err', 'Select Error Class': 'H', 'Notify Method': 'echo $9 on $6 >> /tmp/disk_err.log'},
		);
		expect(add).toBe(`${CL} -a -n 'disk_err' -C 'H' -m 'echo $9 on $6 >> /tmp/disk_err.log'`);
		cluster.ok(add);
		expect(selectorList(cluster, 'cm_en_change_select')).toEqual(['disk_err']);
		cluster.ok('varyonvg datavg');
		cluster.ok('/usr/lpp/hasmit/bin/hasmit_disk fail hdisk2');
		expect(cluster.file('node1', '/tmp/disk_err.log')).toBe('DISK_ERR3 on hdisk2\nLVM_SA_QUORCLOSE on LVDD\n');
		const names = {_rawname: 'disk_err', _cookedname: 'disk_err'};
		const change = dialogCommand(cluster, 'cm_en_change', names, {'Select Error Type': 'TEMP'});
		expect(change).toContain(`${CL} -c -n 'disk_err' `);
		expect(change).toContain("-T 'TEMP'");
		cluster.ok(change);
		expect(cluster.ok(`${CL} -s disk_err`)).toContain('disk_err:1:0:H:TEMP:::echo $9 on $6 >> /tmp/disk_err.log\n');
		expect(cluster.ok(dialogCommand(cluster, 'cm_en_list', {}, {}))).toContain('\ten_type = "TEMP"\n');
		const remove = dialogCommand(cluster, 'cm_en_remove', names, {});
		expect(remove).toBe(`${CL} -r -n 'disk_err'`);
		cluster.ok(remove);
		expect(selectorList(cluster, 'cm_en_change_select')).toEqual([]);
	});
});
