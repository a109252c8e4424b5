/**
 * An application server's script that takes long (its file holds `sleep N`
 * lines, the simulated time it runs): the event waiting for it runs on, and
 * once a cluster event has run for six minutes the cluster manager starts
 * config_too_long, which warns every 30 seconds until the event completes.
 */
import {runningConfig} from '../config.js';
import type {EventLog} from '../events/log.js';
import {runningEvent} from '../events/log.js';
import {timeUntilWarning} from '../event-scripts/failure.js';
import {tooLong} from '../event-scripts/messages.js';
import type {ClusterState} from '../state.js';
import {FAILURE_EVENTS as E} from './event-names.js';

/** Seconds between its warnings. */
const REPEAT = 30;

/** Seconds a script's `sleep` lines make it run. */
function runTime(text: string): number {
	return [...text.matchAll(/^\s*sleep\s+(\d+)\s*$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
}

/** Run a script on a node for the time it takes, warning as config_too_long does when its event runs too long. */
export function scriptRuns(state: ClusterState, log: EventLog, node: string, path: string): void {
	const seconds = runTime(state.nodes[node]?.files[path] ?? '');
	const event = runningEvent();
	if (seconds === 0 || !event) return;
	const config = runningConfig(state);
	if (!config) return;
	// The time until warning an administrator set (Change/Show Time Until Warning), 360 seconds by default.
	const limit = timeUntilWarning(config);
	const end = state.clock + seconds * 1000;
	const args = (elapsed: number) => `${elapsed} ${event.name}`;
	let warned = 0;
	for (let at = event.started + limit * 1000; at <= end; at += REPEAT * 1000) {
		log.pass((at - state.clock) / 1000);
		const elapsed = Math.round((at - event.started) / 1000);
		if (warned++ === 0) log.start([node], E.configTooLong, args(elapsed));
		log.note(node, tooLong(config.cluster.name, event.name, elapsed));
	}
	log.pass((end - state.clock) / 1000);
	if (warned > 0) log.complete([node], E.configTooLong, args(limit));
}
