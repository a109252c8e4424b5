/**
 * AIX System Resource Controller subsystems HACMP (and in HACMP/ES, RSCT)
 * run, per node. Which there are, and which start at boot and keep running
 * (clcomdES and ctrmc in 5.2), is the release's (release/); the rest start
 * with cluster services and stop with them.
 */
import type {ClusterState, NodeState, Subsystem} from './state.js';
import {profileOf, type SubsystemDef, type SubsystemRole} from './release/index.js';

export type {SubsystemDef};

/** The subsystems of the release the cluster runs. */
export function subsystemsOf(state: {readonly release?: ClusterState['release']}): readonly SubsystemDef[] {
	return profileOf(state).subsystems;
}

/** The daemon that has a role in the cluster's release (clstrmgrES or clstrmgr, clinfoES or clinfo, ...). */
export function subsystemName(state: {readonly release?: ClusterState['release']}, role: SubsystemRole): string {
	return subsystemsOf(state).find(s => s.role === role)?.name ?? '';
}

/** A process id as AIX hands them out: large and not consecutive. */
export function nextPid(state: ClusterState): number {
	// A Lehmer generator keeps the sequence deterministic (tests, replays) but irregular, like real PIDs.
	const seed = (state.lastPid * 48271) % 2147483647;
	state.lastPid = 20000 + (seed % 700000);
	return state.lastPid;
}

export function baseSubsystems(state: ClusterState): Record<string, Subsystem> {
	return Object.fromEntries(subsystemsOf(state).map(s => [s.name, {group: s.group, pid: s.boot ? nextPid(state) : 0}]));
}

export function isActive(node: NodeState, name: string): boolean {
	return (node.subsystems[name]?.pid ?? 0) > 0;
}

/** startsrc -s: returns false when it was already active. */
export function startSubsystem(state: ClusterState, node: NodeState, name: string): boolean {
	const subsystem = node.subsystems[name];
	if (!subsystem || subsystem.pid > 0) return false;
	subsystem.pid = nextPid(state);
	return true;
}

/** stopsrc -s: returns false when it was not active. */
export function stopSubsystem(node: NodeState, name: string): boolean {
	const subsystem = node.subsystems[name];
	if (!subsystem || subsystem.pid === 0) return false;
	subsystem.pid = 0;
	return true;
}
