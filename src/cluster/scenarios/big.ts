/**
 * `big`, for scale: 32 nodes, 64 resource groups (each on three nodes, home
 * nodes spread round the cluster), 64 mirrored volume groups holding 1,000
 * logical volumes.
 */
import type {ClusterConfig, IpLabel} from '../config.js';
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

export const BIG_DESCRIPTION = '32 nodes, 64 resource groups, 1,000 logical volumes (for scale)';

const two = (n: number) => String(n).padStart(2, '0');
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

export function big(clock: number): ClusterState {
	const state = emptyState('big', clock);
	const nodes = Array.from({length: 32}, (_, i) => `node${two(i + 1)}`);
	nodes.forEach((name, i) => addNode(state, name, {interfaces: ['en0', 'en1'], pvidSeed: `00d1${hex(i, 4)}a0b0c0d0`}));

	const labels: IpLabel[] = nodes.flatMap((node, i) => [
		ipLabel(`${node}_boot1`, `192.168.100.${i + 1}`, 'net_ether_01', 'boot', node, 'en0'),
		ipLabel(`${node}_boot2`, `192.168.101.${i + 1}`, 'net_ether_01', 'boot', node, 'en1'),
	]);
	const config: ClusterConfig = {
		cluster: {name: 'bigcluster', id: 4},
		nodes: nodes.map(name => ({name, commPath: `${name}_boot1`})),
		networks: {net_ether_01: {name: 'net_ether_01', type: 'ether', attr: 'public', ipat: 'aliasing', netmask: '255.255.255.0'}},
		ipLabels: {},
		devices: {},
		resourceGroups: {},
		appServers: {},
		appMonitors: {},
		eventScripts: {},
	};

	let lvCount = 0;
	for (let g = 1; g <= 64; g++) {
		const members = [0, 1, 2].map(k => nodes[(g - 1 + k) % nodes.length]!);
		const pvids = [0, 1].map(d => `00d2${hex(g, 4)}${hex(d, 2)}c1d2e3`);
		pvids.forEach((pvid, d) => addDisk(state, pvid, Object.fromEntries(members.map(n => [n, `hdisk${2 * g + d - 1}`])), 73728));
		const vg = addVolumeGroup(state, {name: `vg${two(g)}`, vgid: `00d2${hex(g, 4)}00004c01`, pvids, ppSizeMb: 128, major: 40 + g, nodes: members});
		const mirror = (name: string, type: 'jfs2' | 'jfs2log' | 'raw', lps: number) =>
			addLogicalVolume(vg, {name, type, lps, disks: [[pvids[0]!], [pvids[1]!]]});
		mirror(`loglv${two(g)}`, 'jfs2log', 1);
		mirror(`fslv${two(g)}`, 'jfs2', 40);
		const raw = g <= 40 ? 14 : 13;
		for (let r = 1; r <= raw; r++) mirror(`lv${two(g)}_${two(r)}`, 'raw', 8);
		lvCount += raw + 2;
		recordLogicalVolumes(state, vg);
		addFileSystem(
			state,
			vg,
			{
				vfs: 'jfs2',
				mountPoint: `/app${two(g)}`,
				lv: `fslv${two(g)}`,
				log: `loglv${two(g)}`,
				sizeBlocks: 40 * 128 * 2048,
				permissions: 'rw',
				options: '',
			},
			members,
		);

		labels.push(ipLabel(`svc${two(g)}`, `10.100.${Math.ceil(g / 200)}.${g}`, 'net_ether_01', 'service'));
		config.appServers[`app${two(g)}`] = {
			name: `app${two(g)}`,
			startScript: `/usr/local/ha/app${two(g)}_start.sh`,
			stopScript: `/usr/local/ha/app${two(g)}_stop.sh`,
		};
		config.resourceGroups[`rg${two(g)}`] = customGroup(
			`rg${two(g)}`,
			members,
			{startup: 'OHN', fallover: 'FNPN', fallback: 'FBHPN'},
			{
				serviceLabels: [`svc${two(g)}`],
				volumeGroups: [`vg${two(g)}`],
				appServers: [`app${two(g)}`],
			},
		);
	}
	if (lvCount !== 1000) throw new Error(`big scenario has ${lvCount} logical volumes, not 1,000`);
	config.ipLabels = Object.fromEntries(labels.map(l => [l.label, l]));

	const finished = finishScenario(state, config);
	// An application's scripts are installed on the nodes of its group only, as clverify asks (copies on
	// all 32 nodes were a third of the state file).
	for (const [name, node] of Object.entries(finished.nodes)) {
		for (const group of Object.values(config.resourceGroups)) {
			if (group.nodes.includes(name)) continue;
			for (const app of group.resources.appServers) {
				delete node.files[config.appServers[app]!.startScript];
				delete node.files[config.appServers[app]!.stopScript];
			}
		}
	}
	return finished;
}
