/**
 * Where a resource group belongs, decided from its policies (startup,
 * fallover, fallback), its participating nodes in priority order, a sticky
 * DARE location, and which nodes are active. Pure functions: the node events
 * ask, then act.
 */
import type {ResourceGroup} from '../config.js';
import type {ClusterState, GroupRuntime} from '../state.js';

/** Nodes holding the group (ONLINE, or UNMANAGED after a forced stop). */
export function holders(runtime: GroupRuntime): string[] {
	return Object.keys(runtime.nodes).filter(n => runtime.nodes[n] === 'ONLINE' || runtime.nodes[n] === 'UNMANAGED');
}

/** The group's node priority list with a sticky node moved to the front. */
export function priorityList(group: ResourceGroup, runtime: GroupRuntime): string[] {
	const sticky = runtime.sticky;
	if (!sticky || sticky === 'stop' || !group.nodes.includes(sticky)) return group.nodes;
	return [sticky, ...group.nodes.filter(n => n !== sticky)];
}

/** The node a dynamic node priority policy picks among the candidates (ties go to priority order). */
export function dynamicPriorityNode(state: ClusterState, policy: string | undefined, candidates: string[]): string | undefined {
	const score = (node: string) => {
		const m = state.nodes[node]!.metrics;
		if (policy === 'cl_highest_idle_cpu') return m.freeCpu;
		if (policy === 'cl_lowest_disk_busy') return -m.diskBusy;
		return m.freeMemMb;
	};
	let best: string | undefined;
	for (const node of candidates) if (best === undefined || score(node) > score(best)) best = node;
	return best;
}

export type JoinDecision =
	| {action: 'none'}
	| {action: 'acquire'}
	| {action: 'manage'}
	| {action: 'fallback'; from: string}
	| {action: 'settle'};

/**
 * What happens to a group when `joining` joins the cluster (`active` already
 * includes it). `rotatingTaken` tells whether the joining node already took a
 * rotating group in this event (a node acquires at most one of them).
 */
export function decideOnJoin(group: ResourceGroup, runtime: GroupRuntime, active: readonly string[], joining: string, rotatingTaken: boolean): JoinDecision {
	if (!group.nodes.includes(joining) || runtime.sticky === 'stop') return {action: 'none'};
	const here = runtime.nodes[joining];
	if (here === 'UNMANAGED') return {action: 'manage'};
	if (here === 'ONLINE') return {action: 'none'};
	if (group.startup === 'OAAN') return {action: 'acquire'};

	const order = priorityList(group, runtime);
	const rank = (node: string) => order.indexOf(node);
	const [current] = holders(runtime);
	if (current) {
		if (runtime.sticky === current) return {action: 'none'};
		const back = runtime.sticky === joining || (group.fallback === 'FBHPN' && rank(joining) < rank(current));
		return back ? {action: 'fallback', from: current} : {action: 'none'};
	}

	if (runtime.sticky) return runtime.sticky === joining ? {action: 'acquire'} : {action: 'none'};
	if (group.type === 'rotating' && rotatingTaken) return {action: 'none'};
	const highestActive = order.find(n => active.includes(n));
	if (group.startup === 'OHN') {
		const home = order[0];
		if (joining === home) return {action: 'acquire'};
		// Cascading with Inactive Takeover: the highest-priority active node may start it.
		return group.inactiveTakeover && highestActive === joining ? {action: 'acquire'} : {action: 'none'};
	}
	// Online On First Available Node, with an optional settling time for higher-priority nodes.
	if (group.settlingTime && joining !== order[0]) return {action: 'settle'};
	return {action: 'acquire'};
}

/** Where a group held by `leaving` goes when it leaves with takeover; undefined means offline. */
export function falloverTarget(state: ClusterState, group: ResourceGroup, runtime: GroupRuntime, active: readonly string[], leaving: string): string | undefined {
	if (group.fallover === 'BO' || group.startup === 'OAAN' || runtime.sticky === 'stop') return undefined;
	const candidates = group.nodes.filter(n => n !== leaving && active.includes(n) && runtime.nodes[n] !== 'ONLINE');
	if (group.fallover === 'FUDNP') return dynamicPriorityNode(state, group.dnpPolicy, candidates);
	return candidates[0];
}

/** The node an offline group should start on now (after a settling time, or `default` migration). */
export function bestStartNode(group: ResourceGroup, runtime: GroupRuntime, active: readonly string[]): string | undefined {
	return priorityList(group, runtime).find(n => active.includes(n));
}
