/**
 * Moving resource groups by hand while the cluster runs. The 4.x DARE
 * resource migration (cldare -M group:location[:sticky]): locations are a
 * node, `default` (clear stickiness, back to the normal policy) and `stop`;
 * a sticky location is kept until cleared; all requests are checked before
 * any is carried out, so one bad request moves nothing. And the 5.x
 * clRGmove: move a group to a node, bring it online or offline on one.
 */
import {refuse} from '../errors.js';
import {activeNodes, dcdOf, runningConfig, type ClusterConfig, type ResourceGroup} from '../config.js';
import {bestStartNode, holders, releaseFrom} from '../events/policy.js';
import {runRgMove} from '../events/rg-move.js';
import {nodesWaiting} from '../events/log.js';
import type {ClusterState, GroupRuntime} from '../state.js';
import * as msg from './messages.js';
import type {DeepReadonly} from '../readonly.js';

export interface MigrationRequest {
	group: string;
	/** A node name, `default` or `stop`. */
	location: string;
	sticky: boolean;
}

type Print = (line: string) => void;

/** `group:location[:sticky]`; an empty location means `default`. */
export function parseMigration(spec: string): MigrationRequest {
	const [group = '', location = '', sticky, ...rest] = spec.split(':');
	if (!group || rest.length > 0 || (sticky !== undefined && sticky !== 'sticky')) {
		refuse(msg.cldareErrors([msg.notMigrationRequest(spec)]));
	}
	return {group, location: location || 'default', sticky: sticky === 'sticky'};
}

const runtimeOf = (state: ClusterState, name: string): GroupRuntime => (state.resourceGroups[name] ??= {nodes: {}});

/**
 * The active nodes a group is online on, and those where it went into ERROR
 * (what it left up there would stand in the way of acquiring it elsewhere):
 * a move releases both, and a group in ERROR can be brought offline.
 */
function placement(runtime: GroupRuntime, active: readonly string[]): {online: string[]; failed: string[]} {
	const online = holders(runtime).filter(n => active.includes(n));
	return {online, failed: releaseFrom(runtime).filter(n => active.includes(n) && !online.includes(n))};
}

const releasing = (plan: {release: string[]; acquire: string[]}, more: readonly string[]) => ({
	...plan,
	release: [...new Set([...plan.release, ...more])],
});

/** Why a request cannot be carried out, or undefined when it can. */
function requestProblem(config: DeepReadonly<ClusterConfig>, active: readonly string[], request: MigrationRequest): string | undefined {
	const group = config.resourceGroups[request.group];
	if (!group) return msg.groupNotDefined(request.group, active.length > 0);
	if (request.location === 'default' && request.sticky) return msg.defaultNotSticky(request.group);
	if (active.length === 0) return request.location === 'stop' ? undefined : msg.onlyStopWhileDown(request.group);
	if (request.location === 'default' || request.location === 'stop') return undefined;
	if (group.startup === 'OAAN') return msg.migrateConcurrent(group.name);
	if (!config.nodes.some(n => n.name === request.location)) return msg.notNodeNorLocation(request.location);
	if (!group.nodes.includes(request.location)) return msg.notInNodeList(request.location, group.name, group.nodes);
	if (!active.includes(request.location)) return msg.migrationNodeNotUp(request.location);
	return undefined;
}

/** Where `default` puts a group now: its highest-priority active node, unless it is online and never falls back. */
function defaultPlan(group: DeepReadonly<ResourceGroup>, runtime: GroupRuntime, active: readonly string[]): {release: string[]; acquire: string[]} {
	const current = holders(runtime).filter(n => active.includes(n));
	if (group.startup === 'OAAN') return {release: [], acquire: group.nodes.filter(n => active.includes(n) && !current.includes(n))};
	const best = bestStartNode(group, runtime, active);
	if (!best || current.includes(best)) return {release: [], acquire: []};
	if (current.length === 0) return {release: [], acquire: [best]};
	return group.fallback === 'FBHPN' ? {release: current, acquire: [best]} : {release: [], acquire: []};
}

/** cldare -M: carry out every request, or none if any is wrong. */
export function migrateResourceGroups(
	state: ClusterState,
	node: string,
	requests: readonly MigrationRequest[],
	options: {verify: boolean},
	print: Print,
): void {
	const active = activeNodes(state);
	const config = runningConfig(state) ?? dcdOf(state, node);
	const problems = requests.map(r => requestProblem(config, active, r)).filter((p): p is string => p !== undefined);
	const twice = requests.find((r, i) => requests.findIndex(s => s.group === r.group) !== i);
	if (twice) problems.push(msg.namedTwice(twice.group));
	if (active.length === 0 && options.verify) problems.push(msg.migrateNeedsNoVerify());
	const waiting = nodesWaiting(state);
	if (waiting.length > 0) problems.push(msg.eventsHeld(waiting));
	if (problems.length > 0) refuse([...msg.cldareErrors(problems), msg.noGroupMigrated()]);

	for (const request of requests) {
		const group = config.resourceGroups[request.group]!;
		const runtime = runtimeOf(state, group.name);
		const what = `${request.location}${request.sticky ? ' (sticky)' : ''}`;
		print(`cldare: Migrating resource group ${group.name} to ${what}.`);
		const {online, failed} = placement(runtime, active);
		let plan: {release: string[]; acquire: string[]};
		if (request.location === 'stop') plan = {release: online, acquire: []};
		else if (request.location === 'default') plan = defaultPlan(group, {...runtime, sticky: undefined}, active);
		else {
			plan = online.includes(request.location) ? {release: [], acquire: []} : {release: online, acquire: [request.location]};
			if (online.includes(request.location))
				print(`cldare: Resource group ${group.name} is already online on ${request.location}; it does not move.`);
		}
		plan = releasing(plan, failed);
		if (request.sticky) runtime.sticky = request.location;
		else delete runtime.sticky;
		if (active.length === 0)
			print(
				`cldare: ${
					request.sticky
						? `Resource group ${group.name} will stay offline (sticky stop).`
						: `The sticky location of resource group ${group.name} is cleared.`
				}`,
			);
		if (plan.release.length > 0 || plan.acquire.length > 0)
			runRgMove(state, config, group, {...plan, reason: `cldare: migrating resource group ${group.name} to ${what}`});
	}
	const stopped = nodesWaiting(state);
	print(
		stopped.length > 0
			? `cldare: ${msg.movementHeld(requests.map(r => r.group).join(', '), stopped)}`
			: 'cldare: Resource group migration completed.',
	);
}

/** No group moves by hand while a failed event holds the cluster's events. */
function refuseWhileEventsWait(state: ClusterState): void {
	const waiting = nodesWaiting(state);
	if (waiting.length > 0) refuse(msg.errorLines(msg.eventsHeld(waiting)));
}

/** The running configuration, or a clear error when the cluster is down. */
export function activeConfig(state: ClusterState): DeepReadonly<ClusterConfig> {
	const config = runningConfig(state);
	return config ?? refuse(msg.errorLines(msg.clusterNotRunning()));
}

/** A group of the running configuration, or a clear error. */
export function activeGroup(config: DeepReadonly<ClusterConfig>, name: string): DeepReadonly<ResourceGroup> {
	const group = config.resourceGroups[name];
	return group ?? refuse(msg.errorLines(msg.groupNotDefined(name, true)));
}

function usableNode(state: ClusterState, config: DeepReadonly<ClusterConfig>, group: DeepReadonly<ResourceGroup>, node: string): void {
	if (!config.nodes.some(n => n.name === node)) refuse(msg.errorLines(msg.notClusterNode(node)));
	if (!group.nodes.includes(node)) refuse(msg.errorLines(msg.notInNodeList(node, group.name, group.nodes)));
	if (state.nodes[node]?.acd == null) refuse(msg.errorLines(msg.moveNodeNotUp(node)));
}

export type RgMoveAction = 'move' | 'online' | 'offline';

/**
 * clRGmove: move (-m) an online group to another node; bring (-u) a group
 * online on a node (by default where its policy says); take (-d) it offline
 * on a node (by default everywhere), where it stays until brought online.
 * `persist` makes the new location sticky.
 */
export function moveResourceGroup(
	state: ClusterState,
	name: string,
	action: RgMoveAction,
	target: string | undefined,
	persist: boolean,
	print: Print,
): void {
	const config = activeConfig(state);
	const group = activeGroup(config, name);
	refuseWhileEventsWait(state);
	const runtime = runtimeOf(state, name);
	const active = activeNodes(state);
	const {online, failed} = placement(runtime, active);
	if (target !== undefined) usableNode(state, config, group, target);
	let plan: {release: string[]; acquire: string[]};
	if (action === 'move') {
		if (target === undefined) refuse(msg.errorLines(msg.moveNeedsNode()));
		if (group.startup === 'OAAN') refuse(msg.errorLines(msg.moveConcurrent(name)));
		if (online.length === 0) refuse(msg.errorLines(msg.moveNotOnline(name)));
		if (online.includes(target)) refuse(msg.errorLines(msg.alreadyOnline(name, [target])));
		print(`Attempting to move resource group ${name} to node ${target}.`);
		plan = {release: [...online, ...failed], acquire: [target]};
		if (persist) runtime.sticky = target;
		else delete runtime.sticky;
	} else if (action === 'online') {
		const where = target ? [target] : defaultPlan(group, {...runtime, sticky: undefined}, active).acquire;
		if (where.length === 0 || online.includes(where[0]!)) refuse(msg.errorLines(msg.alreadyOnline(name, online)));
		if (group.startup !== 'OAAN' && online.length > 0) refuse(msg.errorLines(msg.onlineElsewhere(name, online[0]!)));
		print(`Attempting to bring resource group ${name} online on node ${where.join(', ')}.`);
		plan = {release: failed, acquire: where};
		if (runtime.sticky === 'stop') delete runtime.sticky;
	} else {
		const present = [...online, ...failed];
		const where = target ? [target] : present;
		if (where.length === 0 || !present.includes(where[0]!)) refuse(msg.errorLines(msg.notOnline(name, target)));
		print(`Attempting to bring resource group ${name} offline on node ${where.join(', ')}.`);
		plan = {release: where, acquire: []};
		// Taken offline by hand, a group stays offline until brought online again (all its instances, for a concurrent group).
		if (where.length === present.length) runtime.sticky = 'stop';
	}
	print('Waiting for the cluster to process the resource group movement request....');
	runRgMove(state, config, group, {...plan, reason: `clRGmove: ${action} resource group ${name}${target ? ` (node ${target})` : ''}`});
	const errors = plan.acquire.filter(n => state.resourceGroups[name]!.nodes[n] === 'ERROR');
	const waiting = nodesWaiting(state);
	print(
		waiting.length > 0
			? msg.movementHeld(name, waiting)
			: errors.length === 0
				? 'Resource group movement successful.'
				: `Resource group ${name} went into the ERROR state on ${errors.join(', ')}; see /tmp/hacmp.out there.`,
	);
}
