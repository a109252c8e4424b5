/** The Fault Injection menu under Problem Determination Tools (issue 11, item 7): its dialogs, their F4 lists and commands. */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {dialog, dialogCommand, menuCatalog, pickList} from './helpers/smit.js';

const F = '/usr/lpp/hasmit/bin/hasmit_fault';
const field = (id: string, name: string) => dialog(id).fields.find(o => o.name === name)!;

describe('Fault Injection (simulation only)', () => {
	it('sits under Problem Determination Tools, marked as simulation, with one dialog per fault', () => {
		const items = menuCatalog().menus.get('cm_problem_determination_menu')!.items;
		expect(items.map(i => i.text)).toContain('Fault Injection (simulation only)');
		expect(
			menuCatalog()
				.menus.get('cm_fault_menu')!
				.items.map(i => i.text),
		).toEqual([
			'Power Off a Node',
			'Power On a Node',
			'Unplug a Network Adapter',
			'Plug a Network Adapter Back In',
			'Cut a Network',
			'Restore a Network',
			'Partition the Cluster',
			'Heal the Partition',
			'Fail a Disk',
			'Repair a Disk',
			'Show What Is Broken',
		]);
		for (const item of menuCatalog().menus.get('cm_fault_menu')!.items) expect(dialog(item.next_id).name).toMatch(/\(simulation only\)$/);
	});

	it('F4 lists the nodes, interfaces, networks and disks; the dialogs run the faults', () => {
		const cluster = testCluster();
		cluster.ok('cl_rc.cluster -N');
		expect(pickList(cluster, field('cm_fault_node_off', 'Node'))).toEqual(['node1', 'node2']);
		expect(pickList(cluster, field('cm_fault_adapter_unplug', 'Network Interface'))).toEqual(['en0', 'en1']);
		expect(pickList(cluster, field('cm_fault_network_cut', 'Network'))).toEqual(['net_ether_01', 'net_diskhb_01']);
		expect(pickList(cluster, field('cm_fault_disk_fail', 'Disk'))).toContain('hdisk2');
		const off = dialogCommand(cluster, 'cm_fault_node_off', {}, {Node: 'node1'});
		expect(off).toBe(`${F} node off 'node1'`);
		expect(cluster.ok(off, 'node2')).toBe('node1 is powered off.\n');
		expect(dialogCommand(cluster, 'cm_fault_adapter_unplug', {}, {Node: 'node2', 'Network Interface': 'en1'})).toBe(
			`${F} adapter unplug 'node2' 'en1'`,
		);
		const split = dialogCommand(cluster, 'cm_fault_partition', {}, {'First side': 'node1', 'Second side': 'node2'});
		expect(split).toBe(`${F} partition 'node1' 'node2'`);
		cluster.ok(split, 'node2');
		expect(cluster.ok(dialogCommand(cluster, 'cm_fault_list'), 'node2')).toBe(
			'node      node1                   powered off\npartition node1 | node2\n' +
				'Topology Services notices the last change at Sat Nov 21 12:00:34 UTC 2026.\n',
		);
	});
});

describe('clstat -o after faults', () => {
	it('shows a crashed node DOWN once noticed, and an unplugged adapter DOWN', () => {
		const cluster = testCluster();
		cluster.ok('cl_rc.cluster -N -i');
		cluster.ok('hasmit_fault adapter unplug node2 en0');
		cluster.ok('halt -q');
		cluster.ok('sleep 20', 'node2');
		const status = cluster.ok('clstat -o', 'node2');
		expect(status).toContain('        Node: node1             State: DOWN');
		expect(status).toMatch(/Interface: node1_boot1 \(0\)\s+Address: 192\.168\.10\.11\n\s+State:\s+DOWN/);
		expect(status).toMatch(/Interface: node2_boot1 \(0\)\s+Address: 192\.168\.10\.12\n\s+State:\s+DOWN/);
		expect(status).toMatch(/Interface: node2_boot2 \(1\)\s+Address: 192\.168\.11\.12\n\s+State:\s+UP/);
		expect(status).toMatch(/Resource Group: rg_app\s+State:\s+On line/);
	});
});

describe('network modules (failure detection rate)', () => {
	it('Fast makes a crash noticed in 10 seconds instead of 20 once synchronized; the dialog runs clchnim', () => {
		const cluster = testCluster();
		expect(dialogCommand(cluster, 'cm_ch_nim', {_rawname: 'ether'}, {'Failure Detection Rate': 'Fast'})).toBe(
			"/usr/es/sbin/cluster/utilities/clchnim -n 'ether' -f 'Fast'",
		);
		expect(cluster.ok("/usr/es/sbin/cluster/utilities/clchnim -n 'ether' -f 'Fast'")).toBe(
			'Network module ether: failure detection rate Fast; a silent peer is declared down after 10 seconds once the cluster is synchronized.\n',
		);
		expect(cluster.ok('cllsnim -n ether')).toContain('Failure Cycle: 5\nInterval between Heartbeats: 1.00\nFailure Detection Rate: Fast');
		cluster.ok('clchnim -n diskhb -f Fast');
		cluster.ok('cldare -t');
		cluster.ok('cl_rc.cluster -N');
		cluster.ok('halt -q');
		// A node is declared down when its last network times out: ether and diskhb both Fast now (10 s and 8 s).
		cluster.ok('sleep 9', 'node2');
		expect(cluster.ok('clRGinfo -s', 'node2')).toContain('rg_app:ONLINE:node1');
		cluster.ok('sleep 1', 'node2');
		expect(cluster.ok('clRGinfo -s', 'node2')).toContain('rg_app:ONLINE:node2');
		cluster.refused('clchnim -n token2 -f Fast', 'ERROR: Network module token2 is not defined.', 'node2');
		cluster.refused('clchnim -n ether -f Quick', 'clchnim', 'node2');
	});
});
