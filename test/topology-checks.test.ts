/** The seed's topology planning rules as clverify checks: a passing and a failing configuration each. */
import {describe, expect, it} from 'vitest';
import type {ClusterConfig} from '../src/cluster/config.js';
import {ipLabel} from '../src/cluster/scenarios/build.js';
import {emptyConfig} from '../src/cluster/topology/bare.js';
import {heartbeatAliases} from '../src/cluster/topology/heartbeat.js';
import {testCluster, type TestCluster} from './helpers/cluster.js';

/** Change node1's DCD (where clverify runs). */
const editConfig = (cluster: TestCluster, change: (config: ClusterConfig) => void) =>
	cluster.arrange(state => change(state.configs[state.nodes.node1!.dcd]!));

function fails(cluster: TestCluster, message: string) {
	const result = cluster.run('clverify');
	expect(result.code).toBe(1);
	expect(result.stdout).toContain(`ERROR: ${message}`);
}

const passes = (cluster: TestCluster) => expect(cluster.ok('clverify')).not.toMatch(/ERROR|WARNING/);

describe('IPAT via IP aliases', () => {
	it('every boot address of a node on a subnet of its own, service labels on none of them', () => {
		passes(testCluster());
		const sameSubnet = testCluster();
		editConfig(sameSubnet, c => void (c.ipLabels.node1_boot2!.address = '192.168.10.21'));
		fails(sameSubnet, 'Boot labels node1_boot1 (192.168.10.11) and node1_boot2 (192.168.10.21) of node node1 are on the same subnet');
		const serviceOnBoot = testCluster();
		editConfig(serviceOnBoot, c => void (c.ipLabels.app_svc!.address = '192.168.11.100'));
		fails(serviceOnBoot, 'Service label app_svc (192.168.11.100) is on the subnet of boot label node1_boot2 (192.168.11.11)');
	});
});

describe('IPAT via IP replacement', () => {
	/** two-node with its network on replacement and the service address on the first boot subnet. */
	function replacement() {
		const cluster = testCluster();
		editConfig(cluster, c => {
			c.networks.net_ether_01!.ipat = 'replacement';
			c.ipLabels.app_svc!.address = '192.168.10.100';
		});
		cluster.arrange(state => {
			for (const node of ['node1', 'node2'])
				state.nodes[node]!.files['/etc/hosts'] = state.nodes[node]!.files['/etc/hosts']!.replace('10.10.10.100', '192.168.10.100');
		});
		return cluster;
	}

	it('the service label on a boot subnet, a standby on another', () => {
		passes(replacement());
		const offSubnet = replacement();
		editConfig(offSubnet, c => void (c.ipLabels.app_svc!.address = '10.10.10.100'));
		fails(offSubnet, 'Service label app_svc (10.10.10.100) is on no boot subnet of node node1');
		const noStandby = replacement();
		editConfig(noStandby, c => void delete c.ipLabels.node2_boot2);
		fails(noStandby, 'Node node2 has no standby interface on network net_ether_01 on a subnet apart from its service subnet');
	});
});

describe('disk heartbeat networks', () => {
	it('one disk, seen by both nodes, in an enhanced concurrent VG defined on both', () => {
		passes(testCluster());
		const twoDisks = testCluster();
		editConfig(twoDisks, c => void (c.devices.node2_hdisk1_01!.device = '/dev/hdisk2'));
		fails(twoDisks, 'Disk heartbeat network net_diskhb_01 has 2 device(s): it needs exactly one disk, seen by two nodes.');
		const oneEnd = testCluster();
		editConfig(oneEnd, c => void delete c.devices.node2_hdisk1_01);
		fails(oneEnd, 'Disk heartbeat network net_diskhb_01 has 1 device(s)');
		const notConcurrent = testCluster();
		notConcurrent.arrange(state => void (state.vgda['00c8d7b000004c01']!.concurrent = false));
		fails(notConcurrent, 'The disk (PVID 00c8d7b0a1b2c301) of disk heartbeat network net_diskhb_01 is not in an enhanced concurrent volume group');
		const notImported = testCluster();
		notImported.arrange(state => void delete state.nodes.node2!.lvm.volumeGroups.hbvg);
		fails(
			notImported,
			'The disk (PVID 00c8d7b0a1b2c301) of disk heartbeat network net_diskhb_01 is not in an enhanced concurrent volume group defined on both nodes.',
		);
	});

	it('a disk serves one diskhb network only', () => {
		const cluster = testCluster();
		editConfig(cluster, c => {
			c.networks.net_diskhb_02 = {...c.networks.net_diskhb_01!, name: 'net_diskhb_02'};
			for (const node of ['node1', 'node2'])
				c.devices[`${node}_hdisk1_02`] = {label: `${node}_hdisk1_02`, network: 'net_diskhb_02', node, device: '/dev/hdisk1'};
		});
		fails(cluster, 'The disk with PVID 00c8d7b0a1b2c301 carries the disk heartbeat networks net_diskhb_01 and net_diskhb_02');
	});
});

describe('non-IP networks', () => {
	it('a warning when two nodes have no non-IP network path between them', () => {
		passes(testCluster());
		// concurrent: node1-node2 and node2-node3 diskhb, so node1 reaches node3 through node2.
		passes(testCluster('concurrent'));
		const cluster = testCluster();
		editConfig(cluster, c => {
			delete c.networks.net_diskhb_01;
			c.devices = {};
		});
		const out = cluster.ok('clverify');
		expect(out).toContain('WARNING: Nodes node1 and node2 have no non-IP network between them');
		expect(out).not.toContain('ERROR');
	});
});

describe('IP labels', () => {
	it('every boot and persistent label resolves on every node', () => {
		const cluster = testCluster();
		cluster.arrange(state => {
			const node = state.nodes.node2!;
			node.files['/etc/hosts'] = node.files['/etc/hosts']!.replace(/^.*node1_pers\n/m, '');
		});
		expect(cluster.ok('clverify')).toContain('WARNING: IP label node1_pers is not in /etc/hosts on node node2, so it cannot be resolved there.');
	});

	it('persistent labels only on networks that allow them', () => {
		const cluster = testCluster();
		editConfig(cluster, c => {
			c.networks.net_atm_01 = {name: 'net_atm_01', type: 'atm', attr: 'private', ipat: 'aliasing', netmask: '255.255.255.0'};
			c.ipLabels.node1_pers!.network = 'net_atm_01';
		});
		fails(cluster, 'Persistent node IP label node1_pers is on network net_atm_01 (atm): persistent labels are not allowed');
	});
});

describe('heartbeating over IP aliases', () => {
	it("lays addresses out as the seed's table 1: one subnet per interface, the node's number as the host part", () => {
		const config = emptyConfig();
		config.nodes = ['node1', 'node2', 'node3'].map(name => ({name, commPath: name}));
		config.networks.net_ether_01 = {
			name: 'net_ether_01',
			type: 'ether',
			attr: 'public',
			ipat: 'aliasing',
			netmask: '255.255.255.0',
			hbAliasBase: '172.16.100.1',
		};
		for (const [n, node] of config.nodes.entries())
			for (const i of [0, 1, 2]) {
				const label = ipLabel(`${node.name}_en${i}`, `192.168.${10 + i}.${n + 1}`, 'net_ether_01', 'boot', node.name, `en${i}`);
				config.ipLabels[label.label] = label;
			}
		const table = heartbeatAliases(config, 'net_ether_01').map(a => `${a.boot} ${a.address}`);
		expect(table).toEqual([
			'node1_en0 172.16.100.1',
			'node1_en1 172.16.101.1',
			'node1_en2 172.16.102.1',
			'node2_en0 172.16.100.2',
			'node2_en1 172.16.101.2',
			'node2_en2 172.16.102.2',
			'node3_en0 172.16.100.3',
			'node3_en1 172.16.101.3',
			'node3_en2 172.16.102.3',
		]);
	});

	it('refuses a start address whose subnets clash with a configured subnet', () => {
		const cluster = testCluster();
		cluster.ok('/usr/es/sbin/cluster/utilities/clmodnetwork -c -n net_ether_01 -h 172.16.100.1');
		cluster.arrange(state => void (state.nodes.node1!.files['/etc/hosts'] += '172.16.101.50\tnode1_boot3\n'));
		cluster.refused(
			'/usr/es/sbin/cluster/utilities/claddnode -a node1_boot3:ether:net_ether_01:public:boot -n node1',
			'ERROR: The heartbeat alias 172.16.101.1 of network net_ether_01 is on the subnet of IP label node1_boot3',
		);
		cluster.refused(
			'/usr/es/sbin/cluster/utilities/clmodnetwork -c -n net_ether_01 -h 192.168.11.1',
			'ERROR: The heartbeat alias 192.168.11.1 of network net_ether_01 is on the subnet of IP label node1_boot2',
		);
		editConfig(cluster, c => void (c.networks.net_ether_01!.hbAliasBase = '172.16.100.1'));
		passes(cluster);
		editConfig(cluster, c => void (c.networks.net_ether_01!.hbAliasBase = '192.168.11.1'));
		fails(cluster, 'The heartbeat alias 192.168.11.1 of network net_ether_01 is on the subnet of IP label node1_boot2');
	});
});

describe('heartbeat aliases at run time', () => {
	it('come up on each boot interface when services start and go when they stop', () => {
		const cluster = testCluster();
		cluster.ok('/usr/es/sbin/cluster/utilities/clmodnetwork -c -n net_ether_01 -h 172.16.100.1');
		cluster.ok('cldare -rt');
		cluster.ok('cl_rc.cluster -N');
		expect(cluster.ok('netstat -in', 'node2')).toMatch(/^en0 .* 172\.16\.100\.2 /m);
		expect(cluster.ok('netstat -in', 'node2')).toMatch(/^en1 .* 172\.16\.101\.2 /m);
		expect(cluster.file('node1', '/tmp/hacmp.out')).toContain('ifconfig en0 alias 172.16.100.1 netmask 255.255.255.0');
		cluster.ok('clstop -y -N -s -g', 'node2');
		expect(cluster.ok('netstat -in', 'node2')).not.toContain('172.16.');
		expect(cluster.ok('netstat -in', 'node1')).toContain('172.16.101.1');
	});
});
