/**
 * Putting a cluster on a release: what the release's installation leaves on
 * each node (filesets, SRC subsystems, inittab entries, its directory) and
 * the configuration it can hold (4.3 has no custom groups: each becomes
 * the legacy type whose policies it has; nor persistent IP labels; its
 * networks as networks.ts makes them, with /etc/hosts and the serial ports to
 * match; 5.2 has custom groups only: each legacy one becomes the custom group of
 * its policies) and the file systems of its AIX (4.3.3 has JFS only).
 * Only for a cluster whose services are down everywhere (a scenario as loaded).
 */
import type {ClusterConfig, ClusterNode, ResourceGroup} from '../config.js';
import type {LvType} from '../lvm.js';
import {applyLegacyPolicies} from '../rg/policies.js';
import type {ClusterState, NodeState} from '../state.js';
import {nextPid} from '../subsystems.js';
import {entryOf} from '../records.js';
import {networksOf, SERIAL_STAND_IN} from './networks.js';
import {PROFILES, profileOf, type Release, type ReleaseProfile} from './index.js';

/** The filesets a node of this release has installed, at their level. */
export function hacmpFilesets(profile: ReleaseProfile): Record<string, string> {
	return Object.fromEntries(Object.entries(profile.filesets).map(([name, {level}]) => [name, level]));
}

/** The inittab entries that must stay last (HACMP's clinit ones). */
const isLast = (line: string) => /^(pst_)?clinit:/.test(line);

function installOn(state: ClusterState, node: NodeState, from: ReleaseProfile, to: ReleaseProfile): void {
	for (const name of Object.keys(from.filesets)) delete node.filesets[name];
	Object.assign(node.filesets, hacmpFilesets(to));
	node.subsystems = Object.fromEntries(
		to.subsystems.map(s => [s.name, {group: s.group, pid: s.boot ? node.subsystems[s.name]?.pid || nextPid(state) : 0}]),
	);
	const kept = node.inittab.filter(line => !from.inittab.includes(line) && !line.startsWith('hacmp:'));
	node.inittab = [...kept.filter(l => !isLast(l)), ...to.inittab.filter(l => !isLast(l)), ...kept.filter(isLast), ...to.inittab.filter(isLast)];
	const moved = (path: string) =>
		path === from.clusterLog ? to.clusterLog : path.startsWith(`${from.clusterDir}/`) ? to.clusterDir + path.slice(from.clusterDir.length) : path;
	node.files = Object.fromEntries(Object.entries(node.files).map(([path, text]) => [moved(path), text]));
}

/** The legacy type a custom group behaves as (4.3 knows no custom groups): its policies decide. */
function asLegacy(group: ResourceGroup): ResourceGroup {
	const legacy: ResourceGroup = {...group};
	delete legacy.fallbackTimer;
	if (group.startup === 'OAAN') legacy.type = 'concurrent';
	else if (group.startup === 'OUDP') legacy.type = 'rotating';
	else {
		legacy.type = 'cascading';
		legacy.inactiveTakeover = group.startup === 'OFAN';
		legacy.cwof = group.fallback === 'NFB';
		if (group.fallover !== 'FUDNP') delete legacy.dnpPolicy;
	}
	applyLegacyPolicies(legacy);
	return legacy;
}

/**
 * The custom group a legacy one becomes on 5.2, as 5.2's migration converts it: the policies its type and
 * attributes stand for (cascading: OHN, or OFAN with Inactive Takeover; FNPN, or FUDNP with a dynamic node
 * priority; FBHPN, or NFB with CWOF; rotating: OUDP, FNPN, NFB; concurrent: OAAN, BO, NFB), already stored with it.
 */
function asCustom(group: ResourceGroup): ResourceGroup {
	const {inactiveTakeover: _takeover, cwof: _cwof, ...custom} = group;
	return {...custom, type: 'custom'};
}

/** A node as the release names it: 4.3 without a communication path, HACMP 5 by its first boot label (or its name). */
function nodeForRelease(config: ClusterConfig, node: ClusterNode, to: ReleaseProfile): ClusterNode {
	if (!to.nodeCommPaths) return {name: node.name};
	const boot = Object.values(config.ipLabels).find(l => l.node === node.name && l.role === 'boot');
	return {name: node.name, commPath: node.commPath ?? boot?.label ?? node.name};
}

function convertConfig(config: ClusterConfig, to: ReleaseProfile): ClusterConfig {
	const convert = (group: ResourceGroup) =>
		to.groupTypes.includes(group.type) ? group : to.groupTypes.includes('custom') ? asCustom(group) : asLegacy(group);
	const converted: ClusterConfig = {
		...config,
		nodes: config.nodes.map(node => nodeForRelease(config, node, to)),
		...networksOf(config, to),
		resourceGroups: Object.fromEntries(Object.entries(config.resourceGroups).map(([name, group]) => [name, convert(group)])),
	};
	if (!to.groupTypes.includes('custom')) {
		// Settling time, delayed fallback timers and the distribution policy came with custom groups.
		delete converted.settlingTime;
		delete converted.fallbackTimers;
		delete converted.rgDistribution;
	} else if (Object.values(config.resourceGroups).some(group => group.type === 'rotating')) {
		// Rotating groups took one group per network: their Online Using Distribution Policy keeps that (network-based).
		converted.rgDistribution = 'network';
	}
	return converted;
}

/** JFS2 file systems and their logs as JFS ones, on an AIX without JFS2. */
function asJfs(state: ClusterState): void {
	const lvTypes: Partial<Record<LvType, LvType>> = {jfs2: 'jfs', jfs2log: 'jfslog'};
	for (const vg of Object.values(state.vgda)) {
		for (const lv of Object.values(vg.lvs)) lv.type = lvTypes[lv.type] ?? lv.type;
		for (const fs of Object.values(vg.filesystems)) fs.vfs = 'jfs';
	}
	for (const node of Object.values(state.nodes)) {
		for (const entry of Object.values(node.lvm.filesystems)) entry.vfs = 'jfs';
		for (const mount of Object.values(node.lvm.mounts)) if (mount.vfs === 'jfs2') mount.vfs = 'jfs';
	}
}

/** /etc/hosts with the addresses the configuration now gives its labels (a service label moved onto a boot subnet). */
function renumberHosts(node: NodeState, config: ClusterConfig): void {
	const hosts = node.files['/etc/hosts'];
	if (hosts === undefined) return;
	node.files['/etc/hosts'] = hosts.replace(/^(\S+)(\s+)(\S+)$/gm, (line, address: string, space: string, name: string) => {
		const label = entryOf(config.ipLabels, name);
		return label && label.address !== address ? `${label.address}${space}${name}` : line;
	});
}

/** The serial ports the stand-in RS232 links of a node are cabled to. */
function cableSerialPorts(name: string, node: NodeState, config: ClusterConfig): void {
	const ports = Object.values(config.devices)
		.filter(d => d.node === name && entryOf(config.networks, d.network)?.type === SERIAL_STAND_IN.type)
		.map(d => d.device.replace('/dev/', ''));
	if (ports.length > 0) node.serialDevices = [...new Set([...(node.serialDevices ?? ['tty0']), ...ports])];
}

/** A configuration as the release the cluster runs can hold it (a snapshot taken on another release, a state saved before). */
export const configForRelease = (state: Pick<ClusterState, 'release'>, config: ClusterConfig) => convertConfig(config, profileOf(state));

/** A cluster saved before its release was enforced: its configurations as its release can hold them (legacy groups on 5.2). */
export function fitConfigsToRelease(state: ClusterState): void {
	for (const id of Object.keys(state.configs)) state.configs[id] = configForRelease(state, state.configs[id]!);
}

/** Put a cluster whose services are down everywhere on `release`. */
export function setRelease(state: ClusterState, release: Release): void {
	const from = profileOf(state);
	const to = PROFILES[release];
	if (from === to) return;
	state.release = release;
	for (const node of Object.values(state.nodes)) installOn(state, node, from, to);
	for (const id of Object.keys(state.configs)) state.configs[id] = convertConfig(state.configs[id]!, to);
	for (const [name, node] of Object.entries(state.nodes)) {
		renumberHosts(node, state.configs[node.dcd]!);
		cableSerialPorts(name, node, state.configs[node.dcd]!);
	}
	if (!to.fileSystems.includes('jfs2')) asJfs(state);
}
