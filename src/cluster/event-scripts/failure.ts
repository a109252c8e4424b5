/**
 * A failed event: the node's cluster manager stops processing events (RP_FAILED, clstat's EVENT_ERROR), every member
 * runs event_error, and while
 * nobody recovers it config_too_long warns in hacmp.out, after the time until warning and then at doubling intervals.
 * Recover From HACMP Script Failure (clruncmd) resumes it.
 */
import {activeNodes, configById, type ClusterConfig} from '../config.js';
import {dateTime} from '../clock.js';
import {countEventFailure, EventLog, resumeHeldEvents} from '../events/log.js';
import {logOperatorMessage} from '../errlog.js';
import {appendFile, HACMP_OUT} from '../files.js';
import {defineEventKind} from '../events/queue.js';
import type {DeepReadonly} from '../readonly.js';
import type {ClusterState} from '../state.js';
import {cmStateChanged} from './cm-log.js';
import {eventErrorNotice, eventFailedNotice, reconfigurationTooLong, resumed, tooLong} from './messages.js';

/** Seconds an event, and a resource group's processing, may run by default (Change/Show Time Until Warning). */
export const DEFAULT_DURATION = 180;

/** Seconds before config_too_long warns: the maximum event-only duration plus the maximum resource group processing time. */
export function timeUntilWarning(config: DeepReadonly<ClusterConfig>): number {
	return (config.eventDuration?.event ?? DEFAULT_DURATION) + (config.eventDuration?.group ?? DEFAULT_DURATION);
}

interface TooLong {
	node: string;
	event: string;
	/** When the event failed, ms on the simulated clock. */
	since: number;
}

const configTooLong = defineEventKind<TooLong>('config_too_long', (state, payload) => {
	const seconds = Math.round((state.clock - payload.since) / 1000);
	const node = state.nodes[payload.node];
	if (!node?.acd) return;
	const log = new EventLog(state);
	const warning = tooLong(configById(state, node.acd).cluster.name, payload.event, seconds);
	log.cluster(
		[payload.node],
		'config_too_long',
		`${seconds} ${payload.event}`,
		() => {
			log.note(payload.node, warning);
			log.note(payload.node, reconfigurationTooLong);
		},
		0,
	);
	toConsole(state, payload.node, warning);
	configTooLong.schedule(state, state.clock + Math.min(seconds, 3600) * 1000, payload);
});

/** The console log (alog -t console), where the cluster manager's warnings reach the operator. */
export const CONSOLE_LOG = '/var/adm/ras/conslog';

function toConsole(state: ClusterState, node: string, text: string): void {
	appendFile(state.nodes[node]!, CONSOLE_LOG, `${dateTime(state.clock)} ${text}\n`);
}

/** The event failed on `node`: its cluster manager waits for clruncmd. */
export function eventFailed(state: ClusterState, log: EventLog, node: string, event: string): void {
	const target = state.nodes[node];
	if (!target?.acd || target.cm === 'RP_FAILED') return;
	// An event fails while the cluster manager runs it (on a peer its state stays ST_STABLE in the model).
	cmStateChanged(state, node, 'ST_RP_RUNNING', 'RP_FAILED', `${event} failed`);
	target.cm = 'RP_FAILED';
	countEventFailure();
	log.note(node, eventFailedNotice(node, event));
	toConsole(state, node, eventFailedNotice(node, event));
	logOperatorMessage(state, node, eventFailedNotice(node, event));
	// Every member learns of the failure through event_error, which administrators can customize (a notify command).
	log.cluster(activeNodes(state), 'event_error', `${node} ${event}`, () => {
		for (const member of activeNodes(state)) log.note(member, eventErrorNotice(node, event));
	});
	configTooLong.schedule(state, state.clock + timeUntilWarning(configById(state, target.acd)) * 1000, {node, event, since: state.clock});
}

/**
 * The node failed while its cluster manager waited for clruncmd: nothing waits there any more (config_too_long stops),
 * so the events held behind its failed event run, with its node_down, on the survivors.
 */
export function waitingNodeFailed(state: ClusterState, node: string): void {
	const target = state.nodes[node];
	if (target?.cm !== 'RP_FAILED') return;
	configTooLong.cancel(state, payload => payload.node === node);
	target.cm = 'ST_INIT';
}

/** The event whose failure `node` waits on, if any. */
export function failedEvent(state: DeepReadonly<ClusterState>, node: string): string | undefined {
	return configTooLong.pending(state, payload => payload.node === node)[0]?.payload.event;
}

/**
 * clruncmd: the node's cluster manager resumes (stable again) and config_too_long stops; what the failed event skipped
 * stays undone, and once no cluster manager waits any more the events held behind it run, from the next one.
 */
export function resumeEvents(state: ClusterState, node: string): void {
	configTooLong.cancel(state, payload => payload.node === node);
	const target = state.nodes[node]!;
	appendFile(target, HACMP_OUT, `${resumed(node)}\n`);
	if (target.cm !== 'RP_FAILED') return;
	cmStateChanged(state, node, 'RP_FAILED', 'ST_STABLE', 'clruncmd');
	target.cm = 'ST_STABLE';
	resumeHeldEvents(state);
}
