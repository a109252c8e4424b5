/**
 * Where an LVM command makes its change, and who learns of it. A plain AIX
 * command (mklv) works on the local node, which must have the VG varied on,
 * and only that node's ODM learns the change: the other nodes go stale until
 * importvg or lazy update. The C-SPOC form (cl_mklv) makes the change on the
 * node that has the VG varied on (or varies it on for the moment), then
 * updates the ODM of every node it runs on, all in one transaction. An
 * enhanced concurrent VG's change also reaches every node where it is varied
 * on, as gsclvmd passes it along.
 */
import {CommandError, UsageError, refuse} from '../../cluster/errors.js';
import type {CommandContext} from '../../command/registry.js';
import type {ClusterState} from '../../cluster/state.js';
import * as msg from '../../cluster/lvm-messages.js';
import {canChange, placesOf, vgdaOf, vgNameOn, volumeGroupOfLv, type VaryonMode, type VolumeGroupOnDisk} from '../../cluster/lvm.js';
import {currentView} from '../../cluster/view.js';
import {attempt, varyOffVolumeGroup, varyOnVolumeGroup} from '../../cluster/lvm-ops.js';
import {deviceNames, refreshNodeView} from '../../cluster/lvm-odm.js';
import {cspocLog, cspocNodes, nodePrinter, commandLine} from '../cspoc.js';
import type {DeepReadonly} from '../../cluster/readonly.js';

export interface LvmSite {
	ctx: CommandContext;
	state: ClusterState;
	/** The AIX command that makes the change, as its messages name it (mklv, also under cl_mklv). */
	command: string;
	/** The node the change is made on. */
	node: string;
	/** Nodes whose ODM learns the change. */
	nodes: string[];
	cspoc: boolean;
	/** A line of output from the node the change is made on (node-prefixed under C-SPOC). */
	print(line: string): void;
	/** A disk named on the command line: an hdisk name (as the local node calls it) or, under C-SPOC, a PVID; every node of the site must see it. */
	pvid(word: string): string;
	/** Device names taken on any of the site's nodes, as they are when asked. */
	deviceNames(): Set<string>;
	/** Mount points in /etc/filesystems on any of the site's nodes, as they are when asked. */
	mountPoints(): Set<string>;
}

/** C-SPOC's own refusals (a disk it cannot name on every node), made before any node's command runs: never prefixed with a node. */
const cspocRefusals = new WeakSet<CommandError>();

/** Run what the AIX command does on a node: its refusal carries every line prefixed (with the node, under C-SPOC). */
export function guard<T>(body: () => T, prefix = ''): T {
	try {
		return body();
	} catch (error) {
		if (!(error instanceof CommandError) || error instanceof UsageError || !prefix || cspocRefusals.has(error)) throw error;
		throw new CommandError(
			error.message
				.split('\n')
				.map(line => `${prefix}${line}`)
				.join('\n'),
			error.code,
		);
	}
}

/**
 * A node operation (varyonvg, importvg) on one of several nodes: its lines through `print` (a
 * nodePrinter under C-SPOC); a refusal ends the command with its lines prefixed with the node.
 */
export function reportOn(node: string, print: (line: string) => void, step: () => readonly string[]): void {
	for (const line of guard(step, `${node}: `)) print(line);
}

const PVID = /^[0-9a-f]{16}$/;

/** An hdisk name (or, when allowed, a PVID) to the disk's PVID. */
export function resolveDisk(state: DeepReadonly<ClusterState>, node: string, word: string, command: string, allowPvid: boolean): string {
	if (allowPvid && PVID.test(word) && state.disks[word]) return word;
	const name = word.replace(/^\/dev\//, '');
	const disk = Object.values(state.disks).find(d => d.paths[node] === name);
	if (!disk) refuse(msg.pvNotFound(command, word));
	return disk.pvid;
}

/** The VG a node's ODM knows by this name. */
export function knownVolumeGroup(state: ClusterState, node: string, vgName: string): VolumeGroupOnDisk;
export function knownVolumeGroup(state: DeepReadonly<ClusterState>, node: string, vgName: string): DeepReadonly<VolumeGroupOnDisk>;
export function knownVolumeGroup(state: DeepReadonly<ClusterState>, node: string, vgName: string): DeepReadonly<VolumeGroupOnDisk> {
	const vg = vgdaOf(state, node, vgName);
	if (!vg) refuse(msg.vgNotInOdm('getlvodm', vgName));
	return vg;
}

/** The VG (its name on the node) of an LV the node's ODM knows. */
export function volumeGroupNameOfLv(state: DeepReadonly<ClusterState>, node: string, lv: string): string {
	const vgName = volumeGroupOfLv(state.nodes[node]!.lvm, lv);
	if (!vgName) refuse(msg.lvNotInOdm('getlvodm', lv));
	return vgName;
}

/** The VG (its name on the node) holding a disk named on the command line. */
export function volumeGroupNameOfDisk(state: DeepReadonly<ClusterState>, node: string, word: string, command: string, allowPvid: boolean): string {
	const pvid = resolveDisk(state, node, word, command, allowPvid);
	const vgName = vgNameOn(state.nodes[node]!.lvm, state.disks[pvid]!.vgid);
	if (!vgName) refuse(msg.pvNotInVg(command, word));
	return vgName;
}

/** The VG of a file system in the node's /etc/filesystems. */
export function volumeGroupNameOfFs(state: ClusterState, node: string, mountPoint: string, command: string): string {
	const entry = state.nodes[node]!.lvm.filesystems[mountPoint];
	if (!entry) refuse(msg.unknownFileSystem(command, mountPoint));
	return volumeGroupNameOfLv(state, node, entry.dev.replace(/^\/dev\//, ''));
}

/** Changes need the VG varied on, and not passive: a passive node may make no change. */
function requireOpen(state: ClusterState, node: string, vgName: string, command: string): void {
	const mode = state.nodes[node]!.lvm.varyon[vgName];
	if (mode === 'concurrent-passive') refuse(msg.passiveNoChange(command, vgName, node));
	if (!mode) refuse(msg.mustBeVariedOn(command));
}

/** A site by hand, for commands that make a VG rather than change one (mkvg, importvg). */
export function siteBase(
	ctx: CommandContext,
	node: string,
	nodes: string[],
	cspoc: boolean,
	print: (line: string) => void,
	diskNode = node,
): LvmSite {
	const state = ctx.state;
	// Under C-SPOC the change is made by the AIX command on the node, and its messages say so.
	const command = ctx.name.replace(/^cl_/, '');
	return {
		ctx,
		state,
		command,
		node,
		nodes,
		cspoc,
		print,
		pvid(word) {
			try {
				const pvid = resolveDisk(state, diskNode, word, command, cspoc);
				const blind = nodes.filter(n => !state.disks[pvid]!.paths[n]);
				if (blind.length > 0)
					refuse(
						`${ctx.name}: The disk ${word} (PVID ${pvid}) is not seen by ${blind.join(', ')}. Every node must see the shared disks: run cfgmgr there, ` +
							`or choose another disk.`,
					);
				return pvid;
			} catch (error) {
				if (error instanceof CommandError) cspocRefusals.add(error);
				throw error;
			}
		},
		deviceNames: () => {
			const view = currentView(state);
			return new Set(nodes.flatMap(n => [...deviceNames(view, n)]));
		},
		mountPoints: () => {
			const view = currentView(state);
			return new Set(nodes.flatMap(n => Object.keys(view.nodes[n]!.lvm.filesystems)));
		},
	};
}

/**
 * After a VGDA change: the site's nodes refresh their view of the VG, and so
 * does every node gsclvmd reaches, where an enhanced concurrent VG is varied on.
 */
function learnChange(state: ClusterState, vgid: string, nodes: readonly string[]): void {
	const vg = state.vgda[vgid];
	if (!vg) return;
	for (const {node, name, mode} of placesOf(state, vgid)) {
		if (nodes.includes(node) || (vg.concurrent && mode)) refreshNodeView(state, node, name);
	}
}

/**
 * The nodes -cspoc names; the first of them, which names the disks and
 * where a change is made when it can be (the local node, when chosen); and
 * the record for /tmp/cspoc.log, starting with the command line.
 */
export function cspocTarget(ctx: CommandContext, cspoc: string | undefined): {nodes: string[]; first: string; record: string[]} {
	const {nodes} = cspocNodes(ctx, cspoc);
	return {nodes, first: nodes.includes(ctx.node) ? ctx.node : nodes[0]!, record: [commandLine(ctx)]};
}

/** Run a change to a VG as the plain AIX command does, on the local node. */
export function onLocalNode(ctx: CommandContext, vgName: string, change: (site: LvmSite, vg: VolumeGroupOnDisk) => void): void {
	const vg = knownVolumeGroup(ctx.state, ctx.node, vgName);
	requireOpen(ctx.state, ctx.node, vgName, ctx.name);
	const site = siteBase(ctx, ctx.node, [ctx.node], false, line => ctx.print(line));
	guard(() => change(site, vg));
	learnChange(ctx.state, vg.vgid, [ctx.node]);
}

/**
 * Run a change to a VG through C-SPOC on the nodes `-cspoc` names. Every
 * node must know the VG; a node outside them must not have it varied on.
 * The change is made where the VG is varied on, or the VG is varied on for
 * the moment on the first node that can, and off again after.
 */
export function onClusterNodes(
	ctx: CommandContext,
	cspoc: string | undefined,
	vgName: (view: DeepReadonly<ClusterState>, node: string) => string,
	change: (site: LvmSite, vg: VolumeGroupOnDisk) => void,
): void {
	const {nodes, first, record} = cspocTarget(ctx, cspoc);
	const view = currentView(ctx.state);
	const name = vgName(view, first);
	const vgid = knownVolumeGroup(view, first, name).vgid;
	for (const node of nodes) {
		const imported = view.nodes[node]!.lvm.volumeGroups[name];
		if (imported?.vgid !== vgid)
			throw new CommandError(`${ctx.name}: Volume group ${name} is not defined on node ${node}. Import it there first (cl_importvg).`);
	}
	const holders = placesOf(view, vgid)
		.filter(place => canChange(place.mode))
		.map(place => place.node);
	const outside = holders.filter(n => !nodes.includes(n));
	if (outside.length > 0) {
		throw new CommandError(
			`${ctx.name}: Volume group ${name} is varied on on ${outside.join(', ')}, which ${outside.length === 1 ? 'is' : 'are'} not among the nodes ` +
				`${nodes.join(', ')}. Run the command on the nodes of its resource group.`,
		);
	}
	const lent = holders.length === 0 ? borrow(ctx, nodes, first, name) : undefined;
	const reference = holders[0] ?? lent!.node;
	const site = siteBase(ctx, reference, nodes, true, nodePrinter(ctx, reference, record), first);
	guard(() => change(site, ctx.state.vgda[vgid]!), `${reference}: `);
	if (lent) {
		varyOffVolumeGroup(ctx.state, lent.node, name);
		if (lent.previous) ctx.state.nodes[lent.node]!.lvm.varyon[name] = lent.previous;
	}
	learnChange(ctx.state, vgid, nodes);
	cspocLog(ctx, record);
}

/** Vary the VG on for the moment on the first node that can (a passive node goes concurrent active). */
function borrow(ctx: CommandContext, nodes: string[], first: string, name: string): {node: string; previous?: VaryonMode} {
	const failures: string[] = [];
	for (const node of [first, ...nodes.filter(n => n !== first)]) {
		const lvm = ctx.state.nodes[node]!.lvm;
		const vg = ctx.state.vgda[lvm.volumeGroups[name]!.vgid]!;
		const previous = lvm.varyon[name];
		const result = attempt(() => varyOnVolumeGroup(ctx.state, node, name, {mode: vg.concurrent ? 'concurrent-active' : 'active', noSync: true}));
		if (result.ok) return {node, previous};
		failures.push(...result.messages.map(m => `${node}: ${m}`));
	}
	throw new CommandError([...failures, `${ctx.name}: Volume group ${name} could not be varied on on any of ${nodes.join(', ')}.`].join('\n'));
}
