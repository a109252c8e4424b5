/**
 * The HACMP configuration: what the HACMP ODM classes (HACMPcluster,
 * HACMPnode, HACMPnetwork, HACMPadapter, HACMPgroup, HACMPresource,
 * HACMPserver, HACMPmonitor) hold. Each node keeps its own copy: the DCD it
 * edits and, while its cluster manager runs, the ACD it acts on. Copies are
 * stored once in `ClusterState.configs` and nodes refer to them by id, so a
 * synchronization is a matter of pointing every node at the same id.
 */
import {isDraft, original} from 'immer';
import type {ClusterState} from './state.js';
import {mutableCopy, type DeepReadonly} from './readonly.js';
import {peek} from './view.js';

export type IpNetworkType = 'ether' | 'token' | 'fddi' | 'atm' | 'hps';
export type SerialNetworkType = 'rs232' | 'tmscsi' | 'tmssa' | 'diskhb';
export type NetworkType = IpNetworkType | SerialNetworkType;
export const SERIAL_NETWORK_TYPES: readonly NetworkType[] = ['rs232', 'tmscsi', 'tmssa', 'diskhb'];

export interface Network {
	name: string;
	type: NetworkType;
	/** public, private, or serial for the point-to-point networks. */
	attr: 'public' | 'private' | 'serial';
	/** How service labels move on this network (IP networks only). */
	ipat: 'aliasing' | 'replacement';
	netmask: string;
	/** First address of the heartbeat-over-alias range, when configured. */
	hbAliasBase?: string;
}

export type IpLabelRole = 'boot' | 'service' | 'persistent';

export interface IpLabel {
	label: string;
	address: string;
	network: string;
	role: IpLabelRole;
	/** Owning node: always for boot and persistent labels; set for a node-bound service label. */
	node?: string;
	/** AIX interface of a boot label (en0, tr0, ...). */
	iface?: string;
	/** Service labels on IPAT via replacement networks: the locally administered MAC (hardware address takeover) that moves with it. */
	hwAddress?: string;
}

/** An end of a point-to-point (non-IP) network: /dev/tty1, /dev/tmssa1, /dev/hdisk3, ... */
export interface CommDevice {
	label: string;
	network: string;
	node: string;
	device: string;
}

export interface ClusterNode {
	name: string;
	/** Communication path (an IP label or address clcomdES reaches the node by): HACMP 5's; 4.3 names nodes without one. */
	commPath?: string;
}

export type StartupPolicy = 'OHN' | 'OFAN' | 'OAAN' | 'OUDP';
export type FalloverPolicy = 'FNPN' | 'FUDNP' | 'BO';
export type FallbackPolicy = 'FBHPN' | 'NFB';
export type GroupType = 'custom' | 'cascading' | 'rotating' | 'concurrent';

export const STARTUP_TEXT: Record<StartupPolicy, string> = {
	OHN: 'Online On Home Node Only',
	OFAN: 'Online On First Available Node',
	OAAN: 'Online On All Available Nodes',
	OUDP: 'Online Using Distribution Policy',
};
export const FALLOVER_TEXT: Record<FalloverPolicy, string> = {
	FNPN: 'Fallover To Next Priority Node In The List',
	FUDNP: 'Fallover Using Dynamic Node Priority',
	BO: 'Bring Offline (On Error Node Only)',
};
export const FALLBACK_TEXT: Record<FallbackPolicy, string> = {
	FBHPN: 'Fallback To Higher Priority Node In The List',
	NFB: 'Never Fallback',
};

export interface GroupResources {
	serviceLabels: string[];
	appServers: string[];
	volumeGroups: string[];
	/** Empty means every file system of the group's volume groups. */
	filesystems: string[];
	forcedVaryon: boolean;
	fsBeforeIp: boolean;
	fsckMethod: 'fsck' | 'logredo';
	recoveryMethod: 'sequential' | 'parallel';
	exportFs: string[];
	nfsMounts: string[];
	rawDisks: string[];
	miscData: string;
}

export interface ResourceGroup {
	name: string;
	/** Participating nodes, highest priority first. */
	nodes: string[];
	type: GroupType;
	startup: StartupPolicy;
	fallover: FalloverPolicy;
	fallback: FallbackPolicy;
	/** Cascading only: may start on a lower-priority node when the home node is down. */
	inactiveTakeover?: boolean;
	/** Cascading only: Cascading Without Fallback. */
	cwof?: boolean;
	/** Dynamic node priority policy: cl_highest_free_mem, cl_highest_idle_cpu, cl_lowest_disk_busy. */
	dnpPolicy?: string;
	/** Name of a delayed fallback timer policy (custom groups that fall back); none means at once. */
	fallbackTimer?: string;
	resources: GroupResources;
}

/** When a delayed fallback timer policy fires: every day, week, month, year, or once on a date. */
export type TimerRecurrence = 'daily' | 'weekly' | 'monthly' | 'yearly' | 'once';

export interface FallbackTimerPolicy {
	name: string;
	recurrence: TimerRecurrence;
	hour: number;
	minute: number;
	/** weekly: 0 (Sunday) to 6. */
	dayOfWeek?: number;
	/** monthly, yearly, once: 1 to 31. */
	dayOfMonth?: number;
	/** yearly, once: 0 (January) to 11. */
	month?: number;
	/** once. */
	year?: number;
}

export interface ApplicationServer {
	name: string;
	startScript: string;
	stopScript: string;
}

export interface ApplicationMonitor {
	name: string;
	server: string;
	kind: 'process' | 'custom';
	processes?: string;
	owner?: string;
	instances?: number;
	method?: string;
	interval?: number;
	signal?: string;
	stabilization: number;
	restartCount: number;
	restartInterval: number;
	action: 'notify' | 'fallover';
	notifyMethod?: string;
	cleanupMethod?: string;
	restartMethod?: string;
}

/** HACMPcluster's connection authentication mode: Standard (clcomdES and its rhosts) or Enhanced (Kerberos). */
export type SecurityMode = 'Standard' | 'Enhanced';

/**
 * What an administrator added to a predefined event (HACMPevent): pre- and post-event commands (a custom event's name
 * or a script's path), a notify and a recovery command, and how many times the recovery command may run.
 */
export interface EventCustomization {
	pre?: string;
	post?: string;
	notify?: string;
	recovery?: string;
	recoveryCount?: number;
}

/** A custom cluster event: a script on every node under a name. */
export interface CustomEvent {
	name: string;
	description: string;
	script: string;
}

export interface ClusterConfig {
	/** No security mode stored means Standard. */
	cluster: {name: string; id: number; security?: SecurityMode};
	nodes: ClusterNode[];
	networks: Record<string, Network>;
	ipLabels: Record<string, IpLabel>;
	devices: Record<string, CommDevice>;
	resourceGroups: Record<string, ResourceGroup>;
	appServers: Record<string, ApplicationServer>;
	appMonitors: Record<string, ApplicationMonitor>;
	/** Custom pre-, post-, notify and recovery scripts named per cluster event. */
	eventScripts: Record<string, EventCustomization>;
	/** Custom cluster events (HACMPcustom): names for scripts, which pre- and post-event commands name; absent means none. */
	customEvents?: Record<string, CustomEvent>;
	/** Time until warning (config_too_long): how long an event, and a resource group's processing, may run; absent means 180 s each. */
	eventDuration?: {event: number; group: number};
	/** Nodes whose event scripts log at the standard debug level (no `set -x` trace in hacmp.out); the others log high. */
	standardLogging?: string[];
	/**
	 * Seconds an offline group with Online On First Available Node waits for a
	 * higher-priority node before starting on a lower one. A cluster-wide
	 * run-time policy in HACMP, not a group attribute; absent means none.
	 */
	settlingTime?: number;
	/**
	 * HACMP 5.2's resource group distribution policy for Online Using Distribution Policy, cluster-wide: a joining node
	 * takes one such group (node-based, the default: absent) or one per network (network-based, what rotating groups did).
	 */
	rgDistribution?: 'network';
	/** Delayed fallback timer policies, by name, that groups refer to. */
	fallbackTimers?: Record<string, FallbackTimerPolicy>;
	/**
	 * What an administrator changed of the network modules (HACMPnim), by module name: a predefined module (named by
	 * its network type) keeps what is not given here; a module 4.3 added has every field.
	 */
	nims?: Record<string, NetworkModuleSettings>;
}

/** How fast a network module declares a silent peer gone. */
export type DetectionRate = 'Slow' | 'Normal' | 'Fast';

/** A network module's settings changed from its predefined ones (absent fields keep them). */
export interface NetworkModuleSettings {
	/** A predefined failure detection rate other than Normal. */
	rate?: Exclude<DetectionRate, 'Normal'>;
	/** 4.3's custom failure detection: seconds between heartbeats and heartbeats missed before a failure (no rate then). */
	custom?: {interval: number; failureCycle: number};
	/** Seconds heartbeats are ignored while an address moves. */
	grace?: number;
	description?: string;
	addressType?: 'Address' | 'Device';
	/** The module's program (4.3: /usr/sbin/cluster/nims/nim_<type>). */
	path?: string;
	parameters?: string;
	/** A predefined module removed (4.3's Remove a Network Module). */
	removed?: true;
}

export function emptyResources(): GroupResources {
	return {
		serviceLabels: [],
		appServers: [],
		volumeGroups: [],
		filesystems: [],
		forcedVaryon: false,
		fsBeforeIp: false,
		fsckMethod: 'fsck',
		recoveryMethod: 'sequential',
		exportFs: [],
		nfsMounts: [],
		rawDisks: [],
		miscData: '',
	};
}

// ---- Configuration copies held by the nodes (DCD and ACD) ----

/**
 * A configuration copy by id. Copies are immutable values (editDcd makes a
 * new one), so inside a command's transaction they are read from the state
 * the transaction started from rather than through its change-tracking
 * proxy: reading every group of a big cluster through the proxy costs more
 * than the rest of the command. So what it returns is the committed copy,
 * read only: change a node's DCD with editDcd.
 */
export function configById(state: DeepReadonly<ClusterState>, id: string): DeepReadonly<ClusterConfig> {
	// (immer types `original` for a mutable draft; what it returns is read only here too.)
	const base = isDraft(state.configs) ? (original(state.configs as object) as DeepReadonly<ClusterState['configs']>) : undefined;
	return (base?.[id] ?? state.configs[id])!;
}

/** Whether two configuration copies say the same thing. */
export function sameConfig(state: DeepReadonly<ClusterState>, a: string, b: string): boolean {
	return a === b || JSON.stringify(configById(state, a)) === JSON.stringify(configById(state, b));
}

/** The node's DCD: the configuration it edits. */
export function dcdOf(state: DeepReadonly<ClusterState>, node: string): DeepReadonly<ClusterConfig> {
	return configById(state, state.nodes[node]!.dcd);
}

/** The configuration the running cluster acts on: any active node's ACD. */
export function runningConfig(state: DeepReadonly<ClusterState>): DeepReadonly<ClusterConfig> | undefined {
	const id = runningConfigId(state);
	return id === null ? undefined : configById(state, id);
}

/** The id of the running ACD, if any node is active. */
export function runningConfigId(state: DeepReadonly<ClusterState>): string | null {
	// Each node peeked, as activeNodes does: a start asks before it changes anything, and reading would draft every node.
	const nodes = state.nodes;
	for (const name of Object.keys(nodes)) {
		const acd = peek(nodes, name)!.acd;
		if (acd) return acd;
	}
	return null;
}

/** Change a node's DCD: a new copy is made, so other nodes and the ACD keep theirs. */
export function editDcd(state: ClusterState, node: string, change: (config: ClusterConfig) => void): ClusterConfig {
	const copy = mutableCopy<ClusterConfig>(dcdOf(state, node));
	change(copy);
	const id = `c${++state.lastConfigId}`;
	state.configs[id] = copy;
	state.nodes[node]!.dcd = id;
	pruneConfigs(state);
	return copy;
}

/** Forget copies no node holds any more. */
export function pruneConfigs(state: ClusterState): void {
	const held = new Set<string>();
	for (const node of Object.values(state.nodes)) {
		held.add(node.dcd);
		if (node.acd) held.add(node.acd);
	}
	for (const id of Object.keys(state.configs)) if (!held.has(id)) delete state.configs[id];
}

/** Nodes whose cluster manager is running (services started). */
export function activeNodes(state: DeepReadonly<ClusterState>): string[] {
	// Each node peeked (view.ts): asked throughout node events, reading through the proxy would draft every node.
	const nodes = state.nodes;
	return Object.keys(nodes).filter(name => peek(nodes, name)!.acd !== null);
}

export const isSerialNetwork = (network: Pick<Network, 'type'>) => SERIAL_NETWORK_TYPES.includes(network.type);
export const isConcurrentGroup = (group: Pick<ResourceGroup, 'startup'>) => group.startup === 'OAAN';
