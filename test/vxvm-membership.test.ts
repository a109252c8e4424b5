import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

const START = '/usr/es/sbin/cluster/etc/rc.cluster -boot -N';
const STOP = 'clstop -N -g';

describe('CVM membership: the first node to join is master, later ones slaves', () => {
	it('vxdctl -c mode prints the four forms of the seed', () => {
		const cluster = testCluster('cvm', 'teal');
		expect(cluster.ok('vxdctl -c mode')).toBe('mode: enabled: cluster inactive\n');
		cluster.ok(START);
		expect(cluster.ok('vxdctl -c mode')).toBe('mode: enabled: cluster active - MASTER\n');
		cluster.ok(START, 'giga');
		expect(cluster.ok('vxdctl -c mode', 'giga')).toBe('mode: enabled: cluster active - SLAVE\n');
		// A slave waiting for the master's vxconfigd to let it in has no role yet.
		cluster.ok('vxdctl stop');
		cluster.ok('vxclustadm startnode', 'jade');
		expect(cluster.ok('vxdctl -c mode', 'jade')).toBe('mode: enabled: cluster active - role not set\n');
		expect(cluster.ok('vxclustadm nodestate', 'jade')).toBe('state: joining\n');
		// With vxconfigd down, no cluster information.
		expect(cluster.ok('vxdctl -c mode')).toBe('mode: not-running\n');
		cluster.ok('vxconfigd');
		expect(cluster.ok('vxclustadm nodestate', 'jade')).toBe('state: cluster member\n');
	});

	it('vxclustadm nodestate: out of cluster, cluster member', () => {
		const cluster = testCluster('cvm', 'teal');
		expect(cluster.ok('vxclustadm nodestate')).toBe('state: out of cluster\n');
		cluster.ok('vxclustadm startnode');
		expect(cluster.ok('vxclustadm nodestate')).toBe('state: cluster member\n');
		cluster.refused('vxclustadm startnode', /V-5-1-3011 Node is already a cluster member/);
	});

	it('the master imports the shared groups; a slave sees the same ones', () => {
		const cluster = testCluster('cvm', 'teal');
		expect(cluster.ok('vxdg list')).toBe('NAME         STATE           ID\nrootdg       enabled         774215886.1025.teal\n');
		cluster.ok(START);
		cluster.ok(START, 'giga');
		const shared = ['group1       enabled,shared  774222028.1090.teal', 'group2       enabled,shared  774575420.1170.teal'];
		expect(cluster.ok('vxdg -s list', 'giga').split('\n').slice(1, 3)).toEqual(shared);
		expect(cluster.ok('vxdg list', 'giga').split('\n')).toHaveLength(5);
	});

	it('the master leaving: the slave with the lowest node id takes over and every member is told', () => {
		const cluster = testCluster('cvm', 'teal');
		for (const node of ['teal', 'giga', 'jade']) cluster.ok(START, node);
		cluster.ok(STOP);
		expect(cluster.ok('vxdctl -c mode', 'giga')).toBe('mode: enabled: cluster active - MASTER\n');
		expect(cluster.ok('vxdctl -c mode', 'jade')).toBe('mode: enabled: cluster active - SLAVE\n');
		expect(cluster.ok('vxdctl -c mode')).toBe('mode: enabled: cluster inactive\n');
		expect(cluster.file('jade', '/var/vxvm/vxconfigd.log')).toMatch(/master is giga; I\/O to shared disks resumed/);
		expect(cluster.file('jade', '/var/vxvm/vxconfigd.log')).toMatch(/I\/O to shared disks paused \(leavers: teal; new master: giga\)/);
	});

	it('HACMP: a graceful stop leaves CVM, unless a shared volume is open, which hacmp.out notes', () => {
		const cluster = testCluster('cvm', 'teal');
		for (const node of ['teal', 'giga']) cluster.ok(START, node);
		expect(cluster.file('giga', '/tmp/hacmp.out')).toMatch(/vxclustadm -m vcs -t gab startnode/);
		cluster.ok('hasmit_vxio -g group1 -o open vol1', 'giga');
		cluster.ok(STOP, 'giga');
		expect(cluster.file('giga', '/tmp/hacmp.out')).toMatch(/V-5-1-3010 cannot stop node: shared volumes are open \(group1\/vol1\)/);
		expect(cluster.ok('vxclustadm nodestate', 'giga')).toBe('state: cluster member\n');
		cluster.ok('hasmit_vxio -g group1 -o close vol1', 'giga');
		cluster.ok('vxclustadm stopnode', 'giga');
		cluster.ok(STOP);
		expect(cluster.ok('vxclustadm nodestate')).toBe('state: out of cluster\n');
	});

	it('a crash (abortnode) of the master fails over too, without waiting for open volumes', () => {
		const cluster = testCluster('cvm', 'teal');
		for (const node of ['teal', 'giga']) cluster.ok(START, node);
		cluster.ok('hasmit_vxio -g group1 -o open -w 10 vol1');
		cluster.ok('vxclustadm abortnode');
		expect(cluster.ok('vxdctl -c mode', 'giga')).toBe('mode: enabled: cluster active - MASTER\n');
	});

	it('stopnode waits: it fails while a shared volume is open on the node', () => {
		const cluster = testCluster('cvm', 'teal');
		for (const node of ['teal', 'giga']) cluster.ok(START, node);
		cluster.ok('hasmit_vxio -g group1 -o open vol1', 'giga');
		cluster.refused('vxclustadm stopnode', /V-5-1-3010 cannot stop node: shared volumes are open \(group1\/vol1\)/, 'giga');
		cluster.ok('hasmit_vxio -g group1 -o close vol1', 'giga');
		cluster.ok('vxclustadm stopnode', 'giga');
		expect(cluster.ok('vxclustadm nodestate', 'giga')).toBe('state: out of cluster\n');
	});

	it('a slave that cannot reach a disk of an imported shared group gives up joining', () => {
		const cluster = testCluster('cvm', 'teal');
		cluster.ok(START);
		cluster.ok('vxdg -g group2 adddisk -f disk05=c4t7d0');
		cluster.refused('vxclustadm startnode', /V-5-1-3013 join failed: cannot find disk on slave node \(c4t7d0\)/, 'jade');
		// What a slave is told as it joins: every disk id of the imported shared groups.
		cluster.ok('vxclustadm startnode', 'giga');
		expect(cluster.file('giga', '/var/vxvm/vxconfigd.log')).toMatch(
			/the master sent the imported shared disk ids 963616090\.1034\.cvm2 963616090\.1035\.cvm2 /,
		);
		cluster.ok('vxclustadm stopnode', 'giga');
		cluster.ok('vxclustadm startnode', 'giga');
		// Through HACMP the join failure is noted and cluster services carry on.
		cluster.ok(START, 'ruby');
		expect(cluster.ok('vxclustadm nodestate', 'ruby')).toBe('state: out of cluster\n');
	});

	it('two nodes joining at once: VxVM picks the lowest node id as master, and says so', () => {
		const cluster = testCluster('cvm', 'teal');
		cluster.ok("cl_rc.cluster -cspoc '-n ruby,giga' -N");
		expect(cluster.ok('vxdctl -c mode', 'giga')).toBe('mode: enabled: cluster active - MASTER\n');
		expect(cluster.ok('vxdctl -c mode', 'ruby')).toBe('mode: enabled: cluster active - SLAVE\n');
		const told = /V-5-1-8070 nodes giga, ruby joined at once: master chosen by lowest node id: giga \(node id 1\)/;
		for (const node of ['giga', 'ruby']) expect(cluster.file(node, '/var/vxvm/vxconfigd.log')).toMatch(told);
		// A node starting later joins the running cluster as a slave, as before.
		cluster.ok(START, 'teal');
		expect(cluster.ok('vxdctl -c mode', 'teal')).toBe('mode: enabled: cluster active - SLAVE\n');
		expect(cluster.file('teal', '/var/vxvm/vxconfigd.log')).not.toMatch(/joined at once/);
	});
});
