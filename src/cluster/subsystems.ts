/**
 * AIX System Resource Controller subsystems HACMP and RSCT run, per node.
 * clcomdES, clstrmgrES and ctrmc start at boot and keep running; the rest
 * start with cluster services and stop with them.
 */
import type {ClusterState, NodeState, Subsystem} from './state.js';

export interface SubsystemDef {
	name: string;
	group: string;
	/** Started at boot from inittab and left running. */
	boot?: boolean;
	/** Which block of clshowsrv -v it is shown in. */
	part: 'rsct' | 'hacmp' | 'optional';
}

export const SUBSYSTEMS: readonly SubsystemDef[] = [
	{name: 'topsvcs', group: 'topsvcs', part: 'rsct'},
	{name: 'grpsvcs', group: 'grpsvcs', part: 'rsct'},
	{name: 'grpglsm', group: 'grpsvcs', part: 'rsct'},
	{name: 'emsvcs', group: 'emsvcs', part: 'rsct'},
	{name: 'emaixos', group: 'emsvcs', part: 'rsct'},
	{name: 'ctrmc', group: 'rsct', part: 'rsct', boot: true},
	{name: 'clcomdES', group: 'clcomdES', part: 'hacmp', boot: true},
	{name: 'clstrmgrES', group: 'cluster', part: 'hacmp', boot: true},
	{name: 'clsmuxpdES', group: 'cluster', part: 'hacmp'},
	{name: 'clinfoES', group: 'cluster', part: 'optional'},
	{name: 'cllockdES', group: 'lock', part: 'optional'},
];

/** A process id as AIX hands them out: large and not consecutive. */
export function nextPid(state: ClusterState): number {
	// A Lehmer generator keeps the sequence deterministic (tests, replays) but irregular, like real PIDs.
	const seed = (state.lastPid * 48271) % 2147483647;
	state.lastPid = 20000 + (seed % 700000);
	return state.lastPid;
}

export function baseSubsystems(state: ClusterState): Record<string, Subsystem> {
	return Object.fromEntries(SUBSYSTEMS.map(s => [s.name, {group: s.group, pid: s.boot ? nextPid(state) : 0}]));
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
