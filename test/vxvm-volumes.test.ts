import {describe, expect, it} from 'vitest';
import {newCvmNode} from '../src/cluster/vxvm/cvm.js';
import {drlBlocks} from '../src/cluster/vxvm/drl.js';
import {testCluster} from './helpers/cluster.js';

function running(nodes = ['teal', 'giga', 'jade']) {
	const cluster = testCluster('cvm', 'teal');
	for (const node of nodes) cluster.ok('vxclustadm startnode', node);
	return cluster;
}

const logLength = (print: string, plex: string) => Number(new RegExp(`^sd \\S+ +${plex} +\\S+ +\\d+ +(\\d+)`, 'm').exec(print)?.[1]);

describe('dirty region logs sized for the cluster', () => {
	it("follows the seed's rule: one block per image per 2 GB, an image per node plus the recovery image", () => {
		const gb = 2048 * 1024;
		expect(drlBlocks(2 * gb, 2)).toBe(3);
		expect(drlBlocks(4 * gb, 4)).toBe(10);
		expect(drlBlocks(5 * gb, 4)).toBe(15);
	});

	it('vxassist addlog on the four-node cvm cluster: a 4 GB mirror gets a log of 10 blocks', () => {
		const cluster = running();
		cluster.ok('vxassist -g group1 make vol4 4g layout=mirror');
		cluster.ok('vxassist -g group1 addlog vol4');
		expect(logLength(cluster.ok('vxprint -g group1 -ht'), 'vol4-03')).toBe(10);
		cluster.refused('vxassist -g group1 addlog vol4', /V-5-1-1236 Volume vol4 already has a dirty region log/);
		cluster.ok('vxassist -g group1 make vol5 1g');
		cluster.refused('vxassist -g group1 addlog vol5', /V-5-1-1233 Volume vol5: dirty region logging needs a mirrored volume/);
	});

	it('a log too small after a node is added is invalid: recovery is full until it is replaced with vxplex and addlog', () => {
		const cluster = running(['teal', 'giga']);
		// A fifth node: vol1's log (5 blocks for four nodes) is too small for six images.
		cluster.arrange(draft => {
			draft.vxvm!.nodes.pine = newCvmNode(4, '3.2');
		});
		cluster.ok('hasmit_vxio -g group1 -o open -w 3 vol1', 'giga');
		cluster.ok('vxclustadm abortnode', 'giga');
		cluster.ok('vxdg deport group1');
		cluster.ok('vxdg -s import group1');
		expect(cluster.ok('vxrecover -c -v')).toBe('VxVM vxrecover INFO V-5-2-3363 group1/vol1: full resynchronization: done\n');
		cluster.ok('vxplex -g group1 -o rm dis vol1-03');
		cluster.ok('vxassist -g group1 addlog vol1');
		expect(logLength(cluster.ok('vxprint -g group1 -ht'), 'vol1-03')).toBe(6);
	});
});

describe('volumes in shared disk groups', () => {
	it('vxassist make with exclusive=on: one node at a time opens it, the same node many times', () => {
		const cluster = running();
		cluster.ok('vxassist -g group1 make volmir 5g layout=mirror exclusive=on');
		cluster.ok('hasmit_vxio -g group1 -o open volmir', 'giga');
		cluster.ok('hasmit_vxio -g group1 -o open volmir', 'giga');
		cluster.refused('hasmit_vxio -g group1 -o open volmir', /V-5-1-1239 Volume volmir: open failed: opened exclusively on node giga/, 'jade');
		cluster.ok('hasmit_vxio -g group1 -o close volmir', 'giga');
		cluster.ok('hasmit_vxio -g group1 -o close volmir', 'giga');
		cluster.ok('hasmit_vxio -g group1 -o open volmir', 'jade');
	});

	it('vxvol set exclusive: master only, refused while any node has the volume open', () => {
		const cluster = running();
		cluster.refused('vxvol -g group1 set exclusive=on vol1', /Volume vol1: Operation must be executed on master/, 'giga');
		cluster.ok('hasmit_vxio -g group1 -o open vol1', 'jade');
		cluster.refused('vxvol -g group1 set exclusive=on vol1', /V-5-1-1238 Volume vol1 is open on jade: close it on every node first/);
		cluster.ok('hasmit_vxio -g group1 -o close vol1', 'jade');
		cluster.ok('vxvol -g group1 set exclusive=on vol1');
		cluster.ok('hasmit_vxio -g group1 -o open vol1', 'giga');
		cluster.refused('hasmit_vxio -g group1 -o open vol1', /opened exclusively on node giga/, 'jade');
	});

	it('RAID-5 and task monitoring are refused in a shared group, allowed in a private one', () => {
		const cluster = running();
		cluster.refused(
			'vxassist -g group1 make r5 1g layout=raid5 ncol=2',
			'VxVM vxassist ERROR V-5-1-10127 Disk group group1: RAID-5 volumes are not supported in cluster-shared disk groups',
		);
		cluster.refused('vxassist -g group1 -t tag1 make v9 1g', /V-5-1-10128 Disk group group1: task monitoring is not supported/);
		cluster.ok('vxdg init privdg c4t5d0 c4t6d0', 'giga');
		cluster.ok('vxassist -g privdg make r5 1g layout=raid5 ncol=2', 'giga');
		// A private group holding RAID-5 cannot become shared: reorganize it first.
		cluster.ok('vxdg deport privdg', 'giga');
		cluster.refused('vxdg -s import privdg', /V-5-1-10127 Disk group privdg: RAID-5 volumes are not supported/);
	});

	it('vxstat sums the nodes: node 1 with 100 I/Os and node 2 with 200 show 300', () => {
		const cluster = running();
		cluster.ok('hasmit_vxio -g group1 -r 100 vol1', 'giga');
		cluster.ok('hasmit_vxio -g group1 -r 200 vol1', 'jade');
		const all = cluster.ok('vxstat -g group1 vol1').split('\n');
		expect(all[0]).toBe('                      OPERATIONS           BLOCKS        AVG TIME(ms)');
		expect(all[1]).toBe('TYP NAME              READ     WRITE      READ     WRITE   READ  WRITE');
		expect(all[2]).toMatch(/^vol vol1 +300 +0 +4800 +0 +9\.9 +0\.0$/);
		expect(cluster.ok('vxstat -g group1 -n 2 vol1').split('\n')[2]).toMatch(/^vol vol1 +200 +0/);
		expect(cluster.ok('vxstat -g group1 -n 1,2 vol1').split('\n')[2]).toMatch(/^vol vol1 +300 +0/);
		cluster.refused('vxstat -g group1 -n 9 vol1', /Invalid attribute: -n 9/);
	});

	it('connectivity policy: global detaches a disk everywhere; local only on the node that lost it, unless every node reports it', () => {
		const cluster = running(['teal', 'giga']);
		cluster.ok('hasmit_vxpath fail c4t2d0', 'giga');
		expect(cluster.ok('vxprint -g group1 -ht')).toMatch(/^pl vol1-02 +vol1 +DISABLED +NODEVICE/m);
		cluster.ok('hasmit_vxpath restore c4t2d0', 'giga');
		cluster.refused('vxedit -g group1 set diskdetpolicy=local group1', /Operation must be executed on master/, 'giga');
		cluster.ok('vxedit -g group1 set diskdetpolicy=local group1');
		expect(cluster.ok('vxdg list group1')).toMatch('detach-policy: local');
		cluster.ok('hasmit_vxpath fail c4t2d0', 'giga');
		expect(cluster.ok('vxprint -g group1 -ht')).toMatch(/^dm disk02 +c4t2d0 +sliced +2179 +\d+ +-$/m);
		expect(cluster.ok('vxprint -g group1 -ht', 'giga')).toMatch(/^dm disk02 +c4t2d0 +sliced +2179 +\d+ +NODEVICE$/m);
		cluster.ok('hasmit_vxpath fail c4t2d0', 'teal');
		expect(cluster.ok('vxprint -g group1 -ht')).toMatch(/^pl vol1-02 +vol1 +DISABLED +NODEVICE/m);
	});

	it('vxrecover -c after a crash: DRL recovery on the master, and the crashed node rejoins only after it', () => {
		const cluster = running();
		cluster.ok('hasmit_vxio -g group1 -o open -w 50 vol1', 'jade');
		cluster.ok('vxclustadm abortnode', 'jade');
		expect(cluster.ok('vxprint -g group1 -ht')).toMatch(/^v {2}vol1 +- +ENABLED +NEEDSYNC/m);
		cluster.refused('vxclustadm startnode', /join failed: recovery in progress \(group1\/vol1\)/, 'jade');
		cluster.refused('vxrecover -c', /Recovery of shared volumes: Operation must be executed on master/, 'giga');
		expect(cluster.ok('vxrecover -c -v')).toBe('VxVM vxrecover INFO V-5-2-3363 group1/vol1: dirty region log recovery: done\n');
		cluster.ok('vxclustadm startnode', 'jade');
	});

	it('when the whole cluster went down uncleanly, the next cluster start recovers the shared volumes', () => {
		const cluster = running(['teal', 'giga']);
		cluster.ok('hasmit_vxio -g group1 -o open -w 5 vol1', 'giga');
		cluster.ok('vxclustadm stopnode');
		cluster.ok('vxclustadm abortnode', 'giga');
		// The crashed node itself starts the cluster: its active images are merged as the volumes start.
		cluster.ok('vxclustadm startnode', 'giga');
		expect(cluster.file('giga', '/var/vxvm/vxconfigd.log')).toMatch(/group1\/vol1: dirty region log recovery: done \(cluster start\)/);
		expect(cluster.ok('vxprint -g group1 -ht', 'giga')).toMatch(/^v {2}vol1 +- +ENABLED +ACTIVE/m);
	});

	it('vxprint -ht shows the group, its disks and each volume with plexes and subdisks', () => {
		const cluster = running();
		const lines = cluster.ok('vxprint -g group1 -ht').split('\n');
		expect(lines[0]).toBe('Disk group: group1');
		expect(lines).toContain('dg group1       default      default  32000    774222028.1090.teal');
		expect(lines).toContain('dm disk01       c4t1d0       sliced   2179     17678493 -');
		expect(lines).toContain('v  vol1         -            ENABLED  ACTIVE   4194304  SELECT    -        fsgen');
		expect(lines).toContain('pl vol1-03      vol1         ENABLED  ACTIVE   LOGONLY  CONCAT    -        RW');
		const plain = cluster.ok('vxprint -g group1').split('\n');
		expect(plain.slice(0, 4)).toEqual([
			'Disk group: group1',
			'',
			'TY NAME         ASSOC        KSTATE   LENGTH   PLOFFS   STATE    TUTIL0  PUTIL0',
			'dg group1       group1       -        -        -        -        -       -',
		]);
		expect(plain).toContain('v  vol1         fsgen        ENABLED  4194304  -        ACTIVE   -       -');
	});
});
