/**
 * Changes to a volume group as a whole, written to its VGDA: mkvg,
 * extendvg, reducevg and chvg. Each checks everything first and throws an
 * LvmError with AIX's messages; each change stamps the VGDA anew. Which
 * nodes' ODMs learn of the change is the caller's business (a plain AIX
 * command: the local node; C-SPOC: every node it runs on).
 */
import type {ClusterState} from './state.js';
import {LvmError, PP_SIZES, PPS_PER_FACTOR, dropLogicalVolume, smallestPpSize, totalPps, touchVgda, type VolumeGroupOnDisk} from './lvm.js';
import {hdiskName} from './lvm-ops.js';
import {ppMaps} from './lvm-space.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_.]{0,14}$/;

/** VG and LV names: up to 15 letters, digits, `_` and `.`, not starting with a digit. */
export function checkDeviceName(command: string, name: string, used: ReadonlySet<string>): void {
	if (!NAME.test(name)) throw new LvmError(`0516-1002 ${command}: The name ${name} is not valid: use up to 15 letters, digits, _ or ., starting with a letter.`);
	if (used.has(name)) throw new LvmError('0516-360 getlvodm: The device name is already used; choose a different name.', `0516-1013 ${command}: The name ${name} is already used by another device.`);
}

/** Disks that may join a VG: present, working, and in no VG. */
function checkFreeDisks(state: ClusterState, command: string, node: string, pvids: readonly string[]): void {
	for (const pvid of pvids) {
		const disk = state.disks[pvid];
		const hdisk = hdiskName(state, node, pvid);
		if (!disk || disk.failed) throw new LvmError(`0516-1182 ${command}: Unable to open physical volume ${hdisk}: it is not available.`);
		if (disk.vgid) {
			const owner = state.vgda[disk.vgid]?.name ?? disk.vgid;
			throw new LvmError(`0516-1398 ${command}: The physical volume ${hdisk}, appears to belong to`, `\tanother volume group (${owner}). Remove it from that volume group first.`);
		}
	}
	if (new Set(pvids).size !== pvids.length) throw new LvmError(`0516-1151 ${command}: A physical volume was named more than once.`);
}

/** Each disk must fit in 1016 × factor partitions of the VG's size. */
function checkPartitionLimit(state: ClusterState, command: string, node: string, vgName: string, ppSizeMb: number, factor: number, pvids: readonly string[]): void {
	for (const pvid of pvids) {
		const count = totalPps(state.disks[pvid]!, ppSizeMb);
		if (count > PPS_PER_FACTOR * factor) {
			throw new LvmError(
				`0516-1162 ${command}: Warning, The Physical Partition Size of ${ppSizeMb} requires the`,
				`\tcreation of ${count} partitions for ${hdiskName(state, node, pvid)}.  The limitation for volume group`,
				`\t${vgName} is ${PPS_PER_FACTOR * factor} physical partitions per physical volume.  Use chvg command`,
				'\twith -t option to attempt to change the maximum Physical Partitions',
				'\tper Physical volume for this volume group.',
			);
		}
	}
}

export interface NewVolumeGroup {
	name: string;
	pvids: string[];
	/** -s; without it the smallest size that fits. */
	ppSizeMb?: number;
	factor?: number;
	/** -C: enhanced concurrent capable. */
	concurrent: boolean;
	/** -B: big VG (128 disks, 512 LVs). */
	big: boolean;
}

/** A new VGID: the first disk's PVID prefix and a serial, as AIX makes them. */
function newVgid(state: ClusterState, pvid: string): string {
	for (let serial = 0x4c00; ; serial++) {
		const vgid = `${pvid.slice(0, 8)}0000${serial.toString(16).padStart(4, '0')}`;
		if (!state.vgda[vgid]) return vgid;
	}
}

/** mkvg: write a new VGDA on the disks. `node` names disks in messages. */
export function createVolumeGroup(state: ClusterState, node: string, spec: NewVolumeGroup, command = 'mkvg'): VolumeGroupOnDisk {
	if (spec.pvids.length === 0) throw new LvmError(`0516-1150 ${command}: At least one physical volume must be named.`);
	const factor = spec.factor ?? 1;
	if (!Number.isInteger(factor) || factor < 1 || factor > 16) throw new LvmError(`0516-1220 ${command}: The factor must be between 1 and 16.`);
	checkFreeDisks(state, command, node, spec.pvids);
	const maxPvs = spec.big ? 128 : 32;
	if (spec.pvids.length > maxPvs / factor) throw new LvmError(`0516-1163 ${command}: A volume group of this type holds at most ${Math.floor(maxPvs / factor)} physical volumes.`);
	const ppSizeMb = spec.ppSizeMb ?? smallestPpSize(spec.pvids.map(p => state.disks[p]!), factor);
	if (!(PP_SIZES as readonly number[]).includes(ppSizeMb)) throw new LvmError(`0516-1208 ${command}: The physical partition size must be a power of 2 from 1 to 1024 megabytes.`);
	checkPartitionLimit(state, command, node, spec.name, ppSizeMb, factor, spec.pvids);
	const vg: VolumeGroupOnDisk = {
		vgid: newVgid(state, spec.pvids[0]!),
		name: spec.name,
		ppSizeMb,
		pvids: [...spec.pvids],
		quorum: true,
		concurrent: spec.concurrent,
		timestamp: '0000000000000000',
		lvs: {},
		filesystems: {},
		maxLvs: spec.big ? 512 : 256,
		factor,
		maxPvs: Math.floor(maxPvs / factor),
	};
	touchVgda(state, vg);
	state.vgda[vg.vgid] = vg;
	for (const pvid of vg.pvids) state.disks[pvid]!.vgid = vg.vgid;
	return vg;
}

/** extendvg: add free disks to a VG. */
export function extendVolumeGroup(state: ClusterState, node: string, vg: VolumeGroupOnDisk, pvids: readonly string[], command = 'extendvg'): void {
	checkFreeDisks(state, command, node, pvids);
	if (vg.pvids.length + pvids.length > vg.maxPvs) throw new LvmError(`0516-1163 ${command}: ${vg.name} already has the most physical volumes it may hold (${vg.maxPvs}).`);
	checkPartitionLimit(state, command, node, vg.name, vg.ppSizeMb, vg.factor, pvids);
	vg.pvids.push(...pvids);
	for (const pvid of pvids) state.disks[pvid]!.vgid = vg.vgid;
	touchVgda(state, vg);
}

/**
 * reducevg: take disks out of a VG. A disk holding partitions needs -d,
 * which removes the copies on it (and LVs with no copy elsewhere); the
 * caller has checked that such LVs are closed. The last disk cannot go:
 * the VG itself is removed with exportvg on every node.
 */
export function reduceVolumeGroup(state: ClusterState, node: string, vg: VolumeGroupOnDisk, pvids: readonly string[], deletePartitions: boolean, command = 'reducevg'): string[] {
	for (const pvid of pvids) {
		if (!vg.pvids.includes(pvid)) throw new LvmError(`0516-304 getlvodm: Unable to find device id ${pvid} in the Device`, '\tConfiguration Database.', `0516-882 ${command}: Unable to reduce volume group ${vg.name}: ${hdiskName(state, node, pvid)} is not in it.`);
	}
	if (new Set(pvids).size >= vg.pvids.length) {
		throw new LvmError(`0516-884 ${command}: Unable to remove the last physical volume of ${vg.name}.`, `\tTo remove the volume group, vary it off and run exportvg on every node.`);
	}
	const removedLvs: string[] = [];
	for (const lv of Object.values(vg.lvs)) {
		const touching = lv.copies.filter(copy => copy.some(e => pvids.includes(e.pvid)));
		if (touching.length === 0) continue;
		if (!deletePartitions) {
			throw new LvmError(
				'0516-016 ldeletepv: Cannot delete physical volume with allocated',
				'\tpartitions. Use either migratepv to move the partitions or',
				'\treducevg with the -d option to delete the partitions.',
				`0516-884 ${command}: Unable to remove physical volume ${hdiskName(state, node, pvids.find(p => touching.some(c => c.some(e => e.pvid === p)))!)}.`,
			);
		}
		if (touching.length === lv.copies.length) removedLvs.push(lv.name);
		else lv.copies = lv.copies.filter(copy => !touching.includes(copy));
	}
	for (const name of removedLvs) dropLogicalVolume(vg, name);
	vg.pvids = vg.pvids.filter(p => !pvids.includes(p));
	for (const pvid of pvids) delete state.disks[pvid]!.vgid;
	touchVgda(state, vg);
	return removedLvs;
}

export interface VolumeGroupChange {
	quorum?: boolean;
	/** -C: make the VG enhanced concurrent capable. */
	concurrent?: boolean;
	factor?: number;
}

/** chvg's VGDA attributes (auto-varyon is ODM, per node, and not here). */
export function changeVolumeGroup(state: ClusterState, node: string, vg: VolumeGroupOnDisk, change: VolumeGroupChange, command = 'chvg'): void {
	if (change.factor !== undefined) {
		if (!Number.isInteger(change.factor) || change.factor < 1 || change.factor > 16) throw new LvmError(`0516-1220 ${command}: The factor must be between 1 and 16.`);
		const maxPvs = Math.floor((vg.maxLvs === 512 ? 128 : 32) / change.factor);
		if (vg.pvids.length > maxPvs) throw new LvmError(`0516-1164 ${command}: ${vg.name} has ${vg.pvids.length} physical volumes; with factor ${change.factor} it may hold only ${maxPvs}.`);
		const maps = ppMaps(state, vg);
		for (const [pvid, map] of maps) {
			if (map.length - 1 > PPS_PER_FACTOR * change.factor) throw new LvmError(`0516-1165 ${command}: ${hdiskName(state, node, pvid)} has ${map.length - 1} partitions, more than factor ${change.factor} allows.`);
		}
		vg.factor = change.factor;
		vg.maxPvs = maxPvs;
	}
	if (change.quorum !== undefined) vg.quorum = change.quorum;
	if (change.concurrent) vg.concurrent = true;
	touchVgda(state, vg);
}

/**
 * replacepv: move everything on one disk of a VG to a free disk, which
 * takes its place in the VG (and so, for the first disk, in the place
 * importvg reads). A failed source is rebuilt from the mirror copies.
 */
export function replacePhysicalVolume(state: ClusterState, node: string, vg: VolumeGroupOnDisk, source: string, target: string, command = 'replacepv'): void {
	if (!vg.pvids.includes(source)) throw new LvmError(`0516-1011 ${command}: ${hdiskName(state, node, source)} is not in volume group ${vg.name}.`);
	checkFreeDisks(state, command, node, [target]);
	const room = totalPps(state.disks[target]!, vg.ppSizeMb);
	const extents = Object.values(vg.lvs).flatMap(lv => lv.copies.flatMap(copy => copy.filter(e => e.pvid === source).map(extent => ({lv, extent}))));
	if (extents.some(({extent}) => extent.first + extent.pps - 1 > room)) throw new LvmError(`0516-1012 ${command}: ${hdiskName(state, node, target)} is too small to hold the partitions of ${hdiskName(state, node, source)}.`);
	if (state.disks[source]!.failed && extents.some(({lv}) => lv.copies.length < 2)) {
		throw new LvmError(`0516-1013 ${command}: ${hdiskName(state, node, source)} is missing and holds partitions with no mirror copy; they cannot be rebuilt.`);
	}
	checkPartitionLimit(state, command, node, vg.name, vg.ppSizeMb, vg.factor, [target]);
	for (const {extent} of extents) {
		extent.pvid = target;
		delete extent.stale;
	}
	vg.pvids[vg.pvids.indexOf(source)] = target;
	delete state.disks[source]!.vgid;
	state.disks[target]!.vgid = vg.vgid;
	touchVgda(state, vg);
}
