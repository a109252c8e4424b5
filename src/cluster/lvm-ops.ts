/**
 * AIX LVM operations on one node, with AIX's rules and messages: varyonvg
 * (quorum, forced varyon, concurrent modes, disk reservations), varyoffvg,
 * mount / umount, importvg / exportvg and HACMP's lazy update. Each returns
 * the messages the real command would print, and whether it worked; the
 * callers (commands and cluster events) decide what a failure means.
 */
import type {ClusterState} from './state.js';
import {hasQuorum, type ImportedVolumeGroup, type VaryonMode, type VolumeGroupOnDisk} from './lvm.js';

export interface LvmResult {
	ok: boolean;
	messages: string[];
}

const ok = (...messages: string[]): LvmResult => ({ok: true, messages});
const fail = (...messages: string[]): LvmResult => ({ok: false, messages});

export function importedVolumeGroup(state: ClusterState, node: string, vgName: string): ImportedVolumeGroup | undefined {
	return state.nodes[node]?.lvm.volumeGroups[vgName];
}

export function volumeGroupOnDisk(state: ClusterState, node: string, vgName: string): VolumeGroupOnDisk | undefined {
	const imported = importedVolumeGroup(state, node, vgName);
	return imported && state.vgda[imported.vgid];
}

/** The hdisk name a node uses for a PVID. */
export function hdiskName(state: ClusterState, node: string, pvid: string): string {
	return state.disks[pvid]?.paths[node] ?? pvid;
}

/** True when every logical partition of every LV still has a copy on a working disk. */
export function everyPartitionHasGoodCopy(state: ClusterState, vg: VolumeGroupOnDisk): boolean {
	const good = (pvid: string) => !state.disks[pvid]?.failed;
	return Object.values(vg.lvs).every(lv => {
		for (let lp = 0; lp < lv.lps; lp++) {
			const survives = lv.copies.some(copy => {
				let first = 0;
				for (const extent of copy) {
					if (lp < first + extent.pps) return good(extent.pvid);
					first += extent.pps;
				}
				return false;
			});
			if (!survives) return false;
		}
		return true;
	});
}

/** Nodes other than `node` that have the VG varied on, and how. */
function variedOnElsewhere(state: ClusterState, node: string, vgid: string): Array<{node: string; mode: VaryonMode}> {
	const found: Array<{node: string; mode: VaryonMode}> = [];
	for (const [name, other] of Object.entries(state.nodes)) {
		if (name === node) continue;
		for (const [vgName, mode] of Object.entries(other.lvm.varyon)) {
			if (other.lvm.volumeGroups[vgName]?.vgid === vgid) found.push({node: name, mode});
		}
	}
	return found;
}

/** varyonvg [-f] [-c]: make a VG available on a node in the given mode. */
export function varyOnVolumeGroup(state: ClusterState, node: string, vgName: string, options: {mode?: VaryonMode; force?: boolean} = {}): LvmResult {
	const mode = options.mode ?? 'active';
	const lvm = state.nodes[node]!.lvm;
	const imported = lvm.volumeGroups[vgName];
	if (!imported) return fail(`0516-306 getlvodm: Unable to find volume group ${vgName} in the Device`, 'Configuration Database.', `0516-008 varyonvg: LVM system call returned an unknown`, 'error code (-1).');
	const vg = state.vgda[imported.vgid];
	if (!vg) return fail(`0516-013 varyonvg: The volume group cannot be varied on because`, 'there are no good copies of the descriptor area.');
	if (lvm.varyon[vgName] === mode) return ok();
	if (mode !== 'active' && !vg.concurrent) {
		return fail(`0516-1319 varyonvg: ${vgName} is not concurrent capable; it cannot be varied on in concurrent mode.`);
	}
	const unseen = vg.pvids.filter(pvid => !state.disks[pvid]?.paths[node]);
	if (unseen.length > 0) return fail(`0516-013 varyonvg: The volume group cannot be varied on because`, `there are no good copies of the descriptor area (${unseen.join(', ')} not configured on ${node}).`);
	for (const other of variedOnElsewhere(state, node, vg.vgid)) {
		if (other.mode === 'active' || mode === 'active') {
			return fail(`0516-1775 varyonvg: The disks of ${vgName} are reserved by ${other.node}, where the volume group is varied on.`);
		}
	}
	const messages: string[] = [];
	const quorum = hasQuorum(vg, state.disks);
	const missing = vg.pvids.filter(pvid => state.disks[pvid]?.failed);
	for (const pvid of missing) messages.push(`PV Status:\t${hdiskName(state, node, pvid)}\t${pvid}\tPVMISSING`);
	if (!quorum.quorum || (!vg.quorum && missing.length > 0)) {
		if (!options.force) {
			return fail(
				...messages,
				'0516-052 varyonvg: Volume group cannot be varied on without a',
				'\tquorum. More physical volumes in the group must be active.',
				'\tRun diagnostics on inactive PVs.',
			);
		}
		if (!everyPartitionHasGoodCopy(state, vg)) {
			return fail(...messages, `0516-1791 varyonvg: Forced varyon of ${vgName} refused: some logical partitions have no good copy on an available disk.`);
		}
		messages.push(`0516-1783 varyonvg: Forced varyon of ${vgName}: ${quorum.good} of ${quorum.total} VGDA copies available; every logical partition has a good copy.`);
	}
	lvm.varyon[vgName] = mode;
	return ok(...messages);
}

/** varyoffvg: every file system of the VG must be unmounted first. */
export function varyOffVolumeGroup(state: ClusterState, node: string, vgName: string): LvmResult {
	const lvm = state.nodes[node]!.lvm;
	const imported = lvm.volumeGroups[vgName];
	if (!imported) return fail(`0516-306 getlvodm: Unable to find volume group ${vgName} in the Device`, 'Configuration Database.');
	if (!lvm.varyon[vgName]) return fail(`0516-010 lvaryoffvg: Volume group must be varied on; use varyonvg command.`);
	const open = Object.entries(lvm.mounts).filter(([, m]) => imported.lvs.includes(m.dev.replace('/dev/', '')));
	if (open.length > 0) {
		return fail('0516-012 lvaryoffvg: Logical volume must be closed.  If the logical', '\tvolume contains a filesystem, the umount command will close', '\tthe LV device.');
	}
	delete lvm.varyon[vgName];
	return ok();
}

/** mount a file system listed in the node's /etc/filesystems. */
export function mountFileSystem(state: ClusterState, node: string, mountPoint: string, options: {readOnly?: boolean} = {}): LvmResult {
	const lvm = state.nodes[node]!.lvm;
	const entry = lvm.filesystems[mountPoint];
	if (!entry) return fail(`mount: 0506-334 ${mountPoint} is not a known file system.`);
	if (lvm.mounts[mountPoint]) return fail(`mount: 0506-324 Cannot mount ${entry.dev} on ${mountPoint}: The requested resource is busy.`);
	const lv = entry.dev.replace('/dev/', '');
	const vgName = Object.keys(lvm.volumeGroups).find(name => lvm.volumeGroups[name]!.lvs.includes(lv));
	const mode = vgName ? lvm.varyon[vgName] : undefined;
	if (!vgName || (mode !== 'active' && mode !== 'concurrent-active')) {
		return fail(`mount: 0506-324 Cannot mount ${entry.dev} on ${mountPoint}: There is a request to a device or address that does not exist.`);
	}
	const log = entry.log;
	lvm.mounts[mountPoint] = {dev: entry.dev, vfs: entry.vfs, options: `${options.readOnly ? 'ro' : 'rw'},log=${log}`, at: state.clock};
	return ok();
}

/** umount a mounted file system. */
export function unmountFileSystem(state: ClusterState, node: string, mountPoint: string): LvmResult {
	const lvm = state.nodes[node]!.lvm;
	if (!lvm.mounts[mountPoint]) return fail(`umount: 0506-347 Cannot find anything to unmount.`);
	delete lvm.mounts[mountPoint];
	return ok();
}

/** The mount points of a VG's file systems, from the node's /etc/filesystems. */
export function fileSystemsOf(state: ClusterState, node: string, vgName: string): string[] {
	const lvm = state.nodes[node]!.lvm;
	const lvs = lvm.volumeGroups[vgName]?.lvs ?? [];
	return Object.keys(lvm.filesystems).filter(mp => lvs.includes(lvm.filesystems[mp]!.dev.replace('/dev/', '')));
}

/**
 * importvg from one disk: reads the VGDA through that disk and records the
 * VG, its LVs and their file systems in the node's ODM and /etc/filesystems.
 */
export function importVolumeGroup(state: ClusterState, node: string, pvid: string, options: {name: string; major: number}): LvmResult {
	const disk = state.disks[pvid];
	const lvm = state.nodes[node]!.lvm;
	const hdisk = hdiskName(state, node, pvid);
	if (!disk || !disk.paths[node]) return fail(`0516-304 getlvodm: Unable to find device id ${pvid} in the Device`, 'Configuration Database.', `0516-780 importvg: Unable to import volume group from ${hdisk}.`);
	const vg = disk.vgid ? state.vgda[disk.vgid] : undefined;
	if (!vg || disk.failed) return fail(`0516-1140 importvg: Unable to read the volume group descriptor area on ${hdisk}.`, `0516-780 importvg: Unable to import volume group from ${hdisk}.`);
	if (lvm.volumeGroups[options.name]) return fail(`0516-360 getlvodm: The device name is already used; choose a different name.`, `0516-776 importvg: Cannot import ${hdisk} as ${options.name}.`);
	lvm.volumeGroups[options.name] = {vgid: vg.vgid, major: options.major, timestamp: vg.timestamp, autoVaryon: true, pvids: [...vg.pvids], lvs: Object.keys(vg.lvs)};
	for (const fs of Object.values(vg.filesystems)) {
		lvm.filesystems[fs.mountPoint] = {dev: `/dev/${fs.lv}`, vfs: fs.vfs, log: `/dev/${fs.log}`, mount: 'false', options: fs.permissions, account: 'false'};
	}
	return ok(options.name);
}

/** exportvg: forget a varied-off VG in the node's ODM and its /etc/filesystems stanzas. */
export function exportVolumeGroup(state: ClusterState, node: string, vgName: string): LvmResult {
	const lvm = state.nodes[node]!.lvm;
	const imported = lvm.volumeGroups[vgName];
	if (!imported) return fail(`0516-306 getlvodm: Unable to find volume group ${vgName} in the Device`, 'Configuration Database.', `0516-764 exportvg: The volume group must be varied off before exporting.`);
	if (lvm.varyon[vgName]) return fail('0516-764 exportvg: The volume group must be varied off before exporting.');
	for (const mountPoint of fileSystemsOf(state, node, vgName)) delete lvm.filesystems[mountPoint];
	delete lvm.volumeGroups[vgName];
	return ok();
}

/**
 * HACMP's lazy update: when the node's recorded VGDA timestamp differs from
 * the disks', export the VG and import it again (from the first disk the
 * node's ODM lists, with the same major number) before varying it on.
 */
export function lazyUpdate(state: ClusterState, node: string, vgName: string): LvmResult & {updated: boolean} {
	const imported = importedVolumeGroup(state, node, vgName);
	const vg = imported && state.vgda[imported.vgid];
	if (!imported || !vg || imported.timestamp === vg.timestamp) return {ok: true, messages: [], updated: false};
	const firstPvid = imported.pvids[0]!;
	const messages = [`cl_vgsync: ${vgName}: the ODM timestamp ${imported.timestamp} differs from the VGDA timestamp ${vg.timestamp}; exporting and importing ${vgName}.`];
	const first = state.disks[firstPvid];
	if (!first || first.vgid !== vg.vgid || !first.paths[node]) {
		// Caveat 1: the first disk was replaced, so the PVID in the ODM no longer matches the disk.
		return {ok: false, updated: false, messages: [...messages, `0516-304 getlvodm: Unable to find device id ${firstPvid} in the Device`, 'Configuration Database.', `0516-780 importvg: Unable to import volume group from ${hdiskName(state, node, firstPvid)}.`]};
	}
	if (first.raidArray) {
		// Caveat 2: a multi-LUN SCSI RAID device presents each LUN as a disk; the automatic import cannot tell them apart.
		return {ok: false, updated: false, messages: [...messages, `0516-1140 importvg: ${hdiskName(state, node, firstPvid)} is one LUN of the multi-LUN RAID device ${first.raidArray}; the volume group must be imported by hand.`, `0516-780 importvg: Unable to import volume group from ${hdiskName(state, node, firstPvid)}.`]};
	}
	const {major, autoVaryon} = imported;
	exportVolumeGroup(state, node, vgName);
	const result = importVolumeGroup(state, node, firstPvid, {name: vgName, major});
	state.nodes[node]!.lvm.volumeGroups[vgName]!.autoVaryon = autoVaryon;
	return {ok: result.ok, updated: result.ok, messages: [...messages, ...result.messages.filter(m => m !== vgName)]};
}
