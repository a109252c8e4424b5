/**
 * A release profile: what one HACMP release is, as data. A cluster runs one
 * release (`ClusterState.release`); paths, daemons, filesets, version strings,
 * stop modes, group types and event names are read from its profile, never
 * decided by scattered comparisons of release numbers.
 */
import type {GroupType, IpLabelRole, Network, NetworkType} from '../config.js';
import type {StopMode} from '../events/node-hooks.js';

export type Release = '4.3' | '5.2';

/** What a subsystem does for HACMP, so code asks for the role and each release names the daemon. */
export type SubsystemRole = 'manager' | 'info' | 'lock' | 'smux' | 'comd';

export interface SubsystemDef {
	name: string;
	group: string;
	/** Started at boot from inittab and left running. */
	boot?: boolean;
	/** Which block of clshowsrv -v it is shown in. */
	part: 'rsct' | 'hacmp' | 'optional';
	role?: SubsystemRole;
	/** The program ps shows. */
	program: string;
}

/**
 * A piece of a node event's work: releasing groups, acquiring them (the kinds before completion), completing them
 * (application servers), or nothing but the script; `publish` tells other domains (node-hooks.ts) once it is done.
 */
export interface EventWork {
	do: 'release' | 'acquire' | 'complete' | 'none';
	/**
	 * Where it runs: in a sub-event on the node joining or leaving (`local`, no arguments), on every other member
	 * (`remote`, the node as argument), or, without `sub`, in the top-level event itself.
	 */
	on?: 'local' | 'remote';
	sub?: string;
	/** In a per-group event, the sub-event's last argument (rg_move's ACQUIRE / RELEASE). */
	suffix?: string;
	publish?: 'node_up' | 'node_up_complete' | 'node_down' | 'node_down_complete';
}

/** One top-level event of a node event's sequence; `perGroup` runs it once per group of that part of the plan. */
export interface EventPhase {
	event: string;
	perGroup?: 'release' | 'acquire';
	work: readonly EventWork[];
}

/**
 * What the cluster managers run when a node joins or leaves (the top-level events in order, the first deciding), and
 * when a group moves outside them (`groupMove`, with the plan given: 5.x's rg_move events, 4.3's DARE migration).
 */
export interface EventModel {
	nodeUp: readonly EventPhase[];
	nodeDown: readonly EventPhase[];
	groupMove: readonly EventPhase[];
}

export interface ReleaseProfile {
	release: Release;
	/** The product as its banner names it. */
	product: string;
	/** Where HACMP's programs live: utilities/, etc/, cspoc/, sbin/ are below it. */
	clusterDir: string;
	/** Commands the release keeps elsewhere than 5.2 does below its directory: its path → the path they are declared at. */
	movedCommands?: Readonly<Record<string, string>>;
	/** The fileset whose level halevel and the cluster manager report. */
	serverFileset: string;
	/** Filesets a node of the release has (AIX's own base, RSCT, HACMP's), at their level, with lslpp's description. */
	filesets: Readonly<Record<string, {level: string; description: string}>>;
	subsystems: readonly SubsystemDef[];
	/** Where HACMP keeps its ODM classes (its DCD): /etc/objrepos in 4.3, ES's own directory in 5.x. */
	odmDirectory: string;
	/** lssrc -ls of the cluster manager: its sccsid line and the CLversion it reports. */
	managerSccsid: string;
	clVersion: number;
	/** /etc/inittab entries an installed node has for HACMP (before the clinit ones, which stay last). */
	inittab: readonly string[];
	/** The node's log of event summaries (cluster.log). */
	clusterLog: string;
	stopModes: readonly StopMode[];
	/** The journaled file systems of the release's AIX (JFS2 came with AIX 5.1). */
	fileSystems: readonly ('jfs' | 'jfs2')[];
	/** The IP label functions the release knows (persistent labels came with HACMP 5.1). */
	ipLabelRoles: readonly IpLabelRole[];
	/** Resource group types the release lets an administrator define. */
	groupTypes: readonly GroupType[];
	/** The node event model: which top-level events and sub-events a node joining or leaving runs. */
	events: EventModel;
	/** Whether hacmp.out follows each top-level event with its summary (View Event Summaries compiles them). */
	eventSummaries: boolean;
	/** The network types it has (disk heartbeat networks came with HACMP 5.1). */
	networkTypes: readonly NetworkType[];
	/** How service labels move on IP networks, the default first (IPAT via aliasing and heartbeat over aliases came with HACMP 5.1). */
	ipatMethods: readonly Network['ipat'][];
	/**
	 * Its adapter model: `classic` (4.3) names each adapter by its function, service, boot (the address a service adapter
	 * boots on) or standby (off the service subnets), and lists them so; `es` (5.x) calls every non-service interface boot.
	 */
	adapterModel: 'classic' | 'es';
	/**
	 * What its AIX's lsvg says of a volume group: 4.3.3's concurrent capable VGs are Capable (enhanced concurrent mode
	 * came with AIX 5.1), and it has no LTG size, auto sync, hot spare or bad block policy lines (AIX 5.1 and 5.2).
	 */
	lsvg: {concurrent: 'Capable' | 'Enhanced-Capable'; aix5Lines: boolean};
	/** What its AIX's ifconfig -a prints after `flags=` for an Ethernet interface up and down (AIX 5's offload flags). */
	ifconfigFlags: {up: string; down: string};
	/** Whether rc.cluster verifies the configuration before it starts the daemons (4.3's does not: SG24-5131 8.2.2). */
	verifiesAtStart: boolean;
	/**
	 * Who sends the heartbeats: 4.3's cluster manager through its network interface modules, whose every field
	 * (description, address type, program, parameters, grace period, heartbeat rate, failure cycle) SMIT changes, or
	 * HACMP 5's RSCT Topology Services, whose modules only take a predefined failure detection rate.
	 */
	heartbeats: 'nim' | 'topsvcs';
	/** The network modules it predefines, by name (a network type's module is named by it), in cllsnim's order. */
	networkModules: readonly string[];
	/** Whether a node has a communication path (HACMP 5's, for clcomdES); 4.3 names nodes alone. */
	nodeCommPaths: boolean;
	/** Fast disk takeover: enhanced concurrent VGs of non-concurrent groups varied on passive (HACMP 5.1 on AIX 5.2 and later). */
	fastDiskTakeover: boolean;
}

/**
 * The classic model (SG24-5131 5.1.1): node_up runs node_up_remote on the other members (giving back what they
 * took) and node_up_local on the joining node (acquiring), node_up_complete their *_complete events (application
 * servers); node_down runs node_down_local on the leaving node and node_down_remote on the members taking over.
 */
export const CLASSIC_EVENTS: EventModel = {
	nodeUp: [
		{
			event: 'node_up',
			work: [
				{do: 'release', on: 'remote', sub: 'node_up_remote'},
				{do: 'acquire', on: 'local', sub: 'node_up_local', publish: 'node_up'},
			],
		},
		{
			event: 'node_up_complete',
			work: [
				{do: 'complete', on: 'local', sub: 'node_up_local_complete', publish: 'node_up_complete'},
				{do: 'none', on: 'remote', sub: 'node_up_remote_complete'},
			],
		},
	],
	nodeDown: [
		{
			event: 'node_down',
			work: [
				{do: 'release', on: 'local', sub: 'node_down_local', publish: 'node_down'},
				{do: 'acquire', on: 'remote', sub: 'node_down_remote'},
			],
		},
		{
			event: 'node_down_complete',
			work: [
				{do: 'none', on: 'local', sub: 'node_down_local_complete', publish: 'node_down_complete'},
				{do: 'complete', on: 'remote', sub: 'node_down_remote_complete'},
			],
		},
	],
	// 4.3 moves a group only by DARE migration (cldare -M), which runs the reconfiguration events (seed 000 8.5.2).
	groupMove: [
		{event: 'reconfig_resource_release', work: [{do: 'release'}]},
		{event: 'reconfig_resource_acquire', work: [{do: 'acquire'}]},
		{event: 'reconfig_resource_complete', work: [{do: 'complete'}]},
	],
};

/**
 * HACMP 5.x's model (Planning Guide, "Sequence of node_up events": node_up, process_resources, node_up_complete):
 * node_up and node_down only announce the node (node_up varies the enhanced concurrent volume groups on passive);
 * the cluster managers then move each group with rg_move_release (rg_move ... RELEASE on the node giving it up),
 * rg_move_acquire (rg_move ... ACQUIRE, where process_resources acquires the service address and the storage) and
 * rg_move_complete (application servers), named by the node the event is about and the group's number; then
 * node_up_complete / node_down_complete.
 */
export const RG_MOVE_EVENTS: EventModel = {
	nodeUp: [
		{event: 'node_up', work: [{do: 'none', publish: 'node_up'}]},
		{event: 'rg_move_release', perGroup: 'release', work: [{do: 'release', sub: 'rg_move', suffix: 'RELEASE'}]},
		{event: 'rg_move_acquire', perGroup: 'acquire', work: [{do: 'acquire', sub: 'rg_move', suffix: 'ACQUIRE'}]},
		{event: 'rg_move_complete', perGroup: 'acquire', work: [{do: 'complete'}]},
		{event: 'node_up_complete', work: [{do: 'none', publish: 'node_up_complete'}]},
	],
	nodeDown: [
		{event: 'node_down', work: []},
		{event: 'rg_move_release', perGroup: 'release', work: [{do: 'release', sub: 'rg_move', suffix: 'RELEASE'}]},
		{event: 'rg_move_acquire', perGroup: 'acquire', work: [{do: 'acquire', sub: 'rg_move', suffix: 'ACQUIRE'}]},
		{event: 'rg_move_complete', perGroup: 'acquire', work: [{do: 'complete'}]},
		{
			event: 'node_down_complete',
			work: [
				{do: 'none', on: 'local', publish: 'node_down'},
				{do: 'none', on: 'local', publish: 'node_down_complete'},
			],
		},
	],
	groupMove: [
		{event: 'rg_move_release', perGroup: 'release', work: [{do: 'release', sub: 'rg_move', suffix: 'RELEASE'}]},
		{event: 'rg_move_acquire', perGroup: 'acquire', work: [{do: 'acquire', sub: 'rg_move', suffix: 'ACQUIRE'}]},
		{event: 'rg_move_complete', perGroup: 'acquire', work: [{do: 'complete'}]},
	],
};
