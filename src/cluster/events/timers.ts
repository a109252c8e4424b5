/**
 * Simulated time passing: `sleep` and the host clock move it on, and any
 * settling or delayed-fallback timer that falls due fires then, at its own
 * time, in the order they fall due; so does a monitor that starts watching
 * an application which failed during its stabilization interval.
 */
import {activeNodes, runningConfig} from '../config.js';
import type {ClusterState} from '../state.js';
import {bestStartNode, holders, startupNodes} from './policy.js';
import {runRgMove} from './rg-move.js';
import {noticePendingFailure} from './app-monitor.js';

/** Let `seconds` of simulated time pass. */
export function passTime(state: ClusterState, seconds: number): void {
	advanceTo(state, state.clock + Math.round(seconds * 1000));
}

/** Bring the clock up to the host's time if the host is ahead, firing what falls due on the way. */
export function catchUpClock(state: ClusterState, hostNow: number): void {
	if (hostNow > state.clock) advanceTo(state, hostNow);
}

/** The next thing due by `until`: a group's timer, or a monitor starting to watch a failed application. */
function nextDue(state: ClusterState, until: number): {at: number; group: string; monitor: boolean} | undefined {
	let due: {at: number; group: string; monitor: boolean} | undefined;
	for (const [group, runtime] of Object.entries(state.resourceGroups)) {
		for (const [at, monitor] of [[runtime.timer?.at, false], [runtime.pendingFailure?.at, true]] as const) {
			if (at !== undefined && at <= until && (!due || at < due.at)) due = {at, group, monitor};
		}
	}
	return due;
}

function advanceTo(state: ClusterState, until: number): void {
	for (let due = nextDue(state, until); due; due = nextDue(state, until)) {
		state.clock = Math.max(state.clock, due.at);
		if (due.monitor) noticePendingFailure(state, due.group);
		else fireTimer(state, due.group);
	}
	state.clock = Math.max(state.clock, until);
}

/**
 * A settling time ran out: the offline group starts where its startup
 * policy puts it now. A delayed fallback timer fired: the group moves back
 * to its highest-priority active node if it is not there. Either asks the
 * group's policies as they are now: a dynamic reconfiguration may have
 * changed them since the timer was set.
 */
function fireTimer(state: ClusterState, name: string): void {
	const runtime = state.resourceGroups[name]!;
	const {kind} = runtime.timer!;
	delete runtime.timer;
	const config = runningConfig(state);
	const group = config?.resourceGroups[name];
	if (!config || !group) return;
	const active = activeNodes(state);
	const [current] = holders(runtime);
	if (kind === 'settling') {
		const [target] = startupNodes(group, runtime, active);
		if (!current && target) runRgMove(state, config, group, {release: [], acquire: [target], reason: `Settling time for resource group ${name} has expired; acquiring it on ${target}.`});
		return;
	}
	const best = bestStartNode(group, runtime, active);
	if (group.fallback === 'FBHPN' && best && current && current !== best && active.includes(current)) {
		runRgMove(state, config, group, {release: [current], acquire: [best], reason: `Delayed fallback timer for resource group ${name} has expired; falling back from ${current} to ${best}.`});
	}
}
