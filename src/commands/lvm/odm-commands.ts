/**
 * The commands that change what one node has active or defined, not the
 * VGDA: varyonvg, varyoffvg, importvg (with -L, the learning import),
 * exportvg and lvlstmajor; and their C-SPOC relatives cl_importvg (define a
 * VG on the chosen nodes) and cl_updatevg (Synchronize a Shared Volume
 * Group Definition: every chosen node learns the VGDA as it is now).
 */
import {UsageError, refuse} from '../../cluster/errors.js';
import {defineCommand} from '../../command/define.js';
import type {Command, CommandContext} from '../../command/registry.js';
import * as msg from '../../cluster/lvm-messages.js';
import {exportVolumeGroup, freeMajors, importVolumeGroup, majorRanges, majorsInUse, refreshNodeView} from '../../cluster/lvm-odm.js';
import {attempt, hdiskName, syncStalePartitions, varyOffVolumeGroup, varyOnVolumeGroup} from '../../cluster/lvm-ops.js';
import {placesOf, vgNameOn, type VaryonMode} from '../../cluster/lvm.js';
import {cspocLog, nodePrinter} from '../cspoc.js';
import {cspocTarget, knownVolumeGroup, reportOn, resolveDisk, siteBase} from './site.js';
import {AIX_DIR, cspocForm, majorNumber} from './verb.js';

const VG = {name: 'VolumeGroup', help: "the volume group, by the name this node's ODM gives it"};
const DISK = {name: 'PhysicalVolume', help: 'a disk of the volume group, by hdisk name'};

const varyonvg = defineCommand({
	name: 'varyonvg',
	dirs: [AIX_DIR],
	summary: 'Activates a volume group on this node.',
	synopsis: '[-c [-A | -P]] [-f] [-n] VolumeGroup',
	flags: {
		A: {help: 'with -c: varies it on in concurrent active mode (the default with -c)'},
		c: {help: 'varies an enhanced concurrent capable volume group on in concurrent mode'},
		f: {help: 'forces the varyon without a quorum of descriptor areas'},
		n: {help: 'does not synchronise stale partitions'},
		P: {help: 'with -c: varies it on in passive mode (no changes, no file system access)'},
	},
	operands: {count: 1, list: [VG]},
	run(ctx, {opts, args: [name]}) {
		if ((opts.A || opts.P) && !opts.c) throw new UsageError('varyonvg: -A and -P go with -c.');
		const mode: VaryonMode = opts.P ? 'concurrent-passive' : opts.c ? 'concurrent-active' : 'active';
		const lvm = ctx.state.nodes[ctx.node]!.lvm;
		// Varying on a VG that is already on brings back disks that returned and resynchronises stale partitions.
		if (lvm.varyon[name!] === mode) {
			if (!opts.n && mode !== 'concurrent-passive') syncStalePartitions(ctx.state, knownVolumeGroup(ctx.state, ctx.node, name!));
			return;
		}
		for (const line of varyOnVolumeGroup(ctx.state, ctx.node, name!, {mode, force: opts.f, noSync: opts.n})) ctx.print(line);
	},
});

const varyoffvg = defineCommand({
	name: 'varyoffvg',
	dirs: [AIX_DIR],
	summary: 'Deactivates a volume group on this node.',
	synopsis: '[-s] VolumeGroup',
	flags: {s: {help: 'leaves it varied on in system management mode (the simulation varies it off)'}},
	operands: {count: 1, list: [VG]},
	run(ctx, {args: [name]}) {
		varyOffVolumeGroup(ctx.state, ctx.node, name!);
	},
});

const importvg = defineCommand({
	name: 'importvg',
	dirs: [AIX_DIR],
	summary: "Defines a volume group in this node's ODM from the descriptor area on one of its disks.",
	synopsis: '[-V MajorNumber] [-y VolumeGroup] [-f] [-c] [-n] PhysicalVolume\n       importvg -L VolumeGroup PhysicalVolume',
	flags: {
		V: {arg: 'MajorNumber', help: 'the major number; the lowest free one when absent'},
		y: {arg: 'VolumeGroup', help: 'the name; vg00, vg01, ... when absent'},
		f: {help: 'forces the varyon after the import'},
		c: {help: 'imports a concurrent capable volume group without varying it on'},
		n: {help: 'does not vary the volume group on after the import'},
		L: {arg: 'VolumeGroup', help: 'learns the descriptor area as it is now into an existing definition, without exporting it'},
	},
	operands: {count: 1, list: [DISK]},
	run(ctx, {opts, args: [disk]}) {
		const major = majorNumber(ctx.name, opts.V);
		const pvid = resolveDisk(ctx.state, ctx.node, disk!, ctx.name, false);
		const learn = opts.L;
		if (learn !== undefined) {
			// -L: learn the VGDA as it is now into an existing definition, without exporting.
			const vg = knownVolumeGroup(ctx.state, ctx.node, learn);
			if (ctx.state.disks[pvid]!.vgid !== vg.vgid || ctx.state.disks[pvid]!.failed) refuse(msg.vgdaUnreadable(`of ${learn} on ${disk}`));
			refreshNodeView(ctx.state, ctx.node, learn);
			ctx.print(learn);
			return;
		}
		const messages = importVolumeGroup(ctx.state, ctx.node, pvid, {name: opts.y, major});
		for (const line of messages) ctx.print(line);
		const name = messages[0]!;
		const vg = knownVolumeGroup(ctx.state, ctx.node, name);
		// importvg varies the VG on, except with -n or when it is concurrent capable (-c).
		if (opts.n || opts.c || vg.concurrent) return;
		const varyon = attempt(() => varyOnVolumeGroup(ctx.state, ctx.node, name));
		for (const line of varyon.messages) ctx.print(line);
		if (!varyon.ok) ctx.print(msg.importedNotVariedOn(name));
	},
});

const exportvg = defineCommand({
	name: 'exportvg',
	dirs: [AIX_DIR],
	summary: "Removes a varied-off volume group from this node's ODM and /etc/filesystems.",
	operands: {count: 1, list: [VG]},
	run(ctx, {args: [name]}) {
		exportVolumeGroup(ctx.state, ctx.node, name!);
	},
});

const lvlstmajor = defineCommand({
	name: 'lvlstmajor',
	dirs: [AIX_DIR],
	summary: 'Lists the major numbers free on this node.',
	readOnly: true,
	operands: {count: 0},
	run(ctx) {
		ctx.print(majorRanges(freeMajors(ctx.state, [ctx.node])));
	},
});

/** The major the VG already has on other nodes, when it is free where it is missing; else the lowest free there. */
function sameMajor(ctx: CommandContext, vgid: string | undefined, missing: readonly string[]): number {
	const place = vgid === undefined ? undefined : placesOf(ctx.state, vgid)[0];
	const known = place && ctx.state.nodes[place.node]!.lvm.volumeGroups[place.name]!.major;
	if (known !== undefined && missing.every(n => !majorsInUse(ctx.state, n).has(known))) return known;
	return freeMajors(ctx.state, missing)[0]!;
}

const clImportvg = defineCommand({
	...cspocForm({
		name: 'importvg',
		summary: 'Defines a shared volume group on the chosen nodes that do not know it yet, with one major number.',
		synopsis: '[-V MajorNumber] -y VolumeGroup [-f] PhysicalVolume',
		flags: {
			V: {arg: 'MajorNumber', help: 'the major number; the one it has elsewhere, or the lowest free on every node, when absent'},
			y: {arg: 'VolumeGroup', help: 'the name it is to have on every node'},
			f: {help: 'forces the import'},
		},
	}),
	operands: {count: 1, list: [{name: 'PhysicalVolume', help: 'a disk of the volume group, by hdisk name or PVID'}]},
	run(ctx, {opts, args: [disk]}) {
		const name = opts.y;
		if (name === undefined) throw new UsageError('');
		const asked = majorNumber(ctx.name, opts.V);
		const {nodes, first, record} = cspocTarget(ctx, opts.cspoc);
		const pvid = siteBase(ctx, first, nodes, true, () => undefined).pvid(disk!);
		const vgid = ctx.state.disks[pvid]!.vgid;
		const missing = nodes.filter(n => vgNameOn(ctx.state.nodes[n]!.lvm, vgid) === undefined);
		const major = asked ?? sameMajor(ctx, vgid, missing);
		for (const node of nodes) {
			const print = nodePrinter(ctx, node, record);
			if (!missing.includes(node)) {
				const there = vgNameOn(ctx.state.nodes[node]!.lvm, vgid);
				print(
					there === name
						? `importvg: ${name} is already defined on ${node}; it is left as it is.`
						: `importvg: The volume group on ${disk} is already defined on ${node} as ${there}; it is left as it is.`,
				);
				continue;
			}
			reportOn(node, print, () => importVolumeGroup(ctx.state, node, pvid, {name, major, autoVaryon: false}));
		}
		cspocLog(ctx, record);
	},
});

const clUpdatevg = defineCommand({
	...cspocForm({
		name: 'updatevg',
		summary:
			"Brings every chosen node's definition of a shared volume group up to its descriptor area (importvg -L, or importvg where it is missing).",
		synopsis: 'VolumeGroup',
		flags: {},
	}),
	operands: {count: 1, list: [{name: 'VolumeGroup', help: 'the shared volume group, by the name the first chosen node gives it'}]},
	run(ctx, {opts, args: [name]}) {
		const {nodes, first, record} = cspocTarget(ctx, opts.cspoc);
		const vg = knownVolumeGroup(ctx.state, first, name!);
		const major = ctx.state.nodes[first]!.lvm.volumeGroups[name!]!.major;
		for (const node of nodes) {
			const print = nodePrinter(ctx, node, record);
			// Read the VGDA through a disk of the VG this node sees now: a replaced first disk does not stop it.
			const disk = vg.pvids.find(p => ctx.state.disks[p]?.paths[node] && !ctx.state.disks[p]!.failed);
			if (!disk) refuse(`${node}: ${msg.vgdaUnreadable(`of ${name}: ${node} sees none of its disks`)}`);
			const hdisk = hdiskName(ctx.state, node, disk);
			const lvm = ctx.state.nodes[node]!.lvm;
			if (lvm.volumeGroups[name!]?.vgid === vg.vgid) {
				print(`importvg -L ${name} ${hdisk}`);
				refreshNodeView(ctx.state, node, name!);
				print(name!);
			} else {
				// importvg prints the VG's name (and any warning of its own).
				print(`importvg -V ${major} -y ${name} ${hdisk}`);
				reportOn(node, print, () => importVolumeGroup(ctx.state, node, disk, {name: name!, major, autoVaryon: false}));
			}
		}
		cspocLog(ctx, record);
	},
});

export const nodeVolumeGroupCommands: Command[] = [...varyonvg, ...varyoffvg, ...importvg, ...exportvg, ...lvlstmajor, ...clImportvg, ...clUpdatevg];
