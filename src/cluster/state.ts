/**
 * The whole simulated cluster as one plain, serialisable value. Commands get
 * a draft of it and either finish (the draft becomes the new state) or fail
 * (the draft is dropped), so no command is ever half applied.
 */
import type {ClusterConfig} from './config.js';
import type {NodeLvm, PhysicalDisk, VolumeGroupOnDisk} from './lvm.js';
import type {NodeAccounts} from './users/accounts.js';
import type {VxvmState} from './vxvm/types.js';
import type {Release} from './release/index.js';
import type {ErrorLogEntry} from './errlog.js';
import type {ErrNotify} from './errnotify.js';
import type {Faults} from './failure/model.js';
import type {HeldEvent} from './events/node-events.js';

export const STATE_FORMAT = 'hasmit-cluster-state';
/**
 * 2: PP numbers and stale flags on LV extents, LV allocation policies, VG factor and disk limit.
 * 3: one queue of due events (`queue`) instead of each group's `timer` and `pendingFailure`.
 * 4: no user or group accounts.
 * 5: each node's account changes over its generated base (`accounts`).
 * 6: VERITAS Volume Manager with cluster functionality (`vxvm`), absent where VxVM is not installed.
 * 7: the HACMP release the cluster runs (`release`).
 * 8: what is broken now and what the cluster managers declared (`faults`).
 * 9: the node events waiting behind a failed event (`heldEvents`).
 * 10: 5.2 clusters hold custom groups only, and no cllockdES.
 * 11: no UNMANAGED group state (a forced stop leaves groups ONLINE on the forced-down node, as before HACMP 5.4);
 * rotating groups distributed by their startup policy (OUDP).
 * 12: each configuration's network module changes in full (`nims`, was `nimRates`); 4.3's nodes have no communication path.
 * Each version ships its migration in src/store/migrations.ts.
 */
export const STATE_VERSION = 12;

export type ClusterManagerState =
	| 'NOT_CONFIGURED'
	| 'ST_INIT'
	| 'ST_JOINING'
	| 'ST_VOTING'
	| 'ST_RP_RUNNING'
	| 'ST_BARRIER'
	| 'ST_CBARRIER'
	| 'ST_UNSTABLE'
	| 'ST_STABLE'
	| 'RP_FAILED';

export interface Subsystem {
	group: string;
	/** 0 when inoperative. */
	pid: number;
}

/** An AIX network interface and the addresses configured on it. */
export interface Interface {
	/** IP labels configured here: the first is the base address, the rest are aliases. */
	addresses: string[];
	up: boolean;
	/** A hardware address taken over with a service label (HWAT); absent means the adapter's burnt-in one. */
	mac?: string;
}

export interface RunningApplication {
	pid: number;
	since: number;
	/** Restarts its application monitor has made since the restart count was last reset. */
	restarts?: number;
	/** When the monitor last restarted it. */
	restartedAt?: number;
}

/** Figures a dynamic node priority policy compares. */
export interface NodeMetrics {
	freeCpu: number;
	freeMemMb: number;
	diskBusy: number;
}

export interface NodeState {
	/** Config id of the node's DCD (what it edits). */
	dcd: string;
	/** Config id of the node's ACD (what its cluster manager acts on), while services run. */
	acd: string | null;
	cm: ClusterManagerState;
	/** Set by a forced stop: the node's resources are left up, unmanaged. */
	forcedDown: boolean;
	subsystems: Record<string, Subsystem>;
	/** /etc/inittab, a line per entry. */
	inittab: string[];
	/** Simulated files on this node (logs, rhosts, scripts), by absolute path. */
	files: Record<string, string>;
	interfaces: Record<string, Interface>;
	lvm: NodeLvm;
	apps: Record<string, RunningApplication>;
	metrics: NodeMetrics;
	/** Installed fileset levels, as lslpp shows them. */
	filesets: Record<string, string>;
	/** Filesets updated but not yet committed (APPLIED), with the level a reject returns to. */
	applied?: Record<string, string>;
	/** Free space in /var, MB. */
	varFreeMb: number;
	/** Serial and target-mode devices configured on the node (tty1, tmssa1, tmscsi1); absent: the console tty0 only. */
	serialDevices?: string[];
}

export type GroupState = 'ONLINE' | 'OFFLINE' | 'ACQUIRING' | 'RELEASING' | 'ERROR';

export interface GroupRuntime {
	/** State on each participating node. */
	nodes: Record<string, GroupState>;
	/** A sticky DARE location (a node, or `stop`) kept until cleared. */
	sticky?: string;
}

/** Something due at a later simulated time; see events/queue.ts. */
export interface QueuedEvent {
	/** When it fires, ms on the simulated clock. */
	at: number;
	/** Insertion order, which breaks ties between events due at the same time: one more than any event queued. */
	seq: number;
	/** The registered kind whose handler fires it. */
	kind: string;
	/** What the handler needs, as plain JSON. */
	payload: object;
}

export interface ClusterState {
	format: typeof STATE_FORMAT;
	version: typeof STATE_VERSION;
	/** The HACMP release every node runs (release/): its paths, daemons, menus, commands and events. */
	release: Release;
	scenario: string;
	/** Simulated wall clock, ms since the epoch. */
	clock: number;
	/** Last process id handed out. */
	lastPid: number;
	/** Configuration copies by id; see config.ts. */
	configs: Record<string, ClusterConfig>;
	lastConfigId: number;
	nodes: Record<string, NodeState>;
	disks: Record<string, PhysicalDisk>;
	/** Volume groups as written on disk, by VGID. */
	vgda: Record<string, VolumeGroupOnDisk>;
	resourceGroups: Record<string, GroupRuntime>;
	/** Due events in firing order (due time, then sequence number). */
	queue: QueuedEvent[];
	/** User and group accounts each node changed from its generated base (users/accounts.ts), by node; absent until one changes. */
	accounts?: Record<string, NodeAccounts>;
	/** VxVM and its cluster functionality (vxvm/types.ts); absent where VxVM is not installed. */
	vxvm?: VxvmState;
	/** Each node's AIX error log (errlog.ts), by node; absent until an entry is logged. */
	errlog?: Record<string, ErrorLogEntry[]>;
	/** Each node's errnotify ODM objects (errnotify.ts), by node; absent until one is added. */
	errnotify?: Record<string, ErrNotify[]>;
	/** What is broken now (failure/model.ts); absent while nothing is. */
	faults?: Faults;
	/** Node events waiting, in order, behind a failed event until clruncmd (events/node-events.ts); absent when none. */
	heldEvents?: HeldEvent[];
}

/** True when two states differ only in their clock (a read-only command that saw time pass). */
export function onlyClockChanged(before: ClusterState, after: ClusterState): boolean {
	if (before === after) return true;
	for (const key of Object.keys(after) as Array<keyof ClusterState>) {
		if (key !== 'clock' && before[key] !== after[key]) return false;
	}
	return true;
}
