/**
 * The LVM rules the cluster events rely on: lazy update and its two
 * caveats, quorum and forced varyon, enhanced concurrent volume groups
 * (active on the owner, passive elsewhere) and quorum loss while running.
 */
import {describe, expect, it} from 'vitest';
import {testCluster, type TestCluster} from './helpers/cluster.js';

const DATAVG = '00c8d7b000004c02';
const SIM = '/usr/lpp/hasmit/bin/hasmit_disk';

function start(c: TestCluster, ...nodes: string[]) {
	for (const node of nodes) c.ok('rc.cluster -N', node);
}
const groupState = (c: TestCluster, node: string) => c.state.resourceGroups.rg_app!.nodes[node];

/** Set a resource-group attribute in every stored configuration (the DCDs, before services start). */
function forcedVaryon(c: TestCluster) {
	c.arrange(state => {
		for (const config of Object.values(state.configs)) config.resourceGroups.rg_app!.resources.forcedVaryon = true;
	});
}

describe('lazy update', () => {
	it('exports and imports a VG whose VGDA changed since the node last saw it, before varying it on', () => {
		const c = testCluster();
		start(c, 'node1', 'node2');
		c.ok('mklv -y lazylv datavg 5', 'node1');
		expect(c.state.nodes.node2!.lvm.volumeGroups.datavg!.lvs).not.toContain('lazylv');
		c.ok('clstop -gr -N', 'node1');
		expect(groupState(c, 'node2')).toBe('ONLINE');
		const log = c.file('node2', '/tmp/hacmp.out');
		expect(log).toMatch(/cl_vgsync: datavg: the ODM timestamp \w{16} differs from the VGDA timestamp \w{16}; exporting and importing datavg./);
		expect(log).toContain('exportvg datavg');
		expect(log).toContain('importvg -V 50 -y datavg hdisk2');
		expect(c.state.nodes.node2!.lvm.volumeGroups.datavg).toMatchObject({major: 50, autoVaryon: false, timestamp: c.state.vgda[DATAVG]!.timestamp});
		expect(c.state.nodes.node2!.lvm.volumeGroups.datavg!.lvs).toContain('lazylv');
	});

	it('is not needed after a C-SPOC change', () => {
		const c = testCluster();
		start(c, 'node1', 'node2');
		c.ok('/usr/es/sbin/cluster/cspoc/cl_mklv -cspoc "-g rg_app" -y cspoclv datavg 5', 'node1');
		c.ok('clstop -gr -N', 'node1');
		expect(groupState(c, 'node2')).toBe('ONLINE');
		expect(c.file('node2', '/tmp/hacmp.out')).not.toContain('cl_vgsync');
	});

	it('caveat 1: after the first disk was replaced, the import reads a PVID the VG no longer has and fails', () => {
		const c = testCluster();
		start(c, 'node1', 'node2');
		c.ok('replacepv hdisk2 hdisk4', 'node1');
		c.ok('clstop -gr -N', 'node1');
		expect(groupState(c, 'node2')).toBe('ERROR');
		const log = c.file('node2', '/tmp/hacmp.out');
		expect(log).toContain('0516-304 getlvodm: Unable to find device id 00c8d7b0a1b2c302 in the Device');
		expect(log).toContain('0516-780 importvg: Unable to import volume group from hdisk2.');
		// Synchronizing the definition through C-SPOC reads a disk the VG has now.
		c.ok('/usr/es/sbin/cluster/cspoc/cl_updatevg -cspoc "-n node2" datavg', 'node2');
		expect(c.state.nodes.node2!.lvm.volumeGroups.datavg!.pvids[0]).toBe('00c8d7b0a1b2c304');
	});

	it('caveat 2: a VG on the LUNs of a multi-LUN RAID device cannot be imported automatically', () => {
		const c = testCluster();
		c.ok(`${SIM} raid array0 hdisk2 hdisk3`);
		start(c, 'node1', 'node2');
		c.ok('mklv -y lunlv datavg 2', 'node1');
		c.ok('clstop -gr -N', 'node1');
		expect(groupState(c, 'node2')).toBe('ERROR');
		expect(c.file('node2', '/tmp/hacmp.out')).toContain(
			'0516-1140 importvg: hdisk2 is one LUN of the multi-LUN RAID device array0; the volume group must be imported by hand.',
		);
	});
});

describe('quorum and forced varyon', () => {
	it('without quorum the group cannot come online unless forced varyon is set', () => {
		const c = testCluster();
		c.ok(`${SIM} fail hdisk2`);
		start(c, 'node1');
		expect(groupState(c, 'node1')).toBe('ERROR');
		expect(c.file('node1', '/tmp/hacmp.out')).toContain('0516-052 varyonvg: Volume group cannot be varied on without a');
	});

	it('forced varyon brings the group online when every partition keeps a good copy', () => {
		const c = testCluster();
		forcedVaryon(c);
		c.ok(`${SIM} fail hdisk2`);
		start(c, 'node1');
		expect(groupState(c, 'node1')).toBe('ONLINE');
		expect(c.file('node1', '/tmp/hacmp.out')).toContain('varyonvg -f -n datavg');
		expect(c.state.nodes.node1!.lvm.mounts['/data']).toBeDefined();
		// The copies on the missing disk are stale until the disk is back and synchronized.
		expect(c.ok('lsvg datavg')).toMatch(/STALE PVs: +1 +STALE PPs: +65/);
		expect(c.ok('lsvg -p datavg')).toMatch(/hdisk2 +missing/);
		c.ok(`${SIM} repair hdisk2`);
		c.ok('syncvg -v datavg');
		expect(c.ok('lsvg datavg')).toMatch(/STALE PVs: +0 +STALE PPs: +0/);
	});

	it('forced varyon is refused, and the group goes to ERROR, when some partition has no good copy', () => {
		const c = testCluster();
		forcedVaryon(c);
		c.ok('/usr/es/sbin/cluster/cspoc/cl_mklv -cspoc "-g rg_app" -y single datavg 4 hdisk2');
		c.ok(`${SIM} fail hdisk2`);
		start(c, 'node1');
		expect(groupState(c, 'node1')).toBe('ERROR');
		expect(c.file('node1', '/tmp/hacmp.out')).toContain(
			'Some logical partitions of datavg have no good copy on an available disk; datavg is not forced on.',
		);
		expect(c.state.nodes.node1!.lvm.varyon.datavg).toBeUndefined();
	});

	it('varyonvg needs a quorum (more than half the VGDAs), or all of them with quorum off, unless forced', () => {
		const c = testCluster();
		c.ok(`${SIM} fail hdisk3`);
		c.ok('varyonvg datavg');
		c.ok('varyoffvg datavg');
		c.ok('/usr/es/sbin/cluster/cspoc/cl_chvg -cspoc "-n node1,node2" -Q n datavg');
		const result = c.run('varyonvg datavg');
		expect(result.stderr).toBe(
			'PV Status:\thdisk2\t00c8d7b0a1b2c302\tPVACTIVE\n\t\thdisk3\t00c8d7b0a1b2c303\tPVMISSING\n0516-052 varyonvg: Volume group cannot be varied on ' +
				'without a\n\tquorum. More physical volumes in the group must be active.\n\tRun diagnostics on inactive PVs.\n',
		);
		c.ok('varyonvg -f datavg');
	});

	it('a running VG that loses its quorum is closed and its file systems go', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		c.ok('mount /data');
		expect(c.ok(`${SIM} fail hdisk2`)).toBe(
			'hdisk2 has failed: it answers no I/O.\nnode1: LVM_SA_QUORCLOSE: datavg lost its quorum of VGDAs and was closed; its file systems are no ' +
				'longer mounted.\n',
		);
		expect(c.state.nodes.node1!.lvm.varyon.datavg).toBeUndefined();
		expect(c.state.nodes.node1!.lvm.mounts['/data']).toBeUndefined();
	});
});

describe('losing and getting back a disk', () => {
	it('with quorum off a running VG stays on while any VGDA copy answers; varyonvg again resynchronizes', () => {
		const c = testCluster();
		c.ok('/usr/es/sbin/cluster/cspoc/cl_chvg -cspoc "-n node1,node2" -Q n datavg');
		c.ok('varyonvg datavg');
		c.ok('mount /data');
		expect(c.ok(`${SIM} fail hdisk2`)).toBe('hdisk2 has failed: it answers no I/O.\n');
		expect(c.state.nodes.node1!.lvm.mounts['/data']).toBeDefined();
		expect(c.ok('lsvg -l datavg')).toMatch(/datalv +jfs2 +64 +128 +2 +open\/stale/);
		c.ok(`${SIM} repair hdisk2`);
		// Still stale: nothing has copied the partitions back yet.
		expect(c.ok('lslv datalv')).toMatch(/STALE PPs: +64/);
		c.ok('varyonvg datavg');
		expect(c.ok('lslv datalv')).toMatch(/STALE PPs: +0/);
	});

	it('syncvg cannot synchronize from a copy that is itself missing', () => {
		const c = testCluster();
		c.ok('/usr/es/sbin/cluster/cspoc/cl_chvg -cspoc "-n node1,node2" -Q n datavg');
		c.ok('varyonvg datavg');
		c.ok(`${SIM} fail hdisk2`);
		c.ok(`${SIM} repair hdisk2`);
		c.ok(`${SIM} fail hdisk3`);
		const result = c.run('syncvg -l datalv');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('0516-932 /usr/sbin/syncvg: Unable to synchronize volume group datavg.');
	});
});

describe('enhanced concurrent volume groups', () => {
	it('a passive node can neither mount nor change the VG', () => {
		const c = testCluster();
		c.ok('varyonvg -c hbvg');
		c.ok('varyonvg -c -P hbvg', 'node2');
		c.ok('mklv -y hblv -t jfs2 hbvg 2');
		c.ok('crfs -v jfs2 -d hblv -m /hb');
		expect(c.state.nodes.node2!.lvm.volumeGroups.hbvg!.lvs).toContain('hblv');
		expect(c.run('mount /hb', 'node2').stderr).toMatch(/0506-324 Cannot mount \/dev\/hblv on \/hb/);
		expect(c.run('rmlv -f hblv', 'node2').stderr).toMatch(/0516-1616 rmlv: hbvg is varied on in passive mode on node2/);
	});

	it('are active on the owning node and passive elsewhere, and a takeover needs no disk reservation to be broken', () => {
		const c = testCluster();
		c.ok('/usr/es/sbin/cluster/cspoc/cl_chvg -cspoc "-g rg_app" -C datavg');
		start(c, 'node1', 'node2');
		expect(c.state.nodes.node1!.lvm.varyon.datavg).toBe('concurrent-active');
		expect(c.state.nodes.node2!.lvm.varyon.datavg).toBe('concurrent-passive');
		// gsclvmd passes a change made on the active node to the passive one: no lazy update later.
		c.ok('mklv -y ecmlv datavg 2', 'node1');
		expect(c.state.nodes.node2!.lvm.volumeGroups.datavg!.lvs).toContain('ecmlv');
		c.ok('clstop -gr -N', 'node1');
		expect(groupState(c, 'node2')).toBe('ONLINE');
		expect(c.state.nodes.node2!.lvm.varyon.datavg).toBe('concurrent-active');
		expect(c.file('node2', '/tmp/hacmp.out')).not.toContain('cl_vgsync');
	});
});
