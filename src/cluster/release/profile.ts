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

/** The node events whose names a release's event scripts use, by what they do. */
export interface EventNames {
	nodeUp: string;
	nodeUpLocal: string;
	nodeUpRemote: string;
	nodeUpComplete: string;
	nodeUpLocalComplete: string;
	nodeUpRemoteComplete: string;
	nodeDown: string;
	nodeDownLocal: string;
	nodeDownRemote: string;
	nodeDownComplete: string;
	nodeDownLocalComplete: string;
	nodeDownRemoteComplete: string;
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
	events: EventNames;
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
	/** Whether rc.cluster verifies the configuration before it starts the daemons (4.3's does not: SG24-5131 8.2.2). */
	verifiesAtStart: boolean;
}

/** The 4.3 node event model (SG24-5131 5.1.1): node_up / node_down with their local, remote and complete sub-events. */
export const CLASSIC_EVENTS: EventNames = {
	nodeUp: 'node_up',
	nodeUpLocal: 'node_up_local',
	nodeUpRemote: 'node_up_remote',
	nodeUpComplete: 'node_up_complete',
	nodeUpLocalComplete: 'node_up_local_complete',
	nodeUpRemoteComplete: 'node_up_remote_complete',
	nodeDown: 'node_down',
	nodeDownLocal: 'node_down_local',
	nodeDownRemote: 'node_down_remote',
	nodeDownComplete: 'node_down_complete',
	nodeDownLocalComplete: 'node_down_local_complete',
	nodeDownRemoteComplete: 'node_down_remote_complete',
};
