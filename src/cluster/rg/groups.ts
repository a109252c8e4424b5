/**
 * Defining resource groups: adding, changing and removing them, and giving
 * them resources and attributes by their HACMPresource names (SERVICE_LABEL,
 * VOLUME_GROUP, ...). Every change is made to the local node's DCD only; the
 * other nodes and the running cluster see it after a synchronization.
 */
import {dcdOf, editDcd, type ClusterConfig, type GroupType, type ResourceGroup} from '../config.js';
import {emptyResources} from '../config.js';
import type {ClusterState} from '../state.js';
import {refuse} from '../errors.js';
import {customNeedsPolicies, errorLines, groupNotDefined, policiesFollowType} from './messages.js';
import {checkNewName} from './names.js';
import {applyLegacyPolicies, type Policies} from './policies.js';
import {groupProblems} from './rules.js';
import type {DeepReadonly} from '../readonly.js';

export interface GroupDefinition {
	name: string;
	nodes: string[];
	type: GroupType;
	/** Custom groups only; legacy types take theirs from the type. */
	policies?: Policies;
}

/** Edit the node's DCD and refuse the edit if the group it leaves behind breaks a rule. */
export function editGroup(state: ClusterState, node: string, name: string, change: (config: ClusterConfig) => void): void {
	editDcd(state, node, config => {
		change(config);
		const group = config.resourceGroups[name];
		if (!group) return;
		applyLegacyPolicies(group);
		const problems = groupProblems(state, config, group);
		if (problems.length > 0) refuse(errorLines(...problems));
	});
}

/** The group as the node's DCD defines it, or a clear error. */
export function definedGroup(state: ClusterState, node: string, name: string): DeepReadonly<ResourceGroup> {
	const group = dcdOf(state, node).resourceGroups[name];
	return group ?? refuse(errorLines(groupNotDefined(name)));
}

export function addResourceGroup(state: ClusterState, node: string, definition: GroupDefinition): void {
	checkNewName('Resource group', definition.name, dcdOf(state, node).resourceGroups);
	if (definition.type === 'custom' && !definition.policies) refuse(errorLines(customNeedsPolicies()));
	editGroup(state, node, definition.name, config => {
		const policies = definition.policies ?? {startup: 'OHN', fallover: 'FNPN', fallback: 'FBHPN'};
		config.resourceGroups[definition.name] = {
			name: definition.name,
			nodes: definition.nodes,
			type: definition.type,
			...policies,
			resources: emptyResources(),
		};
	});
}

export interface GroupChange {
	newName?: string;
	nodes?: string[];
	type?: GroupType;
	policies?: Partial<Policies>;
}

export function changeResourceGroup(state: ClusterState, node: string, name: string, change: GroupChange): void {
	definedGroup(state, node, name);
	const target = change.newName ?? name;
	if (change.newName && change.newName !== name) checkNewName('Resource group', change.newName, dcdOf(state, node).resourceGroups);
	editGroup(state, node, target, config => {
		const group = config.resourceGroups[name]!;
		if (change.nodes) group.nodes = change.nodes;
		if (change.type) group.type = change.type;
		if (change.policies) {
			if (group.type !== 'custom') refuse(errorLines(policiesFollowType(name, group.type)));
			Object.assign(group, change.policies);
		}
		if (target === name) return;
		// Renaming keeps the group's place in the configuration (its number in events).
		config.resourceGroups = Object.fromEntries(
			Object.entries(config.resourceGroups).map(([key, g]) => (key === name ? [target, {...g, name: target}] : [key, g])),
		);
	});
}

export function removeResourceGroup(state: ClusterState, node: string, name: string): void {
	definedGroup(state, node, name);
	editDcd(state, node, config => {
		delete config.resourceGroups[name];
	});
}
