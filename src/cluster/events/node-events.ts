/**
 * The node events the cluster managers run when a node joins or leaves:
 * node_up (node_up_local on the joining node, node_up_remote on a node
 * giving a group back), node_down (node_down_local on the leaving node,
 * node_down_remote on the node taking its groups over), and their
 * *_complete events, which start the application servers. Other domains
 * react to them through node-hooks.ts.
 */
import {activeNodes, configById, type ClusterConfig, type ResourceGroup} from '../config.js';
import type {ClusterState, GroupRuntime} from '../state.js';
import {EventLog} from './log.js';
import {decideOnJoin, falloverTarget, groupNetwork, holders, joinOrder, releaseFrom} from './policy.js';
import {scheduleFallback} from './fallback-timer.js';
import {cancelGroupTimers, groupTimer, setGroupTimer} from './timers.js';
import {acquireOn, completeAcquisitions, releaseOn, setGroupState} from './resources.js';
import type {DeepReadonly} from '../readonly.js';
import {publishNodeEvent, type StopMode} from './node-hooks.js';
import {profileOf} from '../release/index.js';

export type {StopMode};

function configOf(state: ClusterState, node: string): DeepReadonly<ClusterConfig> {
	return configById(state, state.nodes[node]!.acd!);
}

/** What a joining node's arrival does to each group: those it acquires, those it takes back from another node (timers and unmanaged groups are ' +
	'dealt with here). */
function decideJoins(
	state: ClusterState,
	log: EventLog,
	config: DeepReadonly<ClusterConfig>,
	node: string,
	manage: boolean,
): {acquire: DeepReadonly<ResourceGroup>[]; fallbacks: Array<{group: DeepReadonly<ResourceGroup>; from: string}>} {
	const acquire: DeepReadonly<ResourceGroup>[] = [];
	const fallbacks: Array<{group: DeepReadonly<ResourceGroup>; from: string}> = [];
	const context = {settlingTime: config.settlingTime ?? 0, rotatingTaken: new Set<string>()};
	for (const group of joinOrder(Object.values(config.resourceGroups), node)) {
		const runtime = (state.resourceGroups[group.name] ??= {nodes: {}});
		for (const member of group.nodes) runtime.nodes[member] ??= 'OFFLINE';
		if (!manage) continue;
		const decision = decideOnJoin(config, group, runtime, node, context);
		if (decision.action === 'acquire') acquire.push(group);
		else if (decision.action === 'fallback') fallbacks.push({group, from: decision.from});
		else if (decision.action === 'delayFallback') scheduleFallback(state, log, config, group, node);
		else if (decision.action === 'manage') {
			runtime.nodes[node] = 'ONLINE';
			log.note(node, `Resource group ${group.name} was UNMANAGED on ${node}; cluster services manage it again (its resources are still up).`);
		} else if (decision.action === 'settle' && !groupTimer(state, group.name)) {
			setGroupTimer(state, group.name, 'settling', state.clock + context.settlingTime * 1000);
			log.note(node, `Resource group ${group.name}: settling time of ${context.settlingTime} seconds started; it waits for a higher-priority node.`);
		}
		if (group.type === 'rotating' && decision.action === 'acquire') context.rotatingTaken.add(groupNetwork(config, group));
	}
	return {acquire: [...acquire, ...fallbacks.map(f => f.group)], fallbacks};
}

/** The remote half of a node event, run by every other member at once (none when the node is alone). */
function onSurvivors(log: EventLog, survivors: readonly string[], name: string, node: string, body: () => void): void {
	if (survivors.length > 0) log.cluster(survivors, name, node, body);
}

/**
 * node_up for `node`, whose cluster manager has just joined with an ACD.
 * `manage` false (Manage Resource Groups Manually) leaves its groups alone.
 */
export function runNodeUp(state: ClusterState, node: string, manage: boolean): void {
	const log = new EventLog(state);
	const config = configOf(state, node);
	const active = activeNodes(state);
	const names = profileOf(state).events;
	// Every other member runs the remote half (SG24-5131 5.1.1): it gives back what it took from the joining node.
	const survivors = active.filter(other => other !== node);
	let joined: ReturnType<typeof decideJoins> = {acquire: [], fallbacks: []};
	log.cluster(active, names.nodeUp, node, () => {
		log.trace(node, names.nodeUp, [`NODENAME=${node}`, `LOCALNODENAME=${node}`, `[[ ${node} = ${node} ]]`]);
		joined = decideJoins(state, log, config, node, manage);
		onSurvivors(log, survivors, names.nodeUpRemote, node, () => {
			for (const {group, from} of joined.fallbacks) releaseOn(state, log, config, from, group, {takeover: true, keepPassive: true});
		});
		log.event(node, names.nodeUpLocal, '', () => {
			for (const group of joined.acquire) {
				cancelGroupTimers(state, group.name, 'settling');
				acquireOn(
					state,
					log,
					config,
					node,
					group,
					joined.fallbacks.some(f => f.group === group),
				);
			}
			publishNodeEvent({name: 'node_up', node, script: names.nodeUpLocal, state, log, config});
		});
	});
	log.cluster(active, names.nodeUpComplete, node, () => {
		log.event(node, names.nodeUpLocalComplete, '', () => {
			completeAcquisitions(state, log, config, node, joined.acquire);
			publishNodeEvent({name: 'node_up_complete', node, script: names.nodeUpLocalComplete, state, log, config});
		});
		onSurvivors(log, survivors, names.nodeUpRemoteComplete, node, () => {});
	});
}

/**
 * node_down for `node`, which is leaving in the given mode (its ACD is still set). With `survivors` the node failed
 * (crashed, or no longer heard): only they run the event, nothing runs on the failed node, and they take its groups over.
 */
export function runNodeDown(state: ClusterState, node: string, mode: StopMode, survivors?: readonly string[]): void {
	const log = new EventLog(state);
	const config = configOf(state, node);
	const active = survivors ?? activeNodes(state);
	const param = mode === 'forced' ? 'forced' : 'graceful';
	const args = survivors ? node : `${node} ${param}`;
	const on = (pick: (runtime: GroupRuntime) => string[]) =>
		Object.values(config.resourceGroups).filter(g => pick(state.resourceGroups[g.name] ?? {nodes: {}}).includes(node));
	const held = on(holders);
	const takers = new Map<string, DeepReadonly<ResourceGroup>[]>();
	const names = profileOf(state).events;
	const remaining = active.filter(n => n !== node);
	log.cluster(active, names.nodeDown, args, () => {
		log.trace(node, names.nodeDown, [`NODENAME=${node}`, `PARAM=${param}`]);
		if (mode === 'forced') {
			for (const group of held) setGroupState(state, group.name, node, 'UNMANAGED');
			log.note(node, `Forced down: the resources of ${held.map(g => g.name).join(', ') || 'no resource group'} stay up on ${node}, unmanaged.`);
			publishNodeEvent({name: 'node_down', node, mode, script: names.nodeDown, state, log, config});
			return;
		}
		if (!survivors)
			log.event(node, names.nodeDownLocal, '', () => {
				// What a group in ERROR left up is given back too; only groups that were online are taken over.
				for (const group of on(releaseFrom)) releaseOn(state, log, config, node, group, {takeover: false, keepPassive: false});
				publishNodeEvent({name: 'node_down', node, mode, script: names.nodeDownLocal, state, log, config});
			});
		for (const group of mode === 'takeover' ? held : []) {
			const target = falloverTarget(state, group, state.resourceGroups[group.name]!, remaining, node);
			if (!target) {
				const text =
					`Resource group ${group.name} has no takeover node (${group.fallover === 'BO' ? 'Bring Offline' : 'no active node in its list'}); it stays ` +
					`offline.`;
				for (const on of survivors ?? [node]) log.note(on, text);
				continue;
			}
			takers.set(target, [...(takers.get(target) ?? []), group]);
		}
		// Every surviving member runs the remote half; only a takeover gives it groups to acquire.
		onSurvivors(log, remaining, names.nodeDownRemote, node, () => {
			for (const [target, groups] of takers) for (const group of groups) acquireOn(state, log, config, target, group, true);
		});
	});
	if (mode === 'forced') return;
	log.cluster(active, names.nodeDownComplete, args, () => {
		if (!survivors)
			log.event(node, names.nodeDownLocalComplete, '', () =>
				publishNodeEvent({name: 'node_down_complete', node, mode, script: names.nodeDownLocalComplete, state, log, config}),
			);
		onSurvivors(log, remaining, names.nodeDownRemoteComplete, node, () => {
			for (const [target, groups] of takers) completeAcquisitions(state, log, config, target, groups);
		});
	});
}
