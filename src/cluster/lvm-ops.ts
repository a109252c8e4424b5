/**
 * AIX LVM operations on one node, with AIX's rules and messages: varyonvg
 * (quorum, forced varyon, concurrent modes, disk reservations, resync of
 * stale partitions), varyoffvg, mount and umount. Each returns the messages
 * the real command prints, or refuses with AIX's; a command lets the refusal
 * end it, a cluster event takes it through attempt() and logs it.
 */
import {CommandError, refuse} from './errors.js';
import * as msg from './lvm-messages.js';
import type {ClusterState} from './state.js';
import {
	extentOf,
	hasQuorum,
	lvOfDevice,
	placesOf,
	volumeGroupOfLv,
	type ImportedVolumeGroup,
	type VaryonMode,
	type VolumeGroupOnDisk,
} from './lvm.js';
import type {DeepReadonly} from './readonly.js';
import {currentView} from './view.js';
import {splitApart} from './failure/model.js';

/** What an LVM step printed, and whether it worked. */
export interface LvmResult {
	ok: boolean;
	messages: string[];
}

/** Run a step whose refusal the caller reports and carries on from (a cluster event, a corrective action, a fallback). */
export function attempt(step: () => readonly string[] | void): LvmResult {
	try {
		return {ok: true, messages: [...(step() ?? [])]};
	} catch (error) {
		if (!(error instanceof CommandError)) throw error;
		return {ok: false, messages: error.message.split('\n')};
	}
}

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
export function varyOnVolumeGroup(state: ClusterState, node: string, vgName: string, options: VaryonOptions = {}): string[] {
	const mode = options.mode ?? 'active';
	const lvm = state.nodes[node]!.lvm;
	const imported = lvm.volumeGroups[vgName];
	if (!imported) refuse([msg.vgNotInOdm('getlvodm', vgName), msg.unknownLvmError()]);
	const vg = state.vgda[imported.vgid];
	if (!vg) refuse(msg.noGoodVgda());
	const current = lvm.varyon[vgName];
	if (current === mode || (current === 'active' && mode === 'concurrent-active')) return [];
	if (mode !== 'active' && !vg.concurrent) refuse(msg.notConcurrentCapable(vgName));
	if (current && mode === 'active') refuse(msg.variedOnInMode(vgName, current === 'concurrent-passive'));
	const unseen = vg.pvids.filter(pvid => !state.disks[pvid]?.paths[node]);
	if (unseen.length === vg.pvids.length) refuse(msg.noGoodVgda());
	for (const other of placesOf(state, vg.vgid)) {
		// cl_disk_available breaks the reservation of a node this one declared down: under split brain, of one still running.
		if (other.node === node || !other.mode || splitApart(state, [node, other.node])) continue;
		if (other.mode === 'active' || mode === 'active') refuse(msg.reservedBy(vgName, other.node));
	}
	const messages: string[] = [];
	const quorum = hasQuorum(vg, state.disks, node);
	const missing = vg.pvids.filter(pvid => state.disks[pvid]?.failed || !state.disks[pvid]?.paths[node]);
	if (missing.length > 0) {
		messages.push(
			...vg.pvids.map(
				(pvid, i) =>
					`${i === 0 ? 'PV Status:\t' : '\t\t'}${hdiskName(state, node, pvid)}\t${pvid}\t${missing.includes(pvid) ? 'PVMISSING' : 'PVACTIVE'}`,
			),
		);
	}
	// With quorum on, more than half the VGDAs suffice; with quorum off, all of them must answer.
	if (!quorum.quorum || (!vg.quorum && missing.length > 0)) {
		if (!options.force) refuse([...messages, msg.noQuorum()]);
		messages.push(`varyonvg: Forced varyon of ${vgName}: ${quorum.good} of ${quorum.total} VGDA copies available; missing disks are marked removed.`);
	}
	lvm.varyon[vgName] = mode;
	if (missing.length > 0) markMissingStale(state, vg);
	if (!options.noSync && mode !== 'concurrent-passive') syncStalePartitions(state, vg);
	return messages;
}

/** varyoffvg: every file system of the VG must be unmounted first. */
export function varyOffVolumeGroup(state: ClusterState, node: string, vgName: string): void {
	const lvm = state.nodes[node]!.lvm;
	const imported = lvm.volumeGroups[vgName];
	if (!imported) refuse(msg.vgNotInOdm('getlvodm', vgName));
	if (!lvm.varyon[vgName]) refuse(msg.mustBeVariedOn('lvaryoffvg'));
	if (Object.values(lvm.mounts).some(m => imported.lvs.includes(lvOfDevice(m.dev)))) refuse(msg.lvsStillOpen(vgName));
	delete lvm.varyon[vgName];
}

/** mount a file system listed in the node's /etc/filesystems, or an LV on a directory (unless it is mounted there already). */
export function mountFileSystem(
	state: ClusterState,
	node: string,
	mountPoint: string,
	options: {readOnly?: boolean; dev?: string; vfs?: string} = {},
): void {
	const lvm = state.nodes[node]!.lvm;
	const entry = lvm.filesystems[mountPoint];
	const dev = options.dev ?? entry?.dev;
	if (!dev) refuse(msg.unknownFileSystem('mount', mountPoint));
	const mounted = lvm.mounts[mountPoint];
	// Already mounted there: nothing to do (the mount command refuses it as busy itself).
	if (mounted?.dev === dev) return;
	if (mounted) refuse(msg.cannotMount(dev, mountPoint, 'busy'));
	const lv = lvOfDevice(dev);
	const vgName = volumeGroupOfLv(lvm, lv);
	const mode = vgName ? lvm.varyon[vgName] : undefined;
	if (!vgName || (mode !== 'active' && mode !== 'concurrent-active')) refuse(msg.cannotMount(dev, mountPoint, 'no device'));
	if (Object.values(lvm.mounts).some(m => m.dev === dev)) refuse(msg.cannotMount(dev, mountPoint, 'busy'));
	const readOnly = options.readOnly || entry?.options.split(',').includes('ro');
	const log = entry?.log ?? '';
	lvm.mounts[mountPoint] = {
		dev,
		vfs: options.vfs ?? entry?.vfs ?? 'jfs2',
		options: `${readOnly ? 'ro' : 'rw'}${log ? `,log=${log}` : ''}`,
		at: state.clock,
	};
}

/** umount a mounted file system. */
export function unmountFileSystem(state: ClusterState, node: string, mountPoint: string): void {
	const lvm = state.nodes[node]!.lvm;
	if (!lvm.mounts[mountPoint]) refuse(msg.nothingToUnmount());
	delete lvm.mounts[mountPoint];
}

/** The mount points of a VG's file systems, from the node's /etc/filesystems. */
export function fileSystemsOf(state: DeepReadonly<ClusterState>, node: string, vgName: string): string[] {
	// Read through a view: an event asks for each VG it acquires, and through the proxy each entry read would be drafted.
	const lvm = currentView(state.nodes[node]!.lvm);
	const lvs = new Set(lvm.volumeGroups[vgName]?.lvs);
	return Object.keys(lvm.filesystems).filter(mp => lvs.has(lvOfDevice(lvm.filesystems[mp]!.dev)));
}
