/**
 * Logical volume commands: mklv, extendlv, chlv, rmlv, mklvcopy, rmlvcopy
 * and syncvg with their C-SPOC forms, and splitlvcopy (AIX only: the
 * split-mirror backup is done on the node that owns the data).
 */
import {UsageError, refuse} from '../../cluster/errors.js';
import type {Command} from '../../command/registry.js';
import type {ClusterState} from '../../cluster/state.js';
import {INTRA_POLICIES, LV_TYPES, nextDeviceName, type LogicalVolume, type VolumeGroupOnDisk} from '../../cluster/lvm.js';
import * as msg from '../../cluster/lvm-messages.js';
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
import {aixCommand, bothForms, count, lvmVerb, needsChange, oneOf} from './verb.js';
import type {DeepReadonly} from '../../cluster/readonly.js';

/** The placement and policy flags mklv, chlv, extendlv and mklvcopy share. */
const POLICY = {
	a: {arg: 'Position', help: 'intra-disk placement: m middle, c center, e edge, im inner middle, ie inner edge'},
	b: {arg: 'BadBlocks', help: 'y or n: whether bad blocks are relocated'},
	d: {arg: 'Schedule', help: 'how mirror copies are written: p in parallel, s sequentially'},
	e: {arg: 'Range', help: 'inter-disk allocation: x across as many disks as possible, m as few'},
	L: {arg: 'Label', help: 'the logical volume label'},
	r: {arg: 'Relocate', help: 'y or n: whether reorgvg may move its partitions'},
	s: {arg: 'Strict', help: 'y: copies of a partition on separate disks; s: copies share no disk at all (super strict); n: no rule'},
	t: {arg: 'Type', help: `the logical volume type: ${LV_TYPES.join(', ')}`},
	u: {arg: 'UpperBound', help: 'the most disks one copy may span'},
	v: {arg: 'Verify', help: 'y or n: whether every write is read back to verify it'},
	w: {arg: 'MWC', help: 'mirror write consistency: y or a active, p passive, n off'},
	x: {arg: 'MaxLPs', help: 'the most logical partitions it may grow to'},
} as const;

type PolicyOptions = {readonly [K in keyof typeof POLICY]?: string | undefined};

const yesNo = (command: string, opts: PolicyOptions, letter: 'b' | 'r' | 'v') => {
	const value = oneOf(command, letter, opts[letter], ['y', 'n'] as const);
	return value === undefined ? undefined : value === 'y';
};

/** The policies the flags given set. */
function policyFlags(command: string, opts: PolicyOptions): LogicalVolumeChange {
	const intra = oneOf(command, 'a', opts.a, Object.keys(INTRA_POLICIES));
	const inter = oneOf(command, 'e', opts.e, ['x', 'm'] as const);
	const mwc = oneOf(command, 'w', opts.w, ['y', 'n', 'p', 'a'] as const);
	const schedule = oneOf(command, 'd', opts.d, ['p', 's'] as const);
	return {
		intraPolicy: intra === undefined ? undefined : INTRA_POLICIES[intra],
		interPolicy: inter === undefined ? undefined : inter === 'x' ? 'maximum' : 'minimum',
		upperBound: opts.u === undefined ? undefined : count(command, 'The upper bound', opts.u),
		strict: oneOf(command, 's', opts.s, ['y', 'n', 's'] as const),
		mwc: mwc === 'a' ? 'y' : mwc,
		schedule: schedule === undefined ? undefined : schedule === 'p' ? 'parallel' : 'sequential',
		maxLps: opts.x === undefined ? undefined : count(command, 'The maximum number of logical partitions', opts.x),
		relocatable: yesNo(command, opts, 'r'),
		writeVerify: yesNo(command, opts, 'v'),
		badBlocks: yesNo(command, opts, 'b'),
		type: oneOf(command, 't', opts.t, LV_TYPES),
		label: opts.L,
	};
}

/** Verbs on one LV: the VG is the one the node's ODM puts it in. */
const lvVolumeGroup = <O extends {lv: string}>(state: ClusterState, node: string, options: O) => volumeGroupNameOfLv(state, node, options.lv);

/** The LV, and a refusal when it is open where the change needs it closed. */
function closedLv(site: LvmSite, vg: VolumeGroupOnDisk, name: string, why: string): LogicalVolume {
	const lv = vg.lvs[name]!;
	const open = openOn(site.state, vg, name);
	if (open.length > 0) refuse([why, `\t(${name} is open on ${open.join(', ')}: unmount its file system first.)`]);
	return lv;
}

/** An LV the VG holds, else getlvodm's refusal. */
function lvIn(vg: VolumeGroupOnDisk, name: string): LogicalVolume {
	const lv = vg.lvs[name];
	if (!lv) refuse(msg.lvNotInOdm('getlvodm', name));
	return lv;
}

const LV = {name: 'LogicalVolume', help: 'the logical volume'};
const LVS = {name: 'LogicalVolume ...', help: 'logical volumes of one volume group'};
const DISKS = {name: '[PhysicalVolume...]', help: "disks to take partitions from (all of the volume group's when none is named)"};
const COPIES = {name: 'Copies', help: 'the number of copies of each logical partition: 1, 2 or 3'};

/** `LogicalVolume Number [PhysicalVolume...]`, the operands extendlv and the copy verbs share. */
const lvCountDisks = ([lv, number, ...disks]: readonly string[], command: string, what: string) => ({
	lv: lv!,
	count: count(command, what, number),
	disks,
});

/** Where new partitions go: the placement flags extendlv and mklvcopy set on the LV. */
const placement = ({intraPolicy, interPolicy, upperBound}: LogicalVolumeChange) => definedOnly({intraPolicy, interPolicy, upperBound});

const NEW_NAME = {arg: 'NewLogicalVolume', help: 'the name; lv00, lv01, ... when absent'};
const PREFIX = {arg: 'Prefix', help: 'the prefix of a generated name (Prefix00, Prefix01, ...)'};

const mklv = lvmVerb({
	name: 'mklv',
	summary: 'Creates a logical volume.',
	synopsis:
		'[-a Position] [-b BadBlocks] [-c Copies] [-d Schedule] [-e Range] [-L Label]\n\t[-r Relocate] [-s Strict] [-t Type] [-u UpperBound] [-v ' +
		'Verify] [-w MWC]\n\t[-x MaxLPs] [-y NewLogicalVolume | -Y Prefix] VolumeGroup Number [PhysicalVolume...]',
	flags: {...POLICY, c: {arg: 'Copies', help: 'copies of each logical partition: 1 (the default), 2 or 3'}, y: NEW_NAME, Y: PREFIX},
	operands: {
		count: [2, Infinity],
		list: [{name: 'VolumeGroup', help: 'the volume group to hold it'}, {name: 'Number', help: 'its size in logical partitions'}, DISKS],
	},
	parse({opts, args: [vg, number, ...disks]}, command) {
		const lps = count(command, 'The number of logical partitions', number);
		if (opts.y && opts.Y) throw new UsageError(`${command}: -y and -Y cannot be used together.`);
		return {
			vg: vg!,
			lps,
			disks,
			copies: count(command, 'The number of copies', opts.c ?? '1'),
			name: opts.y,
			prefix: opts.Y,
			policies: policyFlags(command, opts),
		};
	},
	volumeGroup: (_state, _node, options) => options.vg,
	change(site, vg, {lps, disks, copies, name, prefix, policies}) {
		const used = site.deviceNames();
		const lv = createLogicalVolume(
			site.state,
			site.node,
			vg,
			{
				...policies,
				name: name ?? nextDeviceName(prefix ?? 'lv', used),
				type: policies.type ?? 'jfs',
				lps,
				copies,
				pvids: disks.map(d => site.pvid(d)),
			},
			used,
			site.command,
		);
		site.print(lv.name);
	},
});

const extendlv = lvmVerb({
	name: 'extendlv',
	summary: 'Adds logical partitions to a logical volume.',
	synopsis: '[-a Position] [-e Range] [-u UpperBound] [-s Strict] LogicalVolume Partitions [PhysicalVolume...]',
	flags: {a: POLICY.a, e: POLICY.e, u: POLICY.u, s: POLICY.s},
	operands: {count: [2, Infinity], list: [LV, {name: 'Partitions', help: 'how many logical partitions to add'}, DISKS]},
	parse: ({opts, args}, command) => ({...lvCountDisks(args, command, 'The number of logical partitions'), policies: policyFlags(command, opts)}),
	volumeGroup: lvVolumeGroup,
	change(site, vg, {lv: name, count: lps, disks, policies}) {
		const lv = lvIn(vg, name);
		Object.assign(lv, placement(policies), definedOnly({strict: policies.strict}));
		extendLogicalVolume(
			site.state,
			site.node,
			vg,
			lv,
			lps,
			disks.map(d => site.pvid(d)),
			site.command,
		);
	},
});

const chlv = lvmVerb({
	name: 'chlv',
	summary: 'Changes the attributes of logical volumes, or renames one.',
	synopsis:
		'[-a Position] [-b BadBlocks] [-d Schedule] [-e Range] [-L Label] [-p Permission]\n\t[-r Relocate] [-s Strict] [-t Type] [-u UpperBound] [-v ' +
		'Verify] [-w MWC]\n\t[-x Maximum] LogicalVolume ...\n       chlv -n NewLogicalVolume LogicalVolume',
	flags: {
		...POLICY,
		n: {arg: 'NewLogicalVolume', help: 'renames the logical volume (it must be closed); takes no other flag'},
		p: {arg: 'Permission', help: 'r read-only, w read/write'},
	},
	operands: {count: [1, Infinity], list: [LVS]},
	parse({opts, args: lvs, all}, command) {
		if (opts.n !== undefined) {
			if (lvs.length > 1 || all.some(o => o.flag !== 'n' && o.flag !== 'cspoc'))
				throw new UsageError(`${command}: -n renames one logical volume and takes no other flag.`);
			return {lvs, newName: opts.n, change: {}};
		}
		const permission = oneOf(command, 'p', opts.p, ['r', 'w'] as const);
		const change: LogicalVolumeChange = {
			...policyFlags(command, opts),
			permission: permission === undefined ? undefined : permission === 'r' ? 'read-only' : 'read/write',
		};
		needsChange(change);
		return {lvs, newName: undefined, change};
	},
	volumeGroup: (state, node, options) => volumeGroupNameOfLv(state, node, options.lvs[0]!),
	change(site, vg, {lvs, newName, change}) {
		for (const name of lvs) lvIn(vg, name);
		for (const name of lvs) {
			const lv = vg.lvs[name]!;
			if (newName !== undefined) {
				closedLv(site, vg, name, msg.renameOpen(site.command, name));
				changeLogicalVolume(site.state, vg, lv, {name: newName}, site.deviceNames(), site.command);
			} else changeLogicalVolume(site.state, vg, lv, change, new Set(), site.command);
		}
	},
});

const rmlv = lvmVerb({
	name: 'rmlv',
	summary: 'Removes logical volumes.',
	synopsis: '[-f] LogicalVolume ...',
	flags: {f: {help: 'removes them without asking for confirmation'}},
	operands: {count: [1, Infinity], list: [LVS]},
	parse: ({opts, args}) => ({lvs: args, force: opts.f}),
	volumeGroup: (state, node, options) => volumeGroupNameOfLv(state, node, options.lvs[0]!),
	change(site, vg, {lvs, force}) {
		// Every LV is checked before any goes: the command removes all of them or none.
		for (const name of lvs) {
			lvIn(vg, name);
			closedLv(site, vg, name, msg.openLvNotRemoved(name));
		}
		for (const name of lvs) {
			// Asked before each LV unless -f; C-SPOC's dialog has already asked ARE YOU SURE.
			if (!force && !site.cspoc) {
				site.print(`Warning, all data contained on logical volume ${name} will be destroyed.`);
				// Asked on the terminal (the F9 shell, COMMAND STATUS); a script answers on standard input.
				const question = 'rmlv: Do you wish to continue? y(es) n(o)?';
				let answer = site.ctx.ask(question);
				if (answer === undefined) {
					site.print(`${question} `);
					answer = site.ctx.stdin.trim();
				}
				if (!/^y/i.test(answer)) refuse(msg.lvNotRemoved(name));
			}
			removeLogicalVolume(site.state, vg, name);
			site.print(msg.lvRemoved(name));
		}
	},
});

const mklvcopy = lvmVerb({
	name: 'mklvcopy',
	summary: 'Adds mirror copies to a logical volume.',
	synopsis: '[-a Position] [-e Range] [-k] [-s Strict] [-u UpperBound] LogicalVolume Copies [PhysicalVolume...]',
	flags: {
		a: POLICY.a,
		e: POLICY.e,
		k: {help: 'synchronises the new copies at once (otherwise they stay stale until syncvg)'},
		s: POLICY.s,
		u: POLICY.u,
	},
	operands: {count: [2, Infinity], list: [LV, {...COPIES, help: 'the copies it is to have: 2 or 3'}, DISKS]},
	parse: ({opts, args}, command) => ({...lvCountDisks(args, command, 'The number of copies'), policies: policyFlags(command, opts), synced: opts.k}),
	volumeGroup: lvVolumeGroup,
	change(site, vg, {lv: name, count: copies, disks, policies, synced}) {
		const lv = lvIn(vg, name);
		Object.assign(lv, placement(policies));
		addLogicalVolumeCopies(
			site.state,
			site.node,
			vg,
			lv,
			copies,
			disks.map(d => site.pvid(d)),
			synced,
			policies.strict,
			site.command,
		);
	},
});

const rmlvcopy = lvmVerb({
	name: 'rmlvcopy',
	summary: 'Removes mirror copies of a logical volume.',
	synopsis: 'LogicalVolume Copies [PhysicalVolume...]',
	flags: {},
	operands: {
		count: [2, Infinity],
		list: [LV, {...COPIES, help: 'the copies it is to keep: 1 or 2'}, {...DISKS, help: 'disks whose copies go first'}],
	},
	parse: ({args}, command) => lvCountDisks(args, command, 'The number of copies'),
	volumeGroup: lvVolumeGroup,
	change(site, vg, {lv, count: copies, disks}) {
		removeLogicalVolumeCopies(
			site.state,
			site.node,
			vg,
			lvIn(vg, lv),
			copies,
			disks.map(d => site.pvid(d)),
			site.command,
		);
	},
});

const splitlvcopy = lvmVerb({
	name: 'splitlvcopy',
	summary: 'Splits mirror copies off a logical volume into a new logical volume holding the same data.',
	synopsis: '[-f] [-y NewLogicalVolumeName | -Y Prefix] LogicalVolume Copies [PhysicalVolume...]',
	flags: {f: {help: 'splits even while the logical volume is open'}, y: {...NEW_NAME, arg: 'NewLogicalVolumeName'}, Y: PREFIX},
	operands: {
		count: [2, Infinity],
		list: [LV, {...COPIES, help: 'the copies it is to keep'}, {...DISKS, help: 'disks whose copies are split off first'}],
	},
	parse({opts, args}, command) {
		if (opts.y && opts.Y) throw new UsageError(`${command}: -y and -Y cannot be used together.`);
		return {...lvCountDisks(args, command, 'The number of copies'), force: opts.f, name: opts.y, prefix: opts.Y};
	},
	volumeGroup: lvVolumeGroup,
	change(site, vg, {lv: name, count: keep, disks, force, name: newName, prefix}) {
		const lv = lvIn(vg, name);
		// The copies are split while the data is still: the LV must be closed unless -f.
		if (!force) closedLv(site, vg, name, msg.splitNeedsClosed(name));
		const used = site.deviceNames();
		const split = splitLogicalVolumeCopy(
			site.state,
			site.node,
			vg,
			lv,
			keep,
			newName ?? nextDeviceName(prefix ?? 'lv', used),
			used,
			disks.map(d => site.pvid(d)),
			site.command,
		);
		site.print(split.name);
	},
});

interface SyncOptions {
	/** -l logical volumes, -p physical volumes, -v volume groups. */
	by: 'l' | 'p' | 'v';
	names: readonly string[];
}

/** syncvg -l LV... | -p PV... | -v VG...: every name must lead to one VG; the LVs to synchronise (all of the VG's for -v). */
function syncTargets(
	state: DeepReadonly<ClusterState>,
	node: string,
	{by, names}: SyncOptions,
	command: string,
	cspoc: boolean,
): {vgName: string; lvs?: readonly string[]} {
	const vgNames = names.map(name =>
		by === 'v' ? name : by === 'l' ? volumeGroupNameOfLv(state, node, name) : volumeGroupNameOfDisk(state, node, name, command, cspoc),
	);
	if (new Set(vgNames).size > 1) throw new UsageError(`${command}: The names must all belong to one volume group.`);
	const vgName = vgNames[0]!;
	if (by === 'l') return {vgName, lvs: names};
	if (by === 'p') {
		const vg = knownVolumeGroup(state, node, vgName);
		const pvids = names.map(n => resolveDisk(state, node, n, command, cspoc));
		return {
			vgName,
			lvs: Object.values(vg.lvs)
				.filter(lv => lv.copies.some(c => c.some(e => pvids.includes(e.pvid))))
				.map(lv => lv.name),
		};
	}
	return {vgName};
}

const syncvg = lvmVerb({
	name: 'syncvg',
	summary: 'Synchronises stale partitions from a good copy.',
	synopsis: '[-f] [-i] [-H] [-P NumParallelLPs] {-l | -p | -v} Name ...',
	flags: {
		f: {help: 'synchronises every partition, stale or not (the simulation copies only stale ones)'},
		i: {help: 'reads the names from standard input (the simulation takes them as operands)'},
		H: {help: 'postpones the writes of a concurrent volume group (no effect in the simulation)'},
		P: {arg: 'NumParallelLPs', help: 'how many logical partitions to synchronise at once (no effect in the simulation)'},
		l: {help: 'the names are logical volumes'},
		p: {help: 'the names are physical volumes'},
		v: {help: 'the names are volume groups'},
	},
	operands: {
		count: [1, Infinity],
		list: [{name: 'Name ...', help: 'logical volumes, disks or volume groups, as -l, -p or -v says; all in one volume group'}],
	},
	parse({opts, args}, command) {
		const modes = (['l', 'p', 'v'] as const).filter(f => opts[f]);
		if (modes.length !== 1) throw new UsageError(`${command}: Give exactly one of -l, -p and -v.`);
		return {by: modes[0]!, names: args};
	},
	volumeGroup: (state, node, options, command, cspoc) => syncTargets(state, node, options, command, cspoc).vgName,
	change(site, vg, options) {
		const {lvs} = syncTargets(site.state, site.node, options, site.command, site.cspoc);
		const unsynced = syncStalePartitions(site.state, vg, lvs);
		if (unsynced.length > 0) refuse(msg.noGoodCopy(unsynced, vg.name));
	},
});

export const logicalVolumeCommands: Command[] = [
	...bothForms(mklv),
	...bothForms(extendlv),
	...bothForms(chlv),
	...bothForms(rmlv),
	...bothForms(mklvcopy),
	...bothForms(rmlvcopy),
	...bothForms(syncvg),
	...aixCommand(splitlvcopy),
];
