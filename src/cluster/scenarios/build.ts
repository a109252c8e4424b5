/**
 * Pieces the embedded scenarios are assembled from: an AIX node with its
 * rootvg and base subsystems, shared disks, volume groups as mkvg/mklv/crfs
 * would leave them, and the cluster's configuration stored as every node's DCD.
 */
import type {ClusterConfig, GroupResources, IpLabel, ResourceGroup} from '../config.js';
import {emptyResources} from '../config.js';
import {newLogicalVolume, type FileSystemDef, type LogicalVolume, type LvType, type PpExtent, type VolumeGroupOnDisk} from '../lvm.js';
import {STATE_FORMAT, STATE_VERSION, type ClusterState, type NodeState} from '../state.js';
import {baseSubsystems} from '../subsystems.js';
import {nodeFiles} from './files.js';
import {vgdaTimestamp} from '../clock.js';
import {DEFAULT_RELEASE, profileOf} from '../release/index.js';
import {hacmpFilesets} from '../release/apply.js';

export function emptyState(scenario: string, clock: number): ClusterState {
	return {
		format: STATE_FORMAT,
		version: STATE_VERSION,
		release: DEFAULT_RELEASE,
		scenario,
		clock,
		lastPid: 100000,
		configs: {},
		lastConfigId: 0,
		nodes: {},
		disks: {},
		vgda: {},
		resourceGroups: {},
		queue: [],
	};
}

/** Store a configuration as the DCD of every node, cluster services down. */
function installConfig(state: ClusterState, config: ClusterConfig): void {
	const id = `c${++state.lastConfigId}`;
	state.configs[id] = config;
	for (const node of config.nodes) state.nodes[node.name]!.dcd = id;
}

/** An AIX node as it boots: rootvg on hdisk0, clcomdES and the cluster manager waiting in ST_INIT. */
export function addNode(state: ClusterState, name: string, options: {interfaces: string[]; pvidSeed: string}): NodeState {
	const node: NodeState = {
		dcd: '',
		acd: null,
		cm: 'ST_INIT',
		forcedDown: false,
		subsystems: baseSubsystems(state),
		inittab: [
			'init:2:initdefault:',
			'brc::sysinit:/sbin/rc.boot 3 >/dev/console 2>&1 # Phase 3 of system boot',
			'rc:23456789:wait:/etc/rc 2>&1 | alog -tboot > /dev/console # Multi-User checks',
			'srcmstr:23456789:respawn:/usr/sbin/srcmstr # System Resource Controller',
			'rctcpip:23456789:wait:/etc/rc.tcpip > /dev/console 2>&1 # Start TCP/IP daemons',
			...profileOf(state).inittab,
		],
		files: {},
		interfaces: Object.fromEntries(options.interfaces.map(iface => [iface, {addresses: [], up: true}])),
		lvm: {
			volumeGroups: {},
			varyon: {},
			filesystems: {},
			mounts: {},
			reservedMajors: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38],
		},
		apps: {},
		metrics: {freeCpu: 70, freeMemMb: 2048, diskBusy: 10},
		filesets: hacmpFilesets(profileOf(state)),
		varFreeMb: 512,
	};
	state.nodes[name] = node;
	const pvid = `${options.pvidSeed}00000000`.slice(0, 16);
	state.disks[pvid] = {pvid, sizeMb: 36864, paths: {[name]: 'hdisk0'}};
	addVolumeGroup(state, {
		name: 'rootvg',
		vgid: `${pvid.slice(0, 8)}000000${pvid.slice(-2)}`,
		pvids: [pvid],
		ppSizeMb: 64,
		major: 10,
		nodes: [name],
		varyon: 'active',
		quorum: true,
	});
	const rootvg = rootvgOf(state, name);
	for (const [lv, type, lps, mount] of ROOTVG_LVS) addLogicalVolume(rootvg, {name: lv, type, lps, disks: [[pvid]], label: mount});
	for (const [lv, type, lps, mount] of ROOTVG_LVS) {
		if (!mount || (type !== 'jfs2' && type !== 'jfs')) continue;
		rootvg.filesystems[mount] = {vfs: 'jfs2', mountPoint: mount, lv, log: 'hd8', sizeBlocks: lps * 64 * 2048, permissions: 'rw', options: ''};
		node.lvm.filesystems[mount] = {dev: `/dev/${lv}`, vfs: 'jfs2', log: '/dev/hd8', mount: 'automatic', options: '', account: 'false'};
		node.lvm.mounts[mount] = {dev: `/dev/${lv}`, vfs: 'jfs2', options: 'rw,log=/dev/hd8', at: state.clock};
	}
	node.lvm.volumeGroups.rootvg!.lvs = Object.keys(rootvg.lvs);
	return node;
}

const ROOTVG_LVS: Array<[string, LvType, number, string]> = [
	['hd5', 'boot', 1, 'N/A'],
	['hd6', 'paging', 16, 'N/A'],
	['hd8', 'jfs2log', 1, 'N/A'],
	['hd4', 'jfs2', 4, '/'],
	['hd2', 'jfs2', 32, '/usr'],
	['hd9var', 'jfs2', 8, '/var'],
	['hd3', 'jfs2', 4, '/tmp'],
	['hd1', 'jfs2', 1, '/home'],
	['hd10opt', 'jfs2', 4, '/opt'],
];

function rootvgOf(state: ClusterState, node: string): VolumeGroupOnDisk {
	return state.vgda[state.nodes[node]!.lvm.volumeGroups.rootvg!.vgid]!;
}

/** A shared disk seen by the given nodes under the given hdisk names. */
export function addDisk(state: ClusterState, pvid: string, paths: Record<string, string>, sizeMb = 36864): void {
	state.disks[pvid] = {pvid, sizeMb, paths};
}

export interface VolumeGroupSpec {
	name: string;
	vgid: string;
	pvids: string[];
	ppSizeMb: number;
	major: number;
	/** Nodes whose ODM knows the VG (imported there). */
	nodes: string[];
	concurrent?: boolean;
	quorum?: boolean;
	/** Node where it is varied on, if any. */
	varyon?: 'active';
}

/** A volume group as mkvg on one node and importvg on the others leave it. */
export function addVolumeGroup(state: ClusterState, spec: VolumeGroupSpec): VolumeGroupOnDisk {
	const timestamp = vgdaTimestamp(state.clock);
	const vg: VolumeGroupOnDisk = {
		vgid: spec.vgid,
		name: spec.name,
		ppSizeMb: spec.ppSizeMb,
		pvids: spec.pvids,
		quorum: spec.quorum ?? true,
		concurrent: spec.concurrent ?? false,
		timestamp,
		lvs: {},
		filesystems: {},
		maxLvs: 256,
		factor: 1,
		maxPvs: 32,
	};
	state.vgda[vg.vgid] = vg;
	for (const pvid of spec.pvids) state.disks[pvid]!.vgid = vg.vgid;
	for (const node of spec.nodes) {
		state.nodes[node]!.lvm.volumeGroups[spec.name] = {
			vgid: vg.vgid,
			major: spec.major,
			timestamp,
			autoVaryon: spec.name === 'rootvg',
			pvids: [...spec.pvids],
			lvs: [],
		};
	}
	if (spec.varyon) for (const node of spec.nodes) state.nodes[node]!.lvm.varyon[spec.name] = spec.varyon;
	return vg;
}

/**
 * A logical volume with one copy per entry of `disks`, each copy spread over
 * the listed disks and placed after what the VG already uses on them.
 */
export function addLogicalVolume(
	vg: VolumeGroupOnDisk,
	spec: {name: string; type: LvType; lps: number; disks: string[][]; label?: string},
): LogicalVolume {
	const nextFree = new Map<string, number>();
	for (const lv of Object.values(vg.lvs)) {
		for (const extent of lv.copies.flat()) nextFree.set(extent.pvid, Math.max(nextFree.get(extent.pvid) ?? 1, extent.first + extent.pps));
	}
	const copies: PpExtent[][] = spec.disks.map(disks => {
		const per = Math.ceil(spec.lps / disks.length);
		let left = spec.lps;
		return disks.map(pvid => {
			const pps = Math.min(per, left);
			const first = nextFree.get(pvid) ?? 1;
			nextFree.set(pvid, first + pps);
			left -= pps;
			return {pvid, first, pps};
		});
	});
	const id = Object.keys(vg.lvs).length + 1;
	// Placed from the first partition on, as mklv -a e would: lslv reports that policy.
	const lv: LogicalVolume = {...newLogicalVolume(spec.name, id, spec.type, spec.lps), copies, label: spec.label ?? 'None', intraPolicy: 'edge'};
	vg.lvs[lv.name] = lv;
	return lv;
}

/** A file system on an existing LV, and its /etc/filesystems stanza on the given nodes. */
export function addFileSystem(state: ClusterState, vg: VolumeGroupOnDisk, fs: FileSystemDef, nodes: string[]): void {
	vg.filesystems[fs.mountPoint] = fs;
	vg.lvs[fs.lv]!.label = fs.mountPoint;
	for (const node of nodes) {
		const lvm = state.nodes[node]!.lvm;
		lvm.filesystems[fs.mountPoint] = {
			dev: `/dev/${fs.lv}`,
			vfs: fs.vfs,
			log: `/dev/${fs.log}`,
			mount: 'false',
			options: fs.permissions,
			account: 'false',
		};
		lvm.volumeGroups[vg.name]!.lvs = Object.keys(vg.lvs);
	}
}

/** Refresh every node's list of a VG's LVs after the scenario added them. */
export function recordLogicalVolumes(state: ClusterState, vg: VolumeGroupOnDisk): void {
	for (const node of Object.values(state.nodes)) {
		const imported = node.lvm.volumeGroups[vg.name];
		if (imported?.vgid === vg.vgid) imported.lvs = Object.keys(vg.lvs);
	}
}

export function ipLabel(label: string, address: string, network: string, role: IpLabel['role'], node?: string, iface?: string): IpLabel {
	return {label, address, network, role, ...(node && {node}), ...(iface && {iface})};
}

export function customGroup(
	name: string,
	nodes: string[],
	policies: Pick<ResourceGroup, 'startup' | 'fallover' | 'fallback'>,
	resources: Partial<GroupResources>,
): ResourceGroup {
	return {name, nodes, type: 'custom', ...policies, resources: {...emptyResources(), ...resources}};
}

/**
 * Finish a scenario: the configuration becomes every node's DCD, boot
 * addresses come up on their interfaces (AIX does that at boot), each node
 * gets its files, and every group starts OFFLINE everywhere.
 */
export function finishScenario(state: ClusterState, config: ClusterConfig): ClusterState {
	installConfig(state, config);
	for (const label of Object.values(config.ipLabels)) {
		if (label.role !== 'boot' || !label.node || !label.iface) continue;
		state.nodes[label.node]!.interfaces[label.iface]!.addresses = [label.label];
	}
	const files = nodeFiles(config);
	for (const node of config.nodes) state.nodes[node.name]!.files = {...files};
	for (const group of Object.values(config.resourceGroups)) {
		state.resourceGroups[group.name] = {nodes: Object.fromEntries(group.nodes.map(n => [n, 'OFFLINE' as const]))};
	}
	return state;
}
