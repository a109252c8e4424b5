/**
 * Shared storage as AIX LVM sees it. What is written on the disks (PVIDs,
 * the VGDA with its logical volumes and its timestamp) is cluster-wide
 * physical truth; what each node believes (its ODM: hdisk names, imported
 * volume groups with the timestamp of their last import, major numbers,
 * /etc/filesystems) is per node, and may be stale: that gap is what
 * importvg, lazy update and C-SPOC exist to close.
 */

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

/** Physical partitions a copy of a logical volume uses on one disk, in LP order. */
export interface PpExtent {
	pvid: string;
	pps: number;
}

export interface LogicalVolume {
	name: string;
	type: LvType;
	/** Logical partitions. */
	lps: number;
	/** One array of extents per copy (1 to 3); every copy covers `lps` partitions. */
	copies: PpExtent[][];
	/** Inter-disk allocation strictness: y (strict), n, s (super strict). */
	strict: 'y' | 'n' | 's';
	mwc: 'y' | 'n' | 'p';
	/** Stale partitions (need syncvg). */
	stale: number;
	/** The LV label; for a file system LV, its mount point. */
	label: string;
	maxLps: number;
}

/** A file system as recorded with its logical volume (superblock and LV label). */
export interface FileSystemDef {
	vfs: 'jfs' | 'jfs2';
	mountPoint: string;
	lv: string;
	/** The log logical volume; HACMP supports no inline log. */
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
	account: 'false';
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

/**
 * VGDA copies on each disk by the AIX rule: one disk holds two; with two
 * disks the first holds two and the second one; with three or more, one each.
 */
export function vgdaCopies(diskCount: number, index: number): number {
	if (diskCount === 1) return 2;
	if (diskCount === 2) return index === 0 ? 2 : 1;
	return 1;
}

/** Quorum: strictly more than half of the VGDA copies must be readable. */
export function hasQuorum(vg: VolumeGroupOnDisk, disks: Record<string, PhysicalDisk>): {good: number; total: number; quorum: boolean} {
	let good = 0;
	let total = 0;
	vg.pvids.forEach((pvid, index) => {
		const copies = vgdaCopies(vg.pvids.length, index);
		total += copies;
		if (!disks[pvid]?.failed) good += copies;
	});
	return {good, total, quorum: good * 2 > total};
}
