/**
 * Volume group commands that change the VGDA: extendvg, reducevg, chvg,
 * mirrorvg, unmirrorvg (each with its C-SPOC form) and replacepv; and mkvg /
 * cl_mkvg, which write a new VGDA and define the VG in the ODM of the node
 * (mkvg) or of every chosen node with one major number (cl_mkvg).
 */
import {UsageError, refuse} from '../../cluster/errors.js';
import {defineCommand, type Invocation} from '../../command/define.js';
import type {Command, CommandContext} from '../../command/registry.js';
import type {ClusterState} from '../../cluster/state.js';
import {PP_SIZES} from '../../cluster/lvm.js';
import * as msg from '../../cluster/lvm-messages.js';
import {varyOnVolumeGroup} from '../../cluster/lvm-ops.js';
import {freeMajors, importVolumeGroup, majorsInUse} from '../../cluster/lvm-odm.js';
import {addLogicalVolumeCopies, openOn, removeLogicalVolumeCopies} from '../../cluster/lvm-lv.js';
import {
	changeVolumeGroup,
	checkDeviceName,
	createVolumeGroup,
	extendVolumeGroup,
	reduceVolumeGroup,
	replacePhysicalVolume,
} from '../../cluster/lvm-vg.js';
import {nextDeviceName, vgNameOn} from '../../cluster/lvm.js';
import {cspocLog, nodePrinter} from '../cspoc.js';
import {cspocTarget, guard, reportOn, siteBase, volumeGroupNameOfDisk, type LvmSite} from './site.js';
import {AIX_DIR, bothForms, count, cspocForm, lvmVerb, majorNumber, needsChange, oneOf} from './verb.js';

/** Verbs on a VG named first, then disks. */
const vgOperand = <O extends {vg: string}>(_state: ClusterState, _node: string, options: O) => options.vg;

const VG = {name: 'VolumeGroup', help: 'the volume group'};
const DISKS = {name: 'PhysicalVolume ...', help: 'disks by hdisk name (under C-SPOC also by PVID), as the first chosen node names them'};
/** -f of mkvg, extendvg and replacepv. */
const FORCE_DISKS = {
	help: 'uses the disks even if they seem to belong to another volume group (the simulation refuses disks of a known one all the same)',
};

/** `VolumeGroup PhysicalVolume...`. */
const vgDisks = ([vg, ...disks]: readonly string[]) => ({vg: vg!, disks});

const extendvg = lvmVerb({
	name: 'extendvg',
	summary: 'Adds physical volumes to a volume group.',
	synopsis: '[-f] VolumeGroup PhysicalVolume ...',
	flags: {f: FORCE_DISKS},
	operands: {count: [2, Infinity], list: [VG, DISKS]},
	parse: ({args}) => vgDisks(args),
	volumeGroup: vgOperand,
	change(site, vg, {disks}) {
		extendVolumeGroup(
			site.state,
			site.node,
			vg,
			disks.map(d => site.pvid(d)),
			site.command,
		);
	},
});

const reducevg = lvmVerb({
	name: 'reducevg',
	summary: 'Removes physical volumes from a volume group.',
	synopsis: '[-d] [-f] VolumeGroup PhysicalVolume ...',
	flags: {
		d: {help: 'deletes the partitions on the disks, and logical volumes that live only there'},
		f: {help: 'with -d, does not ask for confirmation'},
	},
	operands: {count: [2, Infinity], list: [VG, DISKS]},
	parse: ({opts, args}) => ({...vgDisks(args), deletePartitions: opts.d}),
	volumeGroup: vgOperand,
	change(site, vg, {disks, deletePartitions}) {
		const pvids = disks.map(d => site.pvid(d));
		// -d removes LVs that live only on these disks: they must be closed.
		for (const lv of Object.values(vg.lvs)) {
			if (!deletePartitions || !lv.copies.every(copy => copy.some(e => pvids.includes(e.pvid)))) continue;
			const open = openOn(site.state, vg, lv.name);
			if (open.length > 0) refuse(msg.openLvNotRemoved(lv.name, open));
		}
		for (const name of reduceVolumeGroup(site.state, site.node, vg, pvids, deletePartitions, site.command)) site.print(msg.lvRemoved(name));
	},
});

const YES_NO = ['y', 'n'] as const;
const yesNo = (command: string, flag: string, value: string | undefined) => {
	const answer = oneOf(command, flag, value, YES_NO);
	return answer === undefined ? undefined : answer === 'y';
};

const FACTOR = {arg: 'Factor', help: 'partitions per disk, in units of 1016 (1 to 16); fewer disks the volume group can hold'};

const chvg = lvmVerb({
	name: 'chvg',
	summary: 'Changes the attributes of a volume group.',
	synopsis: '[-a AutoOn] [-C] [-Q Quorum] [-t Factor] VolumeGroup',
	flags: {
		a: {arg: 'AutoOn', help: "y or n: whether the volume group is varied on at system restart (set in each node's ODM)"},
		C: {help: 'makes the volume group enhanced concurrent capable'},
		Q: {arg: 'Quorum', help: 'y or n: whether the volume group closes when it loses its quorum of VGDAs'},
		t: FACTOR,
	},
	operands: {count: 1, list: [VG]},
	parse({opts, args}, command) {
		const change = {
			autoOn: yesNo(command, 'a', opts.a),
			quorum: yesNo(command, 'Q', opts.Q),
			concurrent: opts.C ? (true as const) : undefined,
			factor: opts.t === undefined ? undefined : count(command, 'The factor', opts.t),
		};
		needsChange(change);
		return {vg: args[0]!, ...change};
	},
	volumeGroup: vgOperand,
	change(site, vg, {autoOn, quorum, concurrent, factor}) {
		if (quorum !== undefined || concurrent || factor !== undefined)
			changeVolumeGroup(site.state, site.node, vg, {quorum, concurrent, factor}, site.command);
		if (quorum !== undefined) site.print(msg.quorumChanged());
		// Automatic varyon at boot is an ODM attribute of each node, not part of the VGDA.
		if (autoOn !== undefined) {
			for (const node of site.nodes) {
				const lvm = site.state.nodes[node]!.lvm;
				const name = vgNameOn(lvm, vg.vgid);
				if (name !== undefined) lvm.volumeGroups[name]!.autoVaryon = autoOn;
			}
		}
	},
});

const mirrorvg = lvmVerb({
	name: 'mirrorvg',
	summary: 'Mirrors every logical volume of a volume group.',
	synopsis: '[-S | -s] [-Q] [-c Copies] VolumeGroup [PhysicalVolume ...]',
	flags: {
		S: {help: 'leaves the new copies stale, to be synchronised in the background'},
		s: {help: 'leaves the new copies stale, to be synchronised later with syncvg'},
		Q: {help: 'keeps quorum on (mirrorvg otherwise turns it off)'},
		c: {arg: 'Copies', help: 'copies of each logical partition: 2 (the default) or 3'},
	},
	operands: {count: [1, Infinity], list: [VG, {...DISKS, name: '[PhysicalVolume ...]'}]},
	parse: ({opts, args}, command) => ({
		...vgDisks(args),
		copies: count(command, 'The number of copies', opts.c ?? '2'),
		synced: !opts.s && !opts.S,
		keepQuorum: opts.Q,
	}),
	volumeGroup: vgOperand,
	change(site, vg, {disks, copies, synced, keepQuorum}) {
		if (copies < 2 || copies > 3) refuse(msg.copiesRange(site.command, 2));
		const pvids = disks.map(d => site.pvid(d));
		const toMirror = Object.values(vg.lvs).filter(lv => lv.copies.length < copies);
		if (toMirror.length === 0) refuse(msg.nothingToMirror(site.command));
		for (const lv of toMirror)
			addLogicalVolumeCopies(site.state, site.node, vg, lv, copies, pvids, synced, lv.strict === 'n' ? 'y' : undefined, site.command);
		// A mirrored VG survives the loss of a disk only without quorum, so mirrorvg turns quorum off unless -Q.
		if (!keepQuorum && vg.quorum) {
			changeVolumeGroup(site.state, site.node, vg, {quorum: false}, site.command);
			site.print(msg.quorumChanged());
		}
	},
});

const unmirrorvg = lvmVerb({
	name: 'unmirrorvg',
	summary: 'Removes the mirror copies of every logical volume of a volume group.',
	synopsis: '[-c Copies] VolumeGroup [PhysicalVolume ...]',
	flags: {c: {arg: 'Copies', help: 'copies to keep: 1 (the default) or 2'}},
	operands: {count: [1, Infinity], list: [VG, {...DISKS, name: '[PhysicalVolume ...]', help: 'disks whose copies go first'}]},
	parse: ({opts, args}, command) => ({...vgDisks(args), copies: count(command, 'The number of copies', opts.c ?? '1')}),
	volumeGroup: vgOperand,
	change(site, vg, {disks, copies}) {
		const pvids = disks.map(d => site.pvid(d));
		const toReduce = Object.values(vg.lvs).filter(lv => lv.copies.length > copies);
		if (toReduce.length === 0) refuse(msg.nothingToUnmirror(site.command, vg.name, copies));
		for (const lv of toReduce) removeLogicalVolumeCopies(site.state, site.node, vg, lv, copies, pvids, site.command);
	},
});

const replacepv = lvmVerb({
	name: 'replacepv',
	summary: 'Moves everything on one disk of a volume group to a free disk, which takes its place.',
	synopsis: '[-f] SourcePhysicalVolume DestinationPhysicalVolume',
	flags: {f: FORCE_DISKS},
	operands: {
		count: 2,
		list: [
			{name: 'SourcePhysicalVolume', help: 'the disk to replace (it may have failed)'},
			{name: 'DestinationPhysicalVolume', help: 'a free disk at least as large'},
		],
	},
	parse: ({args: [source, target]}) => ({source: source!, target: target!}),
	volumeGroup: (state, node, options, command, cspoc) => volumeGroupNameOfDisk(state, node, options.source, command, cspoc),
	change(site, vg, {source, target}) {
		replacePhysicalVolume(site.state, site.node, vg, site.pvid(source), site.pvid(target), site.command);
	},
});

/** mkvg and cl_mkvg: one declaration, the C-SPOC form adding -cspoc. */
const MKVG = {
	name: 'mkvg',
	summary: 'Creates a volume group on free disks.',
	synopsis: '[-B] [-C] [-f] [-n] [-s Size] [-t Factor] [-V MajorNumber] [-y VolumeGroup] PhysicalVolume ...',
	flags: {
		B: {help: 'makes a big volume group (128 disks, 512 logical volumes)'},
		C: {help: 'makes it enhanced concurrent capable'},
		f: FORCE_DISKS,
		n: {help: 'does not vary it on automatically at system restart'},
		s: {arg: 'Size', help: `the physical partition size in megabytes: ${PP_SIZES.join(', ')}; the smallest that fits when absent`},
		t: FACTOR,
		V: {arg: 'MajorNumber', help: 'the major number (lvlstmajor lists the free ones); the lowest free one when absent'},
		y: {arg: 'VolumeGroup', help: 'the name; vg00, vg01, ... when absent'},
	},
} as const;
const MKVG_OPERANDS = {count: [1, Infinity], list: [{...DISKS, help: 'free disks for the volume group'}]} as const;
type MkvgOptions = Invocation<typeof MKVG.flags>['opts'];

interface NewVgOptions {
	ppSizeMb?: number;
	factor?: number;
	major?: number;
	name?: string;
}

function newVgOptions(command: string, opts: MkvgOptions): NewVgOptions {
	const ppSizeMb = opts.s === undefined ? undefined : count(command, 'The partition size', opts.s);
	if (ppSizeMb !== undefined && !(PP_SIZES as readonly number[]).includes(ppSizeMb))
		throw new UsageError(`${command}: The partition size must be one of ${PP_SIZES.join(', ')} (megabytes).`);
	return {
		ppSizeMb,
		factor: opts.t === undefined ? undefined : count(command, 'The factor', opts.t),
		major: majorNumber(command, opts.V),
		name: opts.y,
	};
}

/** The major number for a new VG: the one asked for, free on every node, or the lowest free on all of them. */
function chooseMajor(state: ClusterState, nodes: readonly string[], asked: number | undefined, command: string): number {
	if (asked === undefined) return freeMajors(state, nodes)[0]!;
	const taken = nodes.filter(n => majorsInUse(state, n).has(asked));
	if (taken.length > 0) refuse(msg.majorInUse(command, asked, taken.join(', '), true));
	return asked;
}

/** mkvg on one node, or on several through C-SPOC: the new VGDA, then the VG in each node's ODM. */
function makeVolumeGroup(
	ctx: CommandContext,
	{opts, args}: {opts: MkvgOptions; args: readonly string[]},
	site: LvmSite,
	printOn: (node: string) => (line: string) => void,
): void {
	const options = newVgOptions(ctx.name, opts);
	const pvids = args.map(d => site.pvid(d));
	const used = site.deviceNames();
	const name = options.name ?? nextDeviceName('vg', used);
	guard(() => checkDeviceName('mkvg', name, used), site.cspoc ? `${site.node}: ` : '');
	const major = chooseMajor(ctx.state, site.nodes, options.major, ctx.name);
	const vg = guard(
		() => createVolumeGroup(ctx.state, site.node, {name, pvids, ppSizeMb: options.ppSizeMb, factor: options.factor, concurrent: opts.C, big: opts.B}),
		site.cspoc ? `${site.node}: ` : '',
	);
	for (const node of site.nodes) {
		// HACMP varies shared VGs on itself, so C-SPOC turns automatic varyon off.
		// importvg prints the VG's name (and any warning of its own, as imfs's about a mount point in use).
		reportOn(node, printOn(node), () => importVolumeGroup(ctx.state, node, vg.pvids[0]!, {name, major, autoVaryon: !site.cspoc && !opts.n}));
	}
	// mkvg varies the new VG on, except a concurrent capable one; C-SPOC leaves it off for the resource group.
	if (!site.cspoc && !opts.C) varyOnVolumeGroup(ctx.state, site.node, name);
}

const mkvg = defineCommand({
	...MKVG,
	dirs: [AIX_DIR],
	operands: MKVG_OPERANDS,
	run(ctx, invocation) {
		const site = siteBase(ctx, ctx.node, [ctx.node], false, line => ctx.print(line));
		makeVolumeGroup(ctx, invocation, site, () => line => ctx.print(line));
	},
});

const clMkvg = defineCommand({
	...cspocForm(MKVG),
	operands: MKVG_OPERANDS,
	run(ctx, invocation) {
		const {nodes, first, record} = cspocTarget(ctx, invocation.opts.cspoc);
		const site = siteBase(ctx, first, nodes, true, nodePrinter(ctx, first, record));
		makeVolumeGroup(ctx, invocation, site, node => nodePrinter(ctx, node, record));
		cspocLog(ctx, record);
	},
});

export const volumeGroupCommands: Command[] = [
	...mkvg,
	...clMkvg,
	...bothForms(extendvg),
	...bothForms(reducevg),
	...bothForms(chvg),
	...bothForms(mirrorvg),
	...bothForms(unmirrorvg),
	...bothForms(replacepv),
];
