/**
 * The rules a resource group definition must keep, from the planning guide:
 * valid nodes and policy combinations, resources that exist, a volume group
 * (with its logical volumes) in one group only, no file systems in a
 * concurrent group, NFS exports only with file systems mounted before the
 * IP address is configured. Editing commands refuse a change that breaks
 * one; clverify reports them.
 */
import type {ClusterConfig, ResourceGroup} from '../config.js';
import {fileSystemsOf} from '../lvm-ops.js';
import type {ClusterState} from '../state.js';
import * as msg from './messages.js';
import {DNP_POLICIES, usesRunTimePolicies} from './policies.js';
import type {DeepReadonly} from '../readonly.js';

/** The volume group a file system is on, as the first of `nodes` that knows it sees it. */
function volumeGroupOfFileSystem(state: DeepReadonly<ClusterState>, nodes: readonly string[], mountPoint: string): string | undefined {
	for (const node of nodes) {
		const lvm = state.nodes[node]?.lvm;
		const entry = lvm?.filesystems[mountPoint];
		if (!lvm || !entry) continue;
		const lv = entry.dev.replace('/dev/', '');
		const vg = Object.keys(lvm.volumeGroups).find(name => lvm.volumeGroups[name]!.lvs.includes(lv));
		if (vg) return vg;
	}
	return undefined;
}

/** The file systems on a volume group, as the first of `nodes` that has it imported sees them. */
function fileSystemsOnVolumeGroup(state: DeepReadonly<ClusterState>, nodes: readonly string[], vgName: string): string[] {
	const node = nodes.find(n => state.nodes[n]?.lvm.volumeGroups[vgName]);
	return node ? fileSystemsOf(state, node, vgName) : [];
}

export interface GroupStorage {
	volumeGroups: string[];
	fileSystems: readonly string[];
}

/** The shared storage a group uses: its volume groups with those of its file systems, and the file systems it mounts. */
export function groupStorage(state: DeepReadonly<ClusterState>, group: DeepReadonly<ResourceGroup>): GroupStorage {
	const {volumeGroups, filesystems} = group.resources;
	const fsVgs = filesystems.map(fs => volumeGroupOfFileSystem(state, group.nodes, fs)).filter((vg): vg is string => vg !== undefined);
	const vgs = [...new Set([...volumeGroups, ...fsVgs])];
	const fileSystems = filesystems.length > 0 ? filesystems : volumeGroups.flatMap(vg => fileSystemsOnVolumeGroup(state, group.nodes, vg));
	return {volumeGroups: vgs, fileSystems};
}

/** Which groups use each service label, application server and volume group, and each group's storage. */
export interface GroupIndex {
	storage: Map<string, GroupStorage>;
	users: {label: Map<string, string[]>; server: Map<string, string[]>; vg: Map<string, string[]>};
}

export function indexGroups(state: DeepReadonly<ClusterState>, config: DeepReadonly<ClusterConfig>): GroupIndex {
	const index: GroupIndex = {storage: new Map(), users: {label: new Map(), server: new Map(), vg: new Map()}};
	const use = (map: Map<string, string[]>, key: string, group: string) => map.set(key, [...(map.get(key) ?? []), group]);
	for (const group of Object.values(config.resourceGroups)) {
		const storage = groupStorage(state, group);
		index.storage.set(group.name, storage);
		for (const label of group.resources.serviceLabels) use(index.users.label, label, group.name);
		for (const server of group.resources.appServers) use(index.users.server, server, group.name);
		for (const vg of storage.volumeGroups) use(index.users.vg, vg, group.name);
	}
	return index;
}

/**
 * What is wrong with a group's definition in this configuration (empty when
 * nothing is). Checking every group, index the configuration once.
 */
export function groupProblems(
	state: DeepReadonly<ClusterState>,
	config: DeepReadonly<ClusterConfig>,
	group: DeepReadonly<ResourceGroup>,
	index = indexGroups(state, config),
): string[] {
	const problems: string[] = [];
	const {name, resources} = group;
	const clusterNodes = config.nodes.map(n => n.name);
	const otherUser = (map: Map<string, string[]>, key: string) => map.get(key)?.find(g => g !== name);

	if (group.nodes.length === 0) problems.push(msg.noNodes(name));
	const unknown = group.nodes.filter(n => !clusterNodes.includes(n));
	if (unknown.length > 0) problems.push(msg.groupUsesNonNodes(name, unknown));
	// A name twice in a list would be acquired twice (an address on two interfaces, a VG varied on again).
	const lists: Array<[string, readonly string[]]> = [
		['Node', group.nodes],
		['Service IP label', resources.serviceLabels],
		['Application server', resources.appServers],
		['Volume group', resources.volumeGroups],
		['File system', resources.filesystems],
		['Exported file system', resources.exportFs],
		['NFS mount', resources.nfsMounts],
		['Disk', resources.rawDisks],
	];
	for (const [what, items] of lists) {
		const twice = items.find((item, i) => items.indexOf(item) !== i);
		if (twice !== undefined) problems.push(msg.listedTwice(what, twice, name));
	}

	if (group.startup === 'OAAN' && (group.fallover !== 'BO' || group.fallback !== 'NFB')) problems.push(msg.allNodesPolicies(name));
	if (group.startup === 'OUDP' && (group.fallback !== 'NFB' || group.fallover === 'BO')) problems.push(msg.distributionPolicies(name));
	if (group.dnpPolicy && !DNP_POLICIES[group.dnpPolicy]) problems.push(msg.notDnpPolicy(group.dnpPolicy, Object.keys(DNP_POLICIES)));
	if (group.dnpPolicy && (group.type === 'rotating' || group.type === 'concurrent')) problems.push(msg.noDnpForType(name, group.type));
	if (group.fallbackTimer) {
		if (!usesRunTimePolicies(group)) problems.push(msg.timerForCustomOnly(name, group.type));
		else if (group.fallback !== 'FBHPN') problems.push(msg.timerNeedsFallback(name, group.fallbackTimer));
		if (!config.fallbackTimers?.[group.fallbackTimer]) problems.push(msg.notDefined(msg.TIMER_POLICY, group.fallbackTimer));
	}

	for (const labelName of resources.serviceLabels) {
		const label = config.ipLabels[labelName];
		if (label?.role !== 'service') {
			problems.push(msg.notServiceLabel(labelName));
			continue;
		}
		if (label.node && !group.nodes.includes(label.node)) problems.push(msg.labelBoundElsewhere(labelName, label.node, name));
		const holder = !label.node && otherUser(index.users.label, labelName);
		if (holder) problems.push(msg.alreadyInGroup('Service IP label', labelName, holder));
	}
	for (const server of resources.appServers) {
		if (!config.appServers[server]) problems.push(msg.notServer(server));
		const holder = otherUser(index.users.server, server);
		if (holder) problems.push(msg.alreadyInGroup('Application server', server, holder));
	}

	const mine = index.storage.get(name) ?? groupStorage(state, group);
	for (const fs of resources.filesystems) {
		if (!volumeGroupOfFileSystem(state, group.nodes, fs)) problems.push(msg.notOnParticipatingNodes('File system', fs, name));
	}
	for (const vg of resources.volumeGroups) {
		if (!group.nodes.some(n => state.nodes[n]?.lvm.volumeGroups[vg])) problems.push(msg.notOnParticipatingNodes('Volume group', vg, name));
	}
	for (const vg of mine.volumeGroups) {
		for (const other of index.users.vg.get(vg) ?? []) {
			if (other !== name) problems.push(msg.volumeGroupInOtherGroup(vg, other));
		}
	}
	if (group.startup === 'OAAN' && mine.fileSystems.length > 0) {
		problems.push(msg.concurrentFileSystems(name, mine.fileSystems));
	}
	if (resources.exportFs.length > 0) {
		if (!resources.fsBeforeIp) problems.push(msg.exportNeedsFsBeforeIp(name));
		for (const dir of resources.exportFs) {
			if (!mine.fileSystems.some(fs => dir === fs || dir.startsWith(`${fs}/`))) problems.push(msg.exportOutsideGroup(dir, name));
		}
	}
	return problems;
}
