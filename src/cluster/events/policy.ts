/**
 * Where a resource group belongs, decided from its policies (startup,
 * fallover, fallback), its participating nodes in priority order, a sticky
 * DARE location, and which nodes are active. Pure functions: the node events
 * ask, then act.
 */
import type {ClusterConfig, ResourceGroup} from '../config.js';
import type {ClusterState, GroupRuntime} from '../state.js';
import {usesRunTimePolicies} from '../rg/policies.js';
import type {DeepReadonly} from '../readonly.js';

/** Nodes holding the group (ONLINE, also on a node a forced stop left it up on). */
export function holders(runtime: DeepReadonly<GroupRuntime>): string[] {
	return Object.keys(runtime.nodes).filter(n => runtime.nodes[n] === 'ONLINE');
}

/**
 * Nodes a release must visit: those holding the group, and those where it
 * went into ERROR part-way through being acquired (an application server
 * that did not start leaves the group's addresses and storage up there).
 */
export function releaseFrom(runtime: GroupRuntime): string[] {
	return Object.keys(runtime.nodes).filter(n => runtime.nodes[n] === 'ONLINE' || runtime.nodes[n] === 'ERROR');
}

/** The group's node priority list with a sticky node moved to the front. */
function priorityList(group: DeepReadonly<ResourceGroup>, runtime: DeepReadonly<GroupRuntime>): readonly string[] {
	const sticky = runtime.sticky;
	if (!sticky || sticky === 'stop' || !group.nodes.includes(sticky)) return group.nodes;
	return [sticky, ...group.nodes.filter(n => n !== sticky)];
}

/** The figure a dynamic node priority policy maximises on a node. */
function dnpScore(state: ClusterState, policy: string | undefined, node: string): number {
	const m = state.nodes[node]!.metrics;
	if (policy === 'cl_highest_idle_cpu') return m.freeCpu;
	if (policy === 'cl_lowest_disk_busy') return -m.diskBusy;
	return m.freeMemMb;
}

/** The node a dynamic node priority policy picks among the candidates (ties go to priority order). */
export function dynamicPriorityNode(state: ClusterState, policy: string | undefined, candidates: string[]): string | undefined {
	let best: string | undefined;
	for (const node of candidates) if (best === undefined || dnpScore(state, policy, node) > dnpScore(state, policy, best)) best = node;
	return best;
}

export type JoinDecision =
	| {action: 'none'}
	| {action: 'acquire'}
	| {action: 'manage'}
	| {action: 'fallback'; from: string}
	| {action: 'delayFallback'}
	| {action: 'settle'};

/** What the join is happening in: the cluster-wide settling time, and where the joining node already took a distributed group. */
export interface JoinContext {
	settlingTime: number;
	/** Distribution keys (distributionKey) of the groups the node took. */
	distributed: ReadonlySet<string>;
}

/** The group's number in the configuration, which rg_move events name it by. */
export function groupId(config: DeepReadonly<ClusterConfig>, group: DeepReadonly<ResourceGroup>): number {
	return Object.keys(config.resourceGroups).indexOf(group.name) + 1;
}

/**
 * What a joining node takes one distributed group of: one in all (node-based distribution), or one per network its
 * service addresses are on (network-based, and 4.3's rotating groups); '' for a group without service addresses.
 */
export function distributionKey(config: DeepReadonly<ClusterConfig>, group: DeepReadonly<ResourceGroup>): string {
	if (config.rgDistribution !== 'network' && group.type !== 'rotating') return '';
	const label = group.resources.serviceLabels[0];
	return (label && config.ipLabels[label]?.network) ?? '';
}

/** What happens to a group when `joining` joins the cluster. */
export function decideOnJoin(
	config: DeepReadonly<ClusterConfig>,
	group: DeepReadonly<ResourceGroup>,
	runtime: DeepReadonly<GroupRuntime>,
	joining: string,
	context: JoinContext,
): JoinDecision {
	if (!group.nodes.includes(joining) || runtime.sticky === 'stop') return {action: 'none'};
	const here = runtime.nodes[joining];
	// ONLINE on a node that is only now joining: a forced stop left it up there.
	if (here === 'ONLINE') return {action: 'manage'};
	if (group.startup === 'OAAN') return {action: 'acquire'};

	const order = priorityList(group, runtime);
	const rank = (node: string) => order.indexOf(node);
	const [current] = holders(runtime);
	if (current) {
		if (runtime.sticky === current) return {action: 'none'};
		if (runtime.sticky === joining) return {action: 'fallback', from: current};
		if (group.fallback !== 'FBHPN' || rank(joining) > rank(current)) return {action: 'none'};
		return group.fallbackTimer && usesRunTimePolicies(group) ? {action: 'delayFallback'} : {action: 'fallback', from: current};
	}

	if (runtime.sticky) return runtime.sticky === joining ? {action: 'acquire'} : {action: 'none'};
	// Distribution (rotating; 5.2's OUDP, network-based): a joining node acquires at most one such group per network.
	if (group.startup === 'OUDP' && context.distributed.has(distributionKey(config, group))) return {action: 'none'};
	if (group.startup === 'OHN') return joining === order[0] ? {action: 'acquire'} : {action: 'none'};
	// Online On First Available Node, waiting the settling time for a higher-priority node.
	if (group.startup === 'OFAN' && context.settlingTime > 0 && usesRunTimePolicies(group) && joining !== order[0]) return {action: 'settle'};
	return {action: 'acquire'};
}

/**
 * The order a joining node considers groups in: distributed (rotating) groups last, those
 * it has the highest priority for first, so it takes "its own" rotating group.
 */
export function joinOrder(groups: readonly DeepReadonly<ResourceGroup>[], joining: string): DeepReadonly<ResourceGroup>[] {
	const distributed = groups.filter(g => g.startup === 'OUDP').sort((a, b) => a.nodes.indexOf(joining) - b.nodes.indexOf(joining));
	return [...groups.filter(g => g.startup !== 'OUDP'), ...distributed];
}

/** Where a group held by `leaving` goes when it leaves with takeover; undefined means offline. */
export function falloverTarget(
	state: ClusterState,
	group: DeepReadonly<ResourceGroup>,
	runtime: GroupRuntime,
	active: readonly string[],
	leaving: string,
): string | undefined {
	if (group.fallover === 'BO' || group.startup === 'OAAN' || runtime.sticky === 'stop') return undefined;
	const candidates = group.nodes.filter(n => n !== leaving && active.includes(n) && runtime.nodes[n] !== 'ONLINE');
	if (group.fallover === 'FUDNP') return dynamicPriorityNode(state, group.dnpPolicy, candidates);
	return candidates[0];
}

/** The highest-priority active node: where an offline group starts after a settling time or a `default` migration. */
export function bestStartNode(group: DeepReadonly<ResourceGroup>, runtime: GroupRuntime, active: readonly string[]): string | undefined {
	return priorityList(group, runtime).find(n => active.includes(n));
}

/** Where a group's startup policy puts it now, with the given nodes active (no settling wait). */
export function startupNodes(group: DeepReadonly<ResourceGroup>, runtime: GroupRuntime, active: readonly string[]): string[] {
	if (runtime.sticky === 'stop') return [];
	if (group.startup === 'OAAN') return group.nodes.filter(n => active.includes(n));
	const order = priorityList(group, runtime);
	if (group.startup === 'OHN') return active.includes(order[0]!) ? [order[0]!] : [];
	const first = order.find(n => active.includes(n));
	return first ? [first] : [];
}
