/**
 * What AIX LVM never allows, checked after every command: partitions within
 * their disk and used once, 1 to 3 copies each covering the whole LV, strict
 * copies on separate disks, a disk in one VG at most, file systems on LVs
 * that exist, and on each node unique major numbers and device names.
 */
import type {ClusterState} from './state.js';
import {totalPps, type NodeLvm, type VolumeGroupOnDisk} from './lvm.js';
import {blocksPerPp} from './lvm-fs.js';
import {strictHolds} from './lvm-lv.js';
import type {DeepReadonly} from './readonly.js';

/**
 * VGDAs and node LVM views already found sound. Committed states are never
 * changed in place (each command works on a copy-on-write draft), so an
 * object that passed stays sound and only what a command changed is checked again.
 */
const sound = new WeakSet<DeepReadonly<VolumeGroupOnDisk> | DeepReadonly<NodeLvm>>();

/** States known to keep every rule: each that checkInvariants passed, and each the store trusts (trustLvm). */
export const keepingRules = new WeakSet<DeepReadonly<ClusterState>>();

/** A state known to pass (a state file's own save, src/store/state-file.ts): its LVM is checked again only where changed. */
export function trustLvm(state: DeepReadonly<ClusterState>): void {
	for (const vg of Object.values(state.vgda)) sound.add(vg);
	for (const node of Object.values(state.nodes)) sound.add(node.lvm);
	keepingRules.add(state);
}

/**
 * Whether the disk and VGDA records are those of the state a command started from, which kept the rules: the disk
 * checks would pass again (committed records never change in place, and most commands, a start or a group's move,
 * change neither).
 */
const disksAsBefore = (state: DeepReadonly<ClusterState>, before: DeepReadonly<ClusterState> | undefined) =>
	before !== undefined && state.vgda === before.vgda && state.disks === before.disks;

/** Each disk is in one VG at most, and carries the VGDA of the VG that lists it. */
export function checkDisksListed(state: DeepReadonly<ClusterState>, problems: string[], before?: DeepReadonly<ClusterState>): void {
	if (disksAsBefore(state, before)) return;
	const usedBy = new Map<string, string>();
	for (const vg of Object.values(state.vgda)) {
		for (const pvid of vg.pvids) {
			const other = usedBy.get(pvid);
			if (other) problems.push(`disk ${pvid} is in both ${other} and ${vg.name}`);
			usedBy.set(pvid, vg.name);
			if (state.disks[pvid]?.vgid !== vg.vgid) problems.push(`disk ${pvid} of ${vg.name} does not carry its VGDA`);
		}
	}
}

export function checkLvm(state: DeepReadonly<ClusterState>, problems: string[], before?: DeepReadonly<ClusterState>): void {
	for (const vg of Object.values(state.vgda)) {
		if (sound.has(vg)) continue;
		const found = problems.length;
		checkVolumeGroup(state, vg, problems);
		if (problems.length === found) sound.add(vg);
	}
	// A disk carrying a VGDA is listed by it.
	if (!disksAsBefore(state, before)) {
		for (const [pvid, disk] of Object.entries(state.disks)) {
			if (disk.vgid && !state.vgda[disk.vgid]?.pvids.includes(pvid))
				problems.push(`disk ${pvid} carries the VGDA of ${disk.vgid}, which does not list it`);
		}
	}
	for (const [node, target] of Object.entries(state.nodes)) {
		if (sound.has(target.lvm)) continue;
		const found = problems.length;
		const majors = new Map<number, string>();
		const names = new Map<string, string>();
		for (const [vgName, vg] of Object.entries(target.lvm.volumeGroups)) {
			const other = majors.get(vg.major);
			if (other) problems.push(`${vgName} and ${other} share major number ${vg.major} on ${node}`);
			if (target.lvm.reservedMajors.includes(vg.major) && vgName !== 'rootvg')
				problems.push(`${vgName} uses major number ${vg.major}, which another device has on ${node}`);
			majors.set(vg.major, vgName);
			for (const lv of vg.lvs) {
				const owner = names.get(lv);
				if (owner) problems.push(`logical volume ${lv} is in both ${owner} and ${vgName} on ${node}`);
				names.set(lv, vgName);
			}
		}
		if (problems.length === found) sound.add(target.lvm);
	}
}

function checkVolumeGroup(state: DeepReadonly<ClusterState>, vg: DeepReadonly<VolumeGroupOnDisk>, problems: string[]): void {
	if (vg.pvids.length === 0) problems.push(`${vg.name} has no physical volume`);
	if (Object.keys(vg.lvs).length > vg.maxLvs) problems.push(`${vg.name} holds more than ${vg.maxLvs} logical volumes`);
	const maps = new Map<string, Uint8Array>();
	for (const pvid of vg.pvids) {
		const disk = state.disks[pvid];
		if (disk) maps.set(pvid, new Uint8Array(totalPps(disk, vg.ppSizeMb) + 1));
	}
	for (const lv of Object.values(vg.lvs)) {
		const where = `${lv.name} of ${vg.name}`;
		if (lv.copies.length < 1 || lv.copies.length > 3) problems.push(`${where} has ${lv.copies.length} copies`);
		if (lv.lps > lv.maxLps) problems.push(`${where} has ${lv.lps} partitions, more than its maximum ${lv.maxLps}`);
		for (const copy of lv.copies) {
			const covered = copy.reduce((sum, e) => sum + e.pps, 0);
			if (covered !== lv.lps) problems.push(`a copy of ${where} maps ${covered} partitions for ${lv.lps}`);
			for (const extent of copy) {
				const map = maps.get(extent.pvid);
				if (!map) {
					problems.push(`${where} uses disk ${extent.pvid}, which is not in the volume group`);
					continue;
				}
				if (extent.first < 1 || extent.first + extent.pps > map.length) {
					problems.push(`${where} uses partitions ${extent.first}-${extent.first + extent.pps - 1} of ${extent.pvid}, which has ${map.length - 1}`);
					continue;
				}
				for (let pp = extent.first; pp < extent.first + extent.pps; pp++) {
					if (map[pp]) problems.push(`partition ${pp} of ${extent.pvid} is used twice in ${vg.name}`);
					map[pp] = 1;
				}
			}
		}
		if (!strictHolds(lv, lv.strict)) problems.push(`the copies of ${where} are not on separate disks, as its strictness requires`);
	}
	for (const fs of Object.values(vg.filesystems)) {
		const lv = vg.lvs[fs.lv];
		if (!lv) problems.push(`file system ${fs.mountPoint} of ${vg.name} is on ${fs.lv}, which does not exist`);
		else if (fs.sizeBlocks > lv.lps * blocksPerPp(vg)) problems.push(`file system ${fs.mountPoint} is larger than ${fs.lv}`);
		if (fs.log !== 'INLINE' && !vg.lvs[fs.log]) problems.push(`file system ${fs.mountPoint} logs to ${fs.log}, which does not exist in ${vg.name}`);
	}
}
