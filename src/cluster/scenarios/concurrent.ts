/**
 * `concurrent`: three nodes share an enhanced concurrent volume group of raw
 * logical volumes (a parallel database's files; concurrent groups hold no
 * JFS). rg_conc is online on all available nodes and brought offline on a
 * node in error rather than moved.
 */
import type {ClusterConfig} from '../config.js';
import type {ClusterState} from '../state.js';
import {addDisk, addLogicalVolume, addNode, addVolumeGroup, customGroup, emptyState, finishScenario, ipLabel, recordLogicalVolumes} from './build.js';

export const CONCURRENT_DESCRIPTION = 'Three nodes, a concurrent group online on all available nodes (enhanced concurrent VG)';

export function concurrent(clock: number): ClusterState {
	const state = emptyState('concurrent', clock);
	const nodes = ['node1', 'node2', 'node3'];
	nodes.forEach((name, i) => addNode(state, name, {interfaces: ['en0', 'en1'], pvidSeed: `00c9e2a${i + 1}b3c4d5e6`}));
	const shared = ['00c9e2b0c1d2e301', '00c9e2b0c1d2e302', '00c9e2b0c1d2e303', '00c9e2b0c1d2e304'];
	shared.forEach((pvid, i) => addDisk(state, pvid, Object.fromEntries(nodes.map(n => [n, `hdisk${i + 1}`]))));

	const concvg = addVolumeGroup(state, {
		name: 'concvg',
		vgid: '00c9e2b000004c01',
		pvids: [shared[0]!, shared[1]!],
		ppSizeMb: 128,
		major: 55,
		nodes,
		concurrent: true,
	});
	for (const [i, name] of ['oradata01', 'oradata02', 'oraredo01', 'oractl01'].entries()) {
		addLogicalVolume(concvg, {name, type: 'raw', lps: i < 2 ? 40 : 8, disks: [[shared[0]!], [shared[1]!]]});
	}
	recordLogicalVolumes(state, concvg);

	const config: ClusterConfig = {
		cluster: {name: 'concclus', id: 3},
		nodes: nodes.map(name => ({name, commPath: `${name}_boot1`})),
		networks: {
			net_ether_01: {name: 'net_ether_01', type: 'ether', attr: 'public', ipat: 'aliasing', netmask: '255.255.255.0'},
			net_diskhb_01: {name: 'net_diskhb_01', type: 'diskhb', attr: 'serial', ipat: 'aliasing', netmask: ''},
			net_diskhb_02: {name: 'net_diskhb_02', type: 'diskhb', attr: 'serial', ipat: 'aliasing', netmask: ''},
		},
		ipLabels: Object.fromEntries(
			nodes
				.flatMap((node, i) => [
					ipLabel(`${node}_boot1`, `192.168.20.${11 + i}`, 'net_ether_01', 'boot', node, 'en0'),
					ipLabel(`${node}_boot2`, `192.168.21.${11 + i}`, 'net_ether_01', 'boot', node, 'en1'),
					ipLabel(`${node}_svc`, `10.20.10.${11 + i}`, 'net_ether_01', 'service', node),
				])
				.map(l => [l.label, l]),
		),
		devices: {
			// One disk per pair of nodes: a disk may serve only one point-to-point network.
			node1_hdisk3_01: {label: 'node1_hdisk3_01', network: 'net_diskhb_01', node: 'node1', device: '/dev/hdisk3'},
			node2_hdisk3_01: {label: 'node2_hdisk3_01', network: 'net_diskhb_01', node: 'node2', device: '/dev/hdisk3'},
			node2_hdisk4_02: {label: 'node2_hdisk4_02', network: 'net_diskhb_02', node: 'node2', device: '/dev/hdisk4'},
			node3_hdisk4_02: {label: 'node3_hdisk4_02', network: 'net_diskhb_02', node: 'node3', device: '/dev/hdisk4'},
		},
		resourceGroups: {
			rg_conc: customGroup(
				'rg_conc',
				nodes,
				{startup: 'OAAN', fallover: 'BO', fallback: 'NFB'},
				{
					serviceLabels: nodes.map(n => `${n}_svc`),
					volumeGroups: ['concvg'],
					appServers: ['ora_srv'],
				},
			),
		},
		appServers: {ora_srv: {name: 'ora_srv', startScript: '/usr/local/ha/ora_start.sh', stopScript: '/usr/local/ha/ora_stop.sh'}},
		appMonitors: {},
		eventScripts: {},
	};
	// The heartbeat disks belong to an enhanced concurrent VG too (disk heartbeat needs one).
	addVolumeGroup(state, {name: 'hbvg', vgid: '00c9e2b000004c02', pvids: [shared[2]!, shared[3]!], ppSizeMb: 64, major: 56, nodes, concurrent: true});
	return finishScenario(state, config);
}
