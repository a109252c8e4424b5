/** What the status commands share: the running configuration the cluster managers answer from, and group states. */
import {refuse} from '../cluster/errors.js';
import type {CommandContext} from '../command/registry.js';
import {runningConfig, FALLBACK_TEXT, FALLOVER_TEXT, STARTUP_TEXT, type ClusterConfig, type ResourceGroup} from '../cluster/config.js';
import type {ClusterState, GroupState} from '../cluster/state.js';
import {clusterManagerNotReady, clusterManagerNotRunning} from './status-messages.js';
import {profileOf} from '../cluster/release/index.js';
import {errorLines, groupNotDefined} from '../cluster/rg/messages.js';
import type {DeepReadonly} from '../cluster/readonly.js';

export const UTILITIES = '/usr/es/sbin/cluster/utilities';

/**
 * The configuration the cluster manager answers from; clRGinfo fails when none is running, in the words of the
 * release's cluster manager: one that runs from boot is there to say it is not ready, one that runs only with cluster
 * services is not there at all.
 */
export function runningOrFail(ctx: CommandContext): DeepReadonly<ClusterConfig> {
	const config = runningConfig(ctx.state);
	if (config) return config;
	const manager = profileOf(ctx.state).subsystems.find(subsystem => subsystem.role === 'manager');
	return refuse(manager?.boot ? clusterManagerNotReady(ctx.node) : clusterManagerNotRunning(ctx.name));
}

export function groupState(state: ClusterState, group: string, node: string): GroupState {
	return state.resourceGroups[group]?.nodes[node] ?? 'OFFLINE';
}

export function selectGroups(config: DeepReadonly<ClusterConfig>, names: readonly string[]): DeepReadonly<ResourceGroup>[] {
	for (const name of names) {
		if (!config.resourceGroups[name]) refuse(errorLines(groupNotDefined(name)));
	}
	return Object.values(config.resourceGroups).filter(g => names.length === 0 || names.includes(g.name));
}

/** A group's policies and its state on each node, as clRGinfo -v and cldump print them. */
export function printGroupStates(ctx: CommandContext, group: DeepReadonly<ResourceGroup>, stateTitle: string): void {
	ctx.print('');
	ctx.print(`Resource Group Name: ${group.name}`);
	ctx.print(`Startup Policy: ${STARTUP_TEXT[group.startup]}`);
	ctx.print(`Fallover Policy: ${FALLOVER_TEXT[group.fallover]}`);
	ctx.print(`Fallback Policy: ${FALLBACK_TEXT[group.fallback]}`);
	ctx.print('Site Policy: ignore');
	const sticky = ctx.state.resourceGroups[group.name]?.sticky;
	if (sticky) ctx.print(`Priority Override Information: ${sticky} (sticky)`);
	ctx.print(`${'Node'.padEnd(29)}${stateTitle}`);
	ctx.print(`${'-'.repeat(28)} ${'-'.repeat(15)}`);
	for (const node of group.nodes) ctx.print(`${node.padEnd(29)}${groupState(ctx.state, group.name, node)}`);
}

export const groupType = (group: DeepReadonly<ResourceGroup>) => (group.startup === 'OAAN' ? 'concurrent' : 'non-concurrent');
