/**
 * The listing commands: lsvg, lspv, lslv and lsfs on the local node, and
 * C-SPOC's cl_lsvg, cl_lslv and cl_lsfs, which answer for the chosen nodes
 * with each line prefixed by the node it came from. The AIX commands read
 * a VG's VGDA only where it is varied on; C-SPOC reads it from the node
 * that has it varied on, or straight from the disks. Nothing here changes
 * the cluster, so everything is read outside the transaction's proxy.
 */
import {UsageError, refuse} from '../../cluster/errors.js';
import {defineCommand, type Invocation} from '../../command/define.js';
import type {Command, CommandContext} from '../../command/registry.js';
import type {ClusterState} from '../../cluster/state.js';
import {logicalVolumeOn, lvOfDevice, vgdaOf, vgNameOfDisk} from '../../cluster/lvm.js';
import * as msg from '../../cluster/lvm-messages.js';
import {currentView} from '../../cluster/view.js';
import {blocksPerPp} from '../../cluster/lvm-fs.js';
import {
	logicalVolumeDetails,
	logicalVolumeDisks,
	logicalVolumeMap,
	partitionMap,
	physicalVolumeDetails,
	physicalVolumeLvs,
	physicalVolumeRanges,
	physicalVolumes,
	volumeGroupDetails,
	volumeGroupLvs,
	volumeGroupPvs,
} from '../../cluster/lvm-report.js';
import {joinColons} from '../../menu/colon.js';
import {cspocNodes} from '../cspoc.js';
import {resolveDisk} from './site.js';
import {readingNode, sharedVolumeGroups} from './shared.js';
import {AIX_DIR, cspocForm} from './verb.js';
import type {DeepReadonly} from '../../cluster/readonly.js';

/** AIX's listing commands name no command in their messages. */
const NOT_VARIED_ON = msg.mustBeVariedOn('');
const NOT_SIMULATED = {notSimulated: true} as const;
/** -n of lsvg, lspv and lslv. */
const descriptorArea = (arg: string) => ({arg, help: 'reads the descriptor area on that disk rather than the ODM', ...NOT_SIMULATED}) as const;

interface Output {
	print(line: string): void;
	error(line: string): void;
}

const output = (ctx: CommandContext, prefix = ''): Output => ({
	print: line => ctx.print(`${prefix}${line}`),
	error: lines => lines.split('\n').forEach(line => ctx.error(`${prefix}${line}`)),
});

/** The report flags of lsvg and cl_lsvg. */
type LsvgOptions = {readonly o: boolean; readonly l: boolean; readonly p: boolean; readonly M: boolean};

/** lsvg's reports of one VG, as `node` sees it; false when it cannot say. */
function reportVolumeGroup(
	state: DeepReadonly<ClusterState>,
	node: string,
	vgName: string,
	opts: LsvgOptions,
	out: Output,
	fromDisks: boolean,
): boolean {
	const lvm = state.nodes[node]!.lvm;
	const vg = vgdaOf(state, node, vgName);
	if (!vg) {
		out.error(msg.vgNotInOdm('', vgName));
		return false;
	}
	if (!fromDisks && !lvm.varyon[vgName]) {
		out.error(NOT_VARIED_ON);
		return false;
	}
	const lines = opts.l
		? volumeGroupLvs(state, node, vgName, vg)
		: opts.p
			? volumeGroupPvs(state, node, vgName, vg)
			: opts.M
				? [vgName, ...partitionMap(state, node, vg, vg.pvids)]
				: volumeGroupDetails(state, node, vgName, vg);
	for (const line of lines) out.print(line);
	return true;
}

/** The flags lsvg and cl_lsvg share. */
const LSVG_FLAGS = {
	o: {help: 'lists only the volume groups varied on'},
	i: {help: 'reads the volume group names from standard input'},
	l: {help: 'lists the logical volumes of each volume group'},
	p: {help: 'lists the physical volumes of each volume group'},
	M: {help: 'shows the map of each physical partition'},
} as const;
const VG_NAMES = {
	count: [0, Infinity],
	list: [{name: 'VolumeGroup...', help: 'the volume groups to report; every defined one is listed when none is named'}],
} as const;

function checkLsvg({opts, args}: Invocation<typeof LSVG_FLAGS>): void {
	const shown = (['l', 'p', 'M'] as const).filter(f => opts[f]);
	if (shown.length > 1 || (opts.o && (shown.length > 0 || args.length > 0))) throw new UsageError('');
}

/** The VG names -i reads from standard input, else the operands. */
const vgNames = (ctx: CommandContext, {opts, args}: Invocation<typeof LSVG_FLAGS>) => (opts.i ? ctx.stdin.split(/\s+/).filter(Boolean) : args);

const LSVG = {
	name: 'lsvg',
	summary: "Shows volume groups: their list, or each one's attributes, logical volumes, disks or partition map.",
	synopsis: '[-o] [-n PhysicalVolume] [-i] [-l | -M | -p] VolumeGroup...',
	flags: {...LSVG_FLAGS, n: descriptorArea('PhysicalVolume')},
} as const;

const lsvg = defineCommand({
	...LSVG,
	dirs: [AIX_DIR],
	readOnly: true,
	operands: VG_NAMES,
	run(ctx, invocation) {
		const {opts} = invocation;
		const state = currentView(ctx.state);
		checkLsvg(invocation);
		const lvm = state.nodes[ctx.node]!.lvm;
		const names = vgNames(ctx, invocation);
		if (names.length === 0) {
			if (opts.l || opts.p || opts.M) throw new UsageError('');
			for (const name of Object.keys(lvm.volumeGroups)) if (!opts.o || lvm.varyon[name]) ctx.print(name);
			return;
		}
		let ok = true;
		for (const name of names) ok = reportVolumeGroup(state, ctx.node, name, opts, output(ctx), false) && ok;
		return ok ? 0 : 1;
	},
});

const clLsvg = defineCommand({
	...cspocForm({...LSVG, synopsis: '[-o] | [-l | -M | -p] [VolumeGroup...]', flags: LSVG_FLAGS}),
	summary: 'Shows the shared volume groups of the chosen nodes, read where each is varied on or from its disks (C-SPOC).',
	readOnly: true,
	operands: VG_NAMES,
	run(ctx, invocation) {
		const {opts} = invocation;
		const state = currentView(ctx.state);
		checkLsvg(invocation);
		const {nodes} = cspocNodes(ctx, opts.cspoc);
		const names = vgNames(ctx, invocation);
		const detail = opts.l || opts.p || opts.M || names.length > 0;
		if (!detail) {
			for (const node of nodes) {
				const lvm = state.nodes[node]!.lvm;
				for (const name of Object.keys(lvm.volumeGroups)) if (!opts.o || lvm.varyon[name]) ctx.print(`${node}: ${name}`);
			}
			return;
		}
		// With no VG named, every shared VG of the chosen nodes.
		const shared = sharedVolumeGroups(state, ctx.node);
		const vgids =
			names.length > 0
				? names.map(name => shared.find(s => s.name === name)?.vgid ?? vgidOn(ctx, state, nodes, name))
				: shared.filter(s => s.nodes.some(n => nodes.includes(n))).map(s => s.vgid);
		let ok = true;
		for (const vgid of vgids) {
			const from = readingNode(state, vgid, nodes);
			if (!from) continue;
			ok = reportVolumeGroup(state, from.node, from.name, opts, output(ctx, `${from.node}: `), true) && ok;
		}
		return ok ? 0 : 1;
	},
});

/** The VGID a name has on any of the nodes. */
function vgidOn(ctx: CommandContext, state: DeepReadonly<ClusterState>, nodes: readonly string[], name: string): string {
	for (const node of nodes) {
		const imported = state.nodes[node]!.lvm.volumeGroups[name];
		if (imported) return imported.vgid;
	}
	return refuse(`${ctx.name}: Volume group ${name} is not defined on any of ${nodes.join(', ')}.`);
}

const lspv = defineCommand({
	name: 'lspv',
	dirs: [AIX_DIR],
	summary: "Shows physical volumes: their list, or one disk's attributes, logical volumes, free ranges or partition map.",
	synopsis: '[-l | -p | -M] [-n DescriptorPhysicalVolume] [-v VolumeGroupID] PhysicalVolume',
	readOnly: true,
	flags: {
		l: {help: 'lists the logical volumes on the disk'},
		p: {help: "lists the disk's partition ranges: used, free, stale, by region"},
		M: {help: 'shows the map of each physical partition of the disk'},
		n: descriptorArea('DescriptorPhysicalVolume'),
		v: {arg: 'VolumeGroupID', help: 'reads the disk of a volume group not varied on, by its VGID', ...NOT_SIMULATED},
	},
	operands: {count: [0, 1], list: [{name: 'PhysicalVolume', help: 'the disk; every disk is listed when none is named'}]},
	run(ctx, {opts, args}) {
		const state = currentView(ctx.state);
		if (args.length === 0 && (opts.l || opts.p || opts.M)) throw new UsageError('');
		if (args.length === 0) {
			for (const line of physicalVolumes(state, ctx.node)) ctx.print(line);
			return;
		}
		const pvid = resolveDisk(state, ctx.node, args[0]!, ctx.name, false);
		const lvm = state.nodes[ctx.node]!.lvm;
		const vgName = vgNameOfDisk(lvm, pvid);
		if (!vgName) refuse(msg.pvNotInVg('', pvid));
		if (state.disks[pvid]!.failed) refuse(msg.pvUnreadable());
		if (!lvm.varyon[vgName]) refuse(NOT_VARIED_ON);
		const vg = vgdaOf(state, ctx.node, vgName)!;
		const lines = opts.l
			? physicalVolumeLvs(state, ctx.node, pvid, vg)
			: opts.M
				? partitionMap(state, ctx.node, vg, [pvid])
				: opts.p
					? physicalVolumeRanges(state, ctx.node, pvid)
					: physicalVolumeDetails(state, ctx.node, pvid, vgName, vg);
		for (const line of lines) ctx.print(line);
	},
});

/** The report flags of lslv and cl_lslv. */
const LSLV_FLAGS = {
	l: {help: 'lists the disks the logical volume uses, with its partitions by region'},
	m: {help: 'shows the map of each logical partition to its physical partitions'},
} as const;
const LV_OPERAND = {count: 1, list: [{name: 'LogicalVolume', help: 'the logical volume'}]} as const;

/** lslv's reports; `fromDisks` lets C-SPOC read a VG that is varied off. */
function reportLogicalVolume(
	state: DeepReadonly<ClusterState>,
	node: string,
	name: string,
	opts: Invocation<typeof LSLV_FLAGS>['opts'],
	out: Output,
	fromDisks: boolean,
): boolean {
	const {vgName, vg, lv} = logicalVolumeOn(state, node, name) ?? {};
	if (!vgName || !vg || !lv) {
		out.error(msg.lvNotInOdm('', name));
		return false;
	}
	if ((opts.l || opts.m) && !fromDisks && !state.nodes[node]!.lvm.varyon[vgName]) {
		out.error(NOT_VARIED_ON);
		return false;
	}
	const lines = opts.l
		? logicalVolumeDisks(state, node, vg, lv)
		: opts.m
			? logicalVolumeMap(state, node, lv)
			: logicalVolumeDetails(state, node, vgName, vg, lv);
	for (const line of lines) out.print(line);
	return true;
}

const LSLV = {
	name: 'lslv',
	summary: 'Shows a logical volume: its attributes, the disks it uses, or its partition map.',
	synopsis: '[-L] [-l | -m] [-n PhysicalVolume] LogicalVolume',
	flags: {
		L: {help: 'does not wait for the volume group lock', ...NOT_SIMULATED},
		...LSLV_FLAGS,
		n: descriptorArea('PhysicalVolume'),
	},
} as const;

const lslv = defineCommand({
	...LSLV,
	dirs: [AIX_DIR],
	readOnly: true,
	operands: LV_OPERAND,
	run(ctx, {opts, args}) {
		if (opts.l && opts.m) throw new UsageError('');
		return reportLogicalVolume(currentView(ctx.state), ctx.node, args[0]!, opts, output(ctx), false) ? 0 : 1;
	},
});

const clLslv = defineCommand({
	...cspocForm({...LSLV, synopsis: '[-l | -m] LogicalVolume', flags: LSLV_FLAGS}),
	summary: 'Shows a shared logical volume, read where its volume group is varied on or from its disks (C-SPOC).',
	readOnly: true,
	operands: LV_OPERAND,
	run(ctx, {opts, args}) {
		const state = currentView(ctx.state);
		if (opts.l && opts.m) throw new UsageError('');
		const {nodes} = cspocNodes(ctx, opts.cspoc);
		const known = nodes.map(n => logicalVolumeOn(state, n, args[0]!)).find(found => found !== undefined);
		if (!known) refuse(`${ctx.name}: Logical volume ${args[0]} is not defined on any of ${nodes.join(', ')}.`);
		const from = readingNode(state, known.vg.vgid, nodes)!;
		return reportLogicalVolume(state, from.node, args[0]!, opts, output(ctx, `${from.node}: `), true) ? 0 : 1;
	},
});

/** The flags lsfs and cl_lsfs share. */
const LSFS_FLAGS = {
	q: {help: "also queries each file system's superblock: fragment size, compression, bytes per i-node", ...NOT_SIMULATED},
	c: {help: 'shows colon-separated records'},
	l: {help: 'shows the table (the default)'},
	a: {help: 'lists every file system (the default)'},
	v: {arg: 'VfsType', help: 'lists only file systems of this type (jfs, jfs2)'},
} as const;
const FILE_SYSTEMS = {
	count: [0, Infinity],
	list: [{name: 'FileSystem...', help: 'file systems by mount point or device; all when none is named'}],
} as const;

/** lsfs rows for a node's /etc/filesystems, as a table or (-c) colon records. */
function fileSystemRows(
	state: DeepReadonly<ClusterState>,
	node: string,
	names: readonly string[],
	opts: Invocation<typeof LSFS_FLAGS>['opts'],
	only?: ReadonlySet<string>,
): string[] {
	const lvm = state.nodes[node]!.lvm;
	const rows = Object.entries(lvm.filesystems).filter(([mountPoint, entry]) => {
		if (names.length > 0 && !names.includes(mountPoint) && !names.includes(entry.dev)) return false;
		if (opts.v !== undefined && entry.vfs !== opts.v) return false;
		return !only || only.has(mountPoint);
	});
	const sizeOf = (mountPoint: string, dev: string) => {
		const found = logicalVolumeOn(state, node, lvOfDevice(dev));
		const fs = found?.vg.filesystems[mountPoint];
		return fs ? String(fs.sizeBlocks) : found?.lv ? String(found.lv.lps * blocksPerPp(found.vg)) : '--';
	};
	const auto = (mount: string) => (mount === 'false' ? 'no' : 'yes');
	if (opts.c) {
		return [
			'#MountPoint:Device:Vfs:Nodename:Type:Size:Options:AutoMount:Acct',
			...rows.map(([mountPoint, e]) =>
				joinColons([
					mountPoint,
					e.dev,
					e.vfs,
					'',
					'--',
					sizeOf(mountPoint, e.dev),
					e.options || '--',
					auto(e.mount),
					e.account === 'true' ? 'yes' : 'no',
				]),
			),
		];
	}
	return [
		`${'Name'.padEnd(16)}${'Nodename'.padEnd(11)}${'Mount Pt'.padEnd(23)}${'VFS'.padEnd(6)}${'Size'.padEnd(9)}${'Options'.padEnd(11)}` +
			`${'Auto'.padEnd(5)}Accounting`,
		...rows.map(
			([mountPoint, e]) =>
				`${e.dev.padEnd(16)}${'--'.padEnd(11)}${mountPoint.padEnd(23)}${e.vfs.padEnd(6)}${sizeOf(mountPoint, e.dev).padEnd(9)}` +
				`${(e.options || '--').padEnd(11)}${auto(e.mount).padEnd(5)}${e.account === 'true' ? 'yes' : 'no'}`,
		),
	];
}

/** The names (mount points or devices) a node's /etc/filesystems has no stanza for. */
function unknownFileSystems(state: DeepReadonly<ClusterState>, node: string, names: readonly string[]): string[] {
	const filesystems = state.nodes[node]!.lvm.filesystems;
	return names.filter(name => !filesystems[name] && !Object.values(filesystems).some(e => e.dev === name));
}

const noMatch = (name: string) => `lsfs: No record matching '${name}' was found in /etc/filesystems.`;

const LSFS = {
	name: 'lsfs',
	summary: 'Shows the file systems of /etc/filesystems.',
	synopsis: '[-q] [-c | -l] [-a | -v VfsType | -u MountGroup | FileSystem...]',
	flags: {...LSFS_FLAGS, u: {arg: 'MountGroup', help: 'lists only file systems of this mount group', ...NOT_SIMULATED}},
} as const;

const lsfs = defineCommand({
	...LSFS,
	dirs: [AIX_DIR],
	readOnly: true,
	operands: FILE_SYSTEMS,
	run(ctx, {opts, args}) {
		const state = currentView(ctx.state);
		if (opts.c && opts.l) throw new UsageError('');
		const missing = unknownFileSystems(state, ctx.node, args);
		for (const line of fileSystemRows(state, ctx.node, args, opts)) ctx.print(line);
		for (const name of missing) ctx.error(noMatch(name));
		return missing.length > 0 ? 1 : 0;
	},
});

const clLsfs = defineCommand({
	...cspocForm({...LSFS, synopsis: '[-q] [-c | -l] [-v VfsType | FileSystem...]', flags: LSFS_FLAGS}),
	summary: "Shows the shared file systems in each chosen node's /etc/filesystems (C-SPOC).",
	readOnly: true,
	operands: FILE_SYSTEMS,
	run(ctx, {opts, args}) {
		const state = currentView(ctx.state);
		if (opts.c && opts.l) throw new UsageError('');
		const {nodes} = cspocNodes(ctx, opts.cspoc);
		const sharedVgids = new Set(sharedVolumeGroups(state, ctx.node).map(s => s.vgid));
		let missing = 0;
		for (const node of nodes) {
			// Only the shared file systems: those on LVs of shared VGs.
			const lvm = state.nodes[node]!.lvm;
			const sharedLvs = new Set(
				Object.values(lvm.volumeGroups)
					.filter(v => sharedVgids.has(v.vgid))
					.flatMap(v => v.lvs),
			);
			const only = new Set(
				Object.entries(lvm.filesystems)
					.filter(([, e]) => sharedLvs.has(lvOfDevice(e.dev)))
					.map(([mp]) => mp),
			);
			for (const line of fileSystemRows(state, node, args, opts, only)) ctx.print(`${node}: ${line}`);
			for (const name of unknownFileSystems(state, node, args)) {
				ctx.error(`${node}: ${noMatch(name)}`);
				missing++;
			}
		}
		return missing > 0 ? 1 : 0;
	},
});

export const listingCommands: Command[] = [...lsvg, ...clLsvg, ...lspv, ...lslv, ...clLslv, ...lsfs, ...clLsfs];
