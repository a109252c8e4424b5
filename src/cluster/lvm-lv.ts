/**
 * Changes to logical volumes, written to the VGDA: mklv, extendlv, chlv,
 * rmlv, mklvcopy, rmlvcopy and splitlvcopy. Partitions come from the
 * allocator in lvm-space, which keeps strict copies on separate disks.
 * Each function checks first and throws a CommandError with AIX's messages.
 */
import type {ClusterState} from './state.js';
import {CommandError, refuse} from './errors.js';
import * as msg from './lvm-messages.js';
import {
	dropLogicalVolume,
	newLogicalVolume,
	nextLvId,
	openLvs,
	placesOf,
	touchVgda,
	type IntraPolicy,
	type LogicalVolume,
	type LvType,
	type VolumeGroupOnDisk,
} from './lvm.js';
import {currentView} from './view.js';
import {hdiskName} from './lvm-ops.js';
import {addCopies, copyDisks, extendCopies} from './lvm-space.js';
import {checkDeviceName} from './lvm-vg.js';
import type {DeepReadonly} from './readonly.js';

/** Nodes on which an LV is open: a file system on it (or logging to it) is mounted there. */
export function openOn(state: ClusterState, vg: VolumeGroupOnDisk, lv: string): string[] {
	return placesOf(state, vg.vgid)
		.filter(({node, name}) => {
			const lvm = state.nodes[node]!.lvm;
			return currentView(lvm.volumeGroups[name]!.lvs).includes(lv) && openLvs(currentView(lvm.mounts)).has(lv);
		})
		.map(place => place.node);
}

function checkDisksInVg(state: ClusterState, node: string, vg: VolumeGroupOnDisk, pvids: readonly string[], command: string): void {
	for (const pvid of pvids) {
		if (!vg.pvids.includes(pvid)) refuse(msg.pvNotInThisVg(command, hdiskName(state, node, pvid), vg.name));
	}
}

function checkCopies(copies: number, command: string): void {
	if (!Number.isInteger(copies) || copies < 1 || copies > 3) refuse(msg.copiesRange(command, 1));
}

export interface NewLogicalVolume {
	name: string;
	type: LvType;
	lps: number;
	copies: number;
	strict?: LogicalVolume['strict'];
	/** Disks to allocate from; all of the VG's when empty. */
	pvids: string[];
	mwc?: LogicalVolume['mwc'];
	intraPolicy?: IntraPolicy;
	interPolicy?: LogicalVolume['interPolicy'];
	maxLps?: number;
	label?: string;
	upperBound?: number;
	relocatable?: boolean;
	writeVerify?: boolean;
	badBlocks?: boolean;
	schedule?: LogicalVolume['schedule'];
}

/** mklv. `used` holds the device names taken on every node that will know the LV. */
export function createLogicalVolume(
	state: ClusterState,
	node: string,
	vg: VolumeGroupOnDisk,
	spec: NewLogicalVolume,
	used: ReadonlySet<string>,
	command = 'mklv',
): LogicalVolume {
	checkDeviceName(command, spec.name, used);
	if (Object.keys(vg.lvs).length >= vg.maxLvs - 1) refuse(msg.vgLvsFull(command, vg.name, vg.maxLvs - 1));
	checkCopies(spec.copies, command);
	checkDisksInVg(state, node, vg, spec.pvids, command);
	if (spec.maxLps !== undefined && spec.maxLps < spec.lps) refuse(msg.maxBelowAsked(command, spec.maxLps, spec.lps));
	const lv: LogicalVolume = {...newLogicalVolume(spec.name, nextLvId(vg), spec.type, 0), copies: Array.from({length: spec.copies}, () => [])};
	Object.assign(
		lv,
		definedOnly({
			strict: spec.strict,
			mwc: spec.mwc,
			intraPolicy: spec.intraPolicy,
			interPolicy: spec.interPolicy,
			label: spec.label,
			upperBound: spec.upperBound,
			relocatable: spec.relocatable,
			writeVerify: spec.writeVerify,
			badBlocks: spec.badBlocks,
			schedule: spec.schedule,
		}),
	);
	lv.maxLps = spec.maxLps ?? Math.max(512, spec.lps);
	try {
		extendCopies(state, vg, lv, spec.lps, spec.pvids.length > 0 ? spec.pvids : vg.pvids);
	} catch (error) {
		throw withLine(error, msg.cannotCreateLv(command));
	}
	vg.lvs[lv.name] = lv;
	touchVgda(state, vg);
	return lv;
}

/** The attributes a change names (undefined ones are left as they are). */
export const definedOnly = <T extends object>(values: T): Partial<T> =>
	Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;

/** An allocation failure, followed by the command's own closing lines. */
function withLine(error: unknown, lines: string): unknown {
	return error instanceof CommandError ? new CommandError(`${error.message}\n${lines}`) : error;
}

/** extendlv: more partitions on every copy. */
export function extendLogicalVolume(
	state: ClusterState,
	node: string,
	vg: VolumeGroupOnDisk,
	lv: LogicalVolume,
	lps: number,
	pvids: readonly string[],
	command = 'extendlv',
): void {
	checkDisksInVg(state, node, vg, pvids, command);
	if (lv.lps + lps > lv.maxLps) refuse(msg.maxAllocation(command, lv.name, lv.maxLps));
	try {
		extendCopies(state, vg, lv, lps, pvids.length > 0 ? pvids : vg.pvids);
	} catch (error) {
		throw withLine(error, msg.cannotExtendLv(command));
	}
	touchVgda(state, vg);
}

/** mklvcopy: copies up to `total`; stale until synchronised unless `synced` (-k). */
export function addLogicalVolumeCopies(
	state: ClusterState,
	node: string,
	vg: VolumeGroupOnDisk,
	lv: LogicalVolume,
	total: number,
	pvids: readonly string[],
	synced: boolean,
	strict?: LogicalVolume['strict'],
	command = 'mklvcopy',
): void {
	checkCopies(total, command);
	if (total <= lv.copies.length) refuse(msg.alreadyHasCopies(command, lv.name, lv.copies.length));
	checkDisksInVg(state, node, vg, pvids, command);
	if (strict) lv.strict = strict;
	try {
		addCopies(state, vg, lv, total, pvids.length > 0 ? pvids : vg.pvids, synced);
	} catch (error) {
		throw withLine(error, msg.cannotCopy(command));
	}
	touchVgda(state, vg);
}

/** Order in which rmlvcopy gives up copies: on the named disks, then stale or on failed disks, then the last. */
function copiesToRemove(state: ClusterState, lv: LogicalVolume, count: number, pvids: readonly string[]): number[] {
	const score = (index: number) => {
		const copy = lv.copies[index]!;
		if (copy.some(e => pvids.includes(e.pvid))) return 0;
		if (copy.some(e => e.stale || state.disks[e.pvid]?.failed)) return 1;
		return 2;
	};
	const order = lv.copies.map((_, i) => i).sort((a, b) => score(a) - score(b) || b - a);
	return order.slice(0, count);
}

/** rmlvcopy: keep `total` copies. */
export function removeLogicalVolumeCopies(
	state: ClusterState,
	node: string,
	vg: VolumeGroupOnDisk,
	lv: LogicalVolume,
	total: number,
	pvids: readonly string[],
	command = 'rmlvcopy',
): void {
	checkCopies(total, command);
	if (total >= lv.copies.length) refuse(msg.askForFewer(command, lv.name, lv.copies.length));
	checkDisksInVg(state, node, vg, pvids, command);
	const removed = new Set(copiesToRemove(state, lv, lv.copies.length - total, pvids));
	lv.copies = lv.copies.filter((_, i) => !removed.has(i));
	touchVgda(state, vg);
}

/**
 * splitlvcopy: the copies beyond `keep` become a new LV holding the same
 * data (the split-mirror backup). The caller checks the LV is closed.
 */
export function splitLogicalVolumeCopy(
	state: ClusterState,
	node: string,
	vg: VolumeGroupOnDisk,
	lv: LogicalVolume,
	keep: number,
	newName: string,
	used: ReadonlySet<string>,
	pvids: readonly string[],
	command = 'splitlvcopy',
): LogicalVolume {
	checkCopies(keep, command);
	if (lv.copies.length <= keep) refuse(msg.notMirrored(command, lv.name, lv.copies.length));
	checkDeviceName(command, newName, used);
	checkDisksInVg(state, node, vg, pvids, command);
	const leaving = new Set(copiesToRemove(state, lv, lv.copies.length - keep, pvids));
	const split: LogicalVolume = {
		...lv,
		name: newName,
		id: nextLvId(vg),
		copies: lv.copies.filter((_, i) => leaving.has(i)).map(copy => copy.map(e => ({...e}))),
	};
	lv.copies = lv.copies.filter((_, i) => !leaving.has(i));
	vg.lvs[newName] = split;
	touchVgda(state, vg);
	return split;
}

export interface LogicalVolumeChange {
	name?: string;
	type?: LvType;
	label?: string;
	maxLps?: number;
	mwc?: LogicalVolume['mwc'];
	strict?: LogicalVolume['strict'];
	upperBound?: number;
	intraPolicy?: IntraPolicy;
	interPolicy?: LogicalVolume['interPolicy'];
	relocatable?: boolean;
	writeVerify?: boolean;
	badBlocks?: boolean;
	schedule?: LogicalVolume['schedule'];
	permission?: LogicalVolume['permission'];
}

/** chlv (and chlv -n, the rename): the caller checks a renamed LV is closed. */
export function changeLogicalVolume(
	state: ClusterState,
	vg: VolumeGroupOnDisk,
	lv: LogicalVolume,
	change: LogicalVolumeChange,
	used: ReadonlySet<string>,
	command = 'chlv',
): LogicalVolume {
	if (change.maxLps !== undefined && change.maxLps < lv.lps) refuse(msg.maxBelowAllocated(command, lv.lps));
	if (change.strict && change.strict !== 'n' && !strictHolds(lv, change.strict)) refuse(msg.cannotMakeStrict(command, lv.name));
	if (change.name !== undefined && change.name !== lv.name) checkDeviceName(command, change.name, used);
	const {name, ...attributes} = change;
	Object.assign(lv, definedOnly(attributes));
	if (name !== undefined && name !== lv.name) {
		delete vg.lvs[lv.name];
		for (const fs of Object.values(vg.filesystems)) {
			if (fs.lv === lv.name) fs.lv = name;
			if (fs.log === lv.name) fs.log = name;
		}
		lv.name = name;
		vg.lvs[name] = lv;
	}
	touchVgda(state, vg);
	return lv;
}

/** Strict: no LP has two copies on one disk. Super strict: no two copies share a disk at all. */
export function strictHolds(lv: DeepReadonly<LogicalVolume>, strict: DeepReadonly<LogicalVolume>['strict']): boolean {
	if (strict === 'n' || lv.copies.length < 2) return true;
	if (strict === 's') {
		const seen = new Set<string>();
		for (const copy of lv.copies) {
			for (const pvid of copyDisks(copy)) {
				if (seen.has(pvid)) return false;
			}
			for (const pvid of copyDisks(copy)) seen.add(pvid);
		}
		return true;
	}
	const owners = lv.copies.map(copy => {
		const perLp: string[] = [];
		for (const extent of copy) for (let i = 0; i < extent.pps; i++) perLp.push(extent.pvid);
		return perLp;
	});
	for (let lp = 0; lp < lv.lps; lp++) {
		const disks = owners.map(o => o[lp]);
		if (new Set(disks).size !== disks.length) return false;
	}
	return true;
}

/** rmlv: the LV and the file system recorded on it. The caller checks it is closed. */
export function removeLogicalVolume(state: ClusterState, vg: VolumeGroupOnDisk, name: string): void {
	dropLogicalVolume(vg, name);
	touchVgda(state, vg);
}
