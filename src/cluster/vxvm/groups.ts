/**
 * Disk group operations with the cluster's rules: shared groups are created, imported, deported, grown and
 * reorganized only on the master, and activated on every member; rootdg is always private; private and shared
 * groups never exchange objects.
 */
import {refuse} from '../errors.js';
import type {ClusterState} from '../state.js';
import {conflictOf} from './activation.js';
import {members, missingDisk, newId, requireDaemon, sees} from './cvm.js';
import * as m from './messages.js';
import {checkLogs} from './drl.js';
import type {DiskGroup, VxvmState} from './types.js';

/** The disk group `name` as `node` sees it: a shared group imported in the cluster (if a member), or its own private one. */
export function visibleGroup(vx: VxvmState, node: string, name: string): DiskGroup | undefined {
	const member = vx.nodes[node]!.state === 'cluster member';
	return Object.values(vx.groups).find(g => (g.name === name || g.id === name) && (g.shared ? g.imported && member : g.imported && g.host === node));
}

export function requireGroup(vx: VxvmState, node: string, name: string, command: string): DiskGroup {
	requireDaemon(vx, node, command);
	return visibleGroup(vx, node, name) ?? refuse(m.noSuchGroup(command, name));
}

/**
 * The configuration of a shared group, which a slave whose vxconfigd has not reconnected to the master's does not
 * have: showing or changing it fails (I/O goes on: the kernel's view is intact).
 */
export function requireConfig(vx: VxvmState, node: string, name: string, command: string): DiskGroup {
	const group = requireGroup(vx, node, name, command);
	if (group.shared && !vx.nodes[node]!.connected) refuse(m.notConnected(command, group.name));
	return group;
}

/** Shared group changes happen on the master only. */
export function requireMaster(vx: VxvmState, node: string, command: string, what: string): void {
	if (vx.nodes[node]!.role !== 'MASTER') refuse(vx.nodes[node]!.state === 'cluster member' ? m.notMaster(command, what) : m.notInCluster(command));
}

/**
 * A change to a group: on a shared one, the master's, with every member's vxconfigd running and connected to it
 * (each checks the change: while one is stopped, no volume reconfiguration can happen).
 */
export function requireChangeable(vx: VxvmState, node: string, group: DiskGroup, command: string, what: string): void {
	if (!group.shared) return;
	requireMaster(vx, node, command, what);
	const down = members(vx).filter(n => !vx.nodes[n]!.vxconfigd || !vx.nodes[n]!.connected);
	if (down.length > 0) refuse(m.daemonDownOn(command, group.name, down));
}

export interface DiskSpec {
	media?: string;
	device: string;
}

/** VxVM's record names: up to 31 characters, letters, digits, `_`, `.` and `-`, not starting with `-` or `.`. */
export function checkName(command: string, name: string): void {
	if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,30}$/.test(name)) refuse(m.badName(command, name));
}

/** `medianame=device` or a device, as vxdg init and adddisk take them. */
export function parseDiskSpec(text: string): DiskSpec {
	const at = text.indexOf('=');
	return at < 0 ? {device: text} : {media: text.slice(0, at), device: text.slice(at + 1)};
}

/** Every member's default activation mode for a shared group, checked against each other: all or nothing. */
function activationOnMembers(vx: VxvmState, refuseWith: (why: string) => string): DiskGroup['activation'] {
	const group = {activation: {} as DiskGroup['activation']};
	for (const node of members(vx)) {
		const mode = vx.nodes[node]!.defaultActivation;
		const conflict = conflictOf(group, node, mode);
		if (conflict) refuse(refuseWith(`cannot activate ${mode} on ${node}: conflicts with mode ${conflict.mode} on node ${conflict.node}`));
		group.activation[node] = mode;
	}
	return group.activation;
}

/** Disks for a group, checked: known, free, attached to every member of the cluster for a shared group (unless forced). */
function claimDisks(vx: VxvmState, node: string, group: DiskGroup, specs: readonly DiskSpec[], command: string, force: boolean): () => void {
	const taken = new Set(Object.keys(group.disks));
	const claims = specs.map(spec => {
		const disk = vx.disks[spec.device];
		if (!disk || !sees(vx, node, spec.device)) refuse(m.noSuchDevice(command, spec.device));
		if (disk.group || specs.filter(other => other.device === spec.device).length > 1)
			refuse(m.diskInUse(command, spec.device, vx.groups[disk.group ?? '']?.name ?? group.name));
		if (group.shared) {
			const missing = members(vx).filter(other => !disk.reach.includes(other));
			if (missing.length > 0 && !force) refuse(m.diskNotReachable(command, spec.device, missing));
		}
		const media = spec.media ?? nextMediaName(group.name, taken);
		checkName(command, media);
		if (taken.has(media)) refuse(m.mediaNameInUse(command, media));
		taken.add(media);
		return {media, disk};
	});
	return () => {
		for (const {media, disk} of claims) {
			group.disks[media] = disk.device;
			disk.group = group.id;
		}
	};
}

/** disk01, disk02 in rootdg; group101, group102 in group1: the first name not taken. */
function nextMediaName(group: string, taken: ReadonlySet<string>): string {
	const prefix = group === 'rootdg' ? 'disk' : group;
	for (let i = 1; ; i++) {
		const name = `${prefix}${String(i).padStart(2, '0')}`;
		if (!taken.has(name)) return name;
	}
}

/** A group as vxdg init makes it: imported, empty, global detach policy. */
export function newGroup(name: string, id: string, shared: boolean, host: string): DiskGroup {
	return {
		name,
		id,
		shared,
		imported: true,
		host,
		noautoimport: false,
		detachPolicy: 'global',
		version: 90,
		disks: {},
		volumes: {},
		activation: {},
		detached: {},
		seqno: 1,
	};
}

/** vxdg [-s] init: a new group on the given disks, shared (on the master) or private to this node. */
export function initGroup(state: ClusterState, vx: VxvmState, node: string, name: string, specs: readonly DiskSpec[], shared: boolean): DiskGroup {
	const command = 'vxdg';
	requireDaemon(vx, node, command);
	if (shared && name === 'rootdg') refuse(m.rootdgShared(command));
	if (name === 'rootdg') refuse(m.rootdgReserved(command));
	checkName(command, name);
	if (shared) requireMaster(vx, node, command, `Disk group ${name}`);
	if (visibleGroup(vx, node, name) || (shared && members(vx).some(other => visibleGroup(vx, other, name)))) refuse(m.groupExists(command, name));
	const group = newGroup(name, newId(state, vx, node), shared, shared ? '' : node);
	const claim = claimDisks(vx, node, group, specs, command, false);
	if (shared) group.activation = activationOnMembers(vx, why => m.cannotCreate(command, name, why));
	vx.groups[group.id] = group;
	claim();
	return group;
}

/** A shared group holds no RAID-5 volume: reorganize it as a private group first. */
function refuseUnsupported(group: DiskGroup, command: string): void {
	if (Object.values(group.volumes).some(v => v.layout === 'raid5')) refuse(m.raid5Shared(command, group.name));
}

/** Groups not imported anywhere whose name or id matches. */
function deportedGroup(vx: VxvmState, name: string): DiskGroup | undefined {
	return Object.values(vx.groups).find(g => (g.name === name || g.id === name) && !g.imported);
}

/**
 * vxdg [-s] [-f] import: shared on the master (every member must reach every disk; -f only for disks gone bad, never
 * for nodes out of the cluster), or private on this node. Returns the warnings a forced import prints.
 */
export function importGroup(vx: VxvmState, node: string, name: string, options: {shared: boolean; force: boolean}): string[] {
	const command = 'vxdg';
	requireDaemon(vx, node, command);
	if (options.shared) {
		if (name === 'rootdg') refuse(m.rootdgShared(command));
		requireMaster(vx, node, command, `Disk group ${name}`);
	}
	const group =
		deportedGroup(vx, name) ??
		refuse(
			m.cannotImport(command, name, visibleGroup(vx, node, name) ? 'Disk group exists and is imported' : 'No valid disk found containing disk group'),
		);
	// Each node checks it has no imported group of that name (the vxconfigd of every member, for a shared import).
	const checked = options.shared ? members(vx) : [node];
	if (checked.some(other => visibleGroup(vx, other, group.name))) refuse(m.cannotImport(command, name, 'Disk group exists and is imported'));
	if (options.shared) refuseUnsupported(group, command);
	const warnings: string[] = [];
	const devices = Object.values(group.disks);
	if (options.shared) {
		const everyNode = Object.keys(vx.nodes);
		const out = everyNode.filter(other => !members(vx).includes(other) && devices.some(d => vx.disks[d]!.reach.includes(other)));
		const unreachable = members(vx).filter(member => missingDisk(vx, group, member));
		if (unreachable.length > 0) {
			if (!options.force) refuse(m.cannotImport(command, name, `disks not accessible on ${unreachable.join(', ')}`));
			if (out.length > 0) refuse(m.nodesOutOfCluster(command, name, out));
			warnings.push(m.forcedImportWarning(command, name));
		}
	} else if (missingDisk(vx, group, node)) {
		if (!options.force) refuse(m.cannotImport(command, name, 'Disk group has no valid configuration copies'));
		warnings.push(m.forcedImportWarning(command, name));
	}
	const activation = options.shared ? activationOnMembers(vx, why => m.cannotImport(command, name, why)) : {};
	group.shared = options.shared;
	group.imported = true;
	group.host = options.shared ? '' : node;
	group.activation = activation;
	if (options.shared) checkLogs(vx);
	return warnings;
}

/** vxdg deport: a shared group on the master (from every node), a private one where it is imported. */
export function deportGroup(vx: VxvmState, node: string, name: string): void {
	const command = 'vxdg';
	const group = requireGroup(vx, node, name, command);
	if (group.name === 'rootdg') refuse(m.rootdgReserved(command));
	requireChangeable(vx, node, group, command, `Disk group ${name}`);
	const open = Object.values(group.volumes).find(v => Object.values(v.opens).some(n => n > 0));
	if (open) refuse(m.deportBusy(command, name, open.name));
	group.imported = false;
	group.shared = false;
	group.host = '';
	group.activation = {};
}

/** vxdg [-f] adddisk: -f (a disk not attached to every member) only on the master. */
export function addDisks(vx: VxvmState, node: string, name: string, specs: readonly DiskSpec[], force: boolean): void {
	const command = 'vxdg';
	const group = requireGroup(vx, node, name, command);
	if (force && group.shared && vx.nodes[node]!.role !== 'MASTER') refuse(m.forceOnMasterOnly(command));
	requireChangeable(vx, node, group, command, `Disk group ${name}`);
	claimDisks(vx, node, group, specs, command, force)();
	group.seqno++;
}

/** vxdg -g DG set activation=MODE on this node, checked against every other node's mode. */
export function setActivation(vx: VxvmState, node: string, name: string, mode: DiskGroup['activation'][string]): void {
	const command = 'vxdg';
	const group = requireConfig(vx, node, name, command);
	if (!group.shared) refuse(m.notShared(command, name, 'activation'));
	const conflict = conflictOf(group, node, mode);
	if (conflict) refuse(m.activationConflict(command, name, mode, conflict.node, conflict.mode));
	group.activation[node] = mode;
}

/** The disks and volumes `objects` name (volumes take their disks along); refused unless they stand alone. */
function objectsToMove(source: DiskGroup, objects: readonly string[], command: string): {disks: string[]; volumes: string[]} {
	const disks = new Set<string>();
	const volumes = new Set<string>();
	for (const object of objects) {
		if (source.disks[object]) disks.add(object);
		else if (source.volumes[object]) {
			volumes.add(object);
			for (const plex of source.volumes[object]!.plexes) for (const sd of plex.subdisks) disks.add(sd.disk);
		} else refuse(m.noSuchVolume(command, source.name, object));
	}
	for (const volume of Object.values(source.volumes)) {
		const on = volume.plexes.flatMap(p => p.subdisks.map(sd => sd.disk));
		if (on.some(d => disks.has(d))) volumes.add(volume.name);
	}
	return {disks: [...disks], volumes: [...volumes]};
}

function transfer(vx: VxvmState, from: DiskGroup, to: DiskGroup, disks: readonly string[], volumes: readonly string[]): void {
	for (const media of disks) {
		const device = from.disks[media]!;
		to.disks[media] = device;
		delete from.disks[media];
		vx.disks[device]!.group = to.id;
	}
	for (const name of volumes) {
		to.volumes[name] = from.volumes[name]!;
		delete from.volumes[name];
	}
	from.seqno++;
	to.seqno++;
}

/** Moves between shared groups happen on the master; private and shared groups never exchange objects. */
function checkPair(vx: VxvmState, node: string, from: DiskGroup, to: DiskGroup, what: string): void {
	if (from.shared !== to.shared) refuse(m.mixedShared('vxdg', what));
	if (from.shared) requireMaster(vx, node, 'vxdg', `Disk group ${to.name}`);
}

/** vxdg move SOURCE TARGET OBJECT...: self-contained objects between two imported groups. */
export function moveObjects(vx: VxvmState, node: string, source: string, target: string, objects: readonly string[]): void {
	const from = requireGroup(vx, node, source, 'vxdg');
	const to = requireGroup(vx, node, target, 'vxdg');
	checkPair(vx, node, from, to, 'move objects');
	const {disks, volumes} = objectsToMove(from, objects, 'vxdg');
	transfer(vx, from, to, disks, volumes);
}

/** vxdg split SOURCE TARGET OBJECT...: a new group of the same kind (a shared one on the master). */
export function splitGroup(state: ClusterState, vx: VxvmState, node: string, source: string, target: string, objects: readonly string[]): void {
	const from = requireGroup(vx, node, source, 'vxdg');
	requireChangeable(vx, node, from, 'vxdg', `Disk group ${target}`);
	checkName('vxdg', target);
	if (visibleGroup(vx, node, target)) refuse(m.groupExists('vxdg', target));
	const {disks, volumes} = objectsToMove(from, objects, 'vxdg');
	const to: DiskGroup = {
		...newGroup(target, newId(state, vx, node), from.shared, from.host),
		activation: {...from.activation},
		detachPolicy: from.detachPolicy,
	};
	vx.groups[to.id] = to;
	transfer(vx, from, to, disks, volumes);
}

/** vxdg join SOURCE TARGET: everything of SOURCE into TARGET (two shared groups: on the master). */
export function joinGroups(vx: VxvmState, node: string, source: string, target: string): void {
	const from = requireGroup(vx, node, source, 'vxdg');
	const to = requireGroup(vx, node, target, 'vxdg');
	checkPair(vx, node, from, to, 'join disk groups');
	transfer(vx, from, to, Object.keys(from.disks), Object.keys(from.volumes));
	delete vx.groups[from.id];
}

/** vxdg -g DG set noautoimport=on|off and the like: group attributes. */
export function setNoAutoImport(vx: VxvmState, node: string, name: string, on: boolean): void {
	const group = requireGroup(vx, node, name, 'vxdg');
	requireChangeable(vx, node, group, 'vxdg', `Disk group ${name}`);
	group.noautoimport = on;
}

export const groupsOn = (vx: VxvmState, node: string) =>
	Object.values(vx.groups)
		.filter(g => visibleGroup(vx, node, g.name) === g)
		.sort((a, b) => (a.name === 'rootdg' ? -1 : b.name === 'rootdg' ? 1 : 0));
