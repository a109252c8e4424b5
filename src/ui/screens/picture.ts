/**
 * The picture of the cluster, drawn from the state alone (pure): a box per
 * node with its cluster manager state, its interfaces and the labels on
 * them, the disk heartbeat devices, the volume groups it has varied on (with
 * their disks, a failed one marked) and
 * where each resource group is; under the boxes a line per network, joined
 * to each node on it (`+`, or `x` when every interface of the node on it is
 * down). Nodes that do not fit across are drawn on further pages.
 */
import {dcdOf, isSerialNetwork, runningConfig, type ClusterConfig} from '../../cluster/config.js';
import type {DeepReadonly} from '../../cluster/readonly.js';
import type {ClusterState} from '../../cluster/state.js';
import {cutToWidth, padToWidth} from '../../command/display-width.js';
import type {Language} from '../../command/language.js';

type State = DeepReadonly<ClusterState>;
type Config = DeepReadonly<ClusterConfig>;

/** Columns of a node box, and the gap between boxes. */
const MIN_BOX = 30;
const GAP = 2;

/** The picture's own words (names and states stay as the cluster reports them). */
const WORDS = {
	en: {
		title: (cluster: string, nodes: number, groups: number) => `Cluster ${cluster}: ${nodes} nodes, ${groups} resource groups`,
		key: '+ node on a network, x: all its interfaces on it down; hdiskN!: a failed disk.',
		popup: 'CLUSTER PICTURE',
	},
	zh: {
		title: (cluster: string, nodes: number, groups: number) => `集群 ${cluster}：${nodes} 个节点，${groups} 个资源组`,
		key: '+ 节点在网络上，x：它在该网络上的所有接口都已关闭；hdiskN!：发生故障的磁盘。',
		popup: '集群图',
	},
} satisfies Record<Language, unknown>;

/** The title of the F12 pop-up that shows the picture. */
export const pictureTitle = (language: Language) => WORDS[language].popup;

const fit = (text: string, width: number) => cutToWidth(padToWidth(text, width), width, '~');

/** What a node's box says, line by line (without its frame). */
function nodeLines(state: State, config: Config, node: string, labelWidth: number): string[] {
	const runtime = state.nodes[node]!;
	const lines: string[] = [];
	for (const [name, iface] of Object.entries(runtime.interfaces)) {
		const [first = '-', ...aliases] = iface.addresses;
		const role = config.ipLabels[first]?.role;
		lines.push(`${name.padEnd(4)} ${first.padEnd(labelWidth)} ${(iface.up ? 'up' : 'DOWN').padEnd(4)} ${role && role !== 'boot' ? role : ''}`);
		for (const alias of aliases) lines.push(`     ${alias.padEnd(labelWidth)} ${config.ipLabels[alias]?.role ?? ''}`);
	}
	for (const device of Object.values(config.devices).filter(d => d.node === node)) lines.push(`${device.device} ${device.network}`);
	for (const [vg, mode] of Object.entries(runtime.lvm.varyon)) {
		if (vg === 'rootvg') continue;
		// Its disks as this node names them; a failed one marked !.
		const vgid = runtime.lvm.volumeGroups[vg]?.vgid;
		const disks = Object.values(state.disks).filter(disk => vgid && disk.vgid === vgid);
		lines.push(`VG ${vg} ${mode}: ${disks.map(disk => `${disk.paths[node] ?? disk.pvid}${disk.failed ? '!' : ''}`).join(' ')}`);
	}
	for (const [group, runtimeGroup] of Object.entries(state.resourceGroups)) {
		const where = runtimeGroup.nodes[node];
		if (where) lines.push(`RG ${group.padEnd(14)} ${where}`);
	}
	return lines;
}

/** The networks each node is on: by its interfaces' labels (IP) and its devices (non-IP); `up` when one of them is. */
function attachments(state: State, config: Config, node: string): Map<string, boolean> {
	const on = new Map<string, boolean>();
	const runtime = state.nodes[node]!;
	for (const iface of Object.values(runtime.interfaces))
		for (const label of iface.addresses) {
			const network = config.ipLabels[label]?.network;
			if (network) on.set(network, (on.get(network) ?? false) || iface.up);
		}
	for (const device of Object.values(config.devices)) if (device.node === node) on.set(device.network, true);
	return on;
}

/** One page: the nodes side by side, then the networks under them. */
function page(state: State, config: Config, nodes: readonly string[], width: number): string[] {
	const box = Math.floor((width - GAP * (nodes.length - 1)) / nodes.length);
	const inner = box - 4;
	// The labels' column is as wide as the longest label on these nodes' interfaces.
	const labels = nodes.flatMap(node => Object.values(state.nodes[node]!.interfaces).flatMap(iface => iface.addresses));
	const labelWidth = Math.max(1, ...labels.map(label => label.length));
	const bodies = nodes.map(node => nodeLines(state, config, node, labelWidth));
	const height = Math.max(...bodies.map(b => b.length));
	const rows: string[] = [];
	const across = (cell: (i: number) => string) => nodes.map((_, i) => cell(i)).join(' '.repeat(GAP));
	rows.push(across(i => `+${`- ${nodes[i]} ${state.nodes[nodes[i]!]!.cm} ${'-'.repeat(box)}`.slice(0, box - 2)}+`));
	for (let row = 0; row < height; row++) rows.push(across(i => `| ${fit(bodies[i]![row] ?? '', inner)} |`));
	rows.push(across(() => `+${'-'.repeat(box - 2)}+`));
	const networks = Object.values(config.networks).sort(
		(a, b) => Number(isSerialNetwork(a)) - Number(isSerialNetwork(b)) || (a.name < b.name ? -1 : 1),
	);
	const links = nodes.map(node => attachments(state, config, node));
	const column = (i: number, k: number) => i * (box + GAP) + 3 + 2 * k;
	networks.forEach((network, k) => {
		const drops = Array.from({length: width}, () => ' ');
		const line = Array.from<unknown, string>({length: width}, () => (isSerialNetwork(network) ? '-' : '='));
		nodes.forEach((_, i) => {
			for (let j = k; j < networks.length; j++) if (links[i]!.has(networks[j]!.name)) drops[column(i, j)] = '|';
			const link = links[i]!.get(network.name);
			if (link !== undefined) line[column(i, k)] = link ? '+' : 'x';
		});
		const label = ` ${network.name} (${network.type}, ${network.attr}) `;
		const start = column(0, networks.length) + 2;
		for (let c = 0; c < label.length && start + c < width; c++) if (line[start + c] === '=' || line[start + c] === '-') line[start + c] = label[c]!;
		rows.push(drops.join('').trimEnd(), line.join(''));
	});
	return rows;
}

/**
 * The picture at `width` columns: a header, then a page per group of nodes
 * that fits across; `compact` (in a pop-up) drops the blank line and the key.
 */
export function clusterPicture(state: State, width = 80, compact = false, language: Language = 'en'): string[] {
	const names = Object.keys(state.nodes);
	const config = runningConfig(state) ?? dcdOf(state, names[0]!);
	const perPage = Math.max(1, Math.min(names.length, Math.floor((width + GAP) / (MIN_BOX + GAP))));
	const lines = [WORDS[language].title(config.cluster.name, names.length, Object.keys(state.resourceGroups).length)];
	if (!compact) lines.push('');
	for (let at = 0; at < names.length; at += perPage) {
		if (at > 0) lines.push('');
		lines.push(...page(state, config, names.slice(at, at + perPage), width));
	}
	if (!compact) lines.push('', WORDS[language].key);
	return lines;
}
