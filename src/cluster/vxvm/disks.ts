/**
 * Disk operations inside a disk group, as vxdiskadm runs them: remove a disk (vxdg rmdisk; -k keeps its media record
 * for a replacement), replace it (vxdg -k adddisk), mirror (vxassist mirror) and evacuate (vxevac) its volumes, mark it
 * spare or out of hot-relocation use (vxedit set), take it offline or online (vxdisk). Shared groups change on the master.
 */
import {refuse} from '../errors.js';
import {requireDaemon, sees} from './cvm.js';
import {requireChangeable, requireGroup} from './groups.js';
import * as m from './messages.js';
import type {DiskGroup, Plex, VxvmState} from './types.js';
import {allocate, subdiskName} from './volumes.js';

/** The device of the disk media name `media` in `group`. */
export function mediaDevice(group: DiskGroup, media: string, command: string): string {
	return group.disks[media] ?? refuse(m.noSuchDisk(command, media, group.name));
}

/** The volumes with a subdisk on the disk, sorted. */
export const volumesOnDisk = (group: DiskGroup, media: string) =>
	Object.values(group.volumes)
		.filter(v => v.plexes.some(p => p.subdisks.some(sd => sd.disk === media)))
		.map(v => v.name)
		.sort();

function changeableGroup(vx: VxvmState, node: string, dg: string, command: string, what: string): DiskGroup {
	const group = requireGroup(vx, node, dg, command);
	requireChangeable(vx, node, group, command, what);
	return group;
}

/** vxdg [-k] rmdisk: without -k, only a disk no subdisk uses; with -k the media name stays, its plexes without a device. */
export function removeDisk(vx: VxvmState, node: string, dg: string, media: string, keep: boolean): void {
	const command = 'vxdg';
	const group = changeableGroup(vx, node, dg, command, `Disk group ${dg}`);
	const device = mediaDevice(group, media, command);
	const used = volumesOnDisk(group, media);
	if (used.length > 0 && !keep) refuse(m.diskUsed(command, media));
	delete group.disks[media];
	delete vx.disks[device]!.group;
	delete vx.disks[device]!.spare;
	delete vx.disks[device]!.nohotuse;
	if (keep) {
		group.removed = [...(group.removed ?? []), media];
		for (const plex of plexesOn(group, media)) plex.state = 'NODEVICE';
	}
	group.seqno++;
}

const plexesOn = (group: DiskGroup, media: string): Plex[] =>
	Object.values(group.volumes).flatMap(v => v.plexes.filter(p => p.subdisks.some(sd => sd.disk === media)));

/** vxdg -k adddisk media=device: a removed disk's name gets a new device; its plexes are stale until vxrecover. */
export function replaceDisk(vx: VxvmState, node: string, dg: string, media: string, device: string): void {
	const command = 'vxdg';
	const group = changeableGroup(vx, node, dg, command, `Disk group ${dg}`);
	if (!group.removed?.includes(media)) refuse(m.notRemoved(command, media, group.name));
	const disk = vx.disks[device];
	if (!disk || !sees(vx, node, device)) refuse(m.noSuchDevice(command, device));
	if (disk.group) refuse(m.diskInUse(command, device, vx.groups[disk.group]!.name));
	group.removed = group.removed.filter(name => name !== media);
	if (group.removed.length === 0) delete group.removed;
	group.disks[media] = device;
	disk.group = group.id;
	for (const plex of plexesOn(group, media)) plex.state = 'STALE';
	group.seqno++;
}

/** vxedit set spare=on|off or nohotuse=on|off on a disk. */
export function setDiskFlag(vx: VxvmState, node: string, dg: string, media: string, flag: 'spare' | 'nohotuse', on: boolean): void {
	const command = 'vxedit';
	const group = changeableGroup(vx, node, dg, command, `Disk group ${dg}`);
	const disk = vx.disks[mediaDevice(group, media, command)]!;
	if (flag === 'spare' && on && volumesOnDisk(group, media).length > 0) refuse(m.spareInUse(command, media));
	if (on) disk[flag] = true;
	else delete disk[flag];
	group.seqno++;
}

/** vxdisk online|offline: offline only for a disk in no disk group. */
export function setOnline(vx: VxvmState, node: string, device: string, online: boolean): void {
	const command = 'vxdisk';
	requireDaemon(vx, node, command);
	const disk = vx.disks[device];
	if (!disk || !sees(vx, node, device)) refuse(m.noSuchDevice(command, device));
	if (!online && disk.group) refuse(m.offlineInGroup(command, device));
	if (online) delete disk.offline;
	else disk.offline = true;
}

/** vxassist mirror: a second plex for a volume of one plex, on other disks (only `target` when named). */
export function mirrorVolume(vx: VxvmState, node: string, dg: string, name: string, target?: string): void {
	const command = 'vxassist';
	const group = changeableGroup(vx, node, dg, command, `Volume ${name}`);
	const volume = group.volumes[name] ?? refuse(m.noSuchVolume(command, group.name, name));
	const data = volume.plexes.filter(p => p.kind === 'data');
	if (data.length > 1 || volume.layout === 'raid5') refuse(m.alreadyMirrored(command, name));
	const avoid = new Set([...data.flatMap(p => p.subdisks.map(sd => sd.disk)), ...otherThan(group, target, command)]);
	const subdisks = allocate(vx, group, volume.length, 1, avoid) ?? refuse(m.noSpace(command, name));
	const plex: Plex = {name: nextPlexName(volume.name, volume.plexes), kind: 'data', layout: 'CONCAT', subdisks, state: 'ACTIVE'};
	for (const sd of subdisks) sd.name = subdiskName(group, sd.disk, [plex]);
	volume.plexes.push(plex);
	volume.layout = 'mirror';
	group.seqno++;
}

/** Every disk but `target` (when one is named): what an allocation restricted to it avoids. */
function otherThan(group: DiskGroup, target: string | undefined, command: string): string[] {
	if (target === undefined) return [];
	mediaDevice(group, target, command);
	return Object.keys(group.disks).filter(media => media !== target);
}

function nextPlexName(volume: string, plexes: readonly Plex[]): string {
	for (let i = 1; ; i++) {
		const name = `${volume}-${String(i).padStart(2, '0')}`;
		if (!plexes.some(p => p.name === name)) return name;
	}
}

/** vxevac: every subdisk on the disk moves to other disks (the `targets` when named), away from its volume's other plexes. */
export function evacuate(vx: VxvmState, node: string, dg: string, media: string, targets: readonly string[]): string[] {
	const command = 'vxevac';
	const group = changeableGroup(vx, node, dg, command, `Disk group ${dg}`);
	mediaDevice(group, media, command);
	for (const target of targets) mediaDevice(group, target, command);
	const moved = volumesOnDisk(group, media);
	for (const name of moved) {
		const volume = group.volumes[name]!;
		for (const plex of volume.plexes) {
			const others = volume.plexes.filter(p => p !== plex).flatMap(p => p.subdisks.map(sd => sd.disk));
			const avoid = new Set([media, ...others, ...(targets.length > 0 ? Object.keys(group.disks).filter(d => !targets.includes(d)) : [])]);
			plex.subdisks.forEach((sd, i) => {
				if (sd.disk !== media) return;
				const [placed] = allocate(vx, group, sd.length, 1, new Set(avoid)) ?? refuse(m.noSpace(command, name));
				placed!.name = subdiskName(group, placed!.disk, []);
				plex.subdisks[i] = placed!;
			});
		}
	}
	group.seqno++;
	return moved;
}
