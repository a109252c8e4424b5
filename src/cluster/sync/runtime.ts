/**
 * Keeping the resource group states in step with a configuration that has
 * just become the cluster's: new groups start OFFLINE on their nodes, a
 * removed group (once released) is forgotten.
 */
import type {ClusterConfig} from '../config.js';
import type {ClusterState} from '../state.js';
import type {DeepReadonly} from '../readonly.js';
import {forgetGroupEvents} from '../events/queue.js';

export function reconcileGroupStates(state: ClusterState, config: DeepReadonly<ClusterConfig>): void {
	for (const group of Object.values(config.resourceGroups)) {
		const runtime = (state.resourceGroups[group.name] ??= {nodes: {}});
		for (const node of group.nodes) runtime.nodes[node] ??= 'OFFLINE';
		for (const [node, value] of Object.entries(runtime.nodes)) if (!group.nodes.includes(node) && value === 'OFFLINE') delete runtime.nodes[node];
	}
	for (const [name, runtime] of Object.entries(state.resourceGroups)) {
		// Unmanaged resources left by a forced stop stay visible until the node manages them again.
		if (!config.resourceGroups[name] && Object.values(runtime.nodes).every(s => s === 'OFFLINE')) {
			delete state.resourceGroups[name];
			forgetGroupEvents(state, name);
		}
	}
}
