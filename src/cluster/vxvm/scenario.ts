/**
 * `cvm`: four AIX nodes running HACMP with VxVM 3.2 and its cluster functionality licensed (cluster `cvm2`). Each
 * node has its private rootdg; six shared disks are attached to every node and one (c4t7d0) only to teal and giga, for
 * the join rule. Two shared disk groups hold mirrored volumes, group1's vol1 with a dirty region log. Cluster services
 * are down: no node is in the CVM cluster until its cluster manager starts (or vxclustadm startnode).
 */
import type {ClusterConfig} from '../config.js';
import type {ClusterState} from '../state.js';
import {addNode, emptyState, finishScenario, ipLabel} from '../scenarios/build.js';
import {newCvmNode} from './cvm.js';
import {drlBlocks} from './drl.js';
import {newGroup} from './groups.js';
import type {DiskGroup, Plex, Volume, VxDisk, VxvmState} from './types.js';

export const CVM_DESCRIPTION = 'Four nodes with VxVM cluster functionality (CVM): private rootdg on each, two shared disk groups of mirrored volumes';

const NODES = ['teal', 'giga', 'jade', 'ruby'];
/** 9 GB disks: the public region in sectors. */
const PUBLEN = 17678493;
const GB = 2048 * 1024;

function group(name: string, id: string, shared: boolean, host: string, disks: Record<string, string>): DiskGroup {
	return {...newGroup(name, id, shared, host), imported: !shared, disks, seqno: 12};
}

/** A mirrored volume with one subdisk per plex at the start of each disk, and a DRL log after the data if asked. */
function mirrored(name: string, length: number, disks: readonly string[], log?: {disk: string; nodes: number}): Volume {
	const plexes: Plex[] = disks.map((disk, i) => ({
		name: `${name}-0${i + 1}`,
		kind: 'data',
		layout: 'CONCAT',
		subdisks: [{name: `${disk}-01`, disk, offset: 0, length}],
		state: 'ACTIVE',
	}));
	if (log) {
		const subdisks = [{name: `${log.disk}-02`, disk: log.disk, offset: length, length: drlBlocks(length, log.nodes)}];
		plexes.push({name: `${name}-0${disks.length + 1}`, kind: 'log', layout: 'CONCAT', subdisks, state: 'ACTIVE'});
	}
	return {name, length, layout: 'mirror', exclusive: false, plexes, opens: {}, needsSync: false, stats: {}};
}

function vxvmState(nodes: readonly string[]): VxvmState {
	const disks: Record<string, VxDisk> = {};
	const disk = (device: string, diskId: string, reach: readonly string[], dg?: string) => {
		disks[device] = {device, diskId, publen: PUBLEN, reach: [...reach], ...(dg && {group: dg})};
	};
	const groups: Record<string, DiskGroup> = {};
	nodes.forEach((node, i) => {
		const id = `${774215886 + i * 7}.${1025 + i}.${node}`;
		disk(`c0t${i}d0`, `${774215880 + i * 7}.${1001 + i}.${node}`, [node], id);
		groups[id] = group('rootdg', id, false, node, {rootdisk: `c0t${i}d0`});
	});
	const group1 = group('group1', '774222028.1090.teal', true, '', {disk01: 'c4t1d0', disk02: 'c4t2d0'});
	group1.volumes.vol1 = mirrored('vol1', 2 * GB, ['disk01', 'disk02'], {disk: 'disk01', nodes: nodes.length});
	const group2 = group('group2', '774575420.1170.teal', true, '', {disk03: 'c4t3d0', disk04: 'c4t4d0'});
	group2.volumes.vol2 = mirrored('vol2', GB, ['disk03', 'disk04']);
	groups[group1.id] = group1;
	groups[group2.id] = group2;
	disk('c4t1d0', '963616090.1034.cvm2', nodes, group1.id);
	disk('c4t2d0', '963616090.1035.cvm2', nodes, group1.id);
	disk('c4t3d0', '963616090.1036.cvm2', nodes, group2.id);
	disk('c4t4d0', '963616090.1037.cvm2', nodes, group2.id);
	disk('c4t5d0', '963616090.1038.cvm2', nodes);
	disk('c4t6d0', '963616090.1039.cvm2', nodes);
	disk('c4t7d0', '963616090.1040.cvm2', nodes.slice(0, 2));
	return {cluster: 'cvm2', protocol: 20, nodes: Object.fromEntries(nodes.map((n, i) => [n, newCvmNode(i, '3.2')])), disks, groups, seq: 1200};
}

export const cvmScenario = (clock: number) => cvmCluster(clock, NODES);

/** The cvm scenario's cluster with these nodes (the first two reach c4t7d0): the benchmark takes 16. */
export function cvmCluster(clock: number, nodes: readonly string[]): ClusterState {
	const state = emptyState('cvm', clock);
	nodes.forEach((name, i) => addNode(state, name, {interfaces: ['en0', 'en1'], pvidSeed: `00c7d1a${i.toString(16)}b2c3d4e5`}));
	for (const name of nodes) {
		const node = state.nodes[name]!;
		node.filesets.VRTSvxvm = '3.2.0.0';
		node.filesets.VRTSvmpro = '3.2.0.0';
	}
	state.vxvm = vxvmState(nodes);
	const config: ClusterConfig = {
		cluster: {name: 'cvm2', id: 2},
		nodes: nodes.map(name => ({name, commPath: `${name}_boot1`})),
		networks: {net_ether_01: {name: 'net_ether_01', type: 'ether', attr: 'public', ipat: 'aliasing', netmask: '255.255.255.0'}},
		ipLabels: Object.fromEntries(
			nodes
				.flatMap((node, i) => [
					ipLabel(`${node}_boot1`, `192.168.30.${11 + i}`, 'net_ether_01', 'boot', node, 'en0'),
					ipLabel(`${node}_boot2`, `192.168.31.${11 + i}`, 'net_ether_01', 'boot', node, 'en1'),
				])
				.map(l => [l.label, l]),
		),
		devices: {},
		resourceGroups: {},
		appServers: {},
		appMonitors: {},
		eventScripts: {},
	};
	return finishScenario(state, config);
}
