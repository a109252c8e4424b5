/** Initialization and Standard Configuration: Add Nodes to an HACMP Cluster and the Two-Node Cluster Configuration Assistant. */
import {describe, expect, it} from 'vitest';
import {dcdOf} from '../src/cluster/config.js';
import {testCluster} from './helpers/cluster.js';
import {dialogCommand, menuCatalog, pickList, dialog} from './helpers/smit.js';

const U = '/usr/es/sbin/cluster/utilities';

describe('Initialization and Standard Configuration', () => {
	it('lists its items as HACMP 5.2 shows them', () => {
		expect(
			menuCatalog()
				.menus.get('cm_initialization_menu')!
				.items.map(i => i.text),
		).toEqual([
			'Two-Node Cluster Configuration Assistant',
			'Add Nodes to an HACMP Cluster',
			'Configure Resources to Make Highly Available',
			'Configure HACMP Resource Groups',
			'Verify and Synchronize HACMP Configuration',
			'HACMP Cluster Test Tool',
			'Display HACMP Configuration',
		]);
		expect(
			menuCatalog()
				.menus.get('cm_std_resources_menu')!
				.items.map(i => i.text),
		).toEqual(['Configure Service IP Labels/Addresses', 'Configure Application Servers', 'Configure Volume Groups, Logical Volumes and Filesystems']);
	});

	it('Add Nodes to an HACMP Cluster: nodes from communication paths, then the IP topology discovery finds', () => {
		const cluster = testCluster('bare');
		const paths = dialog('cm_add_nodes_std').fields[1]!;
		expect(pickList(cluster, paths)).toContain('node2_boot1');
		const line = dialogCommand(
			cluster,
			'cm_add_nodes_std',
			{},
			{
				'Cluster Name': 'democluster',
				'New Nodes (via selected communication paths)': 'node1_boot1 node2_boot1',
			},
		);
		expect(line).toBe(`${U}/cl_add_nodes -n 'democluster' -p 'node1_boot1' 'node2_boot1'`);
		const out = cluster.ok(line);
		expect(out).toContain('Discovered [4] interfaces');
		expect(out).toContain('Adding communication interface node2_boot2 (192.168.11.12) on node node2 to network net_ether_01.');
		expect(cluster.ok(`${U}/cllsnw -c`)).toBe(
			'#network:type:attribute:alias:netmask:hb_offset:adapters\n' +
				'net_ether_01:ether:public:yes:255.255.255.0::node1 192.168.10.11 192.168.11.11 node2 192.168.10.12 192.168.11.12\n',
		);
		// The dialog shows the cluster's name and nodes now (the nodes only shown); a path to no node is refused, nothing changed.
		expect(cluster.ok(`${U}/cllsclstr -c -a`)).toBe('#cl_id:cl_name:security:nodes\n1:democluster:Standard:node1 node2\n');
		expect(dialogCommand(cluster, 'cm_add_nodes_std', {}, {'New Nodes (via selected communication paths)': 'node1_boot1'})).toBe(
			`${U}/cl_add_nodes -n 'democluster' -p 'node1_boot1'`,
		);
		cluster.refused(
			`${U}/cl_add_nodes -n democluster -p 192.168.10.77`,
			'ERROR: Unable to communicate with a node by communication path 192.168.10.77',
		);
	});

	it('Two-Node Cluster Configuration Assistant: a synchronized cluster that starts with its group online', () => {
		const cluster = testCluster('bare');
		cluster.arrange(state => {
			for (const node of Object.values(state.nodes)) for (const verb of ['start', 'stop']) node.files[`/usr/local/bin/app1_${verb}`] = '#!/bin/ksh\n';
		});
		const line = dialogCommand(
			cluster,
			'cm_two_node_assistant',
			{},
			{
				'Communication Path to Takeover Node': 'node2_boot1',
				'Application Server Name': 'app1',
				'Application Server Start Script': '/usr/local/bin/app1_start',
				'Application Server Stop Script': '/usr/local/bin/app1_stop',
				'Service IP Label': 'app_svc',
			},
		);
		expect(line).toBe(`${U}/cl_configassist -t 'node2_boot1' -a 'app1' -b '/usr/local/bin/app1_start' -e '/usr/local/bin/app1_stop' -s 'app_svc'`);
		expect(cluster.ok(line)).toContain('Configuring the cluster node1_cluster: nodes node1 and node2.');
		const config = dcdOf(cluster.state, 'node2');
		expect(config.cluster.name).toBe('node1_cluster');
		expect(Object.keys(config.networks)).toEqual(['net_ether_01', 'net_diskhb_01']);
		expect(config.resourceGroups.app1_group!.resources).toMatchObject({serviceLabels: ['app_svc'], appServers: ['app1'], volumeGroups: ['datavg']});
		cluster.ok('/usr/es/sbin/cluster/etc/rc.cluster -boot -N', 'node1');
		expect(cluster.ok(`${U}/clRGinfo`)).toMatch(/app1_group +ONLINE +node1/);
		cluster.refused(line, 'ERROR: The Two-Node Cluster Configuration Assistant configures an empty cluster');
	});

	it('the assistant refuses a path to this node, and stops at the first failing step with nothing changed', () => {
		const cluster = testCluster('bare');
		cluster.refused(`${U}/cl_configassist -t node1_boot2 -a app1 -b /a -e /b -s app_svc`, 'is a communication path to this node');
		cluster.refused(`${U}/cl_configassist -t node2_boot1 -a app1 -b /a -e /b -s no_such_label`, 'IP label no_such_label cannot be resolved');
	});
});
