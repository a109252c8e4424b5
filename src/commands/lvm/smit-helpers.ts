/**
 * The helpers C-SPOC's LVM screens run, in /usr/es/sbin/cluster/sbin: the
 * F4 lists (cl_lsshvgs, cl_lsshlvs, cl_lsshfs, cl_lspvids) and the discover
 * command that pre-fills each dialog (cl_lvmdefaults, colon format).
 */
import {UsageError, refuse} from '../../cluster/errors.js';
import {defineCommand} from '../../command/define.js';
import type {Command, CommandContext} from '../../command/registry.js';
import type {ClusterState} from '../../cluster/state.js';
import {dcdOf} from '../../cluster/config.js';
import {smallestPpSize, vgNameOn} from '../../cluster/lvm.js';
import {currentView} from '../../cluster/view.js';
import {freeMajors} from '../../cluster/lvm-odm.js';
import {joinColons} from '../../menu/colon.js';
import {cspocNodes} from '../cspoc.js';
import {readingNode, sharedVolumeGroups, type SharedVolumeGroup} from './shared.js';
import type {DeepReadonly} from '../../cluster/readonly.js';

const SBIN = '/usr/es/sbin/cluster/sbin';

const header = (left: string, right: string) => `#${left.padEnd(23)}${right}`;
const row = (left: string, right: string) => `${left.padEnd(24)}${right}`;

/** A node list given as `a,b` (or several words, as a dialog's node field passes it), else every cluster node: C-SPOC's -n. */
function nodeList(ctx: CommandContext, words: readonly string[]): string[] {
	const named = words.flatMap(w => w.split(/[,\s]+/)).filter(Boolean);
	return cspocNodes(ctx, named.length > 0 ? `-n ${named.join(',')}` : undefined).nodes;
}

/** `00c8d7b0a1b2c304 ( hdisk4 on all cluster nodes )`, as C-SPOC's disk lists show a disk. */
function diskLine(ctx: CommandContext, state: DeepReadonly<ClusterState>, pvid: string, nodes: readonly string[], extra = ''): string {
	const paths = state.disks[pvid]!.paths;
	const names = new Set(nodes.map(n => paths[n]));
	const all = nodes.length === dcdOf(state, ctx.node).nodes.length;
	const where =
		names.size === 1 ? `${paths[nodes[0]!]} on all ${all ? 'cluster' : 'selected'} nodes` : nodes.map(n => `${paths[n]} on ${n}`).join(', ');
	return `${pvid} ( ${where} )${extra}`;
}

const clLsshvgs = defineCommand({
	name: 'cl_lsshvgs',
	dirs: [SBIN],
	summary: "Lists the shared volume groups with the resource group holding each (the F4 list of C-SPOC's volume group screens).",
	readOnly: true,
	flags: {
		v: {help: 'shows the table a person reads, with the nodes defining each volume group'},
		c: {help: 'only the concurrent capable volume groups (the Cluster Concurrent Logical Volume Manager lists)'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		// -v: the table a person reads (with the nodes defining each VG); without it, the F4 list.
		ctx.print(opts.v ? `${row('Resource Group', 'Volume Group').padEnd(48)}Defined on` : header('Resource Group', 'Volume Group'));
		const view = currentView(ctx.state);
		for (const vg of sharedVolumeGroups(view, ctx.node).filter(vg => !opts.c || view.vgda[vg.vgid]?.concurrent))
			ctx.print(opts.v ? `${row(vg.group ?? '<None>', vg.name).padEnd(48)}${vg.nodes.join(',')}` : row(vg.group ?? '<None>', vg.name));
	},
});

const clLsshlvs = defineCommand({
	name: 'cl_lsshlvs',
	dirs: [SBIN],
	summary: "Lists the logical volumes of the shared volume groups (the F4 list of C-SPOC's logical volume screens).",
	synopsis: '[-n] [-t Type[,Type...]] [VolumeGroup]',
	readOnly: true,
	flags: {
		n: {help: 'only logical volumes a file system could be added on (no file system yet, a data type)'},
		t: {arg: 'Type[,Type...]', help: 'only logical volumes of these types'},
	},
	operands: {count: [0, 1], list: [{name: '[VolumeGroup]', help: "only this shared volume group's logical volumes"}]},
	run(ctx, {opts, args}) {
		const state = currentView(ctx.state);
		// With a VG named (the dialog's VG field), its LVs only: a VG that is not shared is an error, not an empty list.
		const named = args[0] === undefined ? undefined : sharedByName(ctx, state, args[0]);
		ctx.print(header('Volume Group', 'Logical Volume'));
		for (const shared of sharedVolumeGroups(state, ctx.node)) {
			if (named && shared.vgid !== named.vgid) continue;
			const vg = state.vgda[shared.vgid]!;
			const holding = new Set(Object.values(vg.filesystems).map(fs => fs.lv));
			for (const lv of Object.values(vg.lvs).sort((a, b) => a.id - b.id)) {
				if (opts.t !== undefined && !opts.t.split(',').includes(lv.type)) continue;
				// -n: LVs a file system could be added on (no file system yet, a data type).
				if (opts.n && (holding.has(lv.name) || !['jfs', 'jfs2', 'raw'].includes(lv.type))) continue;
				ctx.print(row(shared.name, lv.name));
			}
		}
	},
});

const clLsshfs = defineCommand({
	name: 'cl_lsshfs',
	dirs: [SBIN],
	summary: "Lists the file systems of the shared volume groups (the F4 list of C-SPOC's file system screens).",
	readOnly: true,
	flags: {v: {arg: 'VfsType', help: 'only file systems of this type (jfs, jfs2)'}},
	operands: {count: 0},
	run(ctx, {opts}) {
		const state = currentView(ctx.state);
		ctx.print(header('Volume Group', 'File System'));
		for (const shared of sharedVolumeGroups(state, ctx.node)) {
			for (const fs of Object.values(state.vgda[shared.vgid]!.filesystems)) {
				if (opts.v === undefined || fs.vfs === opts.v) ctx.print(row(shared.name, fs.mountPoint));
			}
		}
	},
});

const clLspvids = defineCommand({
	name: 'cl_lspvids',
	dirs: [SBIN],
	summary: "Lists shared disks by PVID with each node's hdisk name (the F4 lists of C-SPOC's disk fields).",
	synopsis: '-f [NodeList] | -v VolumeGroup | -i | -a',
	readOnly: true,
	flags: {
		f: {help: 'free disks every chosen node sees: what a new volume group or extendvg may take'},
		v: {arg: 'VolumeGroup', help: 'the disks of this shared volume group'},
		i: {help: 'disks of a volume group some node that sees them has not imported'},
		a: {help: 'every disk of a shared volume group, with its volume group'},
	},
	operands: {list: [{name: '[NodeList]', help: 'with -f: the nodes (comma separated); all cluster nodes when absent'}]},
	run(ctx, {opts, args}) {
		const state = currentView(ctx.state);
		const all = nodeList(ctx, []);
		if (opts.f) {
			// Free disks every chosen node sees: what a new VG or an extendvg may take.
			const nodes = nodeList(ctx, args);
			for (const disk of Object.values(state.disks)) {
				if (!disk.vgid && !disk.failed && nodes.every(n => disk.paths[n])) ctx.print(diskLine(ctx, state, disk.pvid, nodes));
			}
			return;
		}
		if (opts.v !== undefined) {
			const shared = sharedByName(ctx, state, opts.v);
			for (const pvid of state.vgda[shared.vgid]!.pvids)
				ctx.print(
					diskLine(
						ctx,
						state,
						pvid,
						shared.nodes.filter(n => state.disks[pvid]!.paths[n]),
					),
				);
			return;
		}
		if (opts.i || opts.a) {
			// -i: disks of a VG some node has not imported; -a: every disk of a shared VG, with its VG, a failed one
			// too (Cluster Disk Replacement picks from it: a failed disk is the one to replace).
			const shared = sharedVolumeGroups(state, ctx.node);
			for (const disk of Object.values(state.disks)) {
				if (!disk.vgid || (disk.failed && !opts.a)) continue;
				const seenBy = all.filter(n => disk.paths[n]);
				const known = seenBy.filter(n => vgNameOn(state.nodes[n]!.lvm, disk.vgid) !== undefined);
				const vg = shared.find(s => s.vgid === disk.vgid);
				if (opts.i && seenBy.length > 1 && known.length < seenBy.length) ctx.print(diskLine(ctx, state, disk.pvid, seenBy));
				if (opts.a && vg) ctx.print(diskLine(ctx, state, disk.pvid, seenBy, `  ${vg.name}`));
			}
			return;
		}
		throw new UsageError('');
	},
});

/** What a shared VG's dialogs start from: its group, its nodes (the group's, else those defining it). */
function vgRecord(ctx: CommandContext, state: DeepReadonly<ClusterState>, shared: SharedVolumeGroup): Record<string, string> {
	const config = dcdOf(state, ctx.node);
	const nodes = shared.group ? config.resourceGroups[shared.group]!.nodes : shared.nodes;
	const vg = state.vgda[shared.vgid]!;
	const from = readingNode(state, shared.vgid, shared.nodes)!;
	const imported = state.nodes[from.node]!.lvm.volumeGroups[from.name]!;
	return {
		group: shared.group ?? '',
		vg: shared.name,
		nodes: nodes.join(','),
		major: String(imported.major),
		autoon: imported.autoVaryon ? 'y' : 'n',
		quorum: vg.quorum ? 'y' : 'n',
		concurrent: vg.concurrent ? 'y' : 'n',
	};
}

/** A shared VG by the name a selector or a dialog field passed on; none named, or one not shared, is an error. */
function sharedByName(ctx: CommandContext, state: DeepReadonly<ClusterState>, name: string): SharedVolumeGroup {
	if (name === '') refuse(`${ctx.name}: No volume group was named: choose a shared volume group first.`);
	const shared = sharedVolumeGroups(state, ctx.node).find(s => s.name === name);
	if (!shared) refuse(`${ctx.name}: ${name} is not a shared volume group.`);
	return shared;
}

/** The shared VG holding an LV (by name on the nodes that define it). */
function sharedOfLv(ctx: CommandContext, state: DeepReadonly<ClusterState>, lv: string): SharedVolumeGroup {
	const shared = sharedVolumeGroups(state, ctx.node).find(s => state.vgda[s.vgid]!.lvs[lv]);
	if (!shared) refuse(`${ctx.name}: ${lv} is not a logical volume of a shared volume group.`);
	return shared;
}

function defaults(ctx: CommandContext, what: string, args: readonly string[]): Record<string, string> {
	const state = currentView(ctx.state);
	// A selector's value may be a whole list line (`rg_app  datavg`): the name is its last word.
	const name = args.join(' ').trim().split(/\s+/).pop() ?? '';
	const all = nodeList(ctx, []);
	// mkvg takes only -C, import nothing, the others the name of what the dialog changes.
	const fits = what === 'mkvg' ? args.every(a => a === '-C') : what === 'import' ? args.length === 0 : name !== '';
	if (!fits) throw new UsageError('');
	switch (what) {
		case 'mkvg': {
			const free = Object.values(state.disks).filter(d => !d.vgid && all.every(n => d.paths[n]));
			return {
				nodes: all.join(','),
				major: String(freeMajors(state, all)[0]),
				ppsize: String(smallestPpSize(free)),
				access: args[0] === '-C' ? 'Fast Disk Takeover' : 'no',
			};
		}
		case 'import':
			return {nodes: all.join(','), major: String(freeMajors(state, all)[0])};
		case 'vg':
			return vgRecord(ctx, state, sharedByName(ctx, state, name));
		case 'lv': {
			const shared = sharedOfLv(ctx, state, name);
			const lv = state.vgda[shared.vgid]!.lvs[name]!;
			const fs = Object.values(state.vgda[shared.vgid]!.filesystems).find(f => f.lv === name);
			return {
				...vgRecord(ctx, state, shared),
				lv: name,
				type: lv.type,
				lps: String(lv.lps),
				copies: String(lv.copies.length),
				maxlps: String(lv.maxLps),
				label: lv.label,
				mountpoint: fs?.mountPoint ?? '',
			};
		}
		case 'pv': {
			const shared = sharedVolumeGroups(state, ctx.node).find(s => state.vgda[s.vgid]!.pvids.includes(name));
			if (!shared) refuse(`${ctx.name}: ${name} is not a disk of a shared volume group.`);
			return {...vgRecord(ctx, state, shared), source: name};
		}
		case 'fs': {
			const shared = sharedVolumeGroups(state, ctx.node).find(s => state.vgda[s.vgid]!.filesystems[name]);
			if (!shared) refuse(`${ctx.name}: ${name} is not a file system of a shared volume group.`);
			const fs = state.vgda[shared.vgid]!.filesystems[name]!;
			return {
				...vgRecord(ctx, state, shared),
				fs: name,
				lv: fs.lv,
				vfs: fs.vfs,
				size: String(fs.sizeBlocks),
				permissions: fs.permissions,
				options: fs.options,
			};
		}
		default:
			throw new UsageError('');
	}
}

const clLvmdefaults = defineCommand({
	name: 'cl_lvmdefaults',
	dirs: [SBIN],
	summary: 'Gives the first values of a C-SPOC LVM dialog, in colon format (its cmd_to_discover).',
	synopsis: 'mkvg [-C] | import | vg VolumeGroup | lv LogicalVolume | fs FileSystem | pv PVID',
	readOnly: true,
	operands: {
		count: [1, Infinity],
		list: [
			{name: 'Dialog', help: 'which dialog: mkvg, import, vg, lv, fs or pv'},
			{
				name: '[Name]',
				help: "what the dialog changes (a selector's whole line will do: its last word is taken); -C after mkvg for a concurrent capable volume group",
			},
		],
	},
	run(ctx, {args: [what, ...args]}) {
		const record = defaults(ctx, what!, args);
		ctx.print(`#${joinColons(Object.keys(record))}`);
		ctx.print(joinColons(Object.values(record)));
	},
});

export const smitHelpers: Command[] = [...clLsshvgs, ...clLsshlvs, ...clLsshfs, ...clLspvids, ...clLvmdefaults];
