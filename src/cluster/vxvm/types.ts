/**
 * VERITAS Volume Manager with its cluster functionality (CVM), as plain data in `state.vxvm`: each node's view
 * (membership, role, vxconfigd, release, volboot), the VxVM disks and the disk groups with their volumes. Shared disk
 * groups are one record the whole cluster sees; a private group belongs to the one node that imported it.
 */

/** The activation modes of a shared disk group on a node (seed: ew, ro, sr, sw, off). */
export type ActivationMode = 'exclusive-write' | 'read-only' | 'shared-read' | 'shared-write' | 'off';

/** What `vxclustadm nodestate` says. */
export type CvmNodeState = 'out of cluster' | 'joining' | 'cluster member';

export type CvmRole = 'MASTER' | 'SLAVE' | '';

export interface CvmNode {
	/** The CVM node id (0 to 15), from the cluster manager's configuration. */
	id: number;
	state: CvmNodeState;
	/** Set once a node has joined; empty while out of the cluster or joining ("role not set"). */
	role: CvmRole;
	/** vxconfigd is running on the node. */
	vxconfigd: boolean;
	/** A slave's vxconfigd has (re)connected to the master's: until then its shared groups show disabled. */
	connected: boolean;
	/** The installed VxVM release (a key of RELEASES). */
	release: string;
	/** /etc/vx/volboot: the cluster protocol version and sequence number it records. */
	volboot: {protocol: number; seqno: number};
	/** /etc/default/vxdg as vxconfigd read it when it last started: the mode groups are activated in. */
	defaultActivation: ActivationMode;
	/** Volumes (`dg/vol`) whose DRL image this node left dirty when it crashed: it cannot rejoin until they are recovered. */
	unmerged: string[];
	/** Disks (device names) this node has lost its path to. */
	lostPaths: string[];
	/** Devices suppressed from VxVM's view on this node (/etc/vx/vxvm.exclude, read by vxdctl enable). */
	excluded?: string[];
}

export interface IoStats {
	reads: number;
	writes: number;
	readBlocks: number;
	writeBlocks: number;
	/** Total service time, ms (averaged per operation when shown). */
	readMs: number;
	writeMs: number;
}

export interface Subdisk {
	name: string;
	/** The disk media name (disk01). */
	disk: string;
	offset: number;
	/** Sectors. */
	length: number;
}

export interface Plex {
	name: string;
	/** A data plex, or a dirty region log. */
	kind: 'data' | 'log';
	layout: 'CONCAT' | 'STRIPE' | 'RAID';
	subdisks: Subdisk[];
	/** Detached (disk failure): ACTIVE otherwise. */
	state: 'ACTIVE' | 'NODEVICE' | 'STALE';
}

export type VolumeLayout = 'concat' | 'stripe' | 'mirror' | 'raid5';

export interface Volume {
	name: string;
	/** Sectors (512 bytes). */
	length: number;
	layout: VolumeLayout;
	/** Only one node at a time may open it. */
	exclusive: boolean;
	plexes: Plex[];
	/** Opens by node (the same node may open it several times). */
	opens: Record<string, number>;
	/** Writes not yet known to be on every mirror: needs resynchronization (NEEDSYNC) once the writer crashed. */
	needsSync: boolean;
	/** The DRL log is too small for the cluster or was imported from elsewhere: recovery is full. */
	logInvalid?: boolean;
	stats: Record<string, IoStats>;
}

export interface DiskGroup {
	name: string;
	/** dgid: seconds.sequence.hostname of its creation. */
	id: string;
	/** Its disks are marked with the cluster id: imported on every member, re-imported when the cluster starts. */
	shared: boolean;
	/** A shared group: imported in the cluster. A private group: see host. */
	imported: boolean;
	/** The node a private group is imported on ('' when deported). */
	host: string;
	noautoimport: boolean;
	/** Connectivity (disk detach) policy of a shared group. */
	detachPolicy: 'global' | 'local';
	version: number;
	/** Disk media name → device (disk access name). */
	disks: Record<string, string>;
	volumes: Record<string, Volume>;
	/** Each member's activation mode (shared groups). */
	activation: Record<string, ActivationMode>;
	/** Disks (media names) detached: everywhere (`*`) or on the listed nodes only (local policy). */
	detached: Record<string, string[]>;
	/** Config sequence number (seqno=0.N). */
	seqno: number;
	/** Disk media names kept without a device (vxdg -k rmdisk, a disk removed for replacement), until vxdg -k adddisk. */
	removed?: string[];
}

export interface VxDisk {
	device: string;
	diskId: string;
	/** Public region, sectors. */
	publen: number;
	/** The nodes physically attached to it. */
	reach: string[];
	/** The disk group (dgid) it belongs to, if any. */
	group?: string;
	/** Marked as a spare for its disk group (vxedit set spare=on): kept for hot-relocation, never allocated. */
	spare?: boolean;
	/** Excluded from hot-relocation use (vxedit set nohotuse=on). */
	nohotuse?: boolean;
	/** Disabled by vxdisk offline: VxVM does not access it. */
	offline?: boolean;
}

export interface VxvmState {
	/** The cluster id stamped on the disks of shared groups (clusterid). */
	cluster: string;
	/** The cluster protocol version the cluster runs. */
	protocol: number;
	nodes: Record<string, CvmNode>;
	disks: Record<string, VxDisk>;
	/** Disk groups by dgid. */
	groups: Record<string, DiskGroup>;
	/** Last sequence number handed out for ids. */
	seq: number;
	/** A volume transaction in progress on the master (held by the simulation: hasmit_vxtxn). */
	transaction?: VolumeTransaction;
	/** Lines of the last cluster reconfiguration, as vxclustadm -v nodestate shows. */
	reconfig?: string[];
}

/** A vxassist make the master has begun: checked by every vxconfigd (`checking`), or with the kernels committing (`commit`). */
export interface VolumeTransaction {
	/** The command line, as the logs show it. */
	line: string;
	phase: 'checking' | 'commit';
	group: string;
	volume: string;
	/** Sectors. */
	length: number;
	attributes: {layout: VolumeLayout; nmirror: number; ncol: number; exclusive: boolean; log: boolean};
}
