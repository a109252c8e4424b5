/**
 * The listing commands: lsvg, lspv, lslv and lsfs on the local node, and
 * C-SPOC's cl_lsvg, cl_lslv and cl_lsfs, which answer for the chosen nodes
 * with each line prefixed by the node it came from. The AIX commands read
 * a VG's VGDA only where it is varied on; C-SPOC reads it from the node
 * that has it varied on, or straight from the disks. Nothing here changes
 * the cluster, so everything is read outside the transaction's proxy.
 */
import {CommandError, UsageError} from '../../command/errors.js';
import {getopt, type ParsedOptions} from '../../command/getopt.js';
import type {Command, CommandContext} from '../../command/registry.js';
import type {ClusterState} from '../../cluster/state.js';
import {logicalVolumeOn, lvOfDevice, vgdaOf, vgNameOfDisk} from '../../cluster/lvm.js';
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
import {CSPOC_DIR, cspocNodes} from '../cspoc.js';
import {resolveDisk} from './site.js';
import {readingNode, sharedVolumeGroups} from './shared.js';
import {AIX_DIR, CSPOC_USAGE} from './verb.js';
import type {DeepReadonly} from '../../cluster/readonly.js';

const NOT_VARIED_ON = '0516-010 : Volume group must be varied on; use varyonvg command.';

interface Output {
	print(line: string): void;
	error(line: string): void;
}

const output = (ctx: CommandContext, prefix = ''): Output => ({print: line => ctx.print(`${prefix}${line}`), error: line => ctx.error(`${prefix}${line}`)});

/** lsvg's reports of one VG, as `node` sees it; false when it cannot say. */
function reportVolumeGroup(state: DeepReadonly<ClusterState>, node: string, vgName: string, opts: ParsedOptions['opts'], out: Output, fromDisks: boolean): boolean {
	const lvm = state.nodes[node]!.lvm;
	const vg = vgdaOf(state, node, vgName);
	if (!vg) {
		out.error(`0516-306 : Unable to find volume group ${vgName} in the Device`);
		out.error('\tConfiguration Database.');
		return false;
	}
	if (!fromDisks && !lvm.varyon[vgName]) {
		out.error(NOT_VARIED_ON);
		return false;
	}
	const lines = opts.l ? volumeGroupLvs(state, node, vgName, vg) : opts.p ? volumeGroupPvs(state, node, vgName, vg) : opts.M ? [vgName, ...partitionMap(state, node, vg, vg.pvids)] : volumeGroupDetails(state, node, vgName, vg);
	for (const line of lines) out.print(line);
	return true;
}

const LSVG_FLAGS = 'oilpM';

function checkLsvg(parsed: ParsedOptions): void {
	const shown = ['l', 'p', 'M'].filter(f => parsed.opts[f]);
	if (shown.length > 1 || (parsed.opts.o && (shown.length > 0 || parsed.args.length > 0))) throw new UsageError('');
}

const lsvg: Command = {
	name: 'lsvg',
	dir: AIX_DIR,
	usage: 'Usage: lsvg [-o] [-n PhysicalVolume] [-i] [-l | -M | -p] VolumeGroup...',
	run(ctx) {
		const state = currentView(ctx.state);
		const parsed = getopt(ctx.name, ctx.argv.slice(1), {flags: LSVG_FLAGS});
		checkLsvg(parsed);
		const lvm = state.nodes[ctx.node]!.lvm;
		const names = parsed.opts.i ? ctx.stdin.split(/\s+/).filter(Boolean) : parsed.args;
		if (names.length === 0) {
			if (parsed.opts.l || parsed.opts.p || parsed.opts.M) throw new UsageError('');
			for (const name of Object.keys(lvm.volumeGroups)) if (!parsed.opts.o || lvm.varyon[name]) ctx.print(name);
			return;
		}
		let ok = true;
		for (const name of names) ok = reportVolumeGroup(state, ctx.node, name, parsed.opts, output(ctx), false) && ok;
		return ok ? 0 : 1;
	},
};

const clLsvg: Command = {
	name: 'cl_lsvg',
	dir: CSPOC_DIR,
	usage: `Usage: cl_lsvg ${CSPOC_USAGE} [-o] | [-l | -M | -p] [VolumeGroup...]`,
	run(ctx) {
		const state = currentView(ctx.state);
		const parsed = getopt(ctx.name, ctx.argv.slice(1), {flags: LSVG_FLAGS, words: ['cspoc:']});
		checkLsvg(parsed);
		const {nodes} = cspocNodes(ctx, parsed.opts.cspoc);
		const detail = parsed.opts.l || parsed.opts.p || parsed.opts.M || parsed.args.length > 0;
		if (!detail) {
			for (const node of nodes) {
				const lvm = state.nodes[node]!.lvm;
				for (const name of Object.keys(lvm.volumeGroups)) if (!parsed.opts.o || lvm.varyon[name]) ctx.print(`${node}: ${name}`);
			}
			return;
		}
		// With no VG named, every shared VG of the chosen nodes.
		const shared = sharedVolumeGroups(state, ctx.node);
		const vgids = parsed.args.length > 0 ? parsed.args.map(name => shared.find(s => s.name === name)?.vgid ?? vgidOn(ctx, state, nodes, name)) : shared.filter(s => s.nodes.some(n => nodes.includes(n))).map(s => s.vgid);
		let ok = true;
		for (const vgid of vgids) {
			const from = readingNode(state, vgid, nodes);
			if (!from) continue;
			ok = reportVolumeGroup(state, from.node, from.name, parsed.opts, output(ctx, `${from.node}: `), true) && ok;
		}
		return ok ? 0 : 1;
	},
};

/** The VGID a name has on any of the nodes. */
function vgidOn(ctx: CommandContext, state: DeepReadonly<ClusterState>, nodes: readonly string[], name: string): string {
	for (const node of nodes) {
		const imported = state.nodes[node]!.lvm.volumeGroups[name];
		if (imported) return imported.vgid;
	}
	throw new CommandError(`${ctx.name}: Volume group ${name} is not defined on any of ${nodes.join(', ')}.`);
}

const lspv: Command = {
	name: 'lspv',
	dir: AIX_DIR,
	usage: 'Usage: lspv [-l | -p | -M] [-n DescriptorPhysicalVolume] [-v VolumeGroupID] PhysicalVolume',
	run(ctx) {
		const state = currentView(ctx.state);
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'lpM'});
		if (args.length > 1 || (args.length === 0 && (opts.l || opts.p || opts.M))) throw new UsageError('');
		if (args.length === 0) {
			for (const line of physicalVolumes(state, ctx.node)) ctx.print(line);
			return;
		}
		const pvid = resolveDisk(state, ctx.node, args[0]!, ctx.name, false);
		const lvm = state.nodes[ctx.node]!.lvm;
		const vgName = vgNameOfDisk(lvm, pvid);
		if (!vgName) throw new CommandError(`0516-320 : Physical volume ${pvid} is not assigned to\n\ta volume group.`);
		if (state.disks[pvid]!.failed) throw new CommandError('0516-062 : Unable to read or write logical volume manager\n\trecord. PV may be permanently corrupted. Run diagnostics');
		if (!lvm.varyon[vgName]) throw new CommandError(NOT_VARIED_ON);
		const vg = vgdaOf(state, ctx.node, vgName)!;
		const lines = opts.l ? physicalVolumeLvs(state, ctx.node, pvid, vg) : opts.M ? partitionMap(state, ctx.node, vg, [pvid]) : opts.p ? physicalVolumeRanges(state, ctx.node, pvid) : physicalVolumeDetails(state, ctx.node, pvid, vgName, vg);
		for (const line of lines) ctx.print(line);
	},
};

/** lslv's reports; `fromDisks` lets C-SPOC read a VG that is varied off. */
function reportLogicalVolume(state: DeepReadonly<ClusterState>, node: string, name: string, opts: ParsedOptions['opts'], out: Output, fromDisks: boolean): boolean {
	const {vgName, vg, lv} = logicalVolumeOn(state, node, name) ?? {};
	if (!vgName || !vg || !lv) {
		out.error(`0516-306 : Unable to find  ${name} in the Device`);
		out.error('\tConfiguration Database.');
		return false;
	}
	if ((opts.l || opts.m) && !fromDisks && !state.nodes[node]!.lvm.varyon[vgName]) {
		out.error(NOT_VARIED_ON);
		return false;
	}
	const lines = opts.l ? logicalVolumeDisks(state, node, vg, lv) : opts.m ? logicalVolumeMap(state, node, lv) : logicalVolumeDetails(state, node, vgName, vg, lv);
	for (const line of lines) out.print(line);
	return true;
}

const lslv: Command = {
	name: 'lslv',
	dir: AIX_DIR,
	usage: 'Usage: lslv [-L] [-l | -m] [-n PhysicalVolume] LogicalVolume',
	run(ctx) {
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'lm'});
		if (args.length !== 1 || (opts.l && opts.m)) throw new UsageError('');
		return reportLogicalVolume(currentView(ctx.state), ctx.node, args[0]!, opts, output(ctx), false) ? 0 : 1;
	},
};

const clLslv: Command = {
	name: 'cl_lslv',
	dir: CSPOC_DIR,
	usage: `Usage: cl_lslv ${CSPOC_USAGE} [-l | -m] LogicalVolume`,
	run(ctx) {
		const state = currentView(ctx.state);
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: 'lm', words: ['cspoc:']});
		if (args.length !== 1 || (opts.l && opts.m)) throw new UsageError('');
		const {nodes} = cspocNodes(ctx, opts.cspoc);
		const known = nodes.map(n => logicalVolumeOn(state, n, args[0]!)).find(found => found !== undefined);
		if (!known) throw new CommandError(`${ctx.name}: Logical volume ${args[0]} is not defined on any of ${nodes.join(', ')}.`);
		const from = readingNode(state, known.vg.vgid, nodes)!;
		return reportLogicalVolume(state, from.node, args[0]!, opts, output(ctx, `${from.node}: `), true) ? 0 : 1;
	},
};

/** lsfs rows for a node's /etc/filesystems, as a table or (-c) colon records. */
function fileSystemRows(state: DeepReadonly<ClusterState>, node: string, names: readonly string[], opts: ParsedOptions['opts'], only?: ReadonlySet<string>): string[] {
	const lvm = state.nodes[node]!.lvm;
	const rows = Object.entries(lvm.filesystems).filter(([mountPoint, entry]) => {
		if (names.length > 0 && !names.includes(mountPoint) && !names.includes(entry.dev)) return false;
		if (typeof opts.v === 'string' && entry.vfs !== opts.v) return false;
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
			...rows.map(([mountPoint, e]) => joinColons([mountPoint, e.dev, e.vfs, '', '--', sizeOf(mountPoint, e.dev), e.options || '--', auto(e.mount), e.account === 'true' ? 'yes' : 'no'])),
		];
	}
	return [
		`${'Name'.padEnd(16)}${'Nodename'.padEnd(11)}${'Mount Pt'.padEnd(23)}${'VFS'.padEnd(6)}${'Size'.padEnd(9)}${'Options'.padEnd(11)}${'Auto'.padEnd(5)}Accounting`,
		...rows.map(([mountPoint, e]) => `${e.dev.padEnd(16)}${'--'.padEnd(11)}${mountPoint.padEnd(23)}${e.vfs.padEnd(6)}${sizeOf(mountPoint, e.dev).padEnd(9)}${(e.options || '--').padEnd(11)}${auto(e.mount).padEnd(5)}${e.account === 'true' ? 'yes' : 'no'}`),
	];
}

const LSFS_FLAGS = 'aclqv:';

/** The names (mount points or devices) a node's /etc/filesystems has no stanza for. */
function unknownFileSystems(state: DeepReadonly<ClusterState>, node: string, names: readonly string[]): string[] {
	const filesystems = state.nodes[node]!.lvm.filesystems;
	return names.filter(name => !filesystems[name] && !Object.values(filesystems).some(e => e.dev === name));
}

const lsfs: Command = {
	name: 'lsfs',
	dir: AIX_DIR,
	usage: 'Usage: lsfs [-q] [-c | -l] [-a | -v VfsType | -u MountGroup | FileSystem...]',
	run(ctx) {
		const state = currentView(ctx.state);
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: LSFS_FLAGS});
		if (opts.c && opts.l) throw new UsageError('');
		const missing = unknownFileSystems(state, ctx.node, args);
		for (const line of fileSystemRows(state, ctx.node, args, opts)) ctx.print(line);
		for (const name of missing) ctx.error(`lsfs: No record matching '${name}' was found in /etc/filesystems.`);
		return missing.length > 0 ? 1 : 0;
	},
};

const clLsfs: Command = {
	name: 'cl_lsfs',
	dir: CSPOC_DIR,
	usage: `Usage: cl_lsfs ${CSPOC_USAGE} [-q] [-c | -l] [-v VfsType | FileSystem...]`,
	run(ctx) {
		const state = currentView(ctx.state);
		const {opts, args} = getopt(ctx.name, ctx.argv.slice(1), {flags: LSFS_FLAGS, words: ['cspoc:']});
		if (opts.c && opts.l) throw new UsageError('');
		const {nodes} = cspocNodes(ctx, opts.cspoc);
		const sharedVgids = new Set(sharedVolumeGroups(state, ctx.node).map(s => s.vgid));
		let missing = 0;
		for (const node of nodes) {
			// Only the shared file systems: those on LVs of shared VGs.
			const lvm = state.nodes[node]!.lvm;
			const sharedLvs = new Set(Object.values(lvm.volumeGroups).filter(v => sharedVgids.has(v.vgid)).flatMap(v => v.lvs));
			const only = new Set(Object.entries(lvm.filesystems).filter(([, e]) => sharedLvs.has(lvOfDevice(e.dev))).map(([mp]) => mp));
			for (const line of fileSystemRows(state, node, args, opts, only)) ctx.print(`${node}: ${line}`);
			for (const name of unknownFileSystems(state, node, args)) {
				ctx.error(`${node}: lsfs: No record matching '${name}' was found in /etc/filesystems.`);
				missing++;
			}
		}
		return missing > 0 ? 1 : 0;
	},
};

export const listingCommands: Command[] = [lsvg, clLsvg, lspv, lslv, clLslv, lsfs, clLsfs];
