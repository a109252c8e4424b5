/**
 * Logical volume commands: mklv, extendlv, chlv, rmlv, mklvcopy, rmlvcopy
 * and syncvg with their C-SPOC forms, and splitlvcopy (AIX only: the
 * split-mirror backup is done on the node that owns the data).
 */
import {UsageError} from '../../command/errors.js';
import type {ParsedOptions} from '../../command/getopt.js';
import type {Command} from '../../command/registry.js';
import type {ClusterState} from '../../cluster/state.js';
import {INTRA_POLICIES, LV_TYPES, LvmError, nextDeviceName, type LogicalVolume, type VolumeGroupOnDisk} from '../../cluster/lvm.js';
import {syncStalePartitions} from '../../cluster/lvm-ops.js';
import {
	addLogicalVolumeCopies,
	changeLogicalVolume,
	createLogicalVolume,
	definedOnly,
	extendLogicalVolume,
	openOn,
	removeLogicalVolume,
	removeLogicalVolumeCopies,
	splitLogicalVolumeCopy,
	type LogicalVolumeChange,
} from '../../cluster/lvm-lv.js';
import {knownVolumeGroup, resolveDisk, volumeGroupNameOfDisk, volumeGroupNameOfLv, type LvmSite} from './site.js';
import {aixCommand, bothForms, count, flag, needsChange, oneOf, operands, type LvmVerb} from './verb.js';
import type {DeepReadonly} from '../../cluster/readonly.js';

const yesNo = (command: string, parsed: ParsedOptions, letter: string) => {
	const value = oneOf(command, letter, parsed.opts[letter], ['y', 'n'] as const);
	return value === undefined ? undefined : value === 'y';
};

/** The placement and policy flags mklv, chlv, extendlv and mklvcopy share. */
function policyFlags(command: string, parsed: ParsedOptions): LogicalVolumeChange {
	const intra = oneOf(command, 'a', parsed.opts.a, Object.keys(INTRA_POLICIES));
	const inter = oneOf(command, 'e', parsed.opts.e, ['x', 'm'] as const);
	const upper = flag(parsed, 'u');
	const mwc = oneOf(command, 'w', parsed.opts.w, ['y', 'n', 'p', 'a'] as const);
	const schedule = oneOf(command, 'd', parsed.opts.d, ['p', 's'] as const);
	const max = flag(parsed, 'x');
	return {
		intraPolicy: intra === undefined ? undefined : INTRA_POLICIES[intra],
		interPolicy: inter === undefined ? undefined : inter === 'x' ? 'maximum' : 'minimum',
		upperBound: upper === undefined ? undefined : count(command, 'The upper bound', upper),
		strict: oneOf(command, 's', parsed.opts.s, ['y', 'n', 's'] as const),
		mwc: mwc === 'a' ? 'y' : mwc,
		schedule: schedule === undefined ? undefined : schedule === 'p' ? 'parallel' : 'sequential',
		maxLps: max === undefined ? undefined : count(command, 'The maximum number of logical partitions', max),
		relocatable: yesNo(command, parsed, 'r'),
		writeVerify: yesNo(command, parsed, 'v'),
		badBlocks: yesNo(command, parsed, 'b'),
		type: oneOf(command, 't', parsed.opts.t, LV_TYPES),
		label: flag(parsed, 'L'),
	};
}

/** Verbs on one LV: the VG is the one the node's ODM puts it in. */
const lvVolumeGroup = (state: ClusterState, node: string, options: {lv: string}) => volumeGroupNameOfLv(state, node, options.lv);

/** The LV, and a refusal when it is open where the change needs it closed. */
function closedLv(site: LvmSite, vg: VolumeGroupOnDisk, name: string, why: string[]): LogicalVolume {
	const lv = vg.lvs[name]!;
	const open = openOn(site.state, vg, name);
	if (open.length > 0) throw new LvmError(...why, `\t(${name} is open on ${open.join(', ')}: unmount its file system first.)`);
	return lv;
}

/** An LV the VG holds, else getlvodm's refusal. */
function lvIn(vg: VolumeGroupOnDisk, name: string): LogicalVolume {
	const lv = vg.lvs[name];
	if (!lv) throw new LvmError(`0516-306 getlvodm: Unable to find  ${name} in the Device`, '\tConfiguration Database.');
	return lv;
}

/** `LogicalVolume Number [PhysicalVolume...]`, the operands extendlv and the copy verbs share. */
function lvCountDisks(parsed: ParsedOptions, command: string, what: string): {lv: string; count: number; disks: string[]} {
	const [lv, number, ...disks] = operands(parsed, 2);
	return {lv: lv!, count: count(command, what, number), disks};
}

/** Where new partitions go: the placement flags extendlv and mklvcopy set on the LV. */
const placement = ({intraPolicy, interPolicy, upperBound}: LogicalVolumeChange) => definedOnly({intraPolicy, interPolicy, upperBound});

const mklv: LvmVerb<{vg: string; lps: number; disks: string[]; copies: number; name?: string; prefix?: string; policies: LogicalVolumeChange}> = {
	name: 'mklv',
	synopsis:
		'[-a Position] [-b BadBlocks] [-c Copies] [-d Schedule] [-e Range] [-L Label]\n\t[-r Relocate] [-s Strict] [-t Type] [-u UpperBound] [-v Verify] [-w MWC]\n\t[-x MaxLPs] [-y NewLogicalVolume | -Y Prefix] VolumeGroup Number [PhysicalVolume...]',
	flags: 'a:b:c:d:e:L:r:s:t:u:v:w:x:y:Y:',
	parse(parsed, command) {
		const [vg, number, ...disks] = operands(parsed, 2);
		const lps = count(command, 'The number of logical partitions', number);
		if (parsed.opts.y && parsed.opts.Y) throw new UsageError(`${command}: -y and -Y cannot be used together.`);
		return {vg: vg!, lps, disks, copies: count(command, 'The number of copies', flag(parsed, 'c') ?? '1'), name: flag(parsed, 'y'), prefix: flag(parsed, 'Y'), policies: policyFlags(command, parsed)};
	},
	volumeGroup: (_state, _node, options) => options.vg,
	change(site, vg, {lps, disks, copies, name, prefix, policies}) {
		const used = site.deviceNames();
		const lv = createLogicalVolume(site.state, site.node, vg, {...policies, name: name ?? nextDeviceName(prefix ?? 'lv', used), type: policies.type ?? 'jfs', lps, copies, pvids: disks.map(d => site.pvid(d))}, used, site.command);
		site.print(lv.name);
	},
};

const extendlv: LvmVerb<{lv: string; count: number; disks: string[]; policies: LogicalVolumeChange}> = {
	name: 'extendlv',
	synopsis: '[-a Position] [-e Range] [-u UpperBound] [-s Strict] LogicalVolume Partitions [PhysicalVolume...]',
	flags: 'a:e:u:s:',
	parse: (parsed, command) => ({...lvCountDisks(parsed, command, 'The number of logical partitions'), policies: policyFlags(command, parsed)}),
	volumeGroup: lvVolumeGroup,
	change(site, vg, {lv: name, count: lps, disks, policies}) {
		const lv = lvIn(vg, name);
		Object.assign(lv, placement(policies), definedOnly({strict: policies.strict}));
		extendLogicalVolume(site.state, site.node, vg, lv, lps, disks.map(d => site.pvid(d)), site.command);
	},
};

const chlv: LvmVerb<{lvs: string[]; newName?: string; change: LogicalVolumeChange}> = {
	name: 'chlv',
	synopsis:
		'[-a Position] [-b BadBlocks] [-d Schedule] [-e Range] [-L Label] [-p Permission]\n\t[-r Relocate] [-s Strict] [-t Type] [-u UpperBound] [-v Verify] [-w MWC]\n\t[-x Maximum] LogicalVolume ...\n       chlv -n NewLogicalVolume LogicalVolume',
	flags: 'a:b:d:e:L:n:p:r:s:t:u:v:w:x:',
	parse(parsed, command) {
		const lvs = operands(parsed, 1);
		const newName = flag(parsed, 'n');
		if (newName !== undefined) {
			if (lvs.length > 1 || parsed.all.some(o => o.flag !== 'n' && o.flag !== 'cspoc')) throw new UsageError(`${command}: -n renames one logical volume and takes no other flag.`);
			return {lvs, newName, change: {}};
		}
		const permission = oneOf(command, 'p', parsed.opts.p, ['r', 'w'] as const);
		const change: LogicalVolumeChange = {...policyFlags(command, parsed), permission: permission === undefined ? undefined : permission === 'r' ? 'read-only' : 'read/write'};
		needsChange(change);
		return {lvs, change};
	},
	volumeGroup: (state, node, options) => volumeGroupNameOfLv(state, node, options.lvs[0]!),
	change(site, vg, {lvs, newName, change}) {
		for (const name of lvs) lvIn(vg, name);
		for (const name of lvs) {
			const lv = vg.lvs[name]!;
			if (newName !== undefined) {
				closedLv(site, vg, name, [`0516-1306 ${site.command}: Unable to rename logical volume ${name}: it is open.`]);
				changeLogicalVolume(site.state, vg, lv, {name: newName}, site.deviceNames(), site.command);
			} else changeLogicalVolume(site.state, vg, lv, change, new Set(), site.command);
		}
	},
};

const rmlv: LvmVerb<{lvs: string[]; force: boolean}> = {
	name: 'rmlv',
	synopsis: '[-f] LogicalVolume ...',
	flags: 'f',
	parse: parsed => ({lvs: operands(parsed, 1), force: Boolean(parsed.opts.f)}),
	volumeGroup: (state, node, options) => volumeGroupNameOfLv(state, node, options.lvs[0]!),
	change(site, vg, {lvs, force}) {
		// Every LV is checked before any goes: the command removes all of them or none.
		for (const name of lvs) {
			lvIn(vg, name);
			closedLv(site, vg, name, ['0516-076 lreducelv: Cannot remove last partition of an open logical volume.', `0516-912 rmlv: Unable to remove logical volume ${name}.`]);
		}
		for (const name of lvs) {
			// Asked before each LV unless -f; C-SPOC's dialog has already asked ARE YOU SURE.
			if (!force && !site.cspoc) {
				site.print(`Warning, all data contained on logical volume ${name} will be destroyed.`);
				site.print('rmlv: Do you wish to continue? y(es) n(o)? ');
				if (!/^y/i.test(site.ctx.stdin.trim())) throw new LvmError(`rmlv: Logical volume ${name} is not removed.`);
			}
			removeLogicalVolume(site.state, vg, name);
			site.print(`rmlv: Logical volume ${name} is removed.`);
		}
	},
};

const mklvcopy: LvmVerb<{lv: string; count: number; disks: string[]; policies: LogicalVolumeChange; synced: boolean}> = {
	name: 'mklvcopy',
	synopsis: '[-a Position] [-e Range] [-k] [-s Strict] [-u UpperBound] LogicalVolume Copies [PhysicalVolume...]',
	flags: 'a:e:ks:u:',
	parse: (parsed, command) => ({...lvCountDisks(parsed, command, 'The number of copies'), policies: policyFlags(command, parsed), synced: Boolean(parsed.opts.k)}),
	volumeGroup: lvVolumeGroup,
	change(site, vg, {lv: name, count: copies, disks, policies, synced}) {
		const lv = lvIn(vg, name);
		Object.assign(lv, placement(policies));
		addLogicalVolumeCopies(site.state, site.node, vg, lv, copies, disks.map(d => site.pvid(d)), synced, policies.strict, site.command);
	},
};

const rmlvcopy: LvmVerb<{lv: string; count: number; disks: string[]}> = {
	name: 'rmlvcopy',
	synopsis: 'LogicalVolume Copies [PhysicalVolume...]',
	flags: '',
	parse: (parsed, command) => lvCountDisks(parsed, command, 'The number of copies'),
	volumeGroup: lvVolumeGroup,
	change(site, vg, {lv, count: copies, disks}) {
		removeLogicalVolumeCopies(site.state, site.node, vg, lvIn(vg, lv), copies, disks.map(d => site.pvid(d)), site.command);
	},
};

const splitlvcopy: LvmVerb<{lv: string; count: number; disks: string[]; force: boolean; name?: string; prefix?: string}> = {
	name: 'splitlvcopy',
	synopsis: '[-f] [-y NewLogicalVolumeName | -Y Prefix] LogicalVolume Copies [PhysicalVolume...]',
	flags: 'fy:Y:',
	parse(parsed, command) {
		if (parsed.opts.y && parsed.opts.Y) throw new UsageError(`${command}: -y and -Y cannot be used together.`);
		return {...lvCountDisks(parsed, command, 'The number of copies'), force: Boolean(parsed.opts.f), name: flag(parsed, 'y'), prefix: flag(parsed, 'Y')};
	},
	volumeGroup: lvVolumeGroup,
	change(site, vg, {lv: name, count: keep, disks, force, name: newName, prefix}) {
		const lv = lvIn(vg, name);
		// The copies are split while the data is still: the LV must be closed unless -f.
		if (!force) {
			closedLv(site, vg, name, [`0516-1258 splitlvcopy: Logical volume ${name} must be closed. If the logical`, '\tvolume contains a filesystem, the umount command will close the LV device.']);
		}
		const used = site.deviceNames();
		const split = splitLogicalVolumeCopy(site.state, site.node, vg, lv, keep, newName ?? nextDeviceName(prefix ?? 'lv', used), used, disks.map(d => site.pvid(d)), site.command);
		site.print(split.name);
	},
};

interface SyncOptions {
	/** -l logical volumes, -p physical volumes, -v volume groups. */
	by: 'l' | 'p' | 'v';
	names: string[];
}

/** syncvg -l LV... | -p PV... | -v VG...: every name must lead to one VG; the LVs to synchronise (all of the VG's for -v). */
function syncTargets(state: DeepReadonly<ClusterState>, node: string, {by, names}: SyncOptions, command: string, cspoc: boolean): {vgName: string; lvs?: string[]} {
	const vgNames = names.map(name => (by === 'v' ? name : by === 'l' ? volumeGroupNameOfLv(state, node, name) : volumeGroupNameOfDisk(state, node, name, command, cspoc)));
	if (new Set(vgNames).size > 1) throw new UsageError(`${command}: The names must all belong to one volume group.`);
	const vgName = vgNames[0]!;
	if (by === 'l') return {vgName, lvs: names};
	if (by === 'p') {
		const vg = knownVolumeGroup(state, node, vgName);
		const pvids = names.map(n => resolveDisk(state, node, n, command, cspoc));
		return {vgName, lvs: Object.values(vg.lvs).filter(lv => lv.copies.some(c => c.some(e => pvids.includes(e.pvid)))).map(lv => lv.name)};
	}
	return {vgName};
}

const syncvg: LvmVerb<SyncOptions> = {
	name: 'syncvg',
	synopsis: '[-f] [-i] [-H] [-P NumParallelLPs] {-l | -p | -v} Name ...',
	flags: 'fiHP:lpv',
	parse(parsed, command) {
		const names = operands(parsed, 1);
		const modes = (['l', 'p', 'v'] as const).filter(f => parsed.opts[f]);
		if (modes.length !== 1) throw new UsageError(`${command}: Give exactly one of -l, -p and -v.`);
		return {by: modes[0]!, names};
	},
	volumeGroup: (state, node, options, command, cspoc) => syncTargets(state, node, options, command, cspoc).vgName,
	change(site, vg, options) {
		const {lvs} = syncTargets(site.state, site.node, options, site.command, site.cspoc);
		const unsynced = syncStalePartitions(site.state, vg, lvs);
		if (unsynced.length > 0) {
			throw new LvmError(`0516-1290 syncvg: No good copy to synchronize ${unsynced.join(', ')} from: every copy of some partitions is stale or on a missing disk.`, `0516-932 /usr/sbin/syncvg: Unable to synchronize volume group ${vg.name}.`);
		}
	},
};

export const logicalVolumeCommands: Command[] = [
	...bothForms(mklv),
	...bothForms(extendlv),
	...bothForms(chlv),
	...bothForms(rmlv),
	...bothForms(mklvcopy),
	...bothForms(rmlvcopy),
	...bothForms(syncvg),
	aixCommand(splitlvcopy),
];
