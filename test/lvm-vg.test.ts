import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

const CS = '/usr/es/sbin/cluster/cspoc';
const both = '-cspoc "-n node1,node2"';
const vgOf = (c: ReturnType<typeof testCluster>, node: string, name: string) => c.state.nodes[node]!.lvm.volumeGroups[name];

/** A failed command leaves the state exactly as it was. */

describe('mkvg and cl_mkvg', () => {
	it('mkvg creates, imports on the local node only, and varies on', () => {
		const c = testCluster();
		expect(c.ok('mkvg -y appvg -s 64 hdisk4')).toBe('appvg\n');
		const imported = vgOf(c, 'node1', 'appvg')!;
		expect(imported.major).toBe(39);
		expect(c.state.nodes.node1!.lvm.varyon.appvg).toBe('active');
		expect(vgOf(c, 'node2', 'appvg')).toBeUndefined();
		expect(c.ok('lspv', 'node2')).toMatch(/hdisk4 +00c8d7b0a1b2c304 +None/);
		expect(c.ok('lspv')).toMatch(/hdisk4 +00c8d7b0a1b2c304 +appvg +active/);
	});

	it('mkvg picks a partition size that keeps every disk within 1016 partitions, and refuses one that does not', () => {
		const c = testCluster();
		c.ok('mkvg -y appvg hdisk4');
		expect(c.ok('lsvg appvg')).toMatch(/PP SIZE: +64 megabyte\(s\)/);
		c.refused(
			'mkvg -y smallvg -s 4 hdisk5',
			/0516-1162 mkvg: Warning, The Physical Partition Size of 4 requires the\n\tcreation of 9215 partitions for hdisk5/,
		);
		expect(c.ok('mkvg -y bigvg -s 4 -t 16 hdisk5')).toBe('bigvg\n');
	});

	it('cl_mkvg defines the VG on every node with one major number, automatic varyon off, varied off', () => {
		const c = testCluster();
		const out = c.ok(`${CS}/cl_mkvg ${both} -s 64 -y appvg -C hdisk4 hdisk5`);
		expect(out).toBe('node1: appvg\nnode2: appvg\n');
		for (const node of ['node1', 'node2']) {
			expect(vgOf(c, node, 'appvg')).toMatchObject({major: 39, autoVaryon: false, pvids: ['00c8d7b0a1b2c304', '00c8d7b0a1b2c305']});
			expect(c.state.nodes[node]!.lvm.varyon.appvg).toBeUndefined();
		}
		expect(c.state.vgda[vgOf(c, 'node1', 'appvg')!.vgid]!.concurrent).toBe(true);
		expect(c.file('node1', '/tmp/cspoc.log')).toContain("cl_mkvg -cspoc '-n node1,node2' -s 64 -y appvg -C hdisk4 hdisk5");
	});

	it('takes the lowest major number free on every chosen node', () => {
		const c = testCluster();
		c.ok('mkvg -y localvg hdisk6', 'node2');
		expect(vgOf(c, 'node2', 'localvg')!.major).toBe(39);
		c.ok(`${CS}/cl_mkvg ${both} -y appvg hdisk4`);
		expect(vgOf(c, 'node1', 'appvg')!.major).toBe(40);
		expect(c.ok('lvlstmajor', 'node2')).toBe('41...49,52...\n');
	});

	it('refuses a VG name used on any node, a major number in use on any node, a disk in a VG or not seen by a node', () => {
		const c = testCluster();
		c.ok('mkvg -y localvg hdisk6', 'node2');
		c.refused(`${CS}/cl_mkvg ${both} -y localvg hdisk4`, /0516-360 getlvodm: The device name is already used/);
		c.refused(`${CS}/cl_mkvg ${both} -y datalv hdisk4`, /The name datalv is already used by another device/);
		c.refused(`${CS}/cl_mkvg ${both} -V 39 -y appvg hdisk4`, /0516-1135 cl_mkvg: The major number 39 is already in use on node2/);
		c.refused(
			`${CS}/cl_mkvg ${both} -y appvg hdisk2`,
			/0516-1398 mkvg: The physical volume hdisk2, appears to belong to\n.*another volume group \(datavg\)/,
		);
		c.arrange(state => void delete state.disks['00c8d7b0a1b2c305']!.paths.node2);
		c.refused(`${CS}/cl_mkvg ${both} -y appvg hdisk5`, /cl_mkvg: The disk hdisk5 \(PVID 00c8d7b0a1b2c305\) is not seen by node2/);
		c.refused(`${CS}/cl_mkvg ${both} -y appvg hdisk9`, /0516-1396 mkvg: The physical volume hdisk9, was not found/);
	});

	it('prints Usage on a bad flag', () => {
		const c = testCluster();
		const result = c.run('mkvg -q hdisk4');
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(
			'mkvg: Not a recognized flag: q\nUsage: mkvg [-B] [-C] [-f] [-n] [-s Size] [-t Factor] [-V MajorNumber] [-y VolumeGroup] PhysicalVolume ...\n',
		);
		expect(c.run(`${CS}/cl_mkvg -z`).stderr).toContain('Usage: cl_mkvg [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"]');
	});
});

describe('extendvg, reducevg, chvg', () => {
	it('C-SPOC adds a disk and every node learns it; a plain extendvg leaves the other node stale', () => {
		const c = testCluster();
		c.ok(`${CS}/cl_extendvg ${both} datavg hdisk4`);
		expect(vgOf(c, 'node2', 'datavg')!.pvids).toContain('00c8d7b0a1b2c304');
		c.ok('varyonvg datavg');
		c.ok('extendvg datavg hdisk5');
		expect(vgOf(c, 'node1', 'datavg')!.pvids).toContain('00c8d7b0a1b2c305');
		expect(vgOf(c, 'node2', 'datavg')!.pvids).not.toContain('00c8d7b0a1b2c305');
		expect(vgOf(c, 'node2', 'datavg')!.timestamp).not.toBe(c.state.vgda[vgOf(c, 'node2', 'datavg')!.vgid]!.timestamp);
	});

	it('refuses to remove a disk with partitions (without -d) or the last disk', () => {
		const c = testCluster();
		c.refused(`${CS}/cl_reducevg ${both} datavg hdisk3`, /0516-016 ldeletepv: Cannot delete physical volume with allocated/);
		c.ok(`${CS}/cl_mkvg ${both} -y appvg hdisk4`);
		c.refused(`${CS}/cl_reducevg ${both} appvg hdisk4`, /0516-884 reducevg: Unable to remove the last physical volume of appvg/);
	});

	it('reducevg -d drops the copies on the disk and keeps the mirrored LVs', () => {
		const c = testCluster();
		c.ok(`${CS}/cl_reducevg ${both} -d datavg hdisk3`);
		const vg = c.state.vgda[vgOf(c, 'node1', 'datavg')!.vgid]!;
		expect(vg.pvids).toEqual(['00c8d7b0a1b2c302']);
		expect(vg.lvs.datalv!.copies).toHaveLength(1);
		expect(c.state.disks['00c8d7b0a1b2c303']!.vgid).toBeUndefined();
	});

	it('chvg -a is per node (ODM), -Q changes the VGDA', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		c.ok('chvg -a y datavg');
		expect(vgOf(c, 'node1', 'datavg')!.autoVaryon).toBe(true);
		expect(vgOf(c, 'node2', 'datavg')!.autoVaryon).toBe(false);
		const stamp = c.state.vgda['00c8d7b000004c02']!.timestamp;
		expect(c.ok('chvg -Q n datavg')).toBe('0516-1804 chvg: The quorum change takes effect immediately.\n');
		expect(c.state.vgda['00c8d7b000004c02']!.quorum).toBe(false);
		expect(c.state.vgda['00c8d7b000004c02']!.timestamp > stamp).toBe(true);
		expect(c.ok('lsvg datavg')).toMatch(/QUORUM: +1 \(Disabled\)/);
	});

	it('changes need the VG varied on here, and not in passive mode', () => {
		const c = testCluster();
		c.refused('chvg -Q n datavg', /0516-010 chvg: Volume group must be varied on; use varyonvg command./);
		c.ok('varyonvg -c -P hbvg');
		c.refused('mklv -y x hbvg 1', /0516-1616 mklv: hbvg is varied on in passive mode on node1/);
	});
});

describe('varyonvg and varyoffvg', () => {
	it('reserves the disks: the other node cannot vary the VG on, nor change it through C-SPOC from outside', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		c.refused('varyonvg datavg', /0516-1775 varyonvg: The disks of datavg are reserved by node1/, 'node2');
		c.refused(`${CS}/cl_mklv -cspoc "-n node2" -y x datavg 1`, /Volume group datavg is varied on on node1, which is not among the nodes node2/);
		expect(c.ok(`${CS}/cl_mklv ${both} -y x datavg 1`)).toBe('node1: x\n');
	});

	it('varies an enhanced concurrent VG on active on one node and passive on the other', () => {
		const c = testCluster();
		c.ok('varyonvg -c hbvg');
		c.ok('varyonvg -c -P hbvg', 'node2');
		expect(c.ok('lsvg hbvg', 'node2')).toMatch(/VG PERMISSION: +passive-only/);
		expect(c.ok('lsvg hbvg')).toMatch(/Concurrent: +Enhanced-Capable +Auto-Concurrent: Disabled\nVG Mode: +Concurrent/);
		c.refused('varyonvg -c datavg', /0516-1319 varyonvg: datavg is not concurrent capable/);
	});

	it('refuses to vary off while a file system is mounted', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		c.ok('mount /data');
		c.refused('varyoffvg datavg', /0516-012 lvaryoffvg: Logical volume must be closed/);
		c.ok('umount /data');
		c.ok('varyoffvg datavg');
	});
});

describe('importvg, exportvg, cl_importvg, cl_updatevg', () => {
	it('importvg without -y makes up a name and takes the lowest free major; with -V and -y it is what the procedure needs', () => {
		const c = testCluster();
		c.ok('exportvg datavg', 'node2');
		expect(c.state.nodes.node2!.lvm.filesystems['/data']).toBeUndefined();
		expect(c.ok('importvg hdisk2', 'node2')).toBe('vg00\n');
		expect(vgOf(c, 'node2', 'vg00')!.major).toBe(39);
		c.ok('varyoffvg vg00', 'node2');
		c.ok('exportvg vg00', 'node2');
		c.refused('importvg -V 51 -y datavg hdisk2', /0516-1135 importvg: The major number 51 is already in use on node2/, 'node2');
		expect(c.ok('importvg -V 50 -y datavg hdisk3', 'node2')).toBe('datavg\n');
		expect(c.state.nodes.node2!.lvm.filesystems['/data']).toMatchObject({dev: '/dev/datalv', log: '/dev/dataloglv', mount: 'false'});
		expect(c.state.nodes.node2!.lvm.varyon.datavg).toBe('active');
	});

	it('exportvg refuses a varied-on VG', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		c.refused('exportvg datavg', /0516-764 exportvg: The volume group must be varied off before exporting./);
	});

	it('cl_importvg imports on the nodes that lack the VG, with the major number it has elsewhere', () => {
		const c = testCluster();
		c.ok('mkvg -y appvg hdisk4');
		c.ok('varyoffvg appvg');
		expect(c.ok(`${CS}/cl_importvg ${both} -y appvg hdisk4`)).toBe(
			'node1: importvg: appvg is already defined on node1; it is left as it is.\nnode2: appvg\n',
		);
		expect(vgOf(c, 'node1', 'appvg')!.major).toBe(39);
		expect(vgOf(c, 'node2', 'appvg')).toMatchObject({major: 39, autoVaryon: false});
	});

	it('cl_importvg names the VG a node already has under another name', () => {
		const c = testCluster();
		expect(c.ok(`${CS}/cl_importvg -cspoc "-n node2" -y appvg hdisk2`)).toBe(
			'node2: importvg: The volume group on hdisk2 is already defined on node2 as datavg; it is left as it is.\n',
		);
		expect(vgOf(c, 'node2', 'appvg')).toBeUndefined();
	});

	it('cl_updatevg imports the VG where it is missing, printing and logging its name once', () => {
		const c = testCluster();
		c.ok('mkvg -y appvg hdisk4');
		c.ok('varyoffvg appvg');
		expect(c.ok(`${CS}/cl_updatevg ${both} appvg`)).toBe(
			'node1: importvg -L appvg hdisk4\nnode1: appvg\nnode2: importvg -V 39 -y appvg hdisk4\nnode2: appvg\n',
		);
		expect(c.file('node1', '/tmp/cspoc.log')).toContain('node1: node2: importvg -V 39 -y appvg hdisk4\nNov 21 12:00:00 node1: node2: appvg\n');
	});

	it('cl_updatevg brings a stale node up to the VGDA', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		c.ok('mklv -y newlv -t jfs2 datavg 4');
		c.ok('crfs -v jfs2 -d newlv -m /new');
		expect(vgOf(c, 'node2', 'datavg')!.lvs).not.toContain('newlv');
		const out = c.ok(`${CS}/cl_updatevg ${both} datavg`);
		expect(out).toContain('node2: importvg -L datavg hdisk2');
		expect(vgOf(c, 'node2', 'datavg')!.lvs).toContain('newlv');
		expect(vgOf(c, 'node2', 'datavg')!.timestamp).toBe(c.state.vgda['00c8d7b000004c02']!.timestamp);
		expect(c.state.nodes.node2!.lvm.filesystems['/new']).toMatchObject({dev: '/dev/newlv', mount: 'false'});
	});
});

describe('mirrorvg, unmirrorvg, replacepv', () => {
	it('mirrorvg adds a copy to every LV on other disks and turns quorum off unless -Q', () => {
		const c = testCluster();
		c.ok(`${CS}/cl_mkvg ${both} -y appvg hdisk4 hdisk5`);
		c.ok(`${CS}/cl_mklv ${both} -y a1 appvg 10 hdisk4`);
		c.ok(`${CS}/cl_mklv ${both} -y a2 appvg 5 hdisk4`);
		expect(c.ok(`${CS}/cl_mirrorvg ${both} appvg`)).toBe('node1: 0516-1804 chvg: The quorum change takes effect immediately.\n');
		const vg = c.state.vgda[vgOf(c, 'node1', 'appvg')!.vgid]!;
		expect(vg.quorum).toBe(false);
		for (const lv of [vg.lvs.a1!, vg.lvs.a2!]) {
			expect(lv.copies.map(copy => copy.map(e => e.pvid))).toEqual([['00c8d7b0a1b2c304'], ['00c8d7b0a1b2c305']]);
			expect(lv.copies[1]!.some(e => e.stale)).toBe(false);
		}
		c.refused(`${CS}/cl_mirrorvg ${both} appvg`, /0516-1118 mirrorvg: No logical volumes in volume group to mirror./);
		c.ok(`${CS}/cl_unmirrorvg ${both} appvg hdisk4`);
		expect(vg.lvs.a1).toBeDefined();
		const after = c.state.vgda[vgOf(c, 'node1', 'appvg')!.vgid]!;
		expect(after.lvs.a1!.copies.map(copy => copy[0]!.pvid)).toEqual(['00c8d7b0a1b2c305']);
	});

	it("replacepv moves a disk's partitions to a free disk, which takes its place in the VG", () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		c.ok('replacepv hdisk2 hdisk4');
		const vg = c.state.vgda['00c8d7b000004c02']!;
		expect(vg.pvids).toEqual(['00c8d7b0a1b2c304', '00c8d7b0a1b2c303']);
		expect(vg.lvs.datalv!.copies[0]![0]!.pvid).toBe('00c8d7b0a1b2c304');
		expect(c.state.disks['00c8d7b0a1b2c302']!.vgid).toBeUndefined();
		expect(vgOf(c, 'node1', 'datavg')!.pvids[0]).toBe('00c8d7b0a1b2c304');
		expect(vgOf(c, 'node2', 'datavg')!.pvids[0]).toBe('00c8d7b0a1b2c302');
	});
});
