/**
 * Each node's own picture of the shared volume groups (its ODM and
 * /etc/filesystems) and the ways it is brought in line with the VGDA:
 * importvg / exportvg, the learning import C-SPOC runs on every node after
 * a change, and HACMP's lazy update. Major numbers live here too: a shared
 * VG needs the same one on every node (NFS file handles carry it).
 */
import type {ClusterState} from './state.js';
import {lvOfDevice, nextDeviceName, vgNameOn, type FileSystemDef, type FilesystemsEntry, type ImportedVolumeGroup} from './lvm.js';
import {refuse} from './errors.js';
import * as msg from './lvm-messages.js';
import {attempt, hdiskName, importedVolumeGroup} from './lvm-ops.js';
import type {DeepReadonly} from './readonly.js';

/** Majors lvlstmajor hands out start here; below are the system's own devices. */
const FIRST_USER_MAJOR = 10;
/** Major numbers go up to 511 (lvlstmajor's last range is open-ended up to it). */
export const MAJOR_LIMIT = 512;

/** Major numbers in use on a node: other devices and every VG its ODM knows. */
export function majorsInUse(state: DeepReadonly<ClusterState>, node: string): Set<number> {
	const lvm = state.nodes[node]!.lvm;
	return new Set([...lvm.reservedMajors, ...Object.values(lvm.volumeGroups).map(vg => vg.major)]);
}

/** Majors free on every one of the nodes, ascending. */
export function freeMajors(state: DeepReadonly<ClusterState>, nodes: readonly string[]): number[] {
	const used = new Set(nodes.flatMap(node => [...majorsInUse(state, node)]));
	const free: number[] = [];
	for (let major = FIRST_USER_MAJOR; major < MAJOR_LIMIT; major++) if (!used.has(major)) free.push(major);
	return free;
}

/** lvlstmajor's form: `39...49,52...`: ranges, the last one open. */
export function majorRanges(free: readonly number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < free.length; ) {
		let j = i;
		while (j + 1 < free.length && free[j + 1] === free[j]! + 1) j++;
		if (j === free.length - 1) parts.push(`${free[i]}...`);
		else parts.push(j === i ? `${free[i]}` : `${free[i]}...${free[j]}`);
		i = j + 1;
	}
	return parts.join(',');
}

/** Device names a node's ODM uses: VGs, LVs and disks share one name space. */
export function deviceNames(state: DeepReadonly<ClusterState>, node: string): Set<string> {
	const lvm = state.nodes[node]!.lvm;
	const names = new Set<string>(Object.keys(lvm.volumeGroups));
	for (const vg of Object.values(lvm.volumeGroups)) for (const lv of vg.lvs) names.add(lv);
	for (const disk of Object.values(state.disks)) if (disk.paths[node]) names.add(disk.paths[node]);
	return names;
}

/** The /etc/filesystems stanza for a file system the VGDA records (mount = false: HACMP mounts shared ones). */
export function stanza(fs: FileSystemDef, mount: FilesystemsEntry['mount'] = 'false'): FilesystemsEntry {
	return {
		dev: `/dev/${fs.lv}`,
		vfs: fs.vfs,
		log: fs.log === 'INLINE' ? 'INLINE' : `/dev/${fs.log}`,
		mount,
		options: fs.permissions,
		account: 'false',
	};
}

/**
 * Bring a node's view of a VG up to the VGDA (importvg -L, C-SPOC's update
 * of the other nodes): its LV list, disks and timestamp, and the
 * /etc/filesystems stanzas of the VG's file systems. Stanzas written by
 * hand for LVs the VGDA records no file system on are left alone.
 */
export function refreshNodeView(state: ClusterState, node: string, vgName: string): void {
	const lvm = state.nodes[node]!.lvm;
	const imported = lvm.volumeGroups[vgName]!;
	const vg = state.vgda[imported.vgid]!;
	const known = new Set([...imported.lvs, ...Object.keys(vg.lvs)]);
	const byLv = new Map(Object.values(vg.filesystems).map(fs => [fs.lv, fs]));
	for (const [mountPoint, entry] of Object.entries(lvm.filesystems)) {
		const lv = lvOfDevice(entry.dev);
		if (!known.has(lv)) continue;
		const fs = byLv.get(lv);
		const gone = !vg.lvs[lv];
		const moved = fs !== undefined && fs.mountPoint !== mountPoint;
		if ((gone || moved) && !lvm.mounts[mountPoint]) delete lvm.filesystems[mountPoint];
	}
	for (const fs of Object.values(vg.filesystems)) lvm.filesystems[fs.mountPoint] = stanza(fs, lvm.filesystems[fs.mountPoint]?.mount);
	imported.lvs = Object.keys(vg.lvs);
	imported.pvids = [...vg.pvids];
	imported.timestamp = vg.timestamp;
}

export interface ImportOptions {
	/** -y; without it importvg makes up vg00, vg01, ... (older VGDAs carry no name). */
	name?: string;
	/** -V; without it the lowest major free on the node. */
	major?: number;
	autoVaryon?: boolean;
}

/**
 * importvg from one disk: reads the VGDA through that disk and records the
 * VG, its LVs and their file systems in the node's ODM and /etc/filesystems.
 * The first message line is the VG name, as importvg prints it.
 */
export function importVolumeGroup(state: ClusterState, node: string, pvid: string, options: ImportOptions = {}): string[] {
	const disk = state.disks[pvid];
	const lvm = state.nodes[node]!.lvm;
	const hdisk = hdiskName(state, node, pvid);
	if (!disk?.paths[node]) refuse([msg.pvidNotInOdm(pvid), msg.cannotImportFrom(hdisk)]);
	const vg = disk.vgid ? state.vgda[disk.vgid] : undefined;
	if (!vg || disk.failed) refuse([msg.vgdaUnreadable(`on ${hdisk}`), msg.cannotImportFrom(hdisk)]);
	const already = vgNameOn(lvm, vg.vgid);
	if (already) refuse([msg.alreadyImported(hdisk, already), msg.cannotImportFrom(hdisk)]);
	const names = deviceNames(state, node);
	const name = options.name ?? nextDeviceName('vg', names);
	if (names.has(name)) refuse([msg.deviceNameUsed(), msg.cannotImportAs(hdisk, name)]);
	const clash = Object.keys(vg.lvs).find(lv => names.has(lv));
	if (clash) refuse([msg.deviceNameUsed(clash), msg.cannotImportAs(hdisk, name)]);
	const major = options.major ?? freeMajors(state, [node])[0]!;
	if (majorsInUse(state, node).has(major)) refuse([msg.majorInUse('importvg', major, node), msg.cannotImportAs(hdisk, name)]);
	const messages = [name];
	const imported: ImportedVolumeGroup = {
		vgid: vg.vgid,
		major,
		timestamp: vg.timestamp,
		autoVaryon: options.autoVaryon ?? true,
		pvids: [...vg.pvids],
		lvs: Object.keys(vg.lvs),
	};
	lvm.volumeGroups[name] = imported;
	for (const fs of Object.values(vg.filesystems)) {
		const existing = lvm.filesystems[fs.mountPoint];
		if (existing && existing.dev !== `/dev/${fs.lv}`)
			messages.push(`imfs: Warning: mount point ${fs.mountPoint} already exists in /etc/filesystems.`);
		else lvm.filesystems[fs.mountPoint] = stanza(fs);
	}
	return messages;
}

/** exportvg: forget a varied-off VG in the node's ODM and its /etc/filesystems stanzas. */
export function exportVolumeGroup(state: ClusterState, node: string, vgName: string): void {
	const lvm = state.nodes[node]!.lvm;
	const imported = lvm.volumeGroups[vgName];
	if (!imported) refuse([msg.vgNotInOdm('getlvodm', vgName), msg.cannotExport(vgName)]);
	if (lvm.varyon[vgName]) refuse(msg.exportNeedsVaryoff());
	for (const [mountPoint, entry] of Object.entries(lvm.filesystems))
		if (imported.lvs.includes(lvOfDevice(entry.dev))) delete lvm.filesystems[mountPoint];
	delete lvm.volumeGroups[vgName];
}

/**
 * HACMP's lazy update: when the node's recorded VGDA timestamp differs from
 * the disks', export the VG and import it again (from the first disk the
 * node's ODM lists, with the same major number) before varying it on.
 * Returns what it logs (nothing when the node is up to date).
 */
export function lazyUpdate(state: ClusterState, node: string, vgName: string): string[] {
	const imported = importedVolumeGroup(state, node, vgName);
	const vg = imported && state.vgda[imported.vgid];
	if (!imported || !vg || imported.timestamp === vg.timestamp) return [];
	const firstPvid = imported.pvids[0]!;
	const hdisk = hdiskName(state, node, firstPvid);
	const messages = [
		`cl_vgsync: ${vgName}: the ODM timestamp ${imported.timestamp} differs from the VGDA timestamp ${vg.timestamp}; exporting and importing ${vgName}.`,
	];
	const first = state.disks[firstPvid];
	if (!first || first.vgid !== vg.vgid || !first.paths[node]) {
		// Caveat 1: the first disk was replaced, so the PVID in the ODM no longer matches a disk of the VG.
		refuse([...messages, msg.pvidNotInOdm(firstPvid), msg.cannotImportFrom(hdisk)]);
	}
	if (first.raidArray) {
		// Caveat 2: a multi-LUN SCSI RAID device presents each LUN as a disk; the automatic import cannot tell them apart.
		refuse([...messages, msg.raidLun(hdisk, first.raidArray), msg.cannotImportFrom(hdisk)]);
	}
	const {major, autoVaryon} = imported;
	messages.push(`exportvg ${vgName}`, `importvg -V ${major} -y ${vgName} ${hdisk}`);
	exportVolumeGroup(state, node, vgName);
	const result = attempt(() => importVolumeGroup(state, node, firstPvid, {name: vgName, major, autoVaryon}));
	if (!result.ok) refuse([...messages, ...result.messages]);
	return [...messages, ...result.messages.filter(m => m !== vgName)];
}
