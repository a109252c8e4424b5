/** Topology in a dynamic reconfiguration: what synchronizing while cluster services run applies, and what it refuses. */
import {describe, expect, it} from 'vitest';
import {testCluster, type TestCluster} from './helpers/cluster.js';

const U = '/usr/es/sbin/cluster/utilities';

/** two-node with cluster services running on both nodes and rg_app online on node1. */
function running(): TestCluster {
	const cluster = testCluster('two-node');
	cluster.ok('cl_rc.cluster -N');
	expect(cluster.ok(`${U}/clRGinfo`)).toMatch(/rg_app +ONLINE +node1/);
	return cluster;
}

/** cldare -rt fails with the message, every node's configurations as they were (clverify.log is kept: verification did run). */
function refusedDare(cluster: TestCluster, message: string): void {
	const configs = Object.values(cluster.state.nodes).map(n => [n.dcd, n.acd]);
	const result = cluster.run('cldare -rt');
	expect(result.code).not.toBe(0);
	expect(result.stderr).toContain(message);
	expect(Object.values(cluster.state.nodes).map(n => [n.dcd, n.acd])).toEqual(configs);
}

describe('topology DARE', () => {
	it('takes a persistent label of an active node down when removed, and up again when added back', () => {
		const cluster = running();
		expect(cluster.ok('netstat -in', 'node1')).toContain(' 10.10.20.11 ');
		cluster.ok(`${U}/clrmnode -a node1_pers`);
		cluster.ok('cldare -rt');
		expect(cluster.ok('netstat -in', 'node1')).not.toContain(' 10.10.20.11 ');
		expect(cluster.file('node1', '/tmp/hacmp.out')).toMatch(/EVENT START: reconfig_topology_complete/);
		cluster.ok(`${U}/claddinterface -i node1_pers -w net_ether_01 -n node1 -f persistent`);
		cluster.ok('cldare -rt');
		expect(cluster.ok('netstat -in', 'node1')).toContain(' 10.10.20.11 ');
		// node2 got the new configuration too.
		expect(cluster.ok(`${U}/cllsif -p -c -n node1`, 'node2')).toMatch(/^node1_pers:persistent:/m);
	});

	it('puts heartbeat aliases on an interface added dynamically', () => {
		const cluster = testCluster('two-node');
		cluster.ok(`${U}/clmodnetwork -c -n net_ether_01 -h 172.16.1.1`);
		cluster.arrange(state => {
			for (const node of Object.values(state.nodes)) node.files['/etc/hosts'] += '192.168.12.11\tnode1_boot3\n';
			state.nodes.node1!.interfaces.en2 = {addresses: ['node1_boot3'], up: true};
		});
		cluster.ok('cldare -rt');
		cluster.ok('cl_rc.cluster -N');
		expect(cluster.ok('netstat -in', 'node1')).not.toContain('172.16.3.1 ');
		cluster.ok(`${U}/claddinterface -i node1_boot3 -w net_ether_01 -n node1`);
		cluster.ok('cldare -rt');
		expect(cluster.ok('netstat -in', 'node1')).toMatch(/^en2 +1500 +172\.16\.3 +172\.16\.3\.1 /m);
	});

	it('refuses, changing nothing, what cannot change while services run', () => {
		const cluster = running();
		cluster.ok(`${U}/claddclstr -n othercluster`);
		refusedDare(cluster, 'cldare: ERROR: The cluster name and id cannot be changed by a dynamic reconfiguration');
		cluster.ok(`${U}/claddclstr -n prodcluster`);
		cluster.ok(`${U}/clmodnetwork -c -n net_ether_01 -h 172.16.1.1`);
		refusedDare(cluster, 'IPAT method or heartbeat offset of network net_ether_01 cannot be changed by a dynamic reconfiguration');
		cluster.ok(`${U}/clmodnetwork -c -n net_ether_01 -h ''`);
		const holder = Object.entries(cluster.state.nodes.node1!.interfaces).find(([, i]) => i.addresses.includes('app_svc'))![0];
		const boot = holder === 'en0' ? 'node1_boot1' : 'node1_boot2';
		cluster.ok(`${U}/clrmnode -a ${boot}`);
		refusedDare(cluster, `Communication interface ${boot} of node node1 holds a service IP label now`);
	});
});

describe('persistent labels at run time', () => {
	it('come up with the first start of cluster services on their node and stay after a stop', () => {
		const cluster = testCluster('two-node');
		expect(cluster.ok('netstat -in', 'node1')).not.toContain(' 10.10.20.11 ');
		cluster.ok('/usr/es/sbin/cluster/etc/rc.cluster -boot -N', 'node1');
		expect(cluster.file('node1', '/tmp/hacmp.out')).toContain('cl_configure_persistent_address');
		expect(cluster.ok('netstat -in', 'node1')).toContain(' 10.10.20.11 ');
		cluster.ok('clstop -g -s -N', 'node1');
		const after = cluster.ok('netstat -in', 'node1');
		expect(after).toContain(' 10.10.20.11 ');
		expect(after).not.toContain(' 10.10.10.100 ');
	});
});

describe('a node added dynamically', () => {
	it('gets the configuration from the DARE and joins when its cluster services start', () => {
		const cluster = testCluster('bare');
		cluster.ok(`${U}/cl_add_nodes -n democluster -p node1_boot1`);
		cluster.ok('cldare -rt');
		cluster.ok('/usr/es/sbin/cluster/etc/rc.cluster -boot -N', 'node1');
		expect(cluster.ok(`${U}/cl_add_nodes -n democluster -p node1_boot1 node2_boot1`)).toContain('on node node2 to network net_ether_01');
		const out = cluster.ok('cldare -rt');
		expect(out).toContain('cldare: Requesting a refresh of the Cluster Manager on node node1...');
		expect(cluster.ok(`${U}/clnodename`, 'node2')).toBe('node1\nnode2\n');
		expect(cluster.state.nodes.node2!.acd).toBeNull();
		cluster.ok('/usr/es/sbin/cluster/etc/rc.cluster -boot -N', 'node2');
		expect(cluster.state.nodes.node2!.acd).toBe(cluster.state.nodes.node1!.acd);
	});
});
