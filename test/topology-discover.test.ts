/** Discovery (cl_discover), the F4 lists and dialogs it feeds, and the change, security and HWAT dialogs, driven headless. */
import {describe, expect, it} from 'vitest';
import {dcdOf} from '../src/cluster/config.js';
import {RHOSTS} from '../src/cluster/files.js';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {enter, field} from './helpers/topology.js';
import {dialogCommand, menuCatalog, pickList, selectorList} from './helpers/smit.js';

const U = '/usr/es/sbin/cluster/utilities';

/** bare with the cluster and both nodes defined through SMIT. */
function withNodes(): TestCluster {
	const cluster = testCluster('bare');
	enter(cluster, 'cm_add_cluster', {'Cluster Name': 'democluster'});
	for (const node of ['node1', 'node2']) enter(cluster, 'cm_add_node', {'Node Name': node, 'Communication Path to Node': `${node}_boot1`});
	return cluster;
}

describe('Discover HACMP-related Information from Configured Nodes', () => {
	it('is refused before any node is configured', () => {
		const cluster = testCluster('bare');
		cluster.refused(`${U}/cl_discover`, 'ERROR: No nodes are configured');
	});

	it('collects interfaces and disks from every node through clcomdES; F4 lists and the Add Discovered dialog read them', () => {
		const cluster = withNodes();
		expect(dialogCommand(cluster, 'cm_discover')).toBe(`${U}/cl_discover`);
		expect(selectorList(cluster, 'cm_add_discovered_select')).toEqual([]);
		expect(cluster.ok(`${U}/cl_discover`)).toBe(
			[
				'Discovering IP Network Connectivity',
				'Discovered [4] interfaces',
				'IP Network Discovery completed normally',
				'Discovering Volume Group Configuration',
				'Discovered [10] disks on [2] nodes',
				'Volume Group Discovery completed normally',
				'',
			].join('\n'),
		);
		expect(cluster.file('node1', '/usr/es/sbin/cluster/etc/config/clip_config')).toContain('node2:en1:node2_boot2:192.168.11.12\n');
		expect(cluster.ok(`${U}/clharvest_vg -n node2`)).toContain('node2:hdisk1:00c9e8b0a1b2c301:hbvg\n');
		expect(pickList(cluster, field('cm_add_device', 'Device Path'))).toContain('/dev/hdisk1');
		expect(cluster.ok(`${U}/clharvest_vg -d -n node2`)).toMatch(/^\/dev\/tty0 +serial +node2\n\/dev\/tty1 +serial +node2\n\/dev\/hdisk0 /);
		expect(selectorList(cluster, 'cm_add_discovered_select')).toEqual(['node1_boot1', 'node1_boot2', 'node2_boot1', 'node2_boot2']);
		cluster.ok(`${U}/clmodnetwork -a -i ether`);
		enter(cluster, 'cm_add_discovered', {'Network Name': 'net_ether_01'}, {_rawname: 'node1_boot1'});
		// The next one on that subnet comes with its network and node filled in.
		expect(dialogCommand(cluster, 'cm_add_discovered', {_rawname: 'node2_boot1'})).toBe(
			`${U}/claddinterface -i 'node2_boot1' -w 'net_ether_01' -n 'node2'`,
		);
		expect(selectorList(cluster, 'cm_add_discovered_select')).not.toContain('node1_boot1');
	});

	it('warns about a node whose clcomdES refuses, and discovers the rest', () => {
		const cluster = withNodes();
		cluster.arrange(state => void (state.nodes.node2!.files[RHOSTS] = '10.9.9.9\n'));
		expect(cluster.ok(`${U}/cl_discover`)).toContain(
			'WARNING: Unable to discover from node node2: clcomdES on node2 refused the connection.\nDiscovered [2] interfaces\n',
		);
	});

	it('warns about a node whose clcomdES is stopped, and discovers it again once it runs', () => {
		const cluster = withNodes();
		cluster.ok('stopsrc -s clcomdES', 'node2');
		expect(cluster.ok(`${U}/cl_discover`)).toContain(
			'WARNING: Unable to discover from node node2: clcomdES on node2 does not answer.\nDiscovered [2] interfaces\n',
		);
		cluster.ok('startsrc -s clcomdES', 'node2');
		expect(cluster.ok(`${U}/cl_discover`)).not.toContain('WARNING');
	});
});

describe('the change, security and hardware address dialogs', () => {
	it('Change/Show Communication Interfaces/Devices, Persistent and Service labels: discovered, only changes sent', () => {
		const cluster = withNodes();
		cluster.ok(`${U}/clmodnetwork -a -i ether -l no`);
		for (const n of ['node1', 'node2'])
			for (const b of [`${n}_boot1`, `${n}_boot2`]) cluster.ok(`${U}/claddinterface -i ${b} -w net_ether_01 -n ${n}`);
		cluster.ok(`${U}/clmodnetwork -a -i ether -n net_pers`);
		cluster.ok(`${U}/claddinterface -i node1_pers -w net_ether_01 -n node1 -f persistent`);
		expect(selectorList(cluster, 'cm_ch_interface_select')).toEqual(['node1_boot1', 'node1_boot2', 'node2_boot1', 'node2_boot2']);
		expect(dialogCommand(cluster, 'cm_ch_interface', {_rawname: 'node1_boot2'})).toBe(`${U}/clchnode -a 'node1_boot2'`);
		expect(selectorList(cluster, 'cm_ch_persistent_select')).toEqual(['node1_pers']);
		expect(enter(cluster, 'cm_ch_persistent', {'Network Name': 'net_pers'}, {_rawname: 'node1_pers'})).toBe(
			`${U}/clchnode -a 'node1_pers' -w 'net_pers'`,
		);
		expect(dcdOf(cluster.state, 'node1').ipLabels.node1_pers!.network).toBe('net_pers');
		cluster.arrange(state => {
			for (const node of Object.values(state.nodes)) node.files['/etc/hosts'] += '192.168.10.100\tapp_rep\n';
		});
		expect(
			enter(cluster, 'cm_add_service_label', {
				'IP Label/Address': 'app_rep',
				'Network Name': 'net_ether_01',
				'Alternate HW Address to accompany IP Label/Address': '020000aa0001',
			}),
		).toBe(`${U}/claddinterface -f service -i 'app_rep' -w 'net_ether_01' -h '020000aa0001'`);
		expect(enter(cluster, 'cm_ch_service_label', {'Alternate HW Address to accompany IP Label/Address': '060000aa0002'}, {_rawname: 'app_rep'})).toBe(
			`${U}/clchnode -a 'app_rep' -h '060000aa0002'`,
		);
		expect(dcdOf(cluster.state, 'node1').ipLabels.app_rep!.hwAddress).toBe('060000aa0002');
	});

	it('Security and Users Configuration → HACMP Cluster Security → Configure Connection Authentication Mode', () => {
		const cluster = withNodes();
		expect(
			menuCatalog()
				.menus.get('cm_security_menu')!
				.items.map(i => i.text),
		).toEqual(['HACMP Cluster Security', 'Users in an HACMP cluster', 'Groups in an HACMP cluster', 'Passwords in an HACMP cluster']);
		expect(dialogCommand(cluster, 'cm_config_security')).toBe(`${U}/clchclstr -s 'Standard'`);
		cluster.arrange(state => {
			for (const node of Object.values(state.nodes)) node.files['/etc/krb5.conf'] = '';
		});
		enter(cluster, 'cm_config_security', {'Cluster Security Mode': 'Enhanced'});
		expect(dialogCommand(cluster, 'cm_config_security')).toBe(`${U}/clchclstr -s 'Enhanced'`);
	});
});
