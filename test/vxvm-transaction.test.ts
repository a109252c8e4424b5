import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

const LOG = '/var/vxvm/vxconfigd.log';
const MAKE = 'hasmit_vxtxn -g group1 make vol9 100m layout=mirror';

function running(nodes: readonly string[] = ['teal', 'giga']) {
	const cluster = testCluster('cvm', 'teal');
	for (const node of nodes) cluster.ok('vxclustadm startnode', node);
	return cluster;
}

describe('a volume transaction meeting a cluster reconfiguration', () => {
	it('a join goes before a transaction not yet at its commit phase, which restarts after it and commits later', () => {
		const cluster = running();
		cluster.ok(MAKE);
		expect(cluster.ok('hasmit_vxtxn')).toBe('checking: vxassist -g group1 make vol9 100m layout=mirror\n');
		cluster.ok('vxclustadm startnode', 'jade');
		const log = cluster.file('teal', LOG);
		const paused = log.indexOf('I/O to shared disks paused (joiners: jade)');
		const restarted = log.indexOf('cluster reconfiguration (join of jade) went first; volume transaction restarted');
		expect(paused).toBeGreaterThan(0);
		expect(restarted).toBeGreaterThan(paused);
		expect(cluster.ok('vxprint -g group1 -ht')).not.toMatch(/vol9/);
		cluster.ok('hasmit_vxtxn commit');
		expect(cluster.ok('vxprint -g group1 -ht', 'jade')).toMatch(/^v +vol9 /m);
		expect(cluster.file('jade', LOG)).toMatch(/V-5-1-8082 volume transaction committed on every node: vxassist -g group1 make vol9/);
	});

	it('a transaction in its commit phase completes before the reconfiguration', () => {
		const cluster = running();
		cluster.ok(`hasmit_vxtxn -c -g group1 make vol9 100m`);
		cluster.ok('vxclustadm stopnode', 'giga');
		const log = cluster.file('teal', LOG);
		const first = log.indexOf('V-5-1-8081 volume transaction in its commit phase completes before the cluster reconfiguration');
		expect(first).toBeGreaterThan(0);
		expect(log.indexOf('I/O to shared disks paused (leavers: giga)')).toBeGreaterThan(first);
		expect(cluster.ok('vxprint -g group1 -ht')).toMatch(/^v +vol9 /m);
		expect(cluster.ok('hasmit_vxtxn')).toBe('no volume transaction in progress\n');
	});

	it('a node leaving before the commit phase makes the transaction fail, changing nothing', () => {
		const cluster = running(['teal', 'giga', 'jade']);
		cluster.ok(MAKE);
		cluster.ok('vxclustadm abortnode');
		const failed = 'V-5-1-8084 volume transaction failed: vxassist -g group1 make vol9 100m layout=mirror: ';
		expect(cluster.file('giga', LOG)).toContain(`${failed}node teal left the cluster before the transaction reached its commit phase`);
		expect(cluster.ok('vxprint -g group1 -ht', 'giga')).not.toMatch(/vol9/);
		cluster.refused('hasmit_vxtxn commit', 'VxVM vxassist ERROR V-5-1-8086 No volume transaction in progress', 'giga');
	});

	it('is begun on the master only, one at a time', () => {
		const cluster = running();
		cluster.refused(MAKE, /V-5-1-3155 Volume vol9: Operation must be executed on master/, 'giga');
		cluster.refused(
			'hasmit_vxtxn -g rootdg make vol9 1m',
			/V-5-1-3266 Disk group rootdg: a cluster volume transaction applies only to a cluster-shared disk group/,
		);
		cluster.ok(MAKE);
		cluster.refused('hasmit_vxtxn -g group1 make vol8 1m', /V-5-1-8085 Another volume transaction is in progress: vxassist -g group1 make vol9/);
	});
});
