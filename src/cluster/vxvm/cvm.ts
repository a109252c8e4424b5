/**
 * The CVM cluster: who is a member, who is master, what a node joining or leaving does. The first node to join
 * becomes master and imports the shared disk groups; a slave joins only if it runs the cluster's protocol, has
 * merged its DRL images, can reach every disk of the imported shared groups and can activate them without conflict.
 * When the master leaves, the member with the lowest node id takes over and every node is told.
 */
import {refuse} from '../errors.js';
import type {ClusterState} from '../state.js';
import {conflictOf, parseMode} from './activation.js';
import {checkLogs, resynchronize} from './drl.js';
import {
	JOIN_REASONS,
	alreadyMember,
	daemonNotAccessible,
	joinFailed,
	notMember,
	reconnected,
	restartedByMonitor,
	simultaneousJoin,
	stopBusy,
} from './messages.js';
import type {CvmNode, DiskGroup, VxvmState} from './types.js';

/** What each VxVM release supports: its vxconfigd version, disk group versions, kernel and cluster protocol range. */
export const RELEASES: Readonly<Record<string, {vold: number; dg: readonly [number, number]; kernel: number; protocol: readonly [number, number]}>> =
	{
		'3.1': {vold: 10, dg: [50, 60], kernel: 9, protocol: [5, 10]},
		'3.2': {vold: 11, dg: [60, 70], kernel: 10, protocol: [10, 20]},
		'3.5': {vold: 12, dg: [70, 90], kernel: 11, protocol: [20, 30]},
		'4.0': {vold: 13, dg: [90, 110], kernel: 12, protocol: [30, 40]},
	};

export const releaseOf = (node: CvmNode) => RELEASES[node.release]!;

/** Where vxconfigd writes what it is told; a reconfiguration is logged on every member. */
export const VXCONFIGD_LOG = '/var/vxvm/vxconfigd.log';

export function vxvmOf(state: ClusterState): VxvmState | undefined {
	return state.vxvm;
}

/** A node with VxVM installed at `release`, out of the cluster, vxconfigd running, volboot at the release's highest protocol. */
export function newCvmNode(id: number, release: string): CvmNode {
	const protocol = RELEASES[release]!.protocol[1];
	return {
		id,
		state: 'out of cluster',
		role: '',
		vxconfigd: true,
		connected: false,
		release,
		volboot: {protocol, seqno: 19},
		defaultActivation: 'shared-write',
		unmerged: [],
		lostPaths: [],
	};
}

/** /etc/vx/vxvm.exclude: the devices suppressed from VxVM's view on a node, which vxdctl enable reads. */
export const EXCLUDE_FILE = '/etc/vx/vxvm.exclude';

/** The node sees the device: attached to it and not suppressed from VxVM's view there. */
export const sees = (vx: VxvmState, node: string, device: string) =>
	(vx.disks[device]?.reach.includes(node) ?? false) && !(vx.nodes[node]!.excluded ?? []).includes(device);

/** vxdctl enable: rescans the disks, suppressing those /etc/vx/vxvm.exclude names. */
export function rescan(state: ClusterState, vx: VxvmState, node: string): void {
	const devices = (state.nodes[node]!.files[EXCLUDE_FILE] ?? '').split('\n').filter(line => line.trim() !== '' && !line.startsWith('#'));
	if (devices.length > 0) vx.nodes[node]!.excluded = devices.map(line => line.trim());
	else delete vx.nodes[node]!.excluded;
}

/** Members in node id order. */
export function members(vx: VxvmState): string[] {
	return Object.keys(vx.nodes)
		.filter(name => vx.nodes[name]!.state === 'cluster member')
		.sort((a, b) => vx.nodes[a]!.id - vx.nodes[b]!.id);
}

export function masterOf(vx: VxvmState): string | undefined {
	return Object.keys(vx.nodes).find(name => vx.nodes[name]!.role === 'MASTER');
}

/** The commands talk to the local vxconfigd: refuse when it is not running. */
export function requireDaemon(vx: VxvmState, node: string, command: string): CvmNode {
	const self = vx.nodes[node]!;
	if (!self.vxconfigd) refuse(daemonNotAccessible(command));
	return self;
}

/** A line in vxconfigd's log on each node, stamped with the simulated time. */
export function tell(state: ClusterState, nodes: readonly string[], lines: readonly string[]): void {
	const stamp = new Date(state.clock).toUTCString().slice(5, 25);
	for (const node of nodes) {
		const files = state.nodes[node]!.files;
		files[VXCONFIGD_LOG] = (files[VXCONFIGD_LOG] ?? '') + lines.map(line => `${stamp}: ${line}\n`).join('');
	}
}

/** A new unique id: seconds.sequence.hostname, as VxVM makes disk group and disk ids. */
export function newId(state: ClusterState, vx: VxvmState, host: string): string {
	return `${Math.floor(state.clock / 1000)}.${++vx.seq}.${host}`;
}

/** The shared groups a cluster imports (the master at start, `vxdg -s import`). */
export const sharedGroups = (vx: VxvmState) => Object.values(vx.groups).filter(g => g.shared && g.imported);

/** Why `node` cannot reach every disk of `group`, if it cannot: the first missing device. */
export function missingDisk(vx: VxvmState, group: DiskGroup, node: string): string | undefined {
	const self = vx.nodes[node]!;
	return Object.values(group.disks).find(device => !vx.disks[device]!.reach.includes(node) || self.lostPaths.includes(device));
}

/**
 * Start the cluster functionality on a node (vxclustadm startnode; the cluster manager starting). The first member
 * becomes master; a slave joins the master, or waits (joining) while the master's vxconfigd is down.
 */
export function startNode(state: ClusterState, vx: VxvmState, node: string): void {
	const self = vx.nodes[node]!;
	if (self.state !== 'out of cluster') refuse(alreadyMember(self.state));
	if (!self.vxconfigd) refuse(joinFailed(JOIN_REASONS.vxconfigd));
	const master = masterOf(vx);
	// A crashed node rejoins a running cluster once its DRL images are merged; starting the cluster merges them.
	if (master && self.unmerged.length > 0) refuse(joinFailed(JOIN_REASONS.recovery(self.unmerged)));
	if (!master) {
		becomeFirstMaster(state, vx, node);
		foundersOf.set(state, [node]);
		return;
	}
	self.state = 'joining';
	if (!vx.nodes[master]!.vxconfigd) return;
	completeJoin(state, vx, node);
	const founders = foundersOf.get(state);
	if (founders) pickMaster(state, vx, [...founders, node]);
}

/**
 * The nodes that formed the cluster in the current transaction (one command starting several nodes' cluster
 * services: cl_rc.cluster -cspoc "-n a,b"): for VxVM they joined at once, with no master among them yet.
 */
const foundersOf = new WeakMap<ClusterState, string[]>();

/** Nodes joining at once: VxVM picks the master among them, the lowest node id, and every one of them is told. */
function pickMaster(state: ClusterState, vx: VxvmState, founders: string[]): void {
	foundersOf.set(state, founders);
	const byId = [...founders].sort((a, b) => vx.nodes[a]!.id - vx.nodes[b]!.id);
	const chosen = byId[0]!;
	const current = masterOf(vx)!;
	if (chosen !== current) {
		vx.nodes[current]!.role = 'SLAVE';
		vx.nodes[chosen]!.role = 'MASTER';
	}
	vx.reconfig = [`master: ${chosen}`, `joiners: ${byId.join(' ')}`];
	tell(state, founders, [simultaneousJoin(byId, chosen, vx.nodes[chosen]!.id)]);
}

function becomeFirstMaster(state: ClusterState, vx: VxvmState, node: string): void {
	const self = vx.nodes[node]!;
	vx.protocol = self.volboot.protocol;
	self.state = 'cluster member';
	self.role = 'MASTER';
	self.connected = true;
	const imported: string[] = [];
	for (const group of Object.values(vx.groups)) {
		if (!group.shared || group.imported || group.noautoimport || missingDisk(vx, group, node)) continue;
		group.imported = true;
		group.activation = {[node]: self.defaultActivation};
		imported.push(group.name);
	}
	const recovered = resynchronize(vx, sharedGroups(vx));
	vx.reconfig = [`master: ${node}`, `joiners: ${node}`];
	tell(
		state,
		[node],
		[
			'VxVM vxconfigd NOTICE V-5-1-7900 CVM_VOLD_CONFIG command received',
			`VxVM vxconfigd NOTICE V-5-1-8066 ${node}: becoming master (cluster ${vx.cluster}, protocol ${vx.protocol})`,
			...imported.map(name => `VxVM vxconfigd NOTICE V-5-1-8067 master: imported shared disk group ${name}`),
			...recovered.map(line => `VxVM vxrecover INFO V-5-2-3363 ${line}: done (cluster start)`),
		],
	);
}

/** A joining slave: the master sends the imported shared disk ids; the slave checks them and activates its groups. */
function completeJoin(state: ClusterState, vx: VxvmState, node: string): void {
	const self = vx.nodes[node]!;
	const fail = (reason: string) => {
		self.state = 'out of cluster';
		refuse(joinFailed(reason));
	};
	const range = releaseOf(self).protocol;
	if (vx.protocol < range[0] || vx.protocol > range[1]) fail(JOIN_REASONS.protocol(vx.protocol, range));
	const groups = sharedGroups(vx);
	const diskIds = groups.flatMap(g => Object.values(g.disks).map(device => vx.disks[device]!.diskId));
	tell(state, [node], [`VxVM vxconfigd NOTICE V-5-1-7906 joining: the master sent the imported shared disk ids ${diskIds.join(' ')}`]);
	for (const group of groups) {
		const device = missingDisk(vx, group, node);
		if (device) fail(JOIN_REASONS.missingDisk(device));
	}
	for (const group of groups) {
		const conflict = conflictOf(group, node, self.defaultActivation);
		if (conflict) fail(JOIN_REASONS.activation(group.name, self.defaultActivation, conflict.node, conflict.mode));
	}
	around(state, vx, {kind: 'join', node}, () => {
		for (const group of groups) group.activation[node] = self.defaultActivation;
		self.state = 'cluster member';
		self.role = 'SLAVE';
		self.connected = true;
		self.volboot.protocol = vx.protocol;
		checkLogs(vx);
		reconfigure(state, vx, [`joiners: ${node}`]);
	});
}

/** A change a volume transaction in progress meets: a node joining or leaving, or a vxconfigd stopping. */
export interface Reconfiguration {
	kind: 'join' | 'leave' | 'vxconfigd';
	node: string;
}

/** What runs around a reconfiguration (transaction.ts: the volume transaction in progress), before and after it. */
interface ReconfigurationWatcher {
	before(state: ClusterState, vx: VxvmState, change: Reconfiguration): void;
	after(state: ClusterState, vx: VxvmState, change: Reconfiguration): void;
}

const watchers: ReconfigurationWatcher[] = [];

export const watchReconfiguration = (watcher: ReconfigurationWatcher) => void watchers.push(watcher);

function around(state: ClusterState, vx: VxvmState, change: Reconfiguration, reconfiguration: () => void): void {
	if (change.kind !== 'vxconfigd') restartStopped(state, vx, change.node);
	for (const watcher of watchers) watcher.before(state, vx, change);
	reconfiguration();
	for (const watcher of watchers) watcher.after(state, vx, change);
}

/**
 * The kernel finds, as a reconfiguration starts, the members whose vxconfigd has stopped and restarts it (seed: no
 * reconfiguration and no join while a vxconfigd is stopped; vxclust restarts one it finds stopped).
 */
function restartStopped(state: ClusterState, vx: VxvmState, except: string): void {
	for (const node of members(vx).filter(n => n !== except && !vx.nodes[n]!.vxconfigd)) {
		tell(state, [node], [restartedByMonitor(node)]);
		daemonStarted(state, vx, node);
	}
}

/** Every member hears of a membership change; I/O to shared disks pauses for it and resumes after. */
function reconfigure(state: ClusterState, vx: VxvmState, what: readonly string[]): void {
	const master = masterOf(vx);
	vx.reconfig = [`master: ${master ?? '(none)'}`, ...what];
	tell(state, members(vx), [
		'VxVM vxconfigd NOTICE V-5-1-7899 CVM_VOLD_CHANGE command received',
		`VxVM vxconfigd NOTICE V-5-1-7901 cluster reconfiguration: I/O to shared disks paused (${what.join('; ')})`,
		`VxVM vxconfigd NOTICE V-5-1-7902 cluster reconfiguration complete: master is ${master ?? '(none)'}; I/O to shared disks resumed`,
	]);
}

/** Clean leave (vxclustadm stopnode): refused while a shared volume is open on the node. */
export function stopNode(state: ClusterState, vx: VxvmState, node: string): void {
	const self = vx.nodes[node]!;
	if (self.state === 'out of cluster') refuse(notMember());
	const open = openShared(vx, node);
	if (open.length > 0) refuse(stopBusy(open));
	leave(state, vx, node, 'user initiated stop');
}

/** Abort (vxclustadm abortnode, a crash): leaves at once; the volumes it had open need recovery. */
export function abortNode(state: ClusterState, vx: VxvmState, node: string, reason = 'user initiated abort'): void {
	const self = vx.nodes[node]!;
	if (self.state === 'out of cluster') refuse(notMember());
	for (const group of sharedGroups(vx)) {
		for (const volume of Object.values(group.volumes)) {
			if (!volume.opens[node]) continue;
			volume.needsSync = true;
			if (volume.plexes.some(p => p.kind === 'log')) self.unmerged.push(`${group.name}/${volume.name}`);
		}
	}
	leave(state, vx, node, reason);
}

const openShared = (vx: VxvmState, node: string) =>
	sharedGroups(vx).flatMap(g =>
		Object.values(g.volumes)
			.filter(v => v.opens[node])
			.map(v => `${g.name}/${v.name}`),
	);

function leave(state: ClusterState, vx: VxvmState, node: string, reason: string): void {
	around(state, vx, {kind: 'leave', node}, () => leaveNow(state, vx, node, reason));
}

function leaveNow(state: ClusterState, vx: VxvmState, node: string, reason: string): void {
	const self = vx.nodes[node]!;
	const wasMaster = self.role === 'MASTER';
	self.state = 'out of cluster';
	self.role = '';
	self.connected = false;
	for (const group of sharedGroups(vx)) {
		delete group.activation[node];
		for (const volume of Object.values(group.volumes)) delete volume.opens[node];
	}
	tell(state, [node], [`VxVM vxconfigd NOTICE V-5-1-7903 ${node}: left the cluster (${reason})`]);
	const rest = members(vx);
	if (rest.length === 0) {
		// The last node gone: the shared groups stay marked shared on disk, to be imported when the cluster starts.
		for (const group of sharedGroups(vx)) group.imported = false;
		vx.reconfig = [`leavers: ${node}`];
		return;
	}
	if (wasMaster) vx.nodes[rest[0]!]!.role = 'MASTER';
	reconfigure(state, vx, [`leavers: ${node}`, ...(wasMaster ? [`new master: ${rest[0]}`] : [])]);
}

/** vxconfigd starts on a node (vxconfigd, vxconfigd -k): reads /etc/default/vxdg, reconnects a slave, lets joiners in. */
export function daemonStarted(state: ClusterState, vx: VxvmState, node: string): void {
	const self = vx.nodes[node]!;
	self.vxconfigd = true;
	self.defaultActivation = defaultActivationOf(state.nodes[node]!.files['/etc/default/vxdg']);
	const master = masterOf(vx);
	if (self.role === 'SLAVE') {
		self.connected = master !== undefined && vx.nodes[master]!.vxconfigd;
		if (self.connected) tell(state, [node], [reconnected(master!)]);
	}
	if (self.role !== 'MASTER') return;
	tell(
		state,
		members(vx).filter(n => n !== node && vx.nodes[n]!.vxconfigd),
		[`VxVM vxconfigd NOTICE V-5-1-8069 rejoined the master's vxconfigd (${node})`],
	);
	for (const name of Object.keys(vx.nodes).sort((a, b) => vx.nodes[a]!.id - vx.nodes[b]!.id)) {
		const other = vx.nodes[name]!;
		if (other.role === 'SLAVE' && other.vxconfigd) other.connected = true;
		if (other.state === 'joining') {
			try {
				completeJoin(state, vx, name);
			} catch {
				tell(state, [name], [`VxVM vxconfigd NOTICE V-5-1-7904 ${name}: join abandoned`]);
			}
		}
	}
}

/** vxconfigd stops (vxdctl stop): a slave's shared view is lost until it reconnects; the master's slaves keep trying. */
export function daemonStopped(state: ClusterState, vx: VxvmState, node: string): void {
	const self = vx.nodes[node]!;
	const stop = () => {
		self.vxconfigd = false;
		if (self.role === 'SLAVE') self.connected = false;
	};
	if (self.state === 'cluster member') around(state, vx, {kind: 'vxconfigd', node}, stop);
	else stop();
	if (self.role !== 'MASTER') return;
	const slaves = members(vx).filter(n => n !== node && vx.nodes[n]!.vxconfigd);
	tell(state, slaves, [`VxVM vxconfigd WARNING V-5-1-8068 lost connection to the master's vxconfigd (${node}): retrying periodically`]);
}

/** /etc/default/vxdg: with enable_activation=true, default_activation_mode decides; otherwise shared-write. */
export function defaultActivationOf(file: string | undefined): CvmNode['defaultActivation'] {
	const settings = Object.fromEntries((file ?? '').split('\n').map(line => line.trim().split('=') as [string, string?]));
	if (settings.enable_activation !== 'true') return 'shared-write';
	return parseMode(settings.default_activation_mode ?? '') ?? 'shared-write';
}
