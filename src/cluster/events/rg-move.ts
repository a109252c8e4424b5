/**
 * rg_move: a resource group movement outside node_up and node_down (clRGmove, DARE migration, an expiring settling
 * or fallback timer, a selective fallover). The release's group move events carry it out (node-events.ts): on 5.2
 * each node giving the group up runs rg_move_release (rg_move ... RELEASE under it), each node taking it runs
 * rg_move_acquire (rg_move ... ACQUIRE), and rg_move_complete starts the application servers; on 4.3 DARE's
 * reconfig_resource_release / _acquire / _complete do.
 */
import {activeNodes, type ClusterConfig, type ResourceGroup} from '../config.js';
import type {ClusterState} from '../state.js';
import {EventLog} from './log.js';
import type {DeepReadonly} from '../readonly.js';

export interface MovePlan {
	/** Nodes that release the group. */
	release: readonly string[];
	/** Nodes that acquire it. */
	acquire: readonly string[];
	/** Why the group moves, written to hacmp.out before the events. */
	reason?: string;
}

type GroupMove = (state: ClusterState, config: DeepReadonly<ClusterConfig>, group: DeepReadonly<ResourceGroup>, plan: MovePlan) => void;
let groupMove: GroupMove | undefined;

/** node-events.ts installs the event queue that runs a move (it decides the timers that move groups later: no import). */
export function installGroupMove(run: GroupMove): void {
	groupMove = run;
}

/** Run the events that carry out a plan, with the running configuration. */
export function runRgMove(state: ClusterState, config: DeepReadonly<ClusterConfig>, group: DeepReadonly<ResourceGroup>, plan: MovePlan): void {
	if (plan.reason) {
		const log = new EventLog(state);
		for (const node of activeNodes(state)) log.note(node, plan.reason);
	}
	groupMove!(state, config, group, plan);
}
