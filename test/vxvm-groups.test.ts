import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

/** The cvm scenario with teal master and giga, jade slaves. */
function running() {
	const cluster = testCluster('cvm', 'teal');
	for (const node of ['teal', 'giga', 'jade']) cluster.ok('vxclustadm startnode', node);
	return cluster;
}

describe('shared disk groups', () => {
	it('vxdg list DG: flags shared, local-activation and cluster-actv-modes, seen from the master and from a slave', () => {
		const cluster = running();
		cluster.ok('vxdg -g group1 set activation=sr', 'giga');
		const master = cluster.ok('vxdg list group1').split('\n');
		expect(master.slice(0, 2)).toEqual(['Group:     group1', 'dgid:      774222028.1090.teal']);
		expect(master).toContain('flags:     shared');
		expect(master).toContain('local-activation: shared-write');
		expect(master).toContain('cluster-actv-modes: teal=sw giga=sr jade=sw');
		expect(cluster.ok('vxdg list group1', 'giga').split('\n')).toContain('local-activation: shared-read');
	});

	it('vxdisk list DEVICE: clusterid and flags shared imported; autoimport on a node out of the cluster', () => {
		const cluster = running();
		const lines = cluster.ok('vxdisk list c4t1d0').split('\n');
		expect(lines).toContain('clusterid: cvm2');
		expect(lines).toContain('disk:      name=disk01 id=963616090.1034.cvm2');
		expect(lines).toContain('group:     name=group1 id=774222028.1090.teal');
		expect(lines).toContain('flags:     online ready autoconfig shared imported');
		expect(cluster.ok('vxdisk list c4t1d0', 'ruby').split('\n')).toContain('flags:     online ready autoconfig shared autoimport');
	});

	it('vxdg -s init on the master creates a shared group activated on every member', () => {
		const cluster = running();
		cluster.ok('vxdg -s init group3 disk05=c4t5d0');
		expect(cluster.ok('vxdg -s list', 'jade')).toMatch(/^group3 +enabled,shared +\d+\.\d+\.teal$/m);
		expect(cluster.ok('vxdg list group3', 'jade')).toMatch(/cluster-actv-modes: teal=sw giga=sw jade=sw/);
	});

	it("a slave doing a master-only operation gets VxVM's message and nothing changes", () => {
		const cluster = running();
		cluster.refused('vxdg -s init group3 c4t5d0', 'VxVM vxdg ERROR V-5-1-3155 Disk group group3: Operation must be executed on master', 'giga');
		cluster.refused('vxdg deport group1', /Operation must be executed on master/, 'giga');
		cluster.refused('vxdg -g group1 adddisk c4t5d0', /Operation must be executed on master/, 'giga');
		cluster.refused('vxdg -f adddisk -g group1 c4t7d0', /V-5-1-6489 Disks can be added by force to a shared disk group only on the master/, 'giga');
		cluster.refused('vxassist -g group1 make vol9 1g', /Volume vol9: Operation must be executed on master/, 'giga');
	});

	it('rootdg can never be shared', () => {
		const cluster = running();
		cluster.refused('vxdg -s init rootdg c4t5d0', 'VxVM vxdg ERROR V-5-1-6500 rootdg cannot be a cluster-shared disk group: it must be private');
		cluster.refused('vxdg -s import rootdg', /V-5-1-6500/);
	});

	it('a disk not attached to every member is refused unless forced on the master', () => {
		const cluster = running();
		cluster.refused('vxdg -g group1 adddisk c4t7d0', /V-5-1-6488 Disk c4t7d0 is not attached to every node of the cluster \(not on jade\)/);
		cluster.ok('vxdg -f adddisk -g group1 disk07=c4t7d0');
		expect(cluster.ok('vxdisk list')).toMatch(/^c4t7d0 +sliced +disk07 +group1 +online shared$/m);
	});

	it('a disk only some nodes reach may go into a shared group while they are the only members; others then cannot join', () => {
		const cluster = testCluster('cvm', 'teal');
		cluster.ok('vxclustadm startnode');
		cluster.ok('vxdg -s init group3 c4t7d0');
		cluster.ok('vxclustadm startnode', 'giga');
		cluster.refused('vxclustadm startnode', /join failed: cannot find disk on slave node \(c4t7d0\)/, 'ruby');
	});

	it('deport on the master, then a private import on one node, then back to shared', () => {
		const cluster = running();
		cluster.ok('vxdg deport group2');
		expect(cluster.ok('vxdg list', 'giga')).not.toMatch(/group2/);
		cluster.ok('vxdg import group2', 'giga');
		expect(cluster.ok('vxdg list', 'giga')).toMatch(/^group2 +enabled +774575420\.1170\.teal$/m);
		expect(cluster.ok('vxdg list', 'jade')).not.toMatch(/group2/);
		cluster.ok('vxdg deport group2', 'giga');
		// A member with a private group of the same name stops a shared import.
		cluster.ok('vxdg init group2 c4t5d0', 'jade');
		cluster.refused(
			'vxdg -s import 774575420.1170.teal',
			/V-5-1-587 Disk group 774575420.1170.teal: import failed: Disk group exists and is imported/,
		);
		cluster.ok('vxdg deport group2', 'jade');
		cluster.ok('vxdg -s import group2');
		expect(cluster.ok('vxdg -s list', 'jade')).toMatch(/^group2 +enabled,shared/m);
	});

	it('a forced import is refused while nodes holding the disks are out of the cluster', () => {
		const cluster = running();
		cluster.ok('vxdg deport group2');
		cluster.ok('hasmit_vxpath fail c4t3d0', 'giga');
		cluster.refused('vxdg -s import group2', /V-5-1-587 Disk group group2: import failed: disks not accessible on giga/);
		cluster.refused('vxdg -s -f import group2', /import failed: disks attached to nodes out of the cluster \(ruby\)/);
		cluster.ok('vxclustadm startnode', 'ruby');
		const forced = cluster.run('vxdg -s -f import group2');
		expect(forced.code).toBe(0);
		expect(forced.stderr).toMatch(/VxVM vxdg WARNING V-5-1-1589 Disk group group2: import forced/);
	});

	it('noautoimport: the master does not import the group when the cluster starts again', () => {
		const cluster = running();
		cluster.ok('vxdg -g group2 set noautoimport=on');
		for (const node of ['jade', 'giga', 'teal']) cluster.ok('vxclustadm stopnode', node);
		cluster.ok('vxclustadm startnode', 'giga');
		expect(cluster.ok('vxdg -s list', 'giga')).not.toMatch(/group2/);
		expect(cluster.ok('vxdg -s list', 'giga')).toMatch(/group1/);
	});

	it('move, split and join: shared with shared on the master, never private with shared', () => {
		const cluster = running();
		cluster.ok('vxdg -s init group3 disk05=c4t5d0');
		cluster.ok('vxdg init privdg disk06=c4t6d0');
		cluster.refused('vxdg move group1 privdg vol1', /V-5-1-2425 Cannot move objects between a private disk group and a shared disk group/);
		cluster.refused('vxdg join privdg group1', /Cannot join disk groups between a private/);
		cluster.refused('vxdg move group2 group3 vol2', /Operation must be executed on master/, 'giga');
		cluster.ok('vxdg move group2 group3 vol2');
		expect(cluster.ok('vxprint -g group3 -ht')).toMatch(/^v {2}vol2 /m);
		cluster.ok('vxdg split group3 group4 vol2');
		expect(cluster.ok('vxdg -s list', 'giga')).toMatch(/^group4 +enabled,shared/m);
		cluster.ok('vxdg join group4 group3');
		expect(cluster.ok('vxdg -s list', 'giga')).not.toMatch(/group4/);
	});
});

describe('bad input changes nothing', () => {
	it('refuses bad names, unknown disks, operations and attributes', () => {
		const cluster = running();
		cluster.refused(
			"vxdg -s init 'bad name' c4t5d0",
			'VxVM vxdg ERROR V-5-1-2110 Invalid name bad name: use up to 31 letters, digits, _ . or -, not starting with - or .',
		);
		cluster.refused('vxdg -s init group3 c9t9d0', 'VxVM vxdg ERROR V-5-1-558 Disk c9t9d0: Disk not in the configuration');
		cluster.refused('vxdg -s init group3 c4t1d0', /V-5-1-6478 Device c4t1d0 is already in disk group group1/);
		cluster.refused('vxdg -s init group3 c4t5d0 c4t5d0', /Device c4t5d0 is already in disk group group3/);
		cluster.refused('vxdg -s init group1 c4t5d0', /V-5-1-585 Disk group group1: cannot create: Disk group exists and is imported/);
		cluster.refused('vxdg frobnicate', /V-5-1-2121 Unrecognized operation: frobnicate/);
		cluster.refused('vxdg -g group1 set colour=blue', /V-5-1-2120 Invalid attribute: colour=blue/);
		cluster.refused('vxdg list nosuchdg', 'VxVM vxdg ERROR V-5-1-607 Disk group nosuchdg: not found');
		cluster.refused('vxassist -g group1 make vol9 lots', /V-5-1-1234 Invalid length: lots/);
		cluster.refused('vxassist -g group1 make vol9 900g layout=mirror', /V-5-1-435 Cannot allocate space for vol9/);
		cluster.refused('vxassist -g group1 make vol1 1g', /V-5-1-2460 Volume vol1 already exists/);
		cluster.refused('vxassist -g group1 make vol9 1g layout=spiral', /Invalid attribute: layout=spiral/);
		cluster.refused('vxplex -g group1 -o rm dis vol1-09', /V-5-1-1245 Plex vol1-09 not found/);
		cluster.refused('vxvol -g group1 set exclusive=maybe vol1', /Invalid attribute: exclusive=maybe/);
		cluster.refused('vxclustadm dance', /Unrecognized operation: dance/);
		cluster.refused('hasmit_vxrelease 9.9', /no VxVM release 9.9/, 'ruby');
	});
});
