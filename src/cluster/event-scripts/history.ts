/**
 * What the cluster keeps about past events besides hacmp.out: the event history file of each day
 * (/usr/es/sbin/cluster/history/cluster.mmddyyyy, an EVENT START and an EVENT COMPLETED line per event on the node),
 * and the event summaries View Event Summaries compiles from hacmp.out into cl_event_summary.txt: one per top-level
 * event, with its start and end times, its exit status and the sub-events it ran.
 */
import {logTime} from '../clock.js';
import {appendFile} from '../files.js';
import type {ClusterState} from '../state.js';

export const HISTORY_DIR = '/usr/es/sbin/cluster/history';
export const EVENT_SUMMARY = '/usr/es/sbin/cluster/cl_event_summary.txt';

const pad = (n: number) => String(n).padStart(2, '0');

/** The history file of the day `ms` falls on: cluster.mmddyyyy. */
export function historyPath(ms: number): string {
	const d = new Date(ms);
	return `${HISTORY_DIR}/cluster.${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${d.getUTCFullYear()}`;
}

/** Lines of events still open on each node, by command (draft): written when the node's outermost event ends. */
const pending = new WeakMap<ClusterState, Map<string, {depth: number; lines: string[]}>>();

/**
 * An event starting (`depth` +1) or ending (-1) on a node, for that day's history file. The lines of an event and
 * its sub-events are written together when it ends: one append per top-level event, not one per line.
 */
export function recordHistory(state: ClusterState, node: string, text: string, depth: 1 | -1): void {
	const byNode = pending.get(state) ?? new Map<string, {depth: number; lines: string[]}>();
	pending.set(state, byNode);
	const open = byNode.get(node) ?? {depth: 0, lines: []};
	byNode.set(node, open);
	open.lines.push(`${logTime(state.clock)} ${text}\n`);
	open.depth += depth;
	const target = state.nodes[node];
	if (open.depth > 0 || !target) return;
	appendFile(target, historyPath(state.clock), open.lines.join(''));
	open.lines = [];
}

const MARK = /^(\w{3} [ \d]\d \d\d:\d\d:\d\d) EVENT (START|COMPLETED|FAILED): (.*)$/;
const RULE = '-'.repeat(76);

interface Open {
	text: string;
	start: string;
	subEvents: string[];
}

/** The summaries of the top-level events a hacmp.out holds, in order. */
export function eventSummaries(hacmpOut: string): string[] {
	const summaries: string[] = [];
	const open: Open[] = [];
	for (const line of hacmpOut.split('\n')) {
		const mark = MARK.exec(line);
		if (!mark) continue;
		const [, time, kind, text] = mark as unknown as [string, string, string, string];
		if (kind === 'START') {
			open.push({text, start: time, subEvents: []});
			continue;
		}
		const event = open.pop();
		if (!event) continue;
		const status = text.slice(text.lastIndexOf(' ') + 1);
		if (open.length > 0) {
			open.at(-1)!.subEvents.push(`${event.text.padEnd(52)} ${kind === 'FAILED' ? 'FAILED' : 'completed'} (${status})`);
			continue;
		}
		summaries.push(
			[
				`${' '.repeat(24)}HACMP Event Summary`,
				`Event: ${event.text}`,
				`Start time: ${event.start}`,
				'',
				`End time: ${time}`,
				'',
				`Exit status: ${status}${kind === 'FAILED' ? ' (EVENT FAILED)' : ''}`,
				'',
				`${'Sub-event:'.padEnd(52)} Result:`,
				RULE,
				...event.subEvents,
				RULE,
				'',
			].join('\n'),
		);
	}
	return summaries;
}
