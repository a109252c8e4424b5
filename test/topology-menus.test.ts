/** The topology and service label dialogs, driven headless: F4 lists from discovery, and each dialog's F6 command run on bare. */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {enter, field} from './helpers/topology.js';
import {dialogCommand, menuCatalog, pickList, selectorList} from './helpers/smit.js';

const U = '/usr/es/sbin/cluster/utilities';

describe('Extended Topology Configuration', () => {
	it('lists its menus as HACMP 5.2 shows them, Show HACMP Topology last', () => {
		const items = menuCatalog()
			.menus.get('cm_extended_topology_menu')!
			.items.map(i => i.text);
		expect(items).toEqual([
			'Configure an HACMP Cluster',
			'Configure HACMP Nodes',
			'Configure HACMP Networks',
			'Configure HACMP Communication Interfaces/Devices',
			'Configure HACMP Persistent Node IP Label/Addresses',
			'Configure HACMP Network Modules',
			'Show HACMP Topology',
		]);
	});

	it('builds a cluster from bare, each dialog running the command F6 shows', () => {
		const cluster = testCluster('bare');
		expect(enter(cluster, 'cm_add_cluster', {'Cluster Name': 'democluster'})).toBe(`${U}/claddclstr -n 'democluster'`);
		// The dialog discovers the name it now has.
		expect(dialogCommand(cluster, 'cm_add_cluster')).toBe(`${U}/claddclstr -n 'democluster'`);
		expect(pickList(cluster, field('cm_add_node', 'Communication Path to Node'))).toContain('node2_boot1');
		expect(enter(cluster, 'cm_add_node', {'Node Name': 'node1', 'Communication Path to Node': 'node1_boot1'})).toBe(
			`${U}/clmodnode -a 'node1' -p 'node1_boot1'`,
		);
		enter(cluster, 'cm_add_node', {'Node Name': 'node2', 'Communication Path to Node': 'node2_boot1'});
		expect(enter(cluster, 'cm_add_ip_network', {Netmask: '255.255.255.0'})).toBe(`${U}/clmodnetwork -a -i 'ether' -s '255.255.255.0' -l 'yes'`);
		expect(enter(cluster, 'cm_add_serial_network', {'Network Type': 'diskhb'})).toBe(`${U}/clmodnetwork -a -i 'diskhb'`);
		expect(pickList(cluster, field('cm_add_interface', 'Network Name'))).toEqual(['net_ether_01', 'net_diskhb_01']);
		expect(pickList(cluster, field('cm_add_interface', 'Node Name'))).toEqual(['node1', 'node2']);
		expect(enter(cluster, 'cm_add_interface', {'IP Label/Address': 'node1_boot1', 'Network Name': 'net_ether_01', 'Node Name': 'node1'})).toBe(
			`${U}/claddinterface -i 'node1_boot1' -w 'net_ether_01' -n 'node1'`,
		);
		// A label once configured leaves the F4 list.
		expect(pickList(cluster, field('cm_add_interface', 'IP Label/Address'))).not.toContain('node1_boot1');
		expect(
			enter(cluster, 'cm_add_device', {
				'Device Name': 'node1_hdisk1_01',
				'Device Path': '/dev/hdisk1',
				'Network Name': 'net_diskhb_01',
				'Node Name': 'node1',
			}),
		).toBe(`${U}/claddinterface -i 'node1_hdisk1_01' -d '/dev/hdisk1' -w 'net_diskhb_01' -n 'node1'`);
		expect(enter(cluster, 'cm_add_persistent', {'Node Name': 'node1', 'Network Name': 'net_ether_01', 'Node IP Label/Address': 'node1_pers'})).toBe(
			`${U}/claddinterface -f persistent -n 'node1' -w 'net_ether_01' -i 'node1_pers'`,
		);
		expect(cluster.ok(`${U}/cllsif -p -c -n node1`)).toMatch(/^node1_boot1:boot:net_ether_01:ether:public:node1:192\.168\.10\.11:/m);
		expect(cluster.ok(`${U}/cltopinfo -w`)).toContain('Network net_diskhb_01\n        Type diskhb, attribute serial');
	});

	it('removes a node, a network and the cluster through their selectors', () => {
		const cluster = testCluster('bare');
		enter(cluster, 'cm_add_cluster', {'Cluster Name': 'democluster'});
		enter(cluster, 'cm_add_node', {'Node Name': 'node1', 'Communication Path to Node': 'node1_boot1'});
		enter(cluster, 'cm_add_serial_network', {'Network Type': 'rs232'});
		expect(selectorList(cluster, 'cm_rm_node_select')).toEqual(['node1']);
		expect(enter(cluster, 'cm_rm_node', {}, {_rawname: 'node1'})).toBe(`${U}/clrmnode -n 'node1'`);
		expect(selectorList(cluster, 'cm_rm_network_select')).toEqual(['net_rs232_01']);
		expect(enter(cluster, 'cm_rm_network', {}, {_rawname: 'net_rs232_01'})).toBe(`${U}/clmodnetwork -r -n 'net_rs232_01'`);
		expect(enter(cluster, 'cm_rm_cluster', {})).toBe(`${U}/clrmclstr`);
		expect(cluster.ok(`${U}/cllsclstr -c`)).toBe('#cl_id:cl_name:security\n0::Standard\n');
	});

	it('a refused dialog changes nothing and says why', () => {
		const cluster = testCluster('bare');
		enter(cluster, 'cm_add_cluster', {'Cluster Name': 'democluster'});
		const line = dialogCommand(cluster, 'cm_add_ip_network', {}, {'Network Type': 'hps', Netmask: '255.255.255.0'});
		cluster.ok(line);
		const persistent = dialogCommand(
			cluster,
			'cm_add_persistent',
			{},
			{'Node Name': 'node1', 'Network Name': 'net_hps_01', 'Node IP Label/Address': 'node1_pers'},
		);
		cluster.refused(persistent, 'ERROR: Node node1 is not defined.');
	});
});

describe('Configure HACMP Service IP Labels/Addresses', () => {
	it('sits under HACMP Extended Resources Configuration and adds a shared or a node-bound label', () => {
		expect(menuCatalog().menus.get('cm_ext_resources_config_menu')!.items[0]!.text).toBe('Configure HACMP Service IP Labels/Addresses');
		const cluster = testCluster('bare');
		enter(cluster, 'cm_add_cluster', {'Cluster Name': 'democluster'});
		enter(cluster, 'cm_add_node', {'Node Name': 'node1', 'Communication Path to Node': 'node1_boot1'});
		enter(cluster, 'cm_add_ip_network', {Netmask: '255.255.255.0'});
		expect(enter(cluster, 'cm_add_service_label', {'IP Label/Address': 'app_svc', 'Network Name': 'net_ether_01'})).toBe(
			`${U}/claddinterface -f service -i 'app_svc' -w 'net_ether_01'`,
		);
		expect(cluster.ok(`${U}/cllsif -c`)).toBe('');
		const bound = dialogCommand(
			cluster,
			'cm_add_service_label',
			{},
			{'IP Label/Address': 'node2_pers', 'Network Name': 'net_ether_01', 'Node Name': 'node1'},
		);
		expect(bound).toBe(`${U}/claddinterface -f service -i 'node2_pers' -w 'net_ether_01' -n 'node1'`);
		cluster.ok(bound);
		expect(cluster.ok(`${U}/cllsif -c -n node1`)).toMatch(/^node2_pers:service:net_ether_01:ether:public:node1:10\.10\.20\.12:/m);
	});
});

describe('removal dialogs', () => {
	it('list interfaces and devices, persistent and service labels apart, and remove through clrmnode -a', () => {
		const cluster = testCluster();
		expect(selectorList(cluster, 'cm_rm_interface_select')).toEqual([
			'node1_boot1',
			'node1_boot2',
			'node2_boot1',
			'node2_boot2',
			'node1_hdisk1_01',
			'node2_hdisk1_01',
		]);
		expect(selectorList(cluster, 'cm_rm_persistent_select')).toEqual(['node1_pers', 'node2_pers']);
		expect(selectorList(cluster, 'cm_rm_service_label_select')).toEqual(['app_svc']);
		expect(enter(cluster, 'cm_rm_persistent', {}, {_rawname: 'node2_pers'})).toBe(`${U}/clrmnode -a 'node2_pers'`);
		expect(enter(cluster, 'cm_rm_interface', {}, {_rawname: 'node2_hdisk1_01'})).toBe(`${U}/clrmnode -a 'node2_hdisk1_01'`);
		expect(selectorList(cluster, 'cm_rm_persistent_select')).toEqual(['node1_pers']);
		// rg_app holds app_svc: the removal is refused and nothing changes.
		cluster.refused(dialogCommand(cluster, 'cm_rm_service_label', {_rawname: 'app_svc'}), 'resource group rg_app uses it');
	});
});

describe('Change/Show a Network in the HACMP Cluster', () => {
	it('shows what the network has and sends only what changed', () => {
		const cluster = testCluster();
		expect(selectorList(cluster, 'cm_ch_network_select')).toEqual(['net_ether_01', 'net_diskhb_01']);
		expect(dialogCommand(cluster, 'cm_ch_network', {_rawname: 'net_ether_01'})).toBe(`${U}/clmodnetwork -c -n 'net_ether_01'`);
		const line = dialogCommand(
			cluster,
			'cm_ch_network',
			{_rawname: 'net_ether_01'},
			{'Enable IP Address Takeover via IP Aliases': 'No', 'IP Address Offset for Heartbeating over IP Aliases': '172.16.100.1'},
		);
		expect(line).toBe(`${U}/clmodnetwork -c -n 'net_ether_01' -l 'no' -h '172.16.100.1'`);
		cluster.ok(line);
		expect(cluster.ok(`${U}/cllsnw -c -n net_ether_01`)).toMatch(/^net_ether_01:ether:public:no:255\.255\.255\.0:172\.16\.100\.1:/m);
	});
});

describe('Change/Show a Node in the HACMP Cluster', () => {
	it('shows the communication path and changes it', () => {
		const cluster = testCluster();
		expect(selectorList(cluster, 'cm_ch_node_select')).toEqual(['node1', 'node2']);
		expect(dialogCommand(cluster, 'cm_ch_node', {_rawname: 'node2'})).toBe(`${U}/clmodnode -c 'node2' -p 'node2_boot1'`);
		const line = dialogCommand(cluster, 'cm_ch_node', {_rawname: 'node2'}, {'Communication Path to Node': 'node2_boot2'});
		expect(line).toBe(`${U}/clmodnode -c 'node2' -p 'node2_boot2'`);
		cluster.ok(line);
		expect(cluster.ok(`${U}/cllsnode -n node2`)).toMatch(
			/^Node node2 \(communication path node2_boot2\)\n {8}Interfaces to network net_ether_01\n {16}boot {8}node2_boot1 +192\.168\.10\.12\n/,
		);
	});
});
