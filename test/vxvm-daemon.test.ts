import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

function running(nodes = ['teal', 'giga', 'jade', 'ruby']) {
	const cluster = testCluster('cvm', 'teal');
	for (const node of nodes) cluster.ok('vxclustadm startnode', node);
	return cluster;
}

describe('vxconfigd and vxdctl', () => {
	it('vxdctl list, protocolversion, support and protocolrange', () => {
		const cluster = running(['teal', 'giga']);
		expect(cluster.ok('vxdctl list', 'giga')).toBe('Volboot file\nversion: 3/1\nseqno: 0.19\ncluster protocol version: 20\nhostid: giga\nentries:\n');
		expect(cluster.ok('vxdctl protocolversion')).toBe('Cluster running at protocol 20\n');
		expect(cluster.ok('vxdctl support')).toBe(
			'Support information:\n  vold_vrsn: 11\n  dg_minimum: 60\n  dg_maximum: 70\n  kernel: 10\n' +
				'  protocol_minimum: 10\n  protocol_maximum: 20\n  protocol_current: 20\n',
		);
		expect(cluster.ok('vxdctl protocolrange')).toBe('minprotoversion: 10, maxprotoversion: 20\n');
		cluster.refused('vxdctl protocolversion', /V-5-1-3156 Node is not a member of a cluster/, 'ruby');
	});

	it('vxconfigd stopped on a slave: its shared groups show disabled until it restarts and reconnects', () => {
		const cluster = running();
		cluster.ok('vxdctl stop', 'giga');
		cluster.refused('vxdg list', 'VxVM vxdg ERROR V-5-1-684 IPC failure: Configuration daemon is not accessible', 'giga');
		cluster.ok('vxdctl stop');
		cluster.ok('vxconfigd', 'giga');
		// The master's vxconfigd is down too: giga cannot reconnect yet.
		expect(cluster.ok('vxdg list', 'giga')).toMatch(/^group1 +disabled,shared/m);
		cluster.refused('vxdg list group1', /V-5-1-3157 Disk group group1: shared configuration not available/, 'giga');
		cluster.ok('hasmit_vxio -g group1 -w 5 vol1', 'giga');
		// Another slave, untouched, keeps correct information while it retries.
		expect(cluster.ok('vxdg list', 'jade')).toMatch(/^group1 +enabled,shared/m);
		expect(cluster.file('jade', '/var/vxvm/vxconfigd.log')).toMatch(/lost connection to the master's vxconfigd \(teal\): retrying periodically/);
		cluster.ok('vxconfigd');
		expect(cluster.file('jade', '/var/vxvm/vxconfigd.log')).toMatch(/rejoined the master's vxconfigd \(teal\)/);
		expect(cluster.ok('vxdg list', 'giga')).toMatch(/^group1 +enabled,shared/m);
	});

	it('vxconfigd -r reset is refused while the node is joined; -k restarts it', () => {
		const cluster = running(['teal']);
		cluster.refused(
			'vxconfigd -r reset',
			'VxVM vxconfigd ERROR V-5-1-1610 Cannot reset while the node is joined to a cluster: cluster information would be discarded',
		);
		cluster.refused('vxconfigd', /V-5-1-1611 vxconfigd is already running/);
		cluster.ok('vxconfigd -k');
		cluster.ok('vxconfigd -r reset', 'giga');
	});

	it("a rolling upgrade: slaves on a newer release join at the master's protocol; vxdctl upgrade once every node runs it", () => {
		const cluster = running();
		cluster.refused('vxdctl upgrade', 'VxVM vxdctl ERROR V-5-1-3251 Cluster already runs at the highest protocol version (20) every node supports');
		for (const node of ['ruby', 'jade', 'giga']) {
			cluster.ok('vxclustadm stopnode', node);
			cluster.refused('hasmit_vxrelease 3.5', /must leave the cluster/, 'teal');
			cluster.ok('hasmit_vxrelease 3.5', node);
			cluster.ok('vxclustadm startnode', node);
			expect(cluster.ok('vxdctl support', node)).toMatch(/protocol_maximum: 30\n {2}protocol_current: 20/);
		}
		cluster.refused(
			'vxdctl upgrade',
			'VxVM vxdctl ERROR V-5-1-3250 Cannot upgrade the cluster protocol: nodes teal do not support protocol version 30',
		);
		cluster.refused('vxdctl upgrade', /Cluster protocol upgrade: Operation must be executed on master/, 'giga');
		// The master leaves to be upgraded: giga takes over, and teal comes back on 3.5.
		cluster.ok('vxclustadm stopnode');
		cluster.ok('hasmit_vxrelease 3.5');
		cluster.ok('vxclustadm startnode');
		expect(cluster.ok('vxdctl -c mode', 'giga')).toBe('mode: enabled: cluster active - MASTER\n');
		expect(cluster.ok('vxdctl upgrade', 'giga')).toBe('Cluster protocol upgraded to version 30\n');
		expect(cluster.ok('vxdctl protocolversion', 'jade')).toBe('Cluster running at protocol 30\n');
		expect(cluster.ok('vxdctl list', 'ruby')).toMatch('cluster protocol version: 30');
	});

	it('a node whose release does not support the cluster protocol is refused', () => {
		const cluster = running(['teal', 'giga']);
		cluster.ok('hasmit_vxrelease 4.0', 'ruby');
		cluster.refused('vxclustadm startnode', /join failed: protocol version out of range \(cluster at 20, node supports 30 to 40\)/, 'ruby');
		expect(cluster.ok('vxclustadm nodestate', 'ruby')).toBe('state: out of cluster\n');
	});

	it('vxdctl init writes volboot at the highest protocol the release supports', () => {
		const cluster = running(['teal']);
		cluster.ok('hasmit_vxrelease 3.5', 'ruby');
		cluster.ok('vxdctl init', 'ruby');
		expect(cluster.ok('vxdctl list', 'ruby')).toMatch('seqno: 0.1\ncluster protocol version: 30');
	});

	it('vxclustadm -v nodestate and nidmap show roles and the last reconfiguration', () => {
		const cluster = running(['teal', 'giga']);
		expect(cluster.ok('vxclustadm -v nodestate', 'giga')).toBe(
			'state: cluster member\nnodeId=1\nmasterId=0\nmembers=teal,giga\nreconfig: master: teal\nreconfig: joiners: giga\n',
		);
		expect(cluster.ok('vxclustadm nidmap').split('\n').slice(0, 3)).toEqual([
			'Name                CVM Nid   CM Nid    State',
			'teal                0         0         Joined: Master',
			'giga                1         1         Joined: Slave',
		]);
	});
});

describe('VxVM where it is not installed', () => {
	it('the vx commands are not found on a cluster without VxVM', () => {
		const cluster = testCluster('two-node');
		const result = cluster.run('vxdctl -c mode');
		expect(result.code).toBe(127);
		expect(result.stderr).toBe('ksh: vxdctl:  not found.\n');
	});

	it("while a member's vxconfigd is stopped no volume reconfiguration happens; restarted, the slave reconnects and logs it", () => {
		const cluster = running(['teal', 'giga']);
		cluster.ok('vxdctl stop', 'giga');
		cluster.refused(
			'vxassist -g group1 make vol7 10m',
			'VxVM vxassist ERROR V-5-1-3158 Disk group group1: configuration change not possible: vxconfigd is not running or not connected on giga',
		);
		expect(cluster.ok('vxprint -g group1 -ht')).not.toMatch(/vol7/);
		cluster.ok('vxconfigd', 'giga');
		expect(cluster.file('giga', '/var/vxvm/vxconfigd.log')).toMatch(
			/V-5-1-8071 slave: reconnected to the master's vxconfigd \(teal\): shared configuration obtained/,
		);
		cluster.ok('vxassist -g group1 make vol7 10m');
	});

	it('vxconfigd -k on the master: the slaves lose the connection, retry, and rejoin the new one', () => {
		const cluster = running(['teal', 'giga']);
		cluster.ok('vxconfigd -k');
		const log = cluster.file('giga', '/var/vxvm/vxconfigd.log');
		const lost = log.indexOf("lost connection to the master's vxconfigd (teal): retrying periodically");
		expect(lost).toBeGreaterThan(0);
		expect(log.indexOf("rejoined the master's vxconfigd (teal)")).toBeGreaterThan(lost);
		expect(cluster.ok('vxdg list', 'giga')).toMatch(/^group1 +enabled,shared/m);
	});

	it("a reconfiguration finds a member's vxconfigd stopped and restarts it", () => {
		const cluster = running(['teal', 'giga']);
		cluster.ok('vxdctl stop', 'giga');
		expect(cluster.ok('vxdg list', 'jade')).not.toMatch(/group1/);
		cluster.ok('vxclustadm startnode', 'jade');
		const log = cluster.file('giga', '/var/vxvm/vxconfigd.log');
		const restarted = log.indexOf('V-5-1-8072 giga: vxconfigd was not running: restarted by the cluster monitor');
		// Restarted first: no join happens while a vxconfigd is stopped.
		expect(restarted).toBeGreaterThan(0);
		expect(log.indexOf('I/O to shared disks paused (joiners: jade)')).toBeGreaterThan(restarted);
		expect(cluster.ok('vxdg list', 'giga')).toMatch(/^group1 +enabled,shared/m);
	});
});
