/**
 * Volume group commands that change the VGDA: extendvg, reducevg, chvg,
 * mirrorvg, unmirrorvg (each with its C-SPOC form) and replacepv; and mkvg /
 * cl_mkvg, which write a new VGDA and define the VG in the ODM of the node
 * (mkvg) or of every chosen node with one major number (cl_mkvg).
 */
import {CommandError, UsageError} from '../../cluster/errors.js';
import {getopt, type ParsedOptions} from '../../command/getopt.js';
import type {Command, CommandContext} from '../../command/registry.js';
import type {ClusterState} from '../../cluster/state.js';
import {PP_SIZES} from '../../cluster/lvm.js';
import {varyOnVolumeGroup} from '../../cluster/lvm-ops.js';
import {freeMajors, importVolumeGroup, majorsInUse} from '../../cluster/lvm-odm.js';
import {addLogicalVolumeCopies, openOn, removeLogicalVolumeCopies} from '../../cluster/lvm-lv.js';
import {changeVolumeGroup, checkDeviceName, createVolumeGroup, extendVolumeGroup, reduceVolumeGroup, replacePhysicalVolume} from '../../cluster/lvm-vg.js';
import {LvmError, nextDeviceName, vgNameOn} from '../../cluster/lvm.js';
import {CSPOC_DIR, cspocLog, nodePrinter} from '../cspoc.js';
import {cspocTarget, guard, reportOn, siteBase, volumeGroupNameOfDisk, type LvmSite} from './site.js';
import {AIX_DIR, CSPOC_USAGE, bothForms, count, flag, majorNumber, needsChange, oneOf, operands, type LvmVerb} from './verb.js';

/** Verbs on a VG named first, then disks. */
const vgOperand = (_state: ClusterState, _node: string, options: {vg: string}) => options.vg;

/** `VolumeGroup PhysicalVolume...`, with at least `disks` disks. */
function vgDisks(parsed: ParsedOptions, disks: number): {vg: string; disks: string[]} {
	const [vg, ...rest] = operands(parsed, 1 + disks);
	return {vg: vg!, disks: rest};
}

const extendvg: LvmVerb<{vg: string; disks: string[]}> = {
	name: 'extendvg',
	synopsis: '[-f] VolumeGroup PhysicalVolume ...',
	flags: 'f',
	parse: parsed => vgDisks(parsed, 1),
	volumeGroup: vgOperand,
	change(site, vg, {disks}) {
		extendVolumeGroup(site.state, site.node, vg, disks.map(d => site.pvid(d)), site.command);
	},
};

const reducevg: LvmVerb<{vg: string; disks: string[]; deletePartitions: boolean}> = {
	name: 'reducevg',
	synopsis: '[-d] [-f] VolumeGroup PhysicalVolume ...',
	flags: 'df',
	parse: parsed => ({...vgDisks(parsed, 1), deletePartitions: Boolean(parsed.opts.d)}),
	volumeGroup: vgOperand,
	change(site, vg, {disks, deletePartitions}) {
		const pvids = disks.map(d => site.pvid(d));
		// -d removes LVs that live only on these disks: they must be closed.
		for (const lv of Object.values(vg.lvs)) {
			if (!deletePartitions || !lv.copies.every(copy => copy.some(e => pvids.includes(e.pvid)))) continue;
			const open = openOn(site.state, vg, lv.name);
			if (open.length > 0) throw new LvmError('0516-076 lreducelv: Cannot remove last partition of an open logical volume.', `0516-912 rmlv: Unable to remove logical volume ${lv.name} (open on ${open.join(', ')}).`);
		}
		for (const name of reduceVolumeGroup(site.state, site.node, vg, pvids, deletePartitions, site.command)) site.print(`rmlv: Logical volume ${name} is removed.`);
	},
};

interface ChvgOptions {
	vg: string;
	autoOn?: boolean;
	quorum?: boolean;
	concurrent?: true;
	factor?: number;
}

const chvg: LvmVerb<ChvgOptions> = {
	name: 'chvg',
	synopsis: '[-a AutoOn] [-C] [-Q Quorum] [-t Factor] VolumeGroup',
	flags: 'a:CQ:t:',
	parse(parsed, command) {
		const [vg] = operands(parsed, 1, 1);
		const autoOn = oneOf(command, 'a', parsed.opts.a, ['y', 'n'] as const);
		const quorum = oneOf(command, 'Q', parsed.opts.Q, ['y', 'n'] as const);
		const factor = flag(parsed, 't');
		const change = {
			autoOn: autoOn === undefined ? undefined : autoOn === 'y',
			quorum: quorum === undefined ? undefined : quorum === 'y',
			concurrent: parsed.opts.C ? (true as const) : undefined,
			factor: factor === undefined ? undefined : count(command, 'The factor', factor),
		};
		needsChange(change);
		return {vg: vg!, ...change};
	},
	volumeGroup: vgOperand,
	change(site, vg, {autoOn, quorum, concurrent, factor}) {
		if (quorum !== undefined || concurrent || factor !== undefined) changeVolumeGroup(site.state, site.node, vg, {quorum, concurrent, factor}, site.command);
		if (quorum !== undefined) site.print('0516-1804 chvg: The quorum change takes effect immediately.');
		// Automatic varyon at boot is an ODM attribute of each node, not part of the VGDA.
		if (autoOn !== undefined) {
			for (const node of site.nodes) {
				const lvm = site.state.nodes[node]!.lvm;
				const name = vgNameOn(lvm, vg.vgid);
				if (name !== undefined) lvm.volumeGroups[name]!.autoVaryon = autoOn;
			}
		}
	},
};

const mirrorvg: LvmVerb<{vg: string; disks: string[]; copies: number; synced: boolean; keepQuorum: boolean}> = {
	name: 'mirrorvg',
	synopsis: '[-S | -s] [-Q] [-c Copies] VolumeGroup [PhysicalVolume ...]',
	flags: 'SsQc:',
	parse: (parsed, command) => ({
		...vgDisks(parsed, 0),
		copies: count(command, 'The number of copies', flag(parsed, 'c') ?? '2'),
		synced: !parsed.opts.s && !parsed.opts.S,
		keepQuorum: Boolean(parsed.opts.Q),
	}),
	volumeGroup: vgOperand,
	change(site, vg, {disks, copies, synced, keepQuorum}) {
		if (copies < 2 || copies > 3) throw new LvmError(`0516-1127 ${site.command}: The number of copies must be 2 or 3.`);
		const pvids = disks.map(d => site.pvid(d));
		const toMirror = Object.values(vg.lvs).filter(lv => lv.copies.length < copies);
		if (toMirror.length === 0) throw new LvmError(`0516-1118 ${site.command}: No logical volumes in volume group to mirror.`);
		for (const lv of toMirror) addLogicalVolumeCopies(site.state, site.node, vg, lv, copies, pvids, synced, lv.strict === 'n' ? 'y' : undefined, site.command);
		// A mirrored VG survives the loss of a disk only without quorum, so mirrorvg turns quorum off unless -Q.
		if (!keepQuorum && vg.quorum) {
			changeVolumeGroup(site.state, site.node, vg, {quorum: false}, site.command);
			site.print('0516-1804 chvg: The quorum change takes effect immediately.');
		}
	},
};

const unmirrorvg: LvmVerb<{vg: string; disks: string[]; copies: number}> = {
	name: 'unmirrorvg',
	synopsis: '[-c Copies] VolumeGroup [PhysicalVolume ...]',
	flags: 'c:',
	parse: (parsed, command) => ({...vgDisks(parsed, 0), copies: count(command, 'The number of copies', flag(parsed, 'c') ?? '1')}),
	volumeGroup: vgOperand,
	change(site, vg, {disks, copies}) {
		const pvids = disks.map(d => site.pvid(d));
		const toReduce = Object.values(vg.lvs).filter(lv => lv.copies.length > copies);
		if (toReduce.length === 0) throw new LvmError(`0516-1119 ${site.command}: No logical volumes in volume group ${vg.name} have more than ${copies} ${copies === 1 ? 'copy' : 'copies'}.`);
		for (const lv of toReduce) removeLogicalVolumeCopies(site.state, site.node, vg, lv, copies, pvids, site.command);
	},
};

const replacepv: LvmVerb<{source: string; target: string}> = {
	name: 'replacepv',
	synopsis: '[-f] SourcePhysicalVolume DestinationPhysicalVolume',
	flags: 'f',
	parse(parsed) {
		const [source, target] = operands(parsed, 2, 2);
		return {source: source!, target: target!};
	},
	volumeGroup: (state, node, options, command, cspoc) => volumeGroupNameOfDisk(state, node, options.source, command, cspoc),
	change(site, vg, {source, target}) {
		replacePhysicalVolume(site.state, site.node, vg, site.pvid(source), site.pvid(target), site.command);
	},
};

const MKVG_SYNOPSIS = '[-B] [-C] [-f] [-n] [-s Size] [-t Factor] [-V MajorNumber] [-y VolumeGroup] PhysicalVolume ...';
const MKVG_FLAGS = 'BCfns:t:V:y:';

interface NewVgOptions {
	ppSizeMb?: number;
	factor?: number;
	major?: number;
	name?: string;
}

function newVgOptions(command: string, parsed: ParsedOptions): NewVgOptions {
	operands(parsed, 1);
	const size = flag(parsed, 's');
	const ppSizeMb = size === undefined ? undefined : count(command, 'The partition size', size);
	if (ppSizeMb !== undefined && !(PP_SIZES as readonly number[]).includes(ppSizeMb)) throw new UsageError(`${command}: The partition size must be one of ${PP_SIZES.join(', ')} (megabytes).`);
	const factor = flag(parsed, 't');
	const major = flag(parsed, 'V');
	return {ppSizeMb, factor: factor === undefined ? undefined : count(command, 'The factor', factor), major: majorNumber(command, major), name: flag(parsed, 'y')};
}

/** The major number for a new VG: the one asked for, free on every node, or the lowest free on all of them. */
function chooseMajor(state: ClusterState, nodes: readonly string[], asked: number | undefined, command: string): number {
	if (asked === undefined) return freeMajors(state, nodes)[0]!;
	const taken = nodes.filter(n => majorsInUse(state, n).has(asked));
	if (taken.length > 0) throw new CommandError(`0516-1135 ${command}: The major number ${asked} is already in use on ${taken.join(', ')}. lvlstmajor lists the free ones.`);
	return asked;
}

/** mkvg on one node, or on several through C-SPOC: the new VGDA, then the VG in each node's ODM. */
function makeVolumeGroup(ctx: CommandContext, parsed: ParsedOptions, site: LvmSite, printOn: (node: string) => (line: string) => void): void {
	const options = newVgOptions(ctx.name, parsed);
	const pvids = parsed.args.map(d => site.pvid(d));
	const used = site.deviceNames();
	const name = options.name ?? nextDeviceName('vg', used);
	guard(() => checkDeviceName('mkvg', name, used), site.cspoc ? `${site.node}: ` : '');
	const major = chooseMajor(ctx.state, site.nodes, options.major, ctx.name);
	const concurrent = Boolean(parsed.opts.C);
	const vg = guard(() => createVolumeGroup(ctx.state, site.node, {name, pvids, ppSizeMb: options.ppSizeMb, factor: options.factor, concurrent, big: Boolean(parsed.opts.B)}), site.cspoc ? `${site.node}: ` : '');
	for (const node of site.nodes) {
		// HACMP varies shared VGs on itself, so C-SPOC turns automatic varyon off.
		// importvg prints the VG's name (and any warning of its own, as imfs's about a mount point in use).
		reportOn(node, printOn(node), importVolumeGroup(ctx.state, node, vg.pvids[0]!, {name, major, autoVaryon: !site.cspoc && !parsed.opts.n}));
	}
	// mkvg varies the new VG on, except a concurrent capable one; C-SPOC leaves it off for the resource group.
	if (!site.cspoc && !concurrent) varyOnVolumeGroup(ctx.state, site.node, name);
}

const mkvg: Command = {
	name: 'mkvg',
	dir: AIX_DIR,
	usage: `Usage: mkvg ${MKVG_SYNOPSIS}`,
	run(ctx) {
		const parsed = getopt(ctx.name, ctx.argv.slice(1), {flags: MKVG_FLAGS});
		const site = siteBase(ctx, ctx.node, [ctx.node], false, line => ctx.print(line));
		makeVolumeGroup(ctx, parsed, site, () => line => ctx.print(line));
	},
};

const clMkvg: Command = {
	name: 'cl_mkvg',
	dir: CSPOC_DIR,
	usage: `Usage: cl_mkvg ${CSPOC_USAGE} ${MKVG_SYNOPSIS}`,
	run(ctx) {
		const parsed = getopt(ctx.name, ctx.argv.slice(1), {flags: MKVG_FLAGS, words: ['cspoc:']});
		const {nodes, first, record} = cspocTarget(ctx, parsed.opts.cspoc);
		const site = siteBase(ctx, first, nodes, true, nodePrinter(ctx, first, record));
		makeVolumeGroup(ctx, parsed, site, node => nodePrinter(ctx, node, record));
		cspocLog(ctx, record);
	},
};

export const volumeGroupCommands: Command[] = [
	mkvg,
	clMkvg,
	...bothForms(extendvg),
	...bothForms(reducevg),
	...bothForms(chvg),
	...bothForms(mirrorvg),
	...bothForms(unmirrorvg),
	...bothForms(replacepv),
];
