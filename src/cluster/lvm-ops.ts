/**
 * AIX LVM operations on one node, with AIX's rules and messages: varyonvg
 * (quorum, forced varyon, concurrent modes, disk reservations, resync of
 * stale partitions), varyoffvg, mount and umount. Each returns the messages
 * the real command would print, and whether it worked; the callers
 * (commands and cluster events) decide what a failure means.
 */
import type {ClusterState} from './state.js';
import {extentOf, hasQuorum, lvOfDevice, placesOf, volumeGroupOfLv, type ImportedVolumeGroup, type VaryonMode, type VolumeGroupOnDisk} from './lvm.js';
import type {DeepReadonly} from './readonly.js';

export interface LvmResult {
	ok: boolean;
	messages: string[];
}

/** An operation that worked, and what it printed. */
export const ok = (...messages: string[]): LvmResult => ({ok: true, messages});
/** An operation that failed, and the lines the AIX command prints. */
export const fail = (...messages: string[]): LvmResult => ({ok: false, messages});

export function importedVolumeGroup(state: ClusterState, node: string, vgName: string): ImportedVolumeGroup | undefined {
	return state.nodes[node]?.lvm.volumeGroups[vgName];
}

/** The hdisk name a node uses for a PVID. */
export function hdiskName(state: DeepReadonly<ClusterState>, node: string, pvid: string): string {
	return state.disks[pvid]?.paths[node] ?? pvid;
}

/**
 * True when every logical partition of every LV still has a good copy: on
 * a working disk and not stale. HACMP checks this before forcing a varyon.
 */
export function everyPartitionHasGoodCopy(state: ClusterState, vg: VolumeGroupOnDisk): boolean {
	return Object.values(vg.lvs).every(lv => {
		for (let lp = 0; lp < lv.lps; lp++) {
			const survives = lv.copies.some(copy => {
				const extent = extentOf(copy, lp);
				return extent !== undefined && !extent.stale && !state.disks[extent.pvid]?.failed;
			});
			if (!survives) return false;
		}
		return true;
	});
}

/** The VGSA records the partitions of missing disks as stale: they miss every write from now on. */
export function markMissingStale(state: ClusterState, vg: VolumeGroupOnDisk): void {
	for (const lv of Object.values(vg.lvs)) {
		if (lv.copies.length < 2) continue;
		for (const copy of lv.copies) for (const extent of copy) if (state.disks[extent.pvid]?.failed) extent.stale = true;
	}
}

/**
 * Resynchronise stale partitions whose disk works, from a good copy of the
 * same logical partitions. Returns the LVs that still have stale partitions.
 */
export function syncStalePartitions(state: ClusterState, vg: VolumeGroupOnDisk, lvNames: readonly string[] = Object.keys(vg.lvs)): string[] {
	const unsynced: string[] = [];
	for (const name of lvNames) {
		const lv = vg.lvs[name];
		if (!lv) continue;
		lv.copies.forEach((copy, index) => {
			let first = 0;
			for (const extent of copy) {
				const start = first;
				first += extent.pps;
				if (!extent.stale || state.disks[extent.pvid]?.failed) continue;
				let source = true;
				for (let lp = start; lp < start + extent.pps && source; lp++) {
					source = lv.copies.some((other, i) => {
						const from = i === index ? undefined : extentOf(other, lp);
						return from !== undefined && !from.stale && !state.disks[from.pvid]?.failed;
					});
				}
				if (source) delete extent.stale;
			}
		});
		if (lv.copies.some(copy => copy.some(e => e.stale))) unsynced.push(name);
	}
	return unsynced;
}

export interface VaryonOptions {
	mode?: VaryonMode;
	/** -f: vary on without a quorum (AIX does not check the data; HACMP does first). */
	force?: boolean;
	/** -n: leave stale partitions for a later syncvg. */
	noSync?: boolean;
}

/** varyonvg [-f] [-c] [-n]: make a VG available on a node in the given mode. */
export function varyOnVolumeGroup(state: ClusterState, node: string, vgName: string, options: VaryonOptions = {}): LvmResult {
	const mode = options.mode ?? 'active';
	const lvm = state.nodes[node]!.lvm;
	const imported = lvm.volumeGroups[vgName];
	if (!imported) return fail(`0516-306 getlvodm: Unable to find volume group ${vgName} in the Device`, '\tConfiguration Database.', `0516-008 varyonvg: LVM system call returned an unknown`, '\terror code (-1).');
	const vg = state.vgda[imported.vgid];
	if (!vg) return fail(`0516-013 varyonvg: The volume group cannot be varied on because`, '\tthere are no good copies of the descriptor area.');
	const current = lvm.varyon[vgName];
	if (current === mode || (current === 'active' && mode === 'concurrent-active')) return ok();
	if (mode !== 'active' && !vg.concurrent) {
		return fail(`0516-1319 varyonvg: ${vgName} is not concurrent capable; it cannot be varied on in concurrent mode.`);
	}
	if (current && mode === 'active') return fail(`0516-1316 varyonvg: ${vgName} is varied on in ${current === 'concurrent-passive' ? 'passive' : 'concurrent'} mode; vary it off first.`);
	const unseen = vg.pvids.filter(pvid => !state.disks[pvid]?.paths[node]);
	if (unseen.length === vg.pvids.length) return fail(`0516-013 varyonvg: The volume group cannot be varied on because`, '\tthere are no good copies of the descriptor area.');
	for (const other of placesOf(state, vg.vgid)) {
		if (other.node === node || !other.mode) continue;
		if (other.mode === 'active' || mode === 'active') {
			return fail(`0516-1775 varyonvg: The disks of ${vgName} are reserved by ${other.node}, where the volume group is varied on.`);
		}
	}
	const messages: string[] = [];
	const quorum = hasQuorum(vg, state.disks, node);
	const missing = vg.pvids.filter(pvid => state.disks[pvid]?.failed || !state.disks[pvid]?.paths[node]);
	if (missing.length > 0) {
		messages.push(...vg.pvids.map((pvid, i) => `${i === 0 ? 'PV Status:\t' : '\t\t'}${hdiskName(state, node, pvid)}\t${pvid}\t${missing.includes(pvid) ? 'PVMISSING' : 'PVACTIVE'}`));
	}
	// With quorum on, more than half the VGDAs suffice; with quorum off, all of them must answer.
	if (!quorum.quorum || (!vg.quorum && missing.length > 0)) {
		if (!options.force) {
			return fail(
				...messages,
				'0516-052 varyonvg: Volume group cannot be varied on without a',
				'\tquorum. More physical volumes in the group must be active.',
				'\tRun diagnostics on inactive PVs.',
			);
		}
		messages.push(`varyonvg: Forced varyon of ${vgName}: ${quorum.good} of ${quorum.total} VGDA copies available; missing disks are marked removed.`);
	}
	lvm.varyon[vgName] = mode;
	if (missing.length > 0) markMissingStale(state, vg);
	if (!options.noSync && mode !== 'concurrent-passive') syncStalePartitions(state, vg);
	return ok(...messages);
}

/** varyoffvg: every file system of the VG must be unmounted first. */
export function varyOffVolumeGroup(state: ClusterState, node: string, vgName: string): LvmResult {
	const lvm = state.nodes[node]!.lvm;
	const imported = lvm.volumeGroups[vgName];
	if (!imported) return fail(`0516-306 getlvodm: Unable to find volume group ${vgName} in the Device`, '\tConfiguration Database.');
	if (!lvm.varyon[vgName]) return fail(`0516-010 lvaryoffvg: Volume group must be varied on; use varyonvg command.`);
	const open = Object.values(lvm.mounts).some(m => imported.lvs.includes(lvOfDevice(m.dev)));
	if (open) {
		return fail('0516-012 lvaryoffvg: Logical volume must be closed.  If the logical', '\tvolume contains a filesystem, the umount command will close', '\tthe LV device.', `0516-942 varyoffvg: Unable to vary off volume group ${vgName}.`);
	}
	delete lvm.varyon[vgName];
	return ok();
}

/** mount a file system listed in the node's /etc/filesystems, or an LV on a directory. */
export function mountFileSystem(state: ClusterState, node: string, mountPoint: string, options: {readOnly?: boolean; dev?: string; vfs?: string} = {}): LvmResult {
	const lvm = state.nodes[node]!.lvm;
	const entry = lvm.filesystems[mountPoint];
	const dev = options.dev ?? entry?.dev;
	if (!dev) return fail(`mount: 0506-334 ${mountPoint} is not a known file system.`);
	if (lvm.mounts[mountPoint]) return fail(`mount: 0506-324 Cannot mount ${dev} on ${mountPoint}: The requested resource is busy.`);
	const lv = lvOfDevice(dev);
	const vgName = volumeGroupOfLv(lvm, lv);
	const mode = vgName ? lvm.varyon[vgName] : undefined;
	if (!vgName || (mode !== 'active' && mode !== 'concurrent-active')) {
		return fail(`mount: 0506-324 Cannot mount ${dev} on ${mountPoint}: There is a request to a device or address that does not exist.`);
	}
	if (Object.values(lvm.mounts).some(m => m.dev === dev)) return fail(`mount: 0506-324 Cannot mount ${dev} on ${mountPoint}: The requested resource is busy.`);
	const readOnly = options.readOnly || entry?.options.split(',').includes('ro');
	const log = entry?.log ?? '';
	lvm.mounts[mountPoint] = {dev, vfs: options.vfs ?? entry?.vfs ?? 'jfs2', options: `${readOnly ? 'ro' : 'rw'}${log ? `,log=${log}` : ''}`, at: state.clock};
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
export function fileSystemsOf(state: DeepReadonly<ClusterState>, node: string, vgName: string): string[] {
	const lvm = state.nodes[node]!.lvm;
	const lvs = lvm.volumeGroups[vgName]?.lvs ?? [];
	return Object.keys(lvm.filesystems).filter(mp => lvs.includes(lvOfDevice(lvm.filesystems[mp]!.dev)));
}
