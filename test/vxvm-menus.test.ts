/** The CVM screens (smitty cvm) driven headless: each dialog's command (what F6 shows) and what it does. */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {dialog, dialogCommand, menuCatalog, pickList} from './helpers/smit.js';

function running() {
	const cluster = testCluster('cvm', 'teal');
	for (const node of ['teal', 'giga']) cluster.ok('vxclustadm startnode', node);
	return cluster;
}

describe('SMIT screens for the cluster functionality', () => {
	it('are reached from C-SPOC', () => {
		const items = (id: string) =>
			menuCatalog()
				.menus.get(id)!
				.items.map(i => i.text);
		expect(items('cl_admin')).toContain('VERITAS Volume Manager Cluster Functionality (CVM)');
		expect(items('cvm')).toEqual([
			'Show the Cluster Mode and Role of this Node',
			'Show the Membership of every Node',
			'Start the Cluster Functionality on this Node',
			'Stop the Cluster Functionality on this Node',
			'Shared Disk Groups',
			'Shared Volumes',
		]);
	});

	it('create a shared disk group: F4 lists the disks, F6 shows vxdg -s init', () => {
		const cluster = running();
		expect(pickList(cluster, dialog('cvm_dg_init').fields.find(f => f.name === 'DISKS')!)).toContain('c4t5d0');
		const line = dialogCommand(cluster, 'cvm_dg_init', {}, {'Disk group NAME': 'group3', DISKS: 'c4t5d0 c4t6d0'});
		expect(line).toBe("/usr/sbin/vxdg -s init 'group3' 'c4t5d0' 'c4t6d0'");
		cluster.ok(line);
		expect(cluster.ok('vxdg -s list', 'giga')).toMatch(/^group3 +enabled,shared/m);
	});

	it('the activation mode and the connectivity policy', () => {
		const cluster = running();
		expect(pickList(cluster, dialog('cvm_dg_activation').fields[0]!)).toEqual(['group1', 'group2']);
		const activation = dialogCommand(cluster, 'cvm_dg_activation', {}, {'Disk group NAME': 'group1', 'Activation MODE on this node': 'shared-read'});
		expect(activation).toBe("/usr/sbin/vxdg set -g 'group1' activation='sr'");
		cluster.ok(activation, 'giga');
		const policy = dialogCommand(cluster, 'cvm_dg_policy', {}, {'Disk group NAME': 'group1', 'Connectivity POLICY': 'local'});
		expect(policy).toBe("/usr/sbin/vxdg set -g 'group1' diskdetpolicy='local'");
		cluster.ok(policy);
		expect(cluster.ok('vxdg list group1', 'giga')).toMatch(/cluster-actv-modes: teal=sw giga=sr\ndetach-policy: local/);
	});

	it('create a volume with exclusive open and add a DRL log; F1 on the volume says why 2 nodes × 2 GB take 3 blocks', () => {
		const cluster = running();
		const make = dialogCommand(
			cluster,
			'cvm_vol_make',
			{},
			{
				'Disk group NAME': 'group2',
				'VOLUME name': 'volmir',
				LENGTH: '4g',
				'EXCLUSIVE open by one node at a time?': 'on',
			},
		);
		expect(make).toBe("/usr/sbin/vxassist make -g 'group2' layout='mirror' exclusive='on' 'volmir' '4g'");
		cluster.ok(make);
		const addlog = dialogCommand(cluster, 'cvm_vol_addlog', {}, {'Disk group NAME': 'group2', 'VOLUME name': 'volmir'});
		expect(addlog).toBe("/usr/sbin/vxassist addlog -g 'group2' 'volmir'");
		cluster.ok(addlog);
		expect(cluster.ok('vxprint -g group2 -ht')).toMatch(/^sd \S+ +volmir-03 +\S+ +\d+ +10 /m);
		expect(dialog('cvm_vol_addlog').fields[1]!.help).toMatch(/2 nodes and 2 GB make 3 blocks \(the source text says two blocks/);
	});

	it("a master-only screen run on a slave shows VxVM's message", () => {
		const cluster = running();
		const line = dialogCommand(cluster, 'cvm_vol_exclusive', {}, {'Disk group NAME': 'group1', 'VOLUME name': 'vol1'});
		expect(line).toBe("/usr/sbin/vxvol set -g 'group1' exclusive='on' 'vol1'");
		cluster.refused(line, /Volume vol1: Operation must be executed on master/, 'giga');
	});

	it('stop the cluster functionality: stopnode or abortnode', () => {
		const cluster = running();
		expect(dialogCommand(cluster, 'cvm_stopnode', {}, {'How to leave': 'abortnode'})).toBe("/usr/sbin/vxclustadm 'abortnode'");
	});
});
