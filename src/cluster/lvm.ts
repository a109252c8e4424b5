/**
 * Shared storage as AIX LVM sees it. What is written on the disks (PVIDs,
 * the VGDA with its logical volumes and its timestamp, the VGSA's stale
 * partitions) is cluster-wide physical truth; what each node believes (its
 * ODM: hdisk names, imported volume groups with the timestamp of their last
 * import, major numbers, /etc/filesystems) is per node, and may be stale:
 * that gap is what importvg, lazy update and C-SPOC exist to close.
 */
import {vgdaTimestamp} from './clock.js';
import {refuse} from './errors.js';
import * as msg from './lvm-messages.js';
import type {ClusterState} from './state.js';

import {currentView, peek} from './view.js';
import type {DeepReadonly} from './readonly.js';

export interface PhysicalDisk {
	pvid: string;
	sizeMb: number;
	/** hdisk name on each node that sees the disk. */
	paths: Record<string, string>;
	/** A failed disk answers no I/O: its VGDA copies and partitions are missing. */
	failed?: boolean;
	/** Volume group (by VGID) whose VGDA is on this disk. */
	vgid?: string;
	/** Set when the disk is one LUN of a multi-LUN SCSI RAID device (lazy update cannot import from it). */
	raidArray?: string;
}

export type LvType = 'jfs' | 'jfs2' | 'jfslog' | 'jfs2log' | 'raw' | 'paging' | 'boot' | 'sysdump';
export const LV_TYPES: readonly LvType[] = ['jfs', 'jfs2', 'jfslog', 'jfs2log', 'raw', 'paging', 'boot', 'sysdump'];

/** A run of physical partitions one copy of a logical volume uses on one disk, in LP order. */
export interface PpExtent {
	pvid: string;
	/** First physical partition number on the disk (PPs count from 1). */
	first: number;
	pps: number;
	/** The VGSA marks these partitions stale: written while the disk was missing, or a new copy not yet synchronised. */
	stale?: boolean;
}

export type IntraPolicy = 'middle' | 'center' | 'edge' | 'inner middle' | 'inner edge';
export const INTRA_POLICIES: Record<string, IntraPolicy> = {m: 'middle', c: 'center', e: 'edge', im: 'inner middle', ie: 'inner edge'};

export interface LogicalVolume {
	name: string;
	/** Minor number within the VG: the LV identifier is `VGID.id`. */
	id: number;
	type: LvType;
	/** Logical partitions. */
	lps: number;
	/** One array of extents per copy (1 to 3); every copy covers `lps` partitions. */
	copies: PpExtent[][];
	/** Inter-disk allocation strictness: y (each copy of an LP on its own disk), n, s (super strict: copies share no disk). */
	strict: 'y' | 'n' | 's';
	/** Mirror write consistency: y on/ACTIVE, p on/PASSIVE, n off. */
	mwc: 'y' | 'n' | 'p';
	/** The LV label; for a file system LV, its mount point. */
	label: string;
	maxLps: number;
	interPolicy: 'minimum' | 'maximum';
	intraPolicy: IntraPolicy;
	/** Most disks one copy may span. */
	upperBound: number;
	relocatable: boolean;
	writeVerify: boolean;
	badBlocks: boolean;
	schedule: 'parallel' | 'sequential';
	permission: 'read/write' | 'read-only';
}

/** A file system as recorded with its logical volume (superblock and LV label). */
export interface FileSystemDef {
	vfs: 'jfs' | 'jfs2';
	mountPoint: string;
	lv: string;
	/** The log logical volume. HACMP supports no inline log, so C-SPOC always names a separate LV. */
	log: string;
	/** 512-byte blocks. */
	sizeBlocks: number;
	permissions: 'rw' | 'ro';
	options: string;
}

/** The VGDA: a volume group as written on its disks. */
export interface VolumeGroupOnDisk {
	vgid: string;
	name: string;
	ppSizeMb: number;
	/** Member disks in the order they were added; importvg reads the first. */
	pvids: string[];
	quorum: boolean;
	/** Enhanced concurrent capable. */
	concurrent: boolean;
	/** Changes with every change to the VGDA; compared by lazy update. */
	timestamp: string;
	lvs: Record<string, LogicalVolume>;
	filesystems: Record<string, FileSystemDef>;
	maxLvs: number;
	/** The -t factor: a disk may hold 1016 × factor partitions. */
	factor: number;
	/** 32, or 128 for a big VG (-B). */
	maxPvs: number;
}

export type VaryonMode = 'active' | 'concurrent-active' | 'concurrent-passive';

/** A volume group in one node's ODM, as of its last import or change there. */
export interface ImportedVolumeGroup {
	vgid: string;
	major: number;
	/** VGDA timestamp at the last import or change made on this node. */
	timestamp: string;
	autoVaryon: boolean;
	/** Disks the ODM associates with the VG (PVIDs); a replaced disk leaves a stale PVID here. */
	pvids: string[];
	/** Logical volume names the ODM knows. */
	lvs: string[];
}

/** A stanza of one node's /etc/filesystems. */
export interface FilesystemsEntry {
	dev: string;
	vfs: 'jfs' | 'jfs2';
	log: string;
	mount: 'true' | 'false' | 'automatic';
	options: string;
	account: 'false' | 'true';
}

export interface Mount {
	dev: string;
	vfs: string;
	options: string;
	at: number;
}

export interface NodeLvm {
	volumeGroups: Record<string, ImportedVolumeGroup>;
	varyon: Record<string, VaryonMode>;
	filesystems: Record<string, FilesystemsEntry>;
	mounts: Record<string, Mount>;
	/** Major numbers used on this node by other devices (lvlstmajor excludes them). */
	reservedMajors: number[];
}

/** Partitions per disk a normal VG allows for each unit of its factor. */
export const PPS_PER_FACTOR = 1016;
export const PP_SIZES = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024] as const;

/**
 * VGDA copies on each disk by the AIX rule: one disk holds two; with two
 * disks the first holds two and the second one; with three or more, one each.
 */
export function vgdaCopies(diskCount: number, index: number): number {
	if (diskCount === 1) return 2;
	if (diskCount === 2) return index === 0 ? 2 : 1;
	return 1;
}

/** Quorum: strictly more than half of the VGDA copies must be readable (from `node`, when given). */
export function hasQuorum(
	vg: DeepReadonly<VolumeGroupOnDisk>,
	disks: DeepReadonly<Record<string, PhysicalDisk>>,
	node?: string,
): {good: number; total: number; quorum: boolean} {
	let good = 0;
	let total = 0;
	vg.pvids.forEach((pvid, index) => {
		const copies = vgdaCopies(vg.pvids.length, index);
		total += copies;
		const disk = disks[pvid];
		if (disk && !disk.failed && (!node || disk.paths[node])) good += copies;
	});
	return {good, total, quorum: good * 2 > total};
}

/** VGDA copies that must be readable for quorum: 50% + 1. */
export const quorumNeeded = (total: number) => Math.floor(total / 2) + 1;

/** Physical partitions a disk offers a VG: the first megabyte holds the LVM record, the VGDA and the VGSA. */
export function totalPps(disk: PhysicalDisk, ppSizeMb: number): number {
	return Math.floor((disk.sizeMb - 1) / ppSizeMb);
}

/** The smallest PP size that keeps every disk within 1016 × factor partitions (what mkvg picks without -s). */
export function smallestPpSize(disks: PhysicalDisk[], factor = 1): number {
	return PP_SIZES.find(size => disks.every(d => totalPps(d, size) <= PPS_PER_FACTOR * factor)) ?? 1024;
}

/**
 * Stamp a change to the VGDA. The stamp comes from the simulated clock and
 * always moves forward, even for two changes in the same millisecond, since
 * lazy update only compares stamps for equality.
 */
export function touchVgda(state: ClusterState, vg: VolumeGroupOnDisk): void {
	const now = nanoseconds(vgdaTimestamp(state.clock));
	const previous = nanoseconds(vg.timestamp);
	vg.timestamp = stamp(now > previous ? now : previous + 1000n);
}

const BILLION = 1_000_000_000n;
const nanoseconds = (timestamp: string) => BigInt(`0x${timestamp.slice(0, 8) || '0'}`) * BILLION + BigInt(`0x${timestamp.slice(8) || '0'}`);
const stamp = (ns: bigint) => `${(ns / BILLION).toString(16).padStart(8, '0')}${(ns % BILLION).toString(16).padStart(8, '0')}`;

/** A logical volume with mklv's defaults, before its partitions are allocated. */
export function newLogicalVolume(name: string, id: number, type: LvType, lps: number): LogicalVolume {
	return {
		name,
		id,
		type,
		lps,
		copies: [],
		strict: 'y',
		mwc: 'y',
		label: 'None',
		maxLps: Math.max(512, lps),
		interPolicy: 'minimum',
		intraPolicy: 'middle',
		upperBound: 32,
		relocatable: true,
		writeVerify: false,
		badBlocks: true,
		schedule: 'parallel',
		permission: 'read/write',
	};
}

/** Partitions of an LV (all copies) that are stale. */
export function stalePps(lv: DeepReadonly<LogicalVolume>): number {
	let stale = 0;
	for (const copy of lv.copies) for (const extent of copy) if (extent.stale) stale += extent.pps;
	return stale;
}

/** The extent of a copy that holds logical partition `lp` (counting from 0). */
export function extentOf(copy: readonly PpExtent[], lp: number): PpExtent | undefined {
	let first = 0;
	for (const extent of copy) {
		if (lp < first + extent.pps) return extent;
		first += extent.pps;
	}
	return undefined;
}

/** The VG (name on that node) whose ODM lists an LV, on one node. */
export function volumeGroupOfLv(lvm: DeepReadonly<NodeLvm>, lv: string): string | undefined {
	for (const [name, vg] of Object.entries(lvm.volumeGroups)) if (vg.lvs.includes(lv)) return name;
	return undefined;
}

/** The name a node's ODM gives a VG (by VGID), if it knows the VG. */
export function vgNameOn(lvm: DeepReadonly<NodeLvm>, vgid: string | undefined): string | undefined {
	return vgNameIn(lvm.volumeGroups, vgid);
}

function vgNameIn(volumeGroups: DeepReadonly<Record<string, ImportedVolumeGroup>>, vgid: string | undefined): string | undefined {
	if (vgid === undefined) return undefined;
	for (const [name, vg] of Object.entries(volumeGroups)) if (vg.vgid === vgid) return name;
	return undefined;
}

/** The VG whose disks a node's ODM says include a disk (lspv's VOLUME GROUP column; stale when the ODM is). */
export function vgNameOfDisk(lvm: DeepReadonly<NodeLvm>, pvid: string): string | undefined {
	for (const [name, vg] of Object.entries(lvm.volumeGroups)) if (vg.pvids.includes(pvid)) return name;
	return undefined;
}

/** A node that knows a VG: the name its ODM gives it, and how it has it varied on. */
export interface VolumeGroupPlace {
	node: string;
	name: string;
	mode?: VaryonMode;
}

/**
 * Every node whose ODM knows a VG (by VGID), in the order of state.nodes.
 * Each node's VG definitions are read through currentView, and nothing else
 * of the node: events change every node (logs, mounts) while they vary VGs
 * on, and copying that on each varyon would cost more than the proxy. The
 * nodes are peeked, not read through the proxy, which would draft each of them
 * and its LVM (on big, 64 drafts, then finished with the transaction).
 */
export function placesOf(state: DeepReadonly<ClusterState>, vgid: string): VolumeGroupPlace[] {
	const places: VolumeGroupPlace[] = [];
	const nodes = state.nodes;
	for (const node of Object.keys(nodes)) {
		const lvm = peek(peek(nodes, node)!, 'lvm');
		const name = vgNameIn(currentView(peek(lvm, 'volumeGroups')), vgid);
		if (name === undefined) continue;
		const mode = peek(lvm, 'varyon')[name];
		places.push(mode ? {node, name, mode} : {node, name});
	}
	return places;
}

/** Varied on so that changes can be made there: active, or concurrent active (not passive). */
export const canChange = (mode: VaryonMode | undefined) => mode === 'active' || mode === 'concurrent-active';

/** The VGDA of the VG a node's ODM knows by this name: a part of the draft, or read-only read from a view. */
export function vgdaOf(state: ClusterState, node: string, vgName: string): VolumeGroupOnDisk | undefined;
export function vgdaOf(state: DeepReadonly<ClusterState>, node: string, vgName: string): DeepReadonly<VolumeGroupOnDisk> | undefined;
export function vgdaOf(state: DeepReadonly<ClusterState>, node: string, vgName: string): DeepReadonly<VolumeGroupOnDisk> | undefined {
	const imported = state.nodes[node]?.lvm.volumeGroups[vgName];
	return imported && state.vgda[imported.vgid];
}

/** An LV as a node's ODM knows it: the VG's name there, the VGDA, and the LV in it (undefined when the VGDA no longer has it). */
export function logicalVolumeOn(
	state: DeepReadonly<ClusterState>,
	node: string,
	lv: string,
): {vgName: string; vg: DeepReadonly<VolumeGroupOnDisk>; lv?: DeepReadonly<LogicalVolume>} | undefined {
	const vgName = volumeGroupOfLv(state.nodes[node]!.lvm, lv);
	const vg = vgName === undefined ? undefined : vgdaOf(state, node, vgName);
	return vg && {vgName: vgName!, vg, lv: vg.lvs[lv]};
}

/** LVs open on a node (`mounts`, its mount table): those a mounted file system is on or logs to. */
export function openLvs(mounts: DeepReadonly<Record<string, Mount>>): Set<string> {
	const open = new Set<string>();
	for (const mount of Object.values(mounts)) {
		open.add(lvOfDevice(mount.dev));
		for (const option of mount.options.split(',')) if (option.startsWith('log=/dev/')) open.add(option.slice('log=/dev/'.length));
	}
	return open;
}

/** The first free `prefix00`, `prefix01`, ... (vg00, lv00, fslv00, loglv00). */
export function nextDeviceName(prefix: string, used: ReadonlySet<string>): string {
	for (let n = 0; ; n++) {
		const name = `${prefix}${String(n).padStart(2, '0')}`;
		if (!used.has(name)) return name;
	}
}

/** The minor number a new LV of the VG takes: one more than the highest. */
export const nextLvId = (vg: VolumeGroupOnDisk) => Math.max(0, ...Object.values(vg.lvs).map(lv => lv.id)) + 1;

/** Take an LV, and the file system recorded on it, out of the VGDA (the caller stamps it). */
export function dropLogicalVolume(vg: VolumeGroupOnDisk, name: string): void {
	delete vg.lvs[name];
	for (const [mountPoint, fs] of Object.entries(vg.filesystems)) if (fs.lv === name) delete vg.filesystems[mountPoint];
}

/** `/dev/datalv` → `datalv`. */
export const lvOfDevice = (dev: string) => dev.replace(/^\/dev\//, '');

/** The LV under a file system as a node's /etc/filesystems says; a node without the stanza does not know the file system. */
export function fileSystemLvOn(state: ClusterState, node: string, mountPoint: string, command: string): string {
	const entry = state.nodes[node]!.lvm.filesystems[mountPoint];
	if (!entry) refuse(msg.unknownFileSystem(command, mountPoint));
	return lvOfDevice(entry.dev);
}
