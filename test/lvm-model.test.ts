import {describe, expect, it} from 'vitest';
import {produce} from 'immer';
import {hasQuorum, quorumNeeded, totalPps, touchVgda, vgdaCopies, type PhysicalDisk, type VolumeGroupOnDisk} from '../src/cluster/lvm.js';
import {distribution, ppMaps, regions} from '../src/cluster/lvm-space.js';
import {majorRanges} from '../src/cluster/lvm-odm.js';
import {checkInvariants} from '../src/cluster/invariants.js';
import type {ClusterState} from '../src/cluster/state.js';
import {testCluster} from './helpers/cluster.js';

const vgOn = (pvids: string[]): VolumeGroupOnDisk => ({
	vgid: 'v',
	name: 'vg',
	ppSizeMb: 64,
	pvids,
	quorum: true,
	concurrent: false,
	timestamp: '',
	lvs: {},
	filesystems: {},
	maxLvs: 256,
	factor: 1,
	maxPvs: 32,
});
const disks = (failed: string[]): Record<string, PhysicalDisk> =>
	Object.fromEntries(['a', 'b', 'c', 'd'].map(p => [p, {pvid: p, sizeMb: 36864, paths: {n: p}, failed: failed.includes(p)}]));

describe('VGDA copies and quorum', () => {
	it('places VGDA copies by the AIX rule: 2 on one disk, 2+1 on two, one each on three or more', () => {
		expect([vgdaCopies(1, 0)]).toEqual([2]);
		expect([vgdaCopies(2, 0), vgdaCopies(2, 1)]).toEqual([2, 1]);
		expect([0, 1, 2].map(i => vgdaCopies(3, i))).toEqual([1, 1, 1]);
		expect([0, 1, 2, 3].map(i => vgdaCopies(4, i))).toEqual([1, 1, 1, 1]);
	});
	it('needs strictly more than half of the copies (50% + 1)', () => {
		expect(quorumNeeded(2)).toBe(2);
		expect(quorumNeeded(3)).toBe(2);
		expect(quorumNeeded(4)).toBe(3);
		expect(hasQuorum(vgOn(['a']), disks(['a']))).toEqual({good: 0, total: 2, quorum: false});
		expect(hasQuorum(vgOn(['a', 'b']), disks(['a']))).toEqual({good: 1, total: 3, quorum: false});
		expect(hasQuorum(vgOn(['a', 'b']), disks(['b']))).toEqual({good: 2, total: 3, quorum: true});
		expect(hasQuorum(vgOn(['a', 'b', 'c']), disks(['c']))).toEqual({good: 2, total: 3, quorum: true});
		expect(hasQuorum(vgOn(['a', 'b', 'c']), disks(['b', 'c']))).toEqual({good: 1, total: 3, quorum: false});
		expect(hasQuorum(vgOn(['a', 'b', 'c', 'd']), disks(['c', 'd']))).toEqual({good: 2, total: 4, quorum: false});
	});
	it('counts a disk the node does not see as missing', () => {
		const all = disks([]);
		delete all.a!.paths.n;
		expect(hasQuorum(vgOn(['a', 'b']), all, 'n').quorum).toBe(false);
	});
});

describe('partitions and regions', () => {
	it('divides a disk into five regions, the edges taking the remainder', () => {
		expect(regions(575).map(([a, b]) => b - a + 1)).toEqual([115, 115, 115, 115, 115]);
		expect(regions(542).map(([a, b]) => b - a + 1)).toEqual([109, 108, 108, 108, 109]);
		expect(totalPps({pvid: 'x', sizeMb: 36864, paths: {}}, 64)).toBe(575);
	});
	it('shows the sample datavg as lspv would', () => {
		const {state} = testCluster();
		const datavg = state.vgda['00c8d7b000004c02']!;
		const map = ppMaps(state, datavg).get('00c8d7b0a1b2c302')!;
		expect(distribution(map, false)).toBe('50..115..115..115..115');
		expect(checkInvariants(state)).toEqual([]);
	});
	it('lspv -p shows a disk in runs of used and free partitions, with the LV on each', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		c.ok('mklv -y a datavg 3');
		c.ok('mklv -y b -t jfs2 datavg 2');
		c.ok('rmlv -f a');
		expect(c.ok('lspv -p hdisk2')).toBe(
			[
				'hdisk2:',
				'PP RANGE  STATE   LV NAME             TYPE       MOUNT POINT',
				'     1-1  used    dataloglv           jfs2log    N/A',
				'    2-65  used    datalv              jfs2       /data',
				'  66-118  free',
				' 119-120  used    b                   jfs2       N/A',
				' 121-575  free',
				'',
			].join('\n'),
		);
	});
	it('prints free major numbers as lvlstmajor does', () => {
		expect(majorRanges([39, 40, 41, 49, 52, 53, 54])).toBe('39...41,49,52...');
	});
});

describe('VGDA timestamps', () => {
	it('move forward with the clock, and still move when the clock has not', () => {
		// A copy of its own: the committed state is frozen.
		const state = structuredClone(testCluster().session.state);
		const vg = state.vgda['00c8d7b000004c02']!;
		const before = vg.timestamp;
		touchVgda(state, vg);
		const second = vg.timestamp;
		touchVgda(state, vg);
		expect(second > before).toBe(true);
		expect(vg.timestamp > second).toBe(true);
		state.clock += 5000;
		touchVgda(state, vg);
		expect(vg.timestamp.slice(0, 8)).toBe(
			Math.floor(state.clock / 1000)
				.toString(16)
				.padStart(8, '0'),
		);
	});
});

describe('LVM invariants', () => {
	const broken = (change: (c: ReturnType<typeof testCluster>) => void) => {
		const c = testCluster();
		const state = structuredClone(c.session.state);
		c.session.state = state;
		change(c);
		return checkInvariants(c.session.state);
	};
	const datalv = (c: ReturnType<typeof testCluster>) => c.session.state.vgda['00c8d7b000004c02']!.lvs.datalv!;

	it('catches partitions used twice, beyond the disk, or off the VG', () => {
		expect(broken(c => (datalv(c).copies[0]![0]!.first = 1))).toContain('partition 1 of 00c8d7b0a1b2c302 is used twice in datavg');
		expect(broken(c => (datalv(c).copies[0]![0]!.first = 560))).toContain(
			'datalv of datavg uses partitions 560-623 of 00c8d7b0a1b2c302, which has 575',
		);
		expect(broken(c => (datalv(c).copies[0]![0]!.pvid = '00c8d7b0a1b2c304'))).toContain(
			'datalv of datavg uses disk 00c8d7b0a1b2c304, which is not in the volume group',
		);
	});

	it('catches copies that are not strict, too many copies, and copies that do not cover the LV', () => {
		expect(broken(c => (datalv(c).copies[1]![0]! = {pvid: '00c8d7b0a1b2c302', first: 100, pps: 64}))).toContain(
			'the copies of datalv of datavg are not on separate disks, as its strictness requires',
		);
		expect(broken(c => datalv(c).copies.push([], [])).some(p => p.includes('datalv of datavg has 4 copies'))).toBe(true);
		expect(broken(c => (datalv(c).lps = 70))).toContain('a copy of datalv of datavg maps 64 partitions for 70');
	});

	it('catches a disk in two VGs, a shared major number, and an LV defined twice on a node', () => {
		expect(broken(c => c.session.state.vgda['00c8d7b000004c01']!.pvids.push('00c8d7b0a1b2c302'))).toContain(
			'disk 00c8d7b0a1b2c302 is in both hbvg and datavg',
		);
		expect(broken(c => (c.session.state.nodes.node2!.lvm.volumeGroups.hbvg!.major = 50))).toContain('datavg and hbvg share major number 50 on node2');
		expect(broken(c => c.session.state.nodes.node1!.lvm.volumeGroups.hbvg!.lvs.push('datalv'))).toContain(
			'logical volume datalv is in both hbvg and datavg on node1',
		);
	});

	it('checks a state made from one that kept the rules as a whole check does: a changed node against the others', () => {
		const c = testCluster();
		const mountData = (state: ClusterState, node: string) => {
			state.nodes[node]!.lvm.varyon.datavg = 'active';
			state.nodes[node]!.lvm.mounts['/data'] = {dev: '/dev/datalv', vfs: 'jfs2', options: 'rw,log=/dev/dataloglv', at: state.clock};
		};
		c.arrange(state => mountData(state, 'node1'));
		const before = c.state;
		expect(checkInvariants(before)).toEqual([]);
		const alsoOnNode2 = produce(before, state => mountData(state, 'node2'));
		expect(checkInvariants(alsoOnNode2, before)).toEqual([
			'/dev/datalv would be mounted on both node1 and node2',
			'datavg would be varied on in non-concurrent mode on node1 and node2',
		]);
		const unmounted = produce(before, state => void delete state.nodes.node1!.lvm.mounts['/data']);
		expect(checkInvariants(unmounted, before)).toEqual([]);
		const notVariedOn = produce(before, state => void delete state.nodes.node1!.lvm.varyon.datavg);
		expect(checkInvariants(notVariedOn, before)).toEqual(['/data is mounted on node1 but its volume group is not varied on there']);
		const diskTwice = produce(before, state => void state.vgda['00c8d7b000004c01']!.pvids.push('00c8d7b0a1b2c302'));
		expect(checkInvariants(diskTwice, before)).toContain('disk 00c8d7b0a1b2c302 is in both hbvg and datavg');
	});
});
