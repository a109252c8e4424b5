/**
 * Journaled file systems on a VG's logical volumes: crfs, chfs and rmfs as
 * they change the VGDA (the LV holding the file system, its label, the
 * log LV). Each node's /etc/filesystems follows from the VGDA when the node
 * learns the change (lvm-odm's refreshNodeView). Sizes are 512-byte blocks.
 */
import type {ClusterState} from './state.js';
import {refuse} from './errors.js';
import * as msg from './lvm-messages.js';
import {nextDeviceName, touchVgda, type FileSystemDef, type LogicalVolume, type VolumeGroupOnDisk} from './lvm.js';
import {createLogicalVolume, extendLogicalVolume, removeLogicalVolume} from './lvm-lv.js';
import type {DeepReadonly} from './readonly.js';
import {profileOf} from './release/index.js';

/** 512-byte blocks in one partition of the VG. */
export const blocksPerPp = (vg: DeepReadonly<VolumeGroupOnDisk>) => vg.ppSizeMb * 2048;

const LOG_TYPE = {jfs: 'jfslog', jfs2: 'jfs2log'} as const;

export interface NewFileSystem {
	vfs: 'jfs' | 'jfs2';
	mountPoint: string;
	/** -d: an existing LV; otherwise crfs makes one of `sizeBlocks`. */
	lv?: string;
	sizeBlocks?: number;
	/** -a logname=; INLINE (JFS2) keeps the log inside the file system. */
	log?: string;
	permissions: 'rw' | 'ro';
	options: string;
}

function checkMountPoint(command: string, mountPoint: string, inUse: ReadonlySet<string>): void {
	if (!mountPoint.startsWith('/')) refuse(msg.notFullPath(command, mountPoint));
	if (inUse.has(mountPoint)) refuse(msg.fileSystemExists(command, mountPoint));
}

/** The log LV a new file system uses: the one named, else the VG's first log of the right type, else a new loglvNN. */
function logFor(state: ClusterState, node: string, vg: VolumeGroupOnDisk, spec: NewFileSystem, used: Set<string>, command: string): string {
	const type = LOG_TYPE[spec.vfs];
	if (spec.log === 'INLINE') {
		if (spec.vfs !== 'jfs2') refuse(msg.inlineNeedsJfs2(command));
		return 'INLINE';
	}
	if (spec.log !== undefined) {
		const name = spec.log.replace(/^\/dev\//, '');
		const lv = vg.lvs[name];
		if (!lv || lv.type !== type) refuse(msg.notALog(command, spec.log, type, vg.name));
		return name;
	}
	const existing = Object.values(vg.lvs)
		.filter(lv => lv.type === type)
		.sort((a, b) => a.id - b.id)[0];
	if (existing) return existing.name;
	const log = createLogicalVolume(state, node, vg, {name: nextDeviceName('loglv', used), type, lps: 1, copies: 1, pvids: []}, used, command);
	used.add(log.name);
	return log.name;
}

/** crfs: returns the file system and the lines crfs prints. */
export function createFileSystem(
	state: ClusterState,
	node: string,
	vg: VolumeGroupOnDisk,
	spec: NewFileSystem,
	used: ReadonlySet<string>,
	mountPointsInUse: ReadonlySet<string>,
	command = 'crfs',
): {fs: FileSystemDef; messages: string[]} {
	if (!profileOf(state).fileSystems.includes(spec.vfs)) refuse(msg.vfsNotInstalled(command, spec.vfs));
	checkMountPoint(command, spec.mountPoint, mountPointsInUse);
	const names = new Set(used);
	let lv: LogicalVolume;
	if (spec.lv !== undefined) {
		const existing = vg.lvs[spec.lv];
		if (!existing) refuse(msg.noSuchLv(command, spec.lv, vg.name));
		if (Object.values(vg.filesystems).some(fs => fs.lv === spec.lv)) refuse(msg.lvHoldsFileSystem(command, spec.lv));
		if (!['jfs', 'jfs2', 'raw'].includes(existing.type)) refuse(msg.lvWrongType(command, spec.lv, existing.type));
		const capacity = existing.lps * blocksPerPp(vg);
		if (spec.sizeBlocks !== undefined && spec.sizeBlocks > capacity) refuse(msg.sizeLargerThanLv(command, spec.sizeBlocks, spec.lv, capacity));
		lv = existing;
	} else {
		if (spec.sizeBlocks === undefined || spec.sizeBlocks <= 0) refuse(msg.sizeNeeded(command));
		const lps = Math.ceil(spec.sizeBlocks / blocksPerPp(vg));
		lv = createLogicalVolume(
			state,
			node,
			vg,
			{name: nextDeviceName(spec.vfs === 'jfs2' ? 'fslv' : 'lv', names), type: spec.vfs, lps, copies: 1, pvids: []},
			names,
			command,
		);
		names.add(lv.name);
	}
	const log = logFor(state, node, vg, spec, names, command);
	const sizeBlocks = spec.lv !== undefined ? (spec.sizeBlocks ?? lv.lps * blocksPerPp(vg)) : lv.lps * blocksPerPp(vg);
	lv.type = spec.vfs;
	lv.label = spec.mountPoint;
	const fs: FileSystemDef = {
		vfs: spec.vfs,
		mountPoint: spec.mountPoint,
		lv: lv.name,
		log,
		sizeBlocks,
		permissions: spec.permissions,
		options: spec.options,
	};
	vg.filesystems[spec.mountPoint] = fs;
	touchVgda(state, vg);
	const kilobytes = sizeBlocks / 2;
	const messages =
		spec.vfs === 'jfs2'
			? [
					'File system created successfully.',
					`${kilobytes - Math.ceil(kilobytes / 4444)} kilobytes total disk space.`,
					`New File System size is ${sizeBlocks}`,
				]
			: [
					`Based on the parameters chosen, the new ${spec.mountPoint} JFS file system`,
					'is limited to a maximum size of 134217728 (512 byte blocks)',
					'',
					`New File System size is ${sizeBlocks}`,
				];
	return {fs, messages};
}

export interface FileSystemChange {
	/** New size in blocks (already resolved from `+N`). */
	sizeBlocks?: number;
	mountPoint?: string;
	permissions?: 'rw' | 'ro';
	options?: string;
}

/**
 * chfs: grow (the LV grows with it when needed), move the mount point, or
 * change the permissions and options. The caller checks a moved file system
 * is unmounted everywhere.
 */
export function changeFileSystem(
	state: ClusterState,
	node: string,
	vg: VolumeGroupOnDisk,
	mountPoint: string,
	change: FileSystemChange,
	mountPointsInUse: ReadonlySet<string>,
	command = 'chfs',
): string[] {
	const fs = vg.filesystems[mountPoint]!;
	const messages: string[] = [];
	if (change.mountPoint !== undefined && change.mountPoint !== mountPoint) checkMountPoint(command, change.mountPoint, mountPointsInUse);
	if (change.sizeBlocks !== undefined && change.sizeBlocks !== fs.sizeBlocks) {
		if (change.sizeBlocks < fs.sizeBlocks) refuse(msg.cannotShrink(command, fs.sizeBlocks));
		const lv = vg.lvs[fs.lv]!;
		// chfs rounds the size up to whole partitions.
		const needed = Math.ceil(change.sizeBlocks / blocksPerPp(vg)) - lv.lps;
		if (needed > 0) extendLogicalVolume(state, node, vg, lv, needed, [], command);
		const grownBlocks = Math.ceil(change.sizeBlocks / blocksPerPp(vg)) * blocksPerPp(vg) - fs.sizeBlocks;
		fs.sizeBlocks += grownBlocks;
		// /var's free space is what clverify's sizing check reads (HACMP's logs and clverify's copies live there).
		if (mountPoint === '/var' && vg.name === 'rootvg') state.nodes[node]!.varFreeMb += grownBlocks / 2048;
		messages.push(`Filesystem size changed to ${fs.sizeBlocks}`);
	}
	if (change.permissions !== undefined) fs.permissions = change.permissions;
	if (change.options !== undefined) fs.options = change.options;
	if (change.mountPoint !== undefined && change.mountPoint !== mountPoint) {
		delete vg.filesystems[mountPoint];
		fs.mountPoint = change.mountPoint;
		vg.filesystems[fs.mountPoint] = fs;
		vg.lvs[fs.lv]!.label = fs.mountPoint;
	}
	touchVgda(state, vg);
	return messages;
}

/** rmfs: the file system and the LV under it. The caller checks it is unmounted everywhere. */
export function removeFileSystem(state: ClusterState, vg: VolumeGroupOnDisk, mountPoint: string): string[] {
	const fs = vg.filesystems[mountPoint]!;
	removeLogicalVolume(state, vg, fs.lv);
	return [msg.lvRemoved(fs.lv)];
}
