/**
 * `two-node`, the sample cluster a first run gets: node1 and node2 on one
 * ether network (boot, service and persistent labels, IPAT via aliasing)
 * and a disk heartbeat network, six shared disks, datavg holding a mirrored
 * JFS2 file system, and rg_app (home node node1, fallover to next, fallback
 * to home) with the service label, datavg and app_srv. Services are down.
 */
import type {ClusterConfig} from '../config.js';
import type {ClusterState} from '../state.js';
import {
	addDisk,
	addFileSystem,
	addLogicalVolume,
	addNode,
	addVolumeGroup,
	customGroup,
	emptyState,
	finishScenario,
	ipLabel,
	recordLogicalVolumes,
} from './build.js';

export const TWO_NODE_DESCRIPTION = 'Two nodes, one resource group (home node node1), services down';

/** hbvg (enhanced concurrent, on the first disk, for disk heartbeat) and datavg (a mirrored JFS2 /data on the next two), on every node. */
export function sharedStorage(state: ClusterState, nodes: string[], shared: readonly string[], [hbvgid, datavgid]: readonly [string, string]): void {
	addVolumeGroup(state, {name: 'hbvg', vgid: hbvgid, pvids: [shared[0]!], ppSizeMb: 64, major: 51, nodes, concurrent: true});
	const datavg = addVolumeGroup(state, {name: 'datavg', vgid: datavgid, pvids: [shared[1]!, shared[2]!], ppSizeMb: 64, major: 50, nodes});
	addLogicalVolume(datavg, {name: 'dataloglv', type: 'jfs2log', lps: 1, disks: [[shared[1]!], [shared[2]!]]});
	addLogicalVolume(datavg, {name: 'datalv', type: 'jfs2', lps: 64, disks: [[shared[1]!], [shared[2]!]]});
	recordLogicalVolumes(state, datavg);
	addFileSystem(
		state,
		datavg,
		{vfs: 'jfs2', mountPoint: '/data', lv: 'datalv', log: 'dataloglv', sizeBlocks: 64 * 64 * 2048, permissions: 'rw', options: ''},
		nodes,
	);
}

export function twoNode(clock: number): ClusterState {
	const state = emptyState('two-node', clock);
	const nodes = ['node1', 'node2'];
	nodes.forEach((name, i) => addNode(state, name, {interfaces: ['en0', 'en1'], pvidSeed: `00c8d7a${i + 1}f1e2d3c4`}));

	const shared = ['00c8d7b0a1b2c301', '00c8d7b0a1b2c302', '00c8d7b0a1b2c303', '00c8d7b0a1b2c304', '00c8d7b0a1b2c305', '00c8d7b0a1b2c306'];
	shared.forEach((pvid, i) => addDisk(state, pvid, {node1: `hdisk${i + 1}`, node2: `hdisk${i + 1}`}));

	sharedStorage(state, nodes, shared, ['00c8d7b000004c01', '00c8d7b000004c02']);

	const config: ClusterConfig = {
		cluster: {name: 'prodcluster', id: 1},
		nodes: nodes.map(name => ({name, commPath: `${name}_boot1`})),
		networks: {
			net_ether_01: {name: 'net_ether_01', type: 'ether', attr: 'public', ipat: 'aliasing', netmask: '255.255.255.0'},
			net_diskhb_01: {name: 'net_diskhb_01', type: 'diskhb', attr: 'serial', ipat: 'aliasing', netmask: ''},
		},
		ipLabels: Object.fromEntries(
			[
				ipLabel('node1_boot1', '192.168.10.11', 'net_ether_01', 'boot', 'node1', 'en0'),
				ipLabel('node1_boot2', '192.168.11.11', 'net_ether_01', 'boot', 'node1', 'en1'),
				ipLabel('node2_boot1', '192.168.10.12', 'net_ether_01', 'boot', 'node2', 'en0'),
				ipLabel('node2_boot2', '192.168.11.12', 'net_ether_01', 'boot', 'node2', 'en1'),
				ipLabel('node1_pers', '10.10.20.11', 'net_ether_01', 'persistent', 'node1'),
				ipLabel('node2_pers', '10.10.20.12', 'net_ether_01', 'persistent', 'node2'),
				ipLabel('app_svc', '10.10.10.100', 'net_ether_01', 'service'),
			].map(l => [l.label, l]),
		),
		devices: {
			node1_hdisk1_01: {label: 'node1_hdisk1_01', network: 'net_diskhb_01', node: 'node1', device: '/dev/hdisk1'},
			node2_hdisk1_01: {label: 'node2_hdisk1_01', network: 'net_diskhb_01', node: 'node2', device: '/dev/hdisk1'},
		},
		resourceGroups: {
			rg_app: customGroup(
				'rg_app',
				nodes,
				{startup: 'OHN', fallover: 'FNPN', fallback: 'FBHPN'},
				{
					serviceLabels: ['app_svc'],
					volumeGroups: ['datavg'],
					appServers: ['app_srv'],
				},
			),
		},
		appServers: {app_srv: {name: 'app_srv', startScript: '/usr/local/ha/start_app.sh', stopScript: '/usr/local/ha/stop_app.sh'}},
		appMonitors: {},
		eventScripts: {},
	};
	return finishScenario(state, config);
}
