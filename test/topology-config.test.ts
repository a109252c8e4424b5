/** Building a cluster from the bare scenario with the topology utilities, and the bad input they refuse. */
import {describe, expect, it} from 'vitest';
import {dcdOf} from '../src/cluster/config.js';
import {customGroup} from '../src/cluster/scenarios/build.js';
import {testCluster} from './helpers/cluster.js';

const U = '/usr/es/sbin/cluster/utilities';

/** bare with the cluster, both nodes and an ether network defined on node1. */
function withNetwork() {
	const cluster = testCluster('bare');
	cluster.ok(`${U}/claddclstr -n democluster`);
	cluster.ok(`${U}/clmodnode -a node1 -p node1_boot1`);
	cluster.ok(`${U}/clmodnode -a node2 -p node2_boot1`);
	cluster.ok(`${U}/clmodnetwork -a -i ether -s 255.255.255.0`);
	return cluster;
}

describe('the bare scenario', () => {
	it('has two nodes, nothing configured, boot addresses up and in /etc/hosts', () => {
		const cluster = testCluster('bare');
		expect(Object.keys(cluster.state.nodes)).toEqual(['node1', 'node2']);
		expect(cluster.ok(`${U}/clnodename`)).toBe('');
		expect(cluster.ok(`${U}/cllsnw`)).not.toMatch(/net_/);
		expect(cluster.file('node2', '/etc/hosts')).toMatch(/192\.168\.11\.12\tnode2_boot2/);
		expect(cluster.state.nodes.node2!.interfaces.en1!.addresses).toEqual(['node2_boot2']);
		expect(cluster.ok('lspv', 'node1')).toMatch(/hdisk1 +00c9e8b0a1b2c301 +hbvg/);
	});
});

describe('configuring topology', () => {
	it('defines the cluster, nodes, networks, interfaces, devices and labels, and shows them', () => {
		const cluster = withNetwork();
		for (const [label, node] of [
			['node1_boot1', 'node1'],
			['node1_boot2', 'node1'],
			['node2_boot1', 'node2'],
			['node2_boot2', 'node2'],
		])
			cluster.ok(`${U}/claddnode -a ${label}:ether:net_ether_01:public:boot -n ${node}`);
		cluster.ok(`${U}/claddnode -a app_svc:ether:net_ether_01:public:service`);
		cluster.ok(`${U}/claddnode -a node1_pers:ether:net_ether_01:public:persistent -n node1`);
		expect(cluster.ok(`${U}/clmodnetwork -a -i diskhb`)).toBe('Network net_diskhb_01 added.\n');
		cluster.ok(`${U}/claddnode -a node1_hdisk1_01:diskhb:net_diskhb_01:serial:service:/dev/hdisk1 -n node1`);
		cluster.ok(`${U}/claddnode -a node2_hdisk1_01:diskhb:net_diskhb_01:serial:service:/dev/hdisk1 -n node2`);
		expect(cluster.ok(`${U}/clnodename`)).toBe('node1\nnode2\n');
		expect(cluster.ok(`${U}/cllsnw -c`)).toBe(
			'#network:type:attribute:alias:netmask:hb_offset:adapters\n' +
				'net_ether_01:ether:public:yes:255.255.255.0::node1 192.168.10.11 192.168.11.11 node2 192.168.10.12 192.168.11.12\n' +
				'net_diskhb_01:diskhb:serial:no:::node1 /dev/hdisk1 node2 /dev/hdisk1\n',
		);
		expect(cluster.ok(`${U}/cllsnw`)).toContain('net_ether_01     public     True   Default          node1 192.168.10.11 192.168.11.11 node2');
		const top = cluster.ok(`${U}/cltopinfo`);
		expect(top).toMatch(/^Cluster Name: democluster$/m);
		expect(top).toMatch(/There are 2 node\(s\) and 2 network\(s\) defined/);
		expect(top).toMatch(
			/NODE node1:\n {8}Network net_ether_01\n {16}node1_boot1 +192\.168\.10\.11\n {16}node1_boot2 +192\.168\.11\.11\n {16}node1_pers/,
		);
		expect(cluster.ok(`${U}/cllsif -c -n node2`)).toMatch(/^node2_boot1:boot:net_ether_01:ether:public:node2:192\.168\.10\.12::en0:/m);
		expect(cluster.ok(`${U}/cllsif -p -c -n node1`)).toMatch(/^node1_pers:persistent:/m);
		// Only node1's DCD changed; node2 learns it at synchronization.
		expect(dcdOf(cluster.state, 'node2').nodes).toEqual([]);
	});

	it('changes and removes what it added', () => {
		const cluster = withNetwork();
		cluster.ok(`${U}/clmodnetwork -c -n net_ether_01 -l no -t private`);
		expect(cluster.ok(`${U}/cllsnw -c -n net_ether_01`)).toBe(
			'#network:type:attribute:alias:netmask:hb_offset:adapters\nnet_ether_01:ether:private:no:255.255.255.0::\n',
		);
		cluster.ok(`${U}/claddnode -a node1_boot1:ether:net_ether_01:private:boot -n node1`);
		cluster.ok(`${U}/clrmnode -a node1_boot1`);
		cluster.ok(`${U}/clmodnode -c node2 -p node2_boot2`);
		expect(dcdOf(cluster.state, 'node1').nodes[1]).toEqual({name: 'node2', commPath: 'node2_boot2'});
		cluster.ok(`${U}/clrmnode -n node2`);
		cluster.ok(`${U}/clmodnetwork -r -n net_ether_01`);
		expect(cluster.ok(`${U}/clnodename`)).toBe('node1\n');
		expect(cluster.ok(`${U}/cllsnw`)).not.toMatch(/net_ether_01/);
	});
});

describe('bad input is refused, nothing changed', () => {
	it('a 33rd node', () => {
		const cluster = withNetwork();
		cluster.arrange(state => {
			const config = state.configs[state.nodes.node1!.dcd]!;
			for (let i = 3; i <= 32; i++) config.nodes.push({name: `n${i}`, commPath: `n${i}`});
		});
		cluster.refused(`${U}/clmodnode -a node33 -p 10.0.0.33`, 'ERROR: Cannot add node node33: an HACMP cluster has at most 32 nodes');
	});

	it('a node no communication path reaches', () => {
		const cluster = withNetwork();
		cluster.refused(`${U}/clmodnode -a node3 -p 192.168.10.13`, 'Unable to communicate with node node3');
	});

	it('a label not in /etc/hosts, or with another address', () => {
		const cluster = withNetwork();
		cluster.refused(
			`${U}/claddnode -a node1_boot3:ether:net_ether_01:public:boot -n node1`,
			'ERROR: IP label node1_boot3 cannot be resolved on node node1',
		);
		cluster.refused(`${U}/claddnode -a app_svc:ether:net_ether_01:public:service:10.10.10.101`, 'app_svc is 10.10.10.100 in /etc/hosts');
	});

	it('a second persistent label of a node on a network, and persistent labels on ATM or non-IP networks', () => {
		const cluster = withNetwork();
		cluster.ok(`${U}/claddnode -a node1_pers:ether:net_ether_01:public:persistent -n node1`);
		cluster.refused(
			`${U}/claddnode -a node2_pers:ether:net_ether_01:public:persistent -n node1`,
			'already has the persistent node IP label node1_pers on network net_ether_01',
		);
		cluster.ok(`${U}/clmodnetwork -a -i atm -t private`);
		cluster.refused(`${U}/claddnode -a node2_pers:atm:net_atm_01:private:persistent -n node2`, 'cannot be configured on network net_atm_01 (atm)');
	});

	it('an eighth interface of a node on a network', () => {
		const cluster = withNetwork();
		const hosts = Array.from({length: 8}, (_, i) => `192.168.${20 + i}.11\tnode1_if${i}`).join('\n');
		cluster.arrange(state => void (state.nodes.node1!.files['/etc/hosts'] += `${hosts}\n`));
		for (let i = 0; i < 7; i++) cluster.ok(`${U}/claddnode -a node1_if${i}:ether:net_ether_01:public:boot -n node1`);
		cluster.refused(
			`${U}/claddnode -a node1_if7:ether:net_ether_01:public:boot -n node1`,
			'already has 7 communication interfaces on network net_ether_01',
		);
	});

	it('network types the seed lists as unsupported, with the reason', () => {
		const cluster = withNetwork();
		cluster.refused(`${U}/clmodnetwork -a -i socc`, 'ERROR: Network type socc is not supported by HACMP 5.2: Serial Optical Channel Converter');
		cluster.refused(`${U}/clmodnetwork -a -i slip`, 'use an rs232 network');
		cluster.refused(`${U}/clmodnetwork -a -i fcs`, 'Fibre Channel Switch');
		cluster.refused(`${U}/clmodnetwork -a -i 802.3`, 'IEEE 802.3');
		cluster.refused(`${U}/clmodnetwork -a -i token_ring`, 'token_ring is not a network type');
	});

	it('removing a network or a label that a resource group uses', () => {
		const cluster = withNetwork();
		cluster.ok(`${U}/claddnode -a app_svc:ether:net_ether_01:public:service`);
		cluster.arrange(state => {
			const group = customGroup('rg1', ['node1', 'node2'], {startup: 'OHN', fallover: 'FNPN', fallback: 'FBHPN'}, {serviceLabels: ['app_svc']});
			state.configs[state.nodes.node1!.dcd]!.resourceGroups.rg1 = group;
		});
		cluster.refused(`${U}/clrmnode -a app_svc`, 'ERROR: Cannot remove IP label app_svc: resource group rg1 uses it.');
		cluster.refused(`${U}/clmodnetwork -r -n net_ether_01`, 'ERROR: Cannot remove network net_ether_01: resource group rg1 uses it.');
		cluster.refused(`${U}/clrmnode -n node1`, 'it participates in resource group rg1');
	});

	it('a diskhb device that is not the same disk on both nodes, or a disk already in another diskhb network', () => {
		const cluster = withNetwork();
		cluster.ok(`${U}/clmodnetwork -a -i diskhb`);
		cluster.ok(`${U}/claddnode -a node1_hdisk1_01:diskhb:net_diskhb_01:serial:service:/dev/hdisk1 -n node1`);
		cluster.refused(
			`${U}/claddnode -a node2_hdisk2_01:diskhb:net_diskhb_01:serial:service:/dev/hdisk2 -n node2`,
			'/dev/hdisk2 on node node2 has PVID 00c9e8b0a1b2c302, but the other end of disk heartbeat network net_diskhb_01 is the disk with PVID ' +
				'00c9e8b0a1b2c301',
		);
		cluster.refused(
			`${U}/claddnode -a node2_hdisk9:diskhb:net_diskhb_01:serial:service:/dev/hdisk9 -n node2`,
			'/dev/hdisk9 is not a device on node node2',
		);
		cluster.ok(`${U}/clmodnetwork -a -i diskhb`);
		cluster.refused(
			`${U}/claddnode -a node2_hdisk1_02:diskhb:net_diskhb_02:serial:service:/dev/hdisk1 -n node2`,
			'already carries disk heartbeat network net_diskhb_01',
		);
	});

	it('a device of the wrong kind, a third end of a point-to-point network', () => {
		const cluster = withNetwork();
		cluster.ok(`${U}/clmodnetwork -a -i rs232`);
		cluster.refused(
			`${U}/claddnode -a node1_tty:rs232:net_rs232_01:serial:service:/dev/hdisk1 -n node1`,
			'/dev/hdisk1 is not a device on node node1',
		);
		cluster.ok(`${U}/claddnode -a node1_tty1_01:rs232:net_rs232_01:serial:service:/dev/tty1 -n node1`);
		cluster.refused(`${U}/claddnode -a node1_tty2_01:rs232:net_rs232_01:serial:service:/dev/tty2 -n node1`, 'already has a device');
	});

	it('topology before the cluster is named', () => {
		const cluster = testCluster('bare');
		cluster.refused(`${U}/clmodnode -a node1 -p node1_boot1`, 'ERROR: No cluster is defined');
	});
});

describe('dhb_read', () => {
	it('reports the link operating on a disk both nodes see, and not on a failed or unshared one', () => {
		const cluster = testCluster();
		expect(cluster.ok('/usr/sbin/rsct/bin/dhb_read -p hdisk1 -r')).toMatch(
			/^Receive Mode:\nWaiting for response . . .\n(Magic number = 0x87654321\n){2}Link operating normally\n$/m,
		);
		expect(cluster.run('dhb_read -p /dev/hdisk0 -t', 'node2').stdout).toContain('Link is not operating');
		cluster.arrange(state => void (state.disks['00c8d7b0a1b2c301']!.failed = true));
		expect(cluster.run('dhb_read -p hdisk1 -t').code).toBe(1);
		cluster.refused('dhb_read -p hdisk9 -r', 'dhb_read: Unable to open device /dev/hdisk9.');
	});
});
