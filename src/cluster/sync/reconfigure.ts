/**
 * Dynamic reconfiguration (DARE): synchronizing while the local cluster
 * manager runs. Groups that were removed or changed are released
 * (reconfig_resource_release), every node gets the new DCD and every active
 * node the new ACD, the cluster managers are refreshed, then changed groups
 * go back where they were and new ones where their startup policy puts them
 * (reconfig_resource_acquire), and their applications start
 * (reconfig_resource_complete).
 */
import {refuse} from '../errors.js';
import {activeNodes, dcdOf, pruneConfigs, runningConfig, type ClusterConfig, type ResourceGroup} from '../config.js';
import {eventFailures, EventLog} from '../events/log.js';
import {acquireOn, completeAcquisitions, releaseOn} from '../events/resources.js';
import {holders, releaseFrom, startupNodes} from '../events/policy.js';
import type {ClusterState} from '../state.js';
import {activeNodesRemoved, dareStopped} from './messages.js';
import {reconcileGroupStates} from './runtime.js';
import {refuseUnreachable} from './commit.js';
import type {DeepReadonly} from '../readonly.js';
import {refreshCompleted} from '../subsystem-messages.js';
import {cldareErrors} from '../rg/messages.js';
import {reconfigureTopology, topologyChanged, topologyDareProblems} from '../topology/dare.js';

/** A group together with the definitions it uses, so a changed service label or server counts as a changed group. */
function fingerprint(config: DeepReadonly<ClusterConfig>, group: DeepReadonly<ResourceGroup>): string {
	const {serviceLabels, appServers} = group.resources;
	return JSON.stringify([group, serviceLabels.map(l => config.ipLabels[l]), appServers.map(s => config.appServers[s])]);
}

export function reconfigureCluster(state: ClusterState, node: string, print: (line: string) => void): void {
	const active = activeNodes(state);
	const before = runningConfig(state)!;
	const after = dcdOf(state, node);
	const id = state.nodes[node]!.dcd;
	const removedActive = active.filter(n => !after.nodes.some(m => m.name === n));
	if (removedActive.length > 0) refuse(activeNodesRemoved(removedActive));
	const topology = topologyDareProblems(state, before, after, active);
	if (topology.length > 0) refuse(cldareErrors(topology));
	print('Verifying additional pre-requisites for Dynamic Reconfiguration...');
	print('...completed.');
	print('');
	print('Committing any changes, as required, to all available nodes...');
	refuseUnreachable(
		state,
		node,
		after.nodes.map(n => n.name).filter(n => state.nodes[n]),
	);

	const removed = Object.values(before.resourceGroups).filter(g => !after.resourceGroups[g.name]);
	const changed = Object.values(after.resourceGroups).filter(
		g => before.resourceGroups[g.name] && fingerprint(before, before.resourceGroups[g.name]!) !== fingerprint(after, g),
	);
	const added = Object.values(after.resourceGroups).filter(g => !before.resourceGroups[g.name]);
	const log = new EventLog(state);
	// A reconfig event that fails ends the reconfiguration there (its locks stay set, dare-lock.ts): nothing after it runs.
	const failuresBefore = eventFailures();
	const stopped = (event: string) => {
		if (eventFailures() === failuresBefore) return false;
		print(dareStopped(event));
		return true;
	};
	const previous = new Map<string, string[]>();
	log.cluster(active, 'reconfig_resource_release', '', () => {
		for (const group of [...removed, ...changed.map(g => before.resourceGroups[g.name]!)]) {
			const runtime = state.resourceGroups[group.name] ?? {nodes: {}};
			previous.set(
				group.name,
				holders(runtime).filter(n => active.includes(n)),
			);
			for (const holder of releaseFrom(runtime).filter(n => active.includes(n)))
				releaseOn(state, log, before, holder, group, {takeover: false, keepPassive: true});
		}
	});
	if (stopped('reconfig_resource_release')) return;

	for (const member of after.nodes) {
		const target = state.nodes[member.name];
		if (!target) continue;
		target.dcd = id;
		if (target.acd) target.acd = id;
	}
	for (const member of active) {
		print(`cldare: Requesting a refresh of the Cluster Manager on node ${member}...`);
		log.trace(member, 'reconfig_resource_acquire', ['refresh -s clstrmgrES', refreshCompleted()]);
	}
	reconcileGroupStates(state, after);
	if (topologyChanged(before, after)) {
		log.cluster(active, 'reconfig_topology_complete', '', () => reconfigureTopology(state, log, before, after, active));
		if (stopped('reconfig_topology_complete')) return;
	}

	const acquired = new Map<string, DeepReadonly<ResourceGroup>[]>();
	const place = (group: DeepReadonly<ResourceGroup>, targets: string[]) => {
		for (const target of targets)
			if (acquireOn(state, log, after, target, group, false)) acquired.set(target, [...(acquired.get(target) ?? []), group]);
	};
	log.cluster(active, 'reconfig_resource_acquire', '', () => {
		for (const group of changed) {
			const was = previous.get(group.name) ?? [];
			const still = was.filter(n => group.nodes.includes(n));
			place(group, still.length > 0 || was.length === 0 ? still : startupNodes(group, state.resourceGroups[group.name]!, active));
		}
		for (const group of added) place(group, startupNodes(group, state.resourceGroups[group.name]!, active));
	});
	if (stopped('reconfig_resource_acquire')) return;
	log.cluster(active, 'reconfig_resource_complete', '', () => {
		for (const [target, groups] of acquired) completeAcquisitions(state, log, after, target, groups);
	});
	if (stopped('reconfig_resource_complete')) return;
	pruneConfigs(state);
	const summary = [
		removed.length && `${removed.length} removed`,
		changed.length && `${changed.length} changed`,
		added.length && `${added.length} added`,
	].filter(Boolean);
	print(`Dynamic reconfiguration completed: resource groups ${summary.length > 0 ? summary.join(', ') : 'unchanged'}.`);
}
