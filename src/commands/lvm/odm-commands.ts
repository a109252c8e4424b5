/**
 * The commands that change what one node has active or defined, not the
 * VGDA: varyonvg, varyoffvg, importvg (with -L, the learning import),
 * exportvg and lvlstmajor; and their C-SPOC relatives cl_importvg (define a
 * VG on the chosen nodes) and cl_updatevg (Synchronize a Shared Volume
 * Group Definition: every chosen node learns the VGDA as it is now).
 */
import {CommandError, UsageError} from '../../cluster/errors.js';
import {getopt} from '../../command/getopt.js';
import type {Command, CommandContext} from '../../command/registry.js';
import {exportVolumeGroup, freeMajors, importVolumeGroup, majorRanges, majorsInUse, refreshNodeView} from '../../cluster/lvm-odm.js';
import {hdiskName, syncStalePartitions, varyOffVolumeGroup, varyOnVolumeGroup, type LvmResult} from '../../cluster/lvm-ops.js';
import {placesOf, vgNameOn, type VaryonMode} from '../../cluster/lvm.js';
import {CSPOC_DIR, cspocLog, nodePrinter} from '../cspoc.js';
import {cspocTarget, knownVolumeGroup, reportOn, resolveDisk, siteBase} from './site.js';
import {AIX_DIR, CSPOC_USAGE, flag, majorNumber} from './verb.js';

/** Print a node operation's messages; a failure ends the command with them. */
function report(ctx: CommandContext, result: LvmResult): void {
	if (!result.ok) throw new CommandError(result.messages.join('\n'));
	for (const line of result.messages) ctx.print(line);
}

const varyonvg: Command = {
	name: 'varyonvg',
	dir: AIX_DIR,
	usage: 'Usage: varyonvg [-c [-A | -P]] [-f] [-n] VolumeGroup',
	run(ctx) {
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'AcfnP', operands: 1});
		if ((opts.A || opts.P) && !opts.c) throw new UsageError('varyonvg: -A and -P go with -c.');
		const name = args[0]!;
		const mode: VaryonMode = opts.P ? 'concurrent-passive' : opts.c ? 'concurrent-active' : 'active';
		const lvm = ctx.state.nodes[ctx.node]!.lvm;
		// Varying on a VG that is already on brings back disks that returned and resynchronises stale partitions.
		if (lvm.varyon[name] === mode) {
			if (!opts.n && mode !== 'concurrent-passive') syncStalePartitions(ctx.state, knownVolumeGroup(ctx.state, ctx.node, name));
			return;
		}
		report(ctx, varyOnVolumeGroup(ctx.state, ctx.node, name, {mode, force: Boolean(opts.f), noSync: Boolean(opts.n)}));
	},
};

const varyoffvg: Command = {
	name: 'varyoffvg',
	dir: AIX_DIR,
	usage: 'Usage: varyoffvg [-s] VolumeGroup',
	run(ctx) {
		const {args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 's', operands: 1});
		report(ctx, varyOffVolumeGroup(ctx.state, ctx.node, args[0]!));
	},
};

const importvg: Command = {
	name: 'importvg',
	dir: AIX_DIR,
	usage: 'Usage: importvg [-V MajorNumber] [-y VolumeGroup] [-f] [-c] [-n] PhysicalVolume\n       importvg -L VolumeGroup PhysicalVolume',
	run(ctx) {
		const parsed = getopt(ctx.name, ctx.argv.slice(1), {flags: 'V:y:fcnL:', operands: 1});
		const major = majorNumber(ctx.name, flag(parsed, 'V'));
		const pvid = resolveDisk(ctx.state, ctx.node, parsed.args[0]!, ctx.name, false);
		const learn = flag(parsed, 'L');
		if (learn !== undefined) {
			// -L: learn the VGDA as it is now into an existing definition, without exporting.
			const vg = knownVolumeGroup(ctx.state, ctx.node, learn);
			if (ctx.state.disks[pvid]!.vgid !== vg.vgid || ctx.state.disks[pvid]!.failed) {
				throw new CommandError(`0516-1140 importvg: Unable to read the volume group descriptor area of ${learn} on ${parsed.args[0]}.`);
			}
			refreshNodeView(ctx.state, ctx.node, learn);
			ctx.print(learn);
			return;
		}
		const result = importVolumeGroup(ctx.state, ctx.node, pvid, {name: flag(parsed, 'y'), major});
		report(ctx, result);
		const name = result.messages[0]!;
		const vg = knownVolumeGroup(ctx.state, ctx.node, name);
		// importvg varies the VG on, except with -n or when it is concurrent capable (-c).
		if (parsed.opts.n || parsed.opts.c || vg.concurrent) return;
		const varyon = varyOnVolumeGroup(ctx.state, ctx.node, name);
		for (const line of varyon.messages) ctx.print(line);
		if (!varyon.ok) ctx.print(`0516-1009 importvg: Volume group ${name} is imported but could not be varied on.`);
	},
};

const exportvg: Command = {
	name: 'exportvg',
	dir: AIX_DIR,
	usage: 'Usage: exportvg VolumeGroup',
	run(ctx) {
		const {args} = getopt(ctx.name, ctx.argv.slice(1), {flags: '', operands: 1});
		report(ctx, exportVolumeGroup(ctx.state, ctx.node, args[0]!));
	},
};

const lvlstmajor: Command = {
	name: 'lvlstmajor',
	dir: AIX_DIR,
	usage: 'Usage: lvlstmajor',
	run(ctx) {
		getopt(ctx.name, ctx.argv.slice(1), {flags: '', operands: 0});
		ctx.print(majorRanges(freeMajors(ctx.state, [ctx.node])));
	},
};

/** The major the VG already has on other nodes, when it is free where it is missing; else the lowest free there. */
function sameMajor(ctx: CommandContext, vgid: string | undefined, missing: readonly string[]): number {
	const place = vgid === undefined ? undefined : placesOf(ctx.state, vgid)[0];
	const known = place && ctx.state.nodes[place.node]!.lvm.volumeGroups[place.name]!.major;
	if (known !== undefined && missing.every(n => !majorsInUse(ctx.state, n).has(known))) return known;
	return freeMajors(ctx.state, missing)[0]!;
}

const clImportvg: Command = {
	name: 'cl_importvg',
	dir: CSPOC_DIR,
	usage: `Usage: cl_importvg ${CSPOC_USAGE} [-V MajorNumber] -y VolumeGroup [-f] PhysicalVolume`,
	run(ctx) {
		const parsed = getopt(ctx.name, ctx.argv.slice(1), {flags: 'V:y:f', words: ['cspoc:']});
		const name = flag(parsed, 'y');
		if (parsed.args.length !== 1 || name === undefined) throw new UsageError('');
		const asked = majorNumber(ctx.name, flag(parsed, 'V'));
		const {nodes, first, record} = cspocTarget(ctx, parsed.opts.cspoc);
		const pvid = siteBase(ctx, first, nodes, true, () => undefined).pvid(parsed.args[0]!);
		const vgid = ctx.state.disks[pvid]!.vgid;
		const missing = nodes.filter(n => vgNameOn(ctx.state.nodes[n]!.lvm, vgid) === undefined);
		const major = asked ?? sameMajor(ctx, vgid, missing);
		for (const node of nodes) {
			const print = nodePrinter(ctx, node, record);
			if (!missing.includes(node)) {
				const there = vgNameOn(ctx.state.nodes[node]!.lvm, vgid);
				print(there === name ? `importvg: ${name} is already defined on ${node}; it is left as it is.` : `importvg: The volume group on ${parsed.args[0]} is already defined on ${node} as ${there}; it is left as it is.`);
				continue;
			}
			reportOn(node, print, importVolumeGroup(ctx.state, node, pvid, {name, major, autoVaryon: false}));
		}
		cspocLog(ctx, record);
	},
};

const clUpdatevg: Command = {
	name: 'cl_updatevg',
	dir: CSPOC_DIR,
	usage: `Usage: cl_updatevg ${CSPOC_USAGE} VolumeGroup`,
	run(ctx) {
		const parsed = getopt(ctx.name, ctx.argv.slice(1), {flags: '', words: ['cspoc:'], operands: 1});
		const name = parsed.args[0]!;
		const {nodes, first, record} = cspocTarget(ctx, parsed.opts.cspoc);
		const vg = knownVolumeGroup(ctx.state, first, name);
		const major = ctx.state.nodes[first]!.lvm.volumeGroups[name]!.major;
		for (const node of nodes) {
			const print = nodePrinter(ctx, node, record);
			// Read the VGDA through a disk of the VG this node sees now: a replaced first disk does not stop it.
			const disk = vg.pvids.find(p => ctx.state.disks[p]?.paths[node] && !ctx.state.disks[p]!.failed);
			if (!disk) throw new CommandError(`${node}: 0516-1140 importvg: Unable to read the volume group descriptor area of ${name}: ${node} sees none of its disks.`);
			const hdisk = hdiskName(ctx.state, node, disk);
			const lvm = ctx.state.nodes[node]!.lvm;
			if (lvm.volumeGroups[name]?.vgid === vg.vgid) {
				print(`importvg -L ${name} ${hdisk}`);
				refreshNodeView(ctx.state, node, name);
				print(name);
			} else {
				// importvg prints the VG's name (and any warning of its own).
				print(`importvg -V ${major} -y ${name} ${hdisk}`);
				reportOn(node, print, importVolumeGroup(ctx.state, node, disk, {name, major, autoVaryon: false}));
			}
		}
		cspocLog(ctx, record);
	},
};

export const nodeVolumeGroupCommands: Command[] = [varyonvg, varyoffvg, importvg, exportvg, lvlstmajor, clImportvg, clUpdatevg];
