/**
 * Volumes in disk groups: vxassist's layouts, dirty region logs sized for the cluster, exclusive open, opens and I/O
 * from nodes (summed by vxstat), plex removal, the connectivity policy when a node loses its path to a disk, and
 * vxrecover's resynchronization after a node crashed.
 */
import {refuse} from '../errors.js';
import {canWrite} from './activation.js';
import {members} from './cvm.js';
import {checkName, requireChangeable, requireGroup, requireMaster} from './groups.js';
import * as m from './messages.js';
import {clusterSize, drlBlocks, logPlex, resynchronize} from './drl.js';
import type {DiskGroup, IoStats, Plex, Volume, VolumeLayout, VxvmState} from './types.js';

/** `5g`, `500m`, `1024k`, or sectors. */
export function parseLength(text: string): number | undefined {
	const match = /^(\d+)([kmgt]?)$/i.exec(text);
	if (!match) return undefined;
	const unit = {'': 1, k: 2, m: 2048, g: 2048 * 1024, t: 2048 * 1024 * 1024}[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
	const sectors = Number(match[1]) * unit;
	return sectors > 0 ? sectors : undefined;
}

const used = (group: DiskGroup, media: string) =>
	Object.values(group.volumes).reduce(
		(sum, v) => sum + v.plexes.reduce((s, p) => s + p.subdisks.filter(sd => sd.disk === media).reduce((t, sd) => t + sd.length, 0), 0),
		0,
	);

/** Free space on each usable disk of the group, most free first. */
function freeDisks(vx: VxvmState, group: DiskGroup): Array<{media: string; free: number; offset: number}> {
	return (
		Object.entries(group.disks)
			// Spare disks are kept for hot-relocation: nothing is allocated on them.
			.filter(([media, device]) => !group.detached[media] && !vx.disks[device]!.spare)
			.map(([media, device]) => ({media, free: vx.disks[device]!.publen - used(group, media), offset: used(group, media)}))
			.sort((a, b) => b.free - a.free || a.media.localeCompare(b.media))
	);
}

/** Subdisks of `length` sectors over `columns` disks not in `avoid`, or undefined when they do not fit. */
/** Named afterwards (subdiskName), once every plex of the volume is placed. */
export function allocate(vx: VxvmState, group: DiskGroup, length: number, columns: number, avoid: Set<string>) {
	const each = Math.ceil(length / columns);
	const chosen = freeDisks(vx, group)
		.filter(d => !avoid.has(d.media) && d.free >= each)
		.slice(0, columns);
	if (chosen.length < columns) return undefined;
	return chosen.map(d => {
		avoid.add(d.media);
		return {name: '', disk: d.media, offset: d.offset, length: each};
	});
}

export interface MakeAttributes {
	layout: VolumeLayout;
	nmirror: number;
	ncol: number;
	exclusive: boolean;
	log: boolean;
}

/** vxassist make: shared groups on the master; no RAID-5 in a shared group. */
export function makeVolume(vx: VxvmState, node: string, dgName: string, name: string, length: number, attrs: MakeAttributes): Volume {
	const command = 'vxassist';
	const group = requireGroup(vx, node, dgName, command);
	requireChangeable(vx, node, group, command, `Volume ${name}`);
	if (group.shared && attrs.layout === 'raid5') refuse(m.raid5Shared(command, group.name));
	checkName(command, name);
	if (group.volumes[name]) refuse(m.volumeExists(command, name));
	const copies = attrs.layout === 'mirror' ? attrs.nmirror : 1;
	const columns = attrs.layout === 'stripe' || attrs.layout === 'raid5' ? attrs.ncol : 1;
	const avoid = new Set<string>();
	const plexes: Plex[] = [];
	for (let copy = 1; copy <= copies; copy++) {
		const plexName = `${name}-${String(copy).padStart(2, '0')}`;
		const subdisks = allocate(vx, group, length, columns, avoid) ?? refuse(m.noSpace(command, name));
		plexes.push({
			name: plexName,
			kind: 'data',
			layout: columns > 1 ? (attrs.layout === 'raid5' ? 'RAID' : 'STRIPE') : 'CONCAT',
			subdisks,
			state: 'ACTIVE',
		});
	}
	for (const plex of plexes) for (const sd of plex.subdisks) sd.name = subdiskName(group, sd.disk, plexes);
	const volume: Volume = {name, length, layout: attrs.layout, exclusive: attrs.exclusive, plexes, opens: {}, needsSync: false, stats: {}};
	group.volumes[name] = volume;
	if (attrs.log) addDirtyRegionLog(vx, group, volume, command);
	group.seqno++;
	return volume;
}

/** disk01-01, disk01-02, ...: the next free subdisk number on that disk. */
export function subdiskName(group: DiskGroup, media: string, pending: readonly Plex[]): string {
	const taken = new Set(
		[...Object.values(group.volumes), {plexes: pending} as Volume].flatMap(v => v.plexes.flatMap(p => p.subdisks.map(sd => sd.name))),
	);
	for (let i = 1; ; i++) {
		const name = `${media}-${String(i).padStart(2, '0')}`;
		if (!taken.has(name)) return name;
	}
}

function addDirtyRegionLog(vx: VxvmState, group: DiskGroup, volume: Volume, command: string): void {
	if (volume.layout !== 'mirror') refuse(m.notMirrored(command, volume.name));
	if (logPlex(volume)) refuse(m.hasLog(command, volume.name));
	const blocks = drlBlocks(volume.length, clusterSize(vx));
	const onData = new Set(volume.plexes.flatMap(p => p.subdisks.map(sd => sd.disk)));
	const avoid = freeDisks(vx, group).length > onData.size ? onData : new Set<string>();
	const plexName = `${volume.name}-${String(volume.plexes.length + 1).padStart(2, '0')}`;
	const subdisks = allocate(vx, group, blocks, 1, avoid) ?? refuse(m.noSpace(command, volume.name));
	subdisks[0]!.name = subdiskName(group, subdisks[0]!.disk, []);
	volume.plexes.push({name: plexName, kind: 'log', layout: 'CONCAT', subdisks, state: 'ACTIVE'});
	delete volume.logInvalid;
}

/** vxassist addlog: a DRL big enough for every node's image and the recovery image. */
export function addLog(vx: VxvmState, node: string, dgName: string, name: string): Volume {
	const command = 'vxassist';
	const group = requireGroup(vx, node, dgName, command);
	const volume = group.volumes[name] ?? refuse(m.noSuchVolume(command, group.name, name));
	requireChangeable(vx, node, group, command, `Volume ${name}`);
	addDirtyRegionLog(vx, group, volume, command);
	group.seqno++;
	return volume;
}

/** vxvol set exclusive=on|off: on the master, and only while no node has the volume open. */
export function setExclusive(vx: VxvmState, node: string, dgName: string, name: string, on: boolean): void {
	const command = 'vxvol';
	const group = requireGroup(vx, node, dgName, command);
	const volume = group.volumes[name] ?? refuse(m.noSuchVolume(command, group.name, name));
	requireChangeable(vx, node, group, command, `Volume ${name}`);
	const open = Object.keys(volume.opens).filter(n => volume.opens[n]! > 0);
	if (open.length > 0) refuse(m.openElsewhere(command, name, open));
	volume.exclusive = on;
}

/** vxplex -o rm dis PLEX: dissociate and remove a plex (the way to replace a DRL log that has become too small). */
export function removePlex(vx: VxvmState, node: string, dgName: string, plexName: string): void {
	const command = 'vxplex';
	const group = requireGroup(vx, node, dgName, command);
	const volume = Object.values(group.volumes).find(v => v.plexes.some(p => p.name === plexName)) ?? refuse(m.noSuchPlex(command, plexName));
	requireChangeable(vx, node, group, command, `Plex ${plexName}`);
	volume.plexes = volume.plexes.filter(p => p.name !== plexName);
	if (!logPlex(volume)) delete volume.logInvalid;
	group.seqno++;
}

/** vxedit set diskdetpolicy=global|local: the master's. */
export function setDetachPolicy(vx: VxvmState, node: string, dgName: string, policy: 'global' | 'local'): void {
	const command = 'vxedit';
	const group = requireGroup(vx, node, dgName, command);
	if (!group.shared) refuse(m.notShared(command, group.name, 'diskdetpolicy'));
	requireMaster(vx, node, command, `Disk group ${group.name}`);
	group.detachPolicy = policy;
}

/**
 * A node loses (or regains) its path to a disk. Global policy: any node's failure detaches the disk everywhere.
 * Local policy: only on the nodes that lost it, unless every member reports it, when it is detached everywhere.
 */
export function setPath(vx: VxvmState, node: string, device: string, lost: boolean): void {
	const self = vx.nodes[node]!;
	self.lostPaths = lost ? [...new Set([...self.lostPaths, device])] : self.lostPaths.filter(d => d !== device);
	const group = Object.values(vx.groups).find(g => g.id === vx.disks[device]?.group);
	if (!group?.shared || !group.imported) return;
	const media = Object.keys(group.disks).find(k => group.disks[k] === device)!;
	const reporting = members(vx).filter(n => vx.nodes[n]!.lostPaths.includes(device));
	if (reporting.length === 0) delete group.detached[media];
	else if (group.detachPolicy === 'global' || reporting.length === members(vx).length) group.detached[media] = ['*'];
	else group.detached[media] = reporting;
	for (const volume of Object.values(group.volumes)) {
		for (const plex of volume.plexes) {
			if (!plex.subdisks.some(sd => sd.disk === media)) continue;
			if (group.detached[media]?.[0] === '*') plex.state = 'NODEVICE';
			else if (plex.state === 'NODEVICE') plex.state = 'STALE';
		}
	}
}

/** Whether the disk is detached as `node` sees it. */
export const detachedOn = (group: DiskGroup, media: string, node: string) => (group.detached[media] ?? []).some(n => n === '*' || n === node);

/** A node opens a volume (an application, a raw device read). Exclusive volumes open on one node only. */
export function openVolume(vx: VxvmState, node: string, dgName: string, name: string, command: string): Volume {
	const group = requireGroup(vx, node, dgName, command);
	const volume = group.volumes[name] ?? refuse(m.noSuchVolume(command, group.name, name));
	if (group.shared && group.activation[node] === 'off') refuse(m.noAccess(command, group.name));
	const other = Object.keys(volume.opens).find(n => n !== node && volume.opens[n]! > 0);
	if (volume.exclusive && other) refuse(m.exclusiveOpen(command, name, other));
	volume.opens[node] = (volume.opens[node] ?? 0) + 1;
	return volume;
}

export function closeVolume(vx: VxvmState, node: string, dgName: string, name: string, command: string): void {
	const group = requireGroup(vx, node, dgName, command);
	const volume = group.volumes[name] ?? refuse(m.noSuchVolume(command, group.name, name));
	if (!volume.opens[node]) refuse(m.volumeNotOpen(command, name));
	if (--volume.opens[node]! === 0) delete volume.opens[node];
}

/** I/O from a node: counted for vxstat; writes need a write activation mode. */
export function doIo(vx: VxvmState, node: string, dgName: string, name: string, reads: number, writes: number, command: string): void {
	const group = requireGroup(vx, node, dgName, command);
	const volume = group.volumes[name] ?? refuse(m.noSuchVolume(command, group.name, name));
	const mode = group.shared ? (group.activation[node] ?? 'off') : 'shared-write';
	if (mode === 'off') refuse(m.noAccess(command, group.name));
	if (writes > 0 && !canWrite(mode)) refuse(m.noWriteAccess(command, group.name, mode));
	const other = Object.keys(volume.opens).find(n => n !== node && volume.opens[n]! > 0);
	if (volume.exclusive && other) refuse(m.exclusiveOpen(command, name, other));
	const stats: IoStats = volume.stats[node] ?? {reads: 0, writes: 0, readBlocks: 0, writeBlocks: 0, readMs: 0, writeMs: 0};
	stats.reads += reads;
	stats.writes += writes;
	stats.readBlocks += reads * 16;
	stats.writeBlocks += writes * 16;
	stats.readMs += reads * 9.9;
	stats.writeMs += writes * 14.2;
	volume.stats[node] = stats;
}

/** vxstat's figures for a volume summed over the given nodes (every node when none are given). */
export function summedStats(volume: Volume, nodes?: readonly string[]): IoStats {
	const sum: IoStats = {reads: 0, writes: 0, readBlocks: 0, writeBlocks: 0, readMs: 0, writeMs: 0};
	for (const [node, stats] of Object.entries(volume.stats)) {
		if (nodes && !nodes.includes(node)) continue;
		for (const key of Object.keys(sum) as Array<keyof IoStats>) sum[key] += stats[key];
	}
	return sum;
}

/**
 * vxrecover -c on the master: resynchronize the shared volumes a crashed node left dirty (from the DRL when the log
 * is valid, in full otherwise) and merge the crashed nodes' DRL images, so they may rejoin. Returns what it did.
 */
export function recoverShared(vx: VxvmState, node: string, dgName?: string): string[] {
	const command = 'vxrecover';
	if (dgName) requireGroup(vx, node, dgName, command);
	requireMaster(vx, node, command, 'Recovery of shared volumes');
	const groups = Object.values(vx.groups).filter(g => g.shared && g.imported && (!dgName || g.name === dgName || g.id === dgName));
	return resynchronize(vx, groups);
}

/** vxrecover -g DG (vxdiskadm runs it after a replacement): the group's stale plexes are resynchronized. */
export function recoverGroup(vx: VxvmState, node: string, dgName: string): void {
	const group = requireGroup(vx, node, dgName, 'vxrecover');
	requireChangeable(vx, node, group, 'vxrecover', 'Recovery of shared volumes');
	resynchronize(vx, [group]);
}
