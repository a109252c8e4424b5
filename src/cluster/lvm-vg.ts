/**
 * Changes to a volume group as a whole, written to its VGDA: mkvg,
 * extendvg, reducevg and chvg. Each checks everything first and throws an
 * CommandError with AIX's messages; each change stamps the VGDA anew. Which
 * nodes' ODMs learn of the change is the caller's business (a plain AIX
 * command: the local node; C-SPOC: every node it runs on).
 */
import type {ClusterState} from './state.js';
import {refuse} from './errors.js';
import * as msg from './lvm-messages.js';
import {PP_SIZES, PPS_PER_FACTOR, dropLogicalVolume, smallestPpSize, totalPps, touchVgda, type VolumeGroupOnDisk} from './lvm.js';
import {hdiskName} from './lvm-ops.js';
import {ppMaps} from './lvm-space.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_.]{0,14}$/;

/** VG and LV names: up to 15 letters, digits, `_` and `.`, not starting with a digit. */
export function checkDeviceName(command: string, name: string, used: ReadonlySet<string>): void {
	if (!NAME.test(name)) refuse(msg.badDeviceName(command, name));
	if (used.has(name)) refuse(msg.nameUsed(command, name));
}

/** Disks that may join a VG: present, working, and in no VG. */
function checkFreeDisks(state: ClusterState, command: string, node: string, pvids: readonly string[]): void {
	for (const pvid of pvids) {
		const disk = state.disks[pvid];
		const hdisk = hdiskName(state, node, pvid);
		if (!disk || disk.failed) refuse(msg.pvUnavailable(command, hdisk));
		if (disk.vgid) refuse(msg.pvInAnotherVg(command, hdisk, state.vgda[disk.vgid]?.name ?? disk.vgid));
	}
	if (new Set(pvids).size !== pvids.length) refuse(msg.pvNamedTwice(command));
}

/** Each disk must fit in 1016 × factor partitions of the VG's size. */
function checkPartitionLimit(
	state: ClusterState,
	command: string,
	node: string,
	vgName: string,
	ppSizeMb: number,
	factor: number,
	pvids: readonly string[],
): void {
	for (const pvid of pvids) {
		const count = totalPps(state.disks[pvid]!, ppSizeMb);
		if (count > PPS_PER_FACTOR * factor)
			refuse(msg.tooManyPps(command, ppSizeMb, count, hdiskName(state, node, pvid), vgName, PPS_PER_FACTOR * factor));
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
	if (spec.pvids.length === 0) refuse(msg.noPvNamed(command));
	const factor = spec.factor ?? 1;
	if (!Number.isInteger(factor) || factor < 1 || factor > 16) refuse(msg.factorRange(command));
	checkFreeDisks(state, command, node, spec.pvids);
	const maxPvs = spec.big ? 128 : 32;
	if (spec.pvids.length > maxPvs / factor) refuse(msg.tooManyPvs(command, Math.floor(maxPvs / factor)));
	const ppSizeMb =
		spec.ppSizeMb ??
		smallestPpSize(
			spec.pvids.map(p => state.disks[p]!),
			factor,
		);
	if (!(PP_SIZES as readonly number[]).includes(ppSizeMb)) refuse(msg.badPpSize(command));
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
	if (vg.pvids.length + pvids.length > vg.maxPvs) refuse(msg.vgFull(command, vg.name, vg.maxPvs));
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
export function reduceVolumeGroup(
	state: ClusterState,
	node: string,
	vg: VolumeGroupOnDisk,
	pvids: readonly string[],
	deletePartitions: boolean,
	command = 'reducevg',
): string[] {
	for (const pvid of pvids) {
		if (!vg.pvids.includes(pvid)) refuse(msg.cannotReduce(command, pvid, vg.name, hdiskName(state, node, pvid)));
	}
	if (new Set(pvids).size >= vg.pvids.length) refuse(msg.lastPv(command, vg.name));
	const removedLvs: string[] = [];
	for (const lv of Object.values(vg.lvs)) {
		const touching = lv.copies.filter(copy => copy.some(e => pvids.includes(e.pvid)));
		if (touching.length === 0) continue;
		if (!deletePartitions)
			refuse(msg.pvHasPartitions(command, hdiskName(state, node, pvids.find(p => touching.some(c => c.some(e => e.pvid === p)))!)));
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
		if (!Number.isInteger(change.factor) || change.factor < 1 || change.factor > 16) refuse(msg.factorRange(command));
		const maxPvs = Math.floor((vg.maxLvs === 512 ? 128 : 32) / change.factor);
		if (vg.pvids.length > maxPvs) refuse(msg.factorTooSmallForPvs(command, vg.name, vg.pvids.length, change.factor, maxPvs));
		const maps = ppMaps(state, vg);
		for (const [pvid, map] of maps) {
			if (map.length - 1 > PPS_PER_FACTOR * change.factor)
				refuse(msg.factorTooSmallForPps(command, hdiskName(state, node, pvid), map.length - 1, change.factor));
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
export function replacePhysicalVolume(
	state: ClusterState,
	node: string,
	vg: VolumeGroupOnDisk,
	source: string,
	target: string,
	command = 'replacepv',
): void {
	if (!vg.pvids.includes(source)) refuse(msg.sourceNotInVg(command, hdiskName(state, node, source), vg.name));
	checkFreeDisks(state, command, node, [target]);
	const room = totalPps(state.disks[target]!, vg.ppSizeMb);
	const extents = Object.values(vg.lvs).flatMap(lv => lv.copies.flatMap(copy => copy.filter(e => e.pvid === source).map(extent => ({lv, extent}))));
	if (extents.some(({extent}) => extent.first + extent.pps - 1 > room))
		refuse(msg.targetTooSmall(command, hdiskName(state, node, target), hdiskName(state, node, source)));
	if (state.disks[source]!.failed && extents.some(({lv}) => lv.copies.length < 2)) refuse(msg.cannotRebuild(command, hdiskName(state, node, source)));
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
