/** vxdctl, vxconfigd and vxclustadm: the configuration daemon, the volboot file, cluster protocol and membership. */
import {refuse, UsageError} from '../../cluster/errors.js';
import {entryOf} from '../../cluster/records.js';
import {
	RELEASES,
	abortNode,
	daemonStarted,
	daemonStopped,
	members,
	releaseOf,
	requireDaemon,
	rescan,
	startNode,
	stopNode,
	tell,
} from '../../cluster/vxvm/cvm.js';
import {requireMaster} from '../../cluster/vxvm/groups.js';
import * as m from '../../cluster/vxvm/messages.js';
import {modeLine, nidmapLines, nodeStateLines, protocolRangeLine, supportLines, volbootLines} from '../../cluster/vxvm/report.js';
import type {VxvmState} from '../../cluster/vxvm/types.js';
import {defineCommand} from '../../command/define.js';
import {printAll, VXVM_BIN, vxvmFor} from './common.js';

const VXDCTL_OPERATIONS = ['mode', 'list', 'protocolversion', 'support', 'protocolrange', 'upgrade', 'init', 'stop', 'enable'];

/** vxdctl upgrade: the master raises the cluster protocol to the highest every node's release supports. */
function upgradeProtocol(state: Parameters<typeof tell>[0], vx: VxvmState, node: string): number {
	requireMaster(vx, node, 'vxdctl', 'Cluster protocol upgrade');
	const highest = Math.max(...Object.values(vx.nodes).map(n => releaseOf(n).protocol[1]));
	if (highest <= vx.protocol) refuse(m.upgradeNothing(vx.protocol));
	const laggards = Object.keys(vx.nodes).filter(n => releaseOf(vx.nodes[n]!).protocol[1] < highest);
	if (laggards.length > 0) refuse(m.upgradeNotReady(laggards, highest));
	vx.protocol = highest;
	for (const member of members(vx)) vx.nodes[member]!.volboot.protocol = highest;
	tell(state, members(vx), [`VxVM vxconfigd NOTICE V-5-1-7905 cluster protocol upgraded to ${highest}`]);
	return highest;
}

const vxdctl = defineCommand({
	name: 'vxdctl',
	dirs: [VXVM_BIN],
	summary: 'Controls the VxVM configuration daemon vxconfigd: its mode, the volboot file, and the cluster protocol version.',
	synopsis: '[-c] mode\n       vxdctl list | protocolversion | support | protocolrange | upgrade | init | stop | enable',
	flags: {c: {help: "with mode: also the node's cluster state and role (MASTER, SLAVE, role not set, inactive)"}},
	operands: {count: 1, list: [{name: 'keyword', help: `the operation: ${VXDCTL_OPERATIONS.join(', ')}`}]},
	run(ctx, {opts, args}) {
		const vx = vxvmFor(ctx);
		const operation = args[0]!;
		if (!VXDCTL_OPERATIONS.includes(operation)) throw new UsageError(m.badOperation('vxdctl', operation));
		if (operation === 'mode') return ctx.print(modeLine(vx, ctx.node, opts.c));
		if (operation === 'init') {
			const self = vx.nodes[ctx.node]!;
			self.volboot = {protocol: releaseOf(self).protocol[1], seqno: 1};
			return;
		}
		const self = requireDaemon(vx, ctx.node, 'vxdctl');
		if (operation === 'stop') return daemonStopped(ctx.state, vx, ctx.node);
		if (operation === 'enable') return rescan(ctx.state, vx, ctx.node);
		if (operation === 'list') return printAll(ctx, volbootLines(vx, ctx.node));
		if (operation === 'support') return printAll(ctx, supportLines(vx, ctx.node));
		if (operation === 'protocolrange') return ctx.print(protocolRangeLine(vx, ctx.node));
		if (self.state !== 'cluster member') refuse(m.notInCluster('vxdctl'));
		if (operation === 'protocolversion') return ctx.print(`Cluster running at protocol ${vx.protocol}`);
		ctx.print(`Cluster protocol upgraded to version ${upgradeProtocol(ctx.state, vx, ctx.node)}`);
	},
});

const vxconfigd = defineCommand({
	name: 'vxconfigd',
	dirs: ['/sbin', '/usr/sbin'],
	summary: 'Starts the VxVM configuration daemon, which reads /etc/default/vxdg as it starts (restart it after editing that file).',
	synopsis: '[-k] [-r reset]',
	flags: {
		k: {help: 'kills the running vxconfigd and starts a new one'},
		r: {arg: 'reset', values: ['reset'], help: 'reset: starts afresh, recreating every state (refused while the node is joined to a cluster)'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const vx = vxvmFor(ctx);
		const self = vx.nodes[ctx.node]!;
		if (opts.r && self.state !== 'out of cluster') refuse(m.resetWhileJoined());
		if (self.vxconfigd && !opts.k && !opts.r) refuse(m.daemonRunning());
		// -k kills the running one first: its slaves lose the connection, a transaction it was checking fails.
		if (self.vxconfigd) daemonStopped(ctx.state, vx, ctx.node);
		daemonStarted(ctx.state, vx, ctx.node);
	},
});

const vxclustadm = defineCommand({
	name: 'vxclustadm',
	dirs: [VXVM_BIN],
	summary: 'Starts, stops or aborts the VxVM cluster functionality on this node and reports its state (without a cluster monitor).',
	synopsis: '[-m vcs -t gab] startnode\n       vxclustadm stopnode | abortnode | nidmap\n       vxclustadm [-v] nodestate',
	flags: {
		v: {help: 'with nodestate: the node ids, the master and the last reconfiguration'},
		m: {arg: 'mode', values: ['vcs'], help: 'the cluster monitor mode (vcs)'},
		t: {arg: 'transport', values: ['gab'], help: 'the transport (gab)'},
	},
	operands: {
		count: 1,
		list: [{name: 'keyword', help: 'startnode, stopnode (waits for shared volumes to close), abortnode (does not wait), nodestate, nidmap'}],
	},
	run(ctx, {opts, args}) {
		const vx = vxvmFor(ctx);
		const operation = args[0]!;
		if (operation === 'nodestate') return printAll(ctx, nodeStateLines(vx, ctx.node, opts.v));
		if (operation === 'nidmap') return printAll(ctx, nidmapLines(vx));
		if (operation === 'startnode') return startNode(ctx.state, vx, ctx.node);
		if (operation === 'stopnode') return stopNode(ctx.state, vx, ctx.node);
		if (operation === 'abortnode') return abortNode(ctx.state, vx, ctx.node);
		throw new UsageError(m.badOperation('vxclustadm', operation));
	},
});

/** hasmit's own: which VxVM release a node runs, and an upgrade of a node out of the cluster (the rolling upgrade's step). */
const hasmitVxrelease = defineCommand({
	name: 'hasmit_vxrelease',
	dirs: ['/usr/lpp/hasmit/bin'],
	summary: "Shows each node's VxVM release and protocol range; with a release, installs it on this node (which must be out of the cluster).",
	operands: {count: [0, 1], list: [{name: 'release', help: `the release to install: ${Object.keys(RELEASES).join(', ')}`}]},
	run(ctx, {args}) {
		const vx = vxvmFor(ctx);
		const release = args[0];
		if (release === undefined) {
			for (const [name, node] of Object.entries(vx.nodes)) {
				const [min, max] = releaseOf(node).protocol;
				ctx.print(`${name.padEnd(10)}VxVM ${node.release.padEnd(6)}protocols ${min}-${max}  ${node.state}`);
			}
			return;
		}
		if (!entryOf(RELEASES, release)) refuse(m.unknownRelease(ctx.name, release, Object.keys(RELEASES)));
		const self = vx.nodes[ctx.node]!;
		if (self.state !== 'out of cluster') refuse(m.upgradeInCluster(ctx.name, ctx.node));
		self.release = release;
		const files = ctx.state.nodes[ctx.node]!.filesets;
		files.VRTSvxvm = `${release}.0.0`;
		files.VRTSvmpro = `${release}.0.0`;
		ctx.print(`${ctx.node}: VxVM ${release} installed (cluster protocols ${releaseOf(self).protocol.join(' to ')})`);
	},
});

export const daemonCommands = [...vxdctl, ...vxconfigd, ...vxclustadm, ...hasmitVxrelease];
