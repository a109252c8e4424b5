/**
 * `mutual-takeover`: each node is home to one application and the backup of
 * the other's (rg_db on nodea, rg_web on nodeb). The ether network uses IPAT
 * via IP replacement: service addresses share the boot subnet and a takeover
 * lands on the other node's standby interface. The shared disks have
 * different hdisk names on the two nodes, as they often do.
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

export const MUTUAL_TAKEOVER_DESCRIPTION = 'Two nodes, each home to one group and backup of the other (IPAT via replacement)';

export function mutualTakeover(clock: number): ClusterState {
	const state = emptyState('mutual-takeover', clock);
	const nodes = ['nodea', 'nodeb'];
	nodes.forEach((name, i) => addNode(state, name, {interfaces: ['en0', 'en1'], pvidSeed: `00f6a1c${i + 1}d2e3f4a5`}));

	// nodeb has a second internal disk (hdisk1), so its shared disks are numbered one higher.
	const shared = ['00f6a1d0b1c2d301', '00f6a1d0b1c2d302', '00f6a1d0b1c2d303', '00f6a1d0b1c2d304', '00f6a1d0b1c2d305'];
	shared.forEach((pvid, i) => addDisk(state, pvid, {nodea: `hdisk${i + 1}`, nodeb: `hdisk${i + 2}`}));

	addVolumeGroup(state, {name: 'hbvg', vgid: '00f6a1d000004c01', pvids: [shared[0]!], ppSizeMb: 64, major: 52, nodes, concurrent: true});
	const dbvg = addVolumeGroup(state, {name: 'dbvg', vgid: '00f6a1d000004c02', pvids: [shared[1]!, shared[2]!], ppSizeMb: 64, major: 50, nodes});
	addLogicalVolume(dbvg, {name: 'dbloglv', type: 'jfs2log', lps: 1, disks: [[shared[1]!], [shared[2]!]]});
	addLogicalVolume(dbvg, {name: 'dblv', type: 'jfs2', lps: 80, disks: [[shared[1]!], [shared[2]!]]});
	recordLogicalVolumes(state, dbvg);
	addFileSystem(
		state,
		dbvg,
		{vfs: 'jfs2', mountPoint: '/db', lv: 'dblv', log: 'dbloglv', sizeBlocks: 80 * 64 * 2048, permissions: 'rw', options: ''},
		nodes,
	);
	const webvg = addVolumeGroup(state, {name: 'webvg', vgid: '00f6a1d000004c03', pvids: [shared[3]!], ppSizeMb: 64, major: 51, nodes});
	addLogicalVolume(webvg, {name: 'webloglv', type: 'jfslog', lps: 1, disks: [[shared[3]!]]});
	addLogicalVolume(webvg, {name: 'weblv', type: 'jfs', lps: 32, disks: [[shared[3]!]]});
	recordLogicalVolumes(state, webvg);
	addFileSystem(
		state,
		webvg,
		{vfs: 'jfs', mountPoint: '/web', lv: 'weblv', log: 'webloglv', sizeBlocks: 32 * 64 * 2048, permissions: 'rw', options: ''},
		nodes,
	);

	const config: ClusterConfig = {
		cluster: {name: 'mutualclus', id: 2},
		nodes: nodes.map(name => ({name, commPath: `${name}_boot`})),
		networks: {
			net_ether_01: {name: 'net_ether_01', type: 'ether', attr: 'public', ipat: 'replacement', netmask: '255.255.255.0'},
			net_diskhb_01: {name: 'net_diskhb_01', type: 'diskhb', attr: 'serial', ipat: 'aliasing', netmask: ''},
		},
		ipLabels: Object.fromEntries(
			[
				ipLabel('nodea_boot', '172.16.1.11', 'net_ether_01', 'boot', 'nodea', 'en0'),
				ipLabel('nodea_stby', '172.16.2.11', 'net_ether_01', 'boot', 'nodea', 'en1'),
				ipLabel('nodeb_boot', '172.16.1.12', 'net_ether_01', 'boot', 'nodeb', 'en0'),
				ipLabel('nodeb_stby', '172.16.2.12', 'net_ether_01', 'boot', 'nodeb', 'en1'),
				ipLabel('db_svc', '172.16.1.21', 'net_ether_01', 'service'),
				ipLabel('web_svc', '172.16.1.22', 'net_ether_01', 'service'),
			].map(l => [l.label, l]),
		),
		devices: {
			nodea_hdisk1_01: {label: 'nodea_hdisk1_01', network: 'net_diskhb_01', node: 'nodea', device: '/dev/hdisk1'},
			nodeb_hdisk2_01: {label: 'nodeb_hdisk2_01', network: 'net_diskhb_01', node: 'nodeb', device: '/dev/hdisk2'},
		},
		resourceGroups: {
			rg_db: customGroup(
				'rg_db',
				['nodea', 'nodeb'],
				{startup: 'OHN', fallover: 'FNPN', fallback: 'FBHPN'},
				{
					serviceLabels: ['db_svc'],
					volumeGroups: ['dbvg'],
					appServers: ['db_srv'],
				},
			),
			rg_web: customGroup(
				'rg_web',
				['nodeb', 'nodea'],
				{startup: 'OHN', fallover: 'FNPN', fallback: 'FBHPN'},
				{
					serviceLabels: ['web_svc'],
					volumeGroups: ['webvg'],
					appServers: ['web_srv'],
				},
			),
		},
		appServers: {
			db_srv: {name: 'db_srv', startScript: '/usr/local/ha/db_start.sh', stopScript: '/usr/local/ha/db_stop.sh'},
			web_srv: {name: 'web_srv', startScript: '/usr/local/ha/web_start.sh', stopScript: '/usr/local/ha/web_stop.sh'},
		},
		appMonitors: {},
		eventScripts: {},
	};
	return finishScenario(state, config);
}
