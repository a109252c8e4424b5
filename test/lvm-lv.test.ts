import {describe, expect, it} from 'vitest';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {strictHolds} from '../src/cluster/lvm-lv.js';

const CS = '/usr/es/sbin/cluster/cspoc';
const both = '-cspoc "-n node1,node2"';
const DATAVG = '00c8d7b000004c02';
const datavg = (c: TestCluster) => c.state.vgda[DATAVG]!;

describe('mklv', () => {
	it('cl_mklv makes the LV where the VG is varied on and every node learns it in the same step', () => {
		const c = testCluster();
		c.ok('varyonvg datavg', 'node2');
		expect(c.ok(`${CS}/cl_mklv ${both} -y applv -t jfs2 datavg 10`)).toBe('node2: applv\n');
		for (const node of ['node1', 'node2']) {
			const imported = c.state.nodes[node]!.lvm.volumeGroups.datavg!;
			expect(imported.lvs).toContain('applv');
			expect(imported.timestamp).toBe(datavg(c).timestamp);
		}
		expect(c.state.nodes.node2!.lvm.varyon.datavg).toBe('active');
	});

	it('cl_mklv on a VG varied on nowhere varies it on for the change and off again', () => {
		const c = testCluster();
		c.ok(`${CS}/cl_mklv ${both} -y applv datavg 10`);
		expect(c.state.nodes.node1!.lvm.varyon.datavg).toBeUndefined();
		expect(datavg(c).lvs.applv!.lps).toBe(10);
	});

	it('a plain mklv changes the VGDA and the local ODM only: the other node is stale', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		const before = c.state.nodes.node2!.lvm.volumeGroups.datavg!.timestamp;
		expect(c.ok('mklv -t jfs2 datavg 3')).toBe('lv00\n');
		expect(c.state.nodes.node1!.lvm.volumeGroups.datavg!.lvs).toContain('lv00');
		expect(c.state.nodes.node2!.lvm.volumeGroups.datavg!.lvs).not.toContain('lv00');
		expect(c.state.nodes.node2!.lvm.volumeGroups.datavg!.timestamp).toBe(before);
		expect(datavg(c).timestamp).not.toBe(before);
	});

	it('places strict copies on separate disks and the PP map in the outer middle region', () => {
		const c = testCluster();
		c.ok(`${CS}/cl_mkvg ${both} -y appvg hdisk4 hdisk5 hdisk6`);
		c.ok(`${CS}/cl_mklv ${both} -y m3 -c 3 appvg 20`);
		const vg = c.state.vgda[c.state.nodes.node1!.lvm.volumeGroups.appvg!.vgid]!;
		const lv = vg.lvs.m3!;
		expect(lv.copies.map(copy => copy.map(e => [e.pvid.slice(-2), e.first, e.pps]))).toEqual([
			[['04', 116, 20]],
			[['05', 116, 20]],
			[['06', 116, 20]],
		]);
		expect(strictHolds(lv, 'y')).toBe(true);
	});

	it('refuses more copies than disks when strict, an LV larger than the free partitions, a name in use', () => {
		const c = testCluster();
		c.refused(
			`${CS}/cl_mklv ${both} -y x -c 3 datavg 2`,
			/0516-404 allocp: This system cannot fulfill the allocation request.[\s\S]*0516-822 mklv: Unable to create logical volume./,
		);
		c.refused(`${CS}/cl_mklv ${both} -y x datavg 1100`, /0516-404 allocp/);
		c.refused(`${CS}/cl_mklv ${both} -y hd4 datavg 1`, /0516-360 getlvodm: The device name is already used/);
		c.refused(`${CS}/cl_mklv ${both} -y hdisk5 datavg 1`, /The name hdisk5 is already used by another device/);
		// Not strict: two copies may share the one disk left with room.
		c.ok(`${CS}/cl_mklv ${both} -y loose -s n -c 2 datavg 2 hdisk2`);
		expect(datavg(c).lvs.loose!.copies.map(copy => copy[0]!.pvid)).toEqual(['00c8d7b0a1b2c302', '00c8d7b0a1b2c302']);
	});

	it('rejects bad operands with the Usage text', () => {
		const c = testCluster();
		const result = c.run(`${CS}/cl_mklv ${both} -c 4 datavg 2`);
		expect(result.stderr).toMatch(/0516-1127 mklv: The number of copies must be 1, 2 or 3./);
		expect(c.run('mklv datavg').stderr).toMatch(/^Usage: mklv \[-a Position\]/);
		expect(c.run('mklv -y a datavg many').stderr).toMatch(/mklv: The number of logical partitions must be a number greater than 0, not many./);
	});
});

describe('extendlv, chlv, rmlv', () => {
	it('extendlv grows every copy and stops at the maximum', () => {
		const c = testCluster();
		c.ok(`${CS}/cl_extendlv ${both} datalv 10`);
		expect(datavg(c).lvs.datalv!.lps).toBe(74);
		expect(datavg(c).lvs.datalv!.copies.map(copy => copy.reduce((n, e) => n + e.pps, 0))).toEqual([74, 74]);
		c.refused(`${CS}/cl_extendlv ${both} datalv 500`, /node1: 0516-787 extendlv: Maximum allocation for logical volume datalv\nnode1: \tis 512./);
	});

	it("renames a closed LV and every node's /etc/filesystems follows; an open one is refused", () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		c.ok('mount /data');
		c.refused(`${CS}/cl_chlv ${both} -n newname datalv`, /Unable to rename logical volume datalv: it is open/);
		c.ok('umount /data');
		c.ok(`${CS}/cl_chlv ${both} -n newname datalv`);
		for (const node of ['node1', 'node2']) expect(c.state.nodes[node]!.lvm.filesystems['/data']!.dev).toBe('/dev/newname');
		expect(datavg(c).filesystems['/data']!.lv).toBe('newname');
	});

	it('refuses to remove an LV whose file system is mounted, anywhere', () => {
		const c = testCluster();
		c.ok('varyonvg datavg', 'node2');
		c.ok('mount /data', 'node2');
		c.refused(
			`${CS}/cl_rmlv ${both} datalv`,
			new RegExp(
				/node2: 0516-076 lreducelv: Cannot remove last partition of an open logical volume.\n/.source +
					/node2: 0516-912 rmlv: Unable to remove logical volume datalv./.source,
			),
		);
		c.ok('umount /data', 'node2');
		expect(c.ok(`${CS}/cl_rmlv ${both} datalv`)).toBe('node2: rmlv: Logical volume datalv is removed.\n');
		expect(c.state.nodes.node1!.lvm.filesystems['/data']).toBeUndefined();
	});

	it('rmlv asks first unless -f', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		c.ok('mklv -y scratch datavg 1');
		c.refused('rmlv scratch', /rmlv: Logical volume scratch is not removed./);
		expect(c.ok('echo y | rmlv scratch')).toBe(
			'Warning, all data contained on logical volume scratch will be destroyed.\nrmlv: Do you wish to continue? y(es) n(o)? \nrmlv: Logical volume ' +
				'scratch is removed.\n',
		);
	});
});

describe('copies, stale partitions and syncvg', () => {
	it('mklvcopy adds a stale copy that syncvg synchronizes; -k synchronizes at once', () => {
		const c = testCluster();
		c.ok(`${CS}/cl_extendvg ${both} datavg hdisk4`);
		c.ok('varyonvg datavg');
		c.ok('mklvcopy datalv 3');
		expect(c.ok('lslv datalv')).toMatch(/STALE PPs: +64/);
		expect(c.ok('lsvg -l datavg')).toMatch(/datalv +jfs2 +64 +192 +3 +closed\/stale/);
		c.ok('syncvg -l datalv');
		expect(c.ok('lslv datalv')).toMatch(/STALE PPs: +0/);
		c.ok('rmlvcopy datalv 2 hdisk4');
		expect(
			datavg(c)
				.lvs.datalv!.copies.flat()
				.some(e => e.pvid === '00c8d7b0a1b2c304'),
		).toBe(false);
		c.ok('mklvcopy -k dataloglv 3');
		expect(datavg(c).lvs.dataloglv!.copies[2]![0]!.stale).toBeUndefined();
	});

	it('lslv shows the attributes, the map and the disks', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		const show = c.ok('lslv datalv');
		expect(show).toContain('LOGICAL VOLUME:     datalv                 VOLUME GROUP:   datavg');
		expect(show).toContain('LV IDENTIFIER:      00c8d7b000004c02.2     PERMISSION:     read/write');
		expect(show).toContain('MIRROR WRITE CONSISTENCY: on/ACTIVE');
		expect(show).toContain('EACH LP COPY ON A SEPARATE PV ?: yes');
		const map = c.ok('lslv -m datalv').split('\n');
		expect(map.slice(0, 3)).toEqual([
			'datalv:/data',
			'LP    PP1  PV1               PP2  PV2               PP3  PV3',
			'0001  0002 hdisk2            0002 hdisk3',
		]);
		expect(c.ok('lslv -l dataloglv')).toContain('hdisk2            001:000:000');
	});

	it('splitlvcopy needs a closed, mirrored LV', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		c.ok('mount /data');
		c.refused('splitlvcopy -y newlv datalv 1', /0516-1258 splitlvcopy: Logical volume datalv must be closed./);
		c.ok('umount /data');
		expect(c.ok('splitlvcopy -y newlv datalv 1')).toBe('newlv\n');
		c.refused('splitlvcopy -y other datalv 1', /only a mirrored logical volume can be split/);
		expect(datavg(c).lvs.newlv!.copies).toHaveLength(1);
		expect(datavg(c).lvs.newlv!.copies[0]![0]!.pvid).toBe('00c8d7b0a1b2c303');
	});
});
