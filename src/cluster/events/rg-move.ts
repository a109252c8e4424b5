/**
 * rg_move: the event a resource group movement runs outside node_up and
 * node_down (clRGmove, DARE migration, an expiring settling or fallback
 * timer). Each node giving the group up runs rg_move_release (rg_move ...
 * RELEASE under it), each node taking it runs rg_move_acquire (rg_move ...
 * ACQUIRE), and rg_move_complete starts the application servers.
 */
import {activeNodes, type ClusterConfig, type ResourceGroup} from '../config.js';
import type {ClusterState} from '../state.js';
import {EventLog} from './log.js';
import {acquireOn, completeAcquisitions, releaseOn} from './resources.js';
import type {DeepReadonly} from '../readonly.js';

export interface MovePlan {
	/** Nodes that release the group. */
	release: readonly string[];
	/** Nodes that acquire it. */
	acquire: readonly string[];
	/** Why the group moves, written to hacmp.out before the events. */
	reason?: string;
}

/** The group's number in the configuration, which rg_move events name it by. */
export function groupId(config: DeepReadonly<ClusterConfig>, group: DeepReadonly<ResourceGroup>): number {
	return Object.keys(config.resourceGroups).indexOf(group.name) + 1;
}

/** Run the rg_move events that carry out a plan, with the running configuration. */
export function runRgMove(state: ClusterState, config: DeepReadonly<ClusterConfig>, group: DeepReadonly<ResourceGroup>, plan: MovePlan): void {
	const log = new EventLog(state);
	const active = activeNodes(state);
	const id = groupId(config, group);
	if (plan.reason) for (const node of active) log.note(node, plan.reason);
	for (const node of plan.release) {
		const args = `${node} ${id}`;
		log.cluster(active, 'rg_move_release', args, () =>
			log.event(node, 'rg_move', `${args} RELEASE`, () => releaseOn(state, log, config, node, group, {takeover: false, keepPassive: true})),
		);
	}
	for (const node of plan.acquire) {
		const args = `${node} ${id}`;
		log.cluster(active, 'rg_move_acquire', args, () =>
			log.event(node, 'rg_move', `${args} ACQUIRE`, () => acquireOn(state, log, config, node, group, false)),
		);
	}
	if (plan.acquire.length === 0) return;
	log.cluster(active, 'rg_move_complete', `${plan.acquire[0]} ${id}`, () => {
		for (const node of plan.acquire) completeAcquisitions(state, log, config, node, [group]);
	});
}
