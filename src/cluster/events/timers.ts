/**
 * Simulated time passing: `sleep` and the host clock move it on, and what
 * falls due in the event queue (queue.ts) fires then, at its own time. This
 * file also defines the resource group timers, two kinds of due event: the
 * settling time and the delayed fallback timer. A group has at most one of
 * them at a time.
 */
import {activeNodes, runningConfig, type ClusterConfig, type ResourceGroup} from '../config.js';
import type {ClusterState, GroupRuntime} from '../state.js';
import {bestStartNode, holders, startupNodes} from './policy.js';
import {runRgMove} from './rg-move.js';
import {defineEventKind, fireDue} from './queue.js';
import type {DeepReadonly} from '../readonly.js';
import {currentView} from '../view.js';

/** Let `seconds` of simulated time pass. */
export function passTime(state: ClusterState, seconds: number): void {
	fireDue(state, state.clock + Math.round(seconds * 1000));
}

/** Bring the clock up to the host's time if the host is ahead, firing what falls due on the way. */
export function catchUpClock(state: ClusterState, hostNow: number): void {
	if (hostNow > state.clock) fireDue(state, hostNow);
}

export type GroupTimerKind = 'settling' | 'fallback';

interface GroupTimer {
	group: string;
}

/** What a group timer fires with: the group's policies as they are now (a dynamic reconfiguration may have changed them since the timer was set). */
interface Firing {
	config: DeepReadonly<ClusterConfig>;
	group: DeepReadonly<ResourceGroup>;
	runtime: GroupRuntime;
	active: string[];
}

function groupTimerKind(kind: GroupTimerKind, fire: (state: ClusterState, firing: Firing) => void) {
	return defineEventKind<GroupTimer>(kind, (state, {group: name}) => {
		const config = runningConfig(state);
		const group = config?.resourceGroups[name];
		if (config && group) fire(state, {config, group, runtime: state.resourceGroups[name]!, active: activeNodes(state)});
	});
}

/** A settling time ran out: the offline group starts where its startup policy puts it now. */
const settling = groupTimerKind('settling', (state, {config, group, runtime, active}) => {
	const [target] = startupNodes(group, runtime, active);
	if (!holders(runtime)[0] && target)
		runRgMove(state, config, group, {
			release: [],
			acquire: [target],
			reason: `Settling time for resource group ${group.name} has expired; acquiring it on ${target}.`,
		});
});

/** A delayed fallback timer fired: the group moves back to its highest-priority active node if it is not there. */
const fallback = groupTimerKind('fallback', (state, {config, group, runtime, active}) => {
	const [current] = holders(runtime);
	const best = bestStartNode(group, runtime, active);
	if (group.fallback === 'FBHPN' && best && current && current !== best && active.includes(current)) {
		runRgMove(state, config, group, {
			release: [current],
			acquire: [best],
			reason: `Delayed fallback timer for resource group ${group.name} has expired; falling back from ${current} to ${best}.`,
		});
	}
});

/** The group's timer, if one is set (one pass over the queue: lssrc asks this of every group). */
export function groupTimer(state: DeepReadonly<ClusterState>, group: string): {kind: GroupTimerKind; at: number} | undefined {
	// Read outside the transaction's proxy: lssrc -ls asks once per group, and find on a draft array copies it.
	const timer = currentView(state.queue).find(
		event => (event.kind === settling.name || event.kind === fallback.name) && (event.payload as GroupTimer).group === group,
	);
	return timer && {kind: timer.kind as GroupTimerKind, at: timer.at};
}

/** Set the group's timer, replacing the one it had. */
export function setGroupTimer(state: ClusterState, group: string, kind: GroupTimerKind, at: number): void {
	cancelGroupTimers(state, group);
	(kind === 'settling' ? settling : fallback).schedule(state, at, {group});
}

/** Cancel the timers of one group (of a kind), or of every group. */
export function cancelGroupTimers(state: ClusterState, group?: string, kind?: GroupTimerKind): void {
	for (const timers of [settling, fallback]) if (!kind || timers.name === kind) timers.cancel(state, timer => !group || timer.group === group);
}
