/**
 * Which volume groups are shared: in a resource group, or defined on more
 * than one node. C-SPOC's lists and SMIT's pickers show these, with the
 * group that holds each and the nodes that know it.
 */
import type {ClusterState} from '../../cluster/state.js';
import {dcdOf} from '../../cluster/config.js';
import {canChange, vgNameOn} from '../../cluster/lvm.js';
import type {DeepReadonly} from '../../cluster/readonly.js';

export interface SharedVolumeGroup {
	name: string;
	vgid: string;
	/** The resource group holding it, if any. */
	group?: string;
	/** Nodes whose ODM defines it (by VGID), in cluster order. */
	nodes: string[];
}

export function sharedVolumeGroups(state: DeepReadonly<ClusterState>, node: string): SharedVolumeGroup[] {
	const config = dcdOf(state, node);
	const order = config.nodes.map(n => n.name);
	const byVgid = new Map<string, SharedVolumeGroup>();
	for (const name of order) {
		for (const [vgName, imported] of Object.entries(state.nodes[name]?.lvm.volumeGroups ?? {})) {
			const entry = byVgid.get(imported.vgid) ?? {name: vgName, vgid: imported.vgid, nodes: []};
			entry.nodes.push(name);
			byVgid.set(imported.vgid, entry);
		}
	}
	const groupOf = new Map<string, string>();
	for (const group of Object.values(config.resourceGroups)) for (const vg of group.resources.volumeGroups) groupOf.set(vg, group.name);
	const shared: SharedVolumeGroup[] = [];
	for (const entry of byVgid.values()) {
		const group = groupOf.get(entry.name);
		if (group === undefined && entry.nodes.length < 2) continue;
		shared.push(group === undefined ? entry : {...entry, group});
	}
	return shared.sort((a, b) => a.name.localeCompare(b.name));
}

/** The node to read a shared VG from: one with it varied on (not passive), else the first that knows it. */
export function readingNode(state: DeepReadonly<ClusterState>, vgid: string, nodes: readonly string[]): {node: string; name: string} | undefined {
	let fallback: {node: string; name: string} | undefined;
	for (const node of nodes) {
		const lvm = state.nodes[node]!.lvm;
		const name = vgNameOn(lvm, vgid);
		if (name === undefined) continue;
		if (canChange(lvm.varyon[name])) return {node, name};
		fallback ??= {node, name};
	}
	return fallback;
}
