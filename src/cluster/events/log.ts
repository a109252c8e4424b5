/**
 * How cluster events are recorded: the event scripts' trace in each node's
 * /tmp/hacmp.out (EVENT START / script lines / EVENT COMPLETED, time
 * stamped) and a summary line per event in /var/adm/cluster.log.
 */
import {advance, logTime} from '../clock.js';
import {appendFile, CLUSTER_LOG, HACMP_OUT} from '../files.js';
import type {ClusterState, NodeState} from '../state.js';
import {currentView, peek} from '../view.js';
import {eventSummaries} from '../event-scripts/history.js';
import {profileOf} from '../release/index.js';
import type {DeepReadonly} from '../readonly.js';

/**
 * What runs around every event on each node that runs it: the administrator's customization (pre- and post-event,
 * notify and recovery commands), the event history and the debug level, installed once by event-scripts/. Every event
 * passes through cluster() or event() below, so every event, of any domain, is customizable without knowing it.
 */
export interface EventHooks {
	/** Before the event's work on `node`; false when an administrator's command failed (the event then fails). */
	before(state: ClusterState, node: string, event: string, args: string): boolean;
	/** The event's work failed on `node`: whether its recovery command ran (attempt 1, 2, ...) and the work is to be tried again. */
	retry(state: ClusterState, node: string, event: string, args: string, attempt: number): boolean;
	/** After the work with its exit code; returns the code the event ends with (a failed post-event command fails it). */
	after(state: ClusterState, node: string, event: string, args: string, rc: number, scriptFailed: boolean): number;
	/** Whether the node's event scripts trace their lines (debug level high) in hacmp.out. */
	traced(state: ClusterState, node: string): boolean;
}

let hooks: EventHooks | undefined;

export function installEventHooks(installed: EventHooks): void {
	hooks = installed;
}

export class EventLog {
	/** Nodes without power when the log was opened (an event runs on the power it started with). */
	private readonly off: ReadonlySet<string>;

	constructor(private readonly state: ClusterState) {
		this.off = new Set(state.faults ? currentView(state.faults.poweredOff) : []);
	}

	private stamp(): string {
		return logTime(this.state.clock);
	}

	/** Simulated time an event step takes. */
	pass(seconds: number): void {
		advance(this.state, seconds);
	}

	/** A node's files, unless its power is off: nothing is written there then. */
	private running(node: string): NodeState | undefined {
		return this.off.has(node) ? undefined : this.state.nodes[node];
	}

	/** An event line on each node that runs it: in hacmp.out, and its summary in cluster.log (one time stamp for all). */
	private record(nodes: readonly string[], text: string): void {
		const stamp = this.stamp();
		for (const node of nodes) {
			const target = this.running(node);
			if (!target) continue;
			appendFile(target, HACMP_OUT, `${stamp} ${text}\n\n`);
			appendFile(target, CLUSTER_LOG, `${stamp} ${node} user:notice HACMP for AIX: ${text}\n`);
			for (const capture of captures) capture.get(node)?.push(`${stamp} ${text}`);
		}
	}

	/** `EVENT START: name args` on each node that runs the event. */
	start(nodes: readonly string[], event: string, args = ''): void {
		this.record(nodes, `EVENT START: ${event}${args ? ` ${args}` : ''}`);
	}

	/** `EVENT COMPLETED: name args rc` (EVENT FAILED when rc is not 0). */
	complete(nodes: readonly string[], event: string, args = '', rc = 0): void {
		this.record(nodes, `EVENT ${rc === 0 ? 'COMPLETED' : 'FAILED'}: ${event}${args ? ` ${args}` : ''} ${rc}`);
	}

	/** Script trace lines (`:script[line] text`) as ksh -x prints them with HACMP's PS4. */
	trace(node: string, script: string, lines: readonly string[]): void {
		const target = this.running(node);
		if (!target || hooks?.traced(this.state, node) === false) return;
		let line = 40 + ((script.length * 7) % 60);
		appendFile(target, HACMP_OUT, lines.map(text => `:${script}[${(line += 3)}] ${text}\n`).join(''));
	}

	/** A message line an event script prints (not traced). */
	note(node: string, text: string): void {
		const target = this.running(node);
		if (target) appendFile(target, HACMP_OUT, `${text}\n`);
	}

	/** Run a sub-event on one node between its START and COMPLETED lines (FAILED when the body returns false). */
	event(node: string, name: string, args: string, body: () => boolean | void): boolean {
		const failuresBefore = this.canStop();
		this.start([node], name, args);
		const scriptOk = outside(() => hooks?.before(this.state, node, name, args)) !== false;
		let ok = false;
		const halted = skipped(() => {
			ok = body() !== false;
			for (let attempt = 1; !ok && outside(() => hooks?.retry(this.state, node, name, args, attempt)); attempt++) ok = body() !== false;
		});
		this.pass(1);
		this.complete([node], name, args, this.after(node, name, args, ok && !halted ? 0 : 1, !scriptOk));
		this.stopIfFailed(failuresBefore, halted);
		return ok;
	}

	/** In a sequence (which runs only while no cluster manager waits), the count of failures an event starts from. */
	private canStop(): number | undefined {
		return sequences > 0 ? failures : undefined;
	}

	/** The event failed, or one below it: the rest of the script that called it is skipped too. */
	private stopIfFailed(from: number | undefined, halted: EventsHalted | undefined): void {
		if (halted) throw halted;
		if (from !== undefined && failures !== from) throw new EventsHalted();
	}

	/** A cluster event: START on every node that runs it, its body, then COMPLETED on each `seconds` later. */
	cluster(nodes: readonly string[], name: string, args: string, body: () => void, seconds = 1): void {
		// The EVENT lines each node writes during a top-level event: its summary follows the event (HACMP 5.x).
		const marks = running.length === 0 && profileOf(this.state).eventSummaries ? new Map(nodes.map(node => [node, [] as string[]])) : undefined;
		const failuresBefore = this.canStop();
		let halted: EventsHalted | undefined;
		if (marks) captures.push(marks);
		try {
			this.start(nodes, name, args);
			const failed = hooks ? nodes.filter(node => !outside(() => hooks!.before(this.state, node, name, args))) : [];
			running.push({name, started: this.state.clock});
			try {
				halted = skipped(body);
			} finally {
				running.pop();
			}
			this.pass(seconds);
			// Where a sub-event failed, the event's script exits 1 too.
			const rc = (node: string) => (halted && this.state.nodes[node]?.cm === 'RP_FAILED' ? 1 : 0);
			if (!hooks) for (const node of nodes) this.complete([node], name, args, rc(node));
			else for (const node of nodes) this.complete([node], name, args, this.after(node, name, args, rc(node), failed.includes(node)));
		} finally {
			if (marks) captures.splice(captures.indexOf(marks), 1);
		}
		if (marks) this.summarize(marks);
		this.stopIfFailed(failuresBefore, halted);
	}

	/** Each node's summary of the top-level event after it; most members wrote the same lines, summarized once. */
	private summarize(marks: ReadonlyMap<string, readonly string[]>): void {
		const summaries = new Map<string, string | undefined>();
		for (const [node, lines] of marks) {
			const target = this.running(node);
			if (!target) continue;
			const trace = lines.join('\n');
			if (!summaries.has(trace)) summaries.set(trace, eventSummaries(trace).at(-1));
			const summary = summaries.get(trace);
			if (summary) appendFile(target, HACMP_OUT, `${summary}\n`);
		}
	}

	private after(node: string, name: string, args: string, rc: number, scriptFailed: boolean): number {
		return hooks ? outside(() => hooks!.after(this.state, node, name, args, rc, scriptFailed)) : rc;
	}
}

/** The EVENT lines written, by node, during each top-level event running now (its summary is made of them). */
const captures: Array<Map<string, string[]>> = [];

/** The cluster events running now, outermost first (what config_too_long names). */
const running: Array<{name: string; started: number}> = [];

/** The cluster event running now and when it started, if any. */
export function runningEvent(): {name: string; started: number} | undefined {
	return running.at(-1);
}

/**
 * Thrown up through the events of a sequence (events/node-events.ts) when one of them fails: the rest of the failed
 * event's script is skipped, each enclosing event ending FAILED, and the events after it wait (state.heldEvents).
 */
export class EventsHalted extends Error {
	constructor() {
		super('cluster event processing stopped by a failed event');
	}
}

/** Sequences running now that a failed event stops; outside them an event's failure does not unwind anything. */
let sequences = 0;

/** Events failed so far (failure.ts counts each that stops a cluster manager): how an event knows it failed. */
let failures = 0;

export function countEventFailure(): void {
	failures++;
}

export const eventFailures = () => failures;

/** Run a sequence's event so that a failure in it stops it (EventsHalted). */
export function stoppable(run: () => void): void {
	sequences++;
	try {
		run();
	} finally {
		sequences--;
	}
}

/** An administrator's command runs outside the sequence: the events it causes (a clRGmove) do not stop it. */
function outside<T>(run: () => T): T {
	const saved = sequences;
	sequences = 0;
	try {
		return run();
	} finally {
		sequences = saved;
	}
}

/** Run a body; the failure that stopped it, if one did. */
function skipped(body: () => unknown): EventsHalted | undefined {
	try {
		body();
		return undefined;
	} catch (error) {
		if (error instanceof EventsHalted) return error;
		throw error;
	}
}

/** The nodes whose cluster manager waits for clruncmd after a failed event (RP_FAILED). */
export function nodesWaiting(state: DeepReadonly<ClusterState>): string[] {
	// Asked before every event of a sequence: each node is peeked (view.ts), since reading it through the transaction's
	// proxy would draft every node of a big cluster.
	const nodes = state.nodes;
	return Object.keys(nodes).filter(name => {
		const node = peek(nodes, name);
		return node !== undefined && node.acd !== null && node.cm === 'RP_FAILED';
	});
}

/** Whether a failed event stopped cluster event processing: a cluster manager waits for clruncmd. */
export const eventsWaiting = (state: DeepReadonly<ClusterState>): boolean => nodesWaiting(state).length > 0;

let resume: ((state: ClusterState) => void) | undefined;

/** node-events.ts installs what runs the events held behind a failed one (clruncmd calls it without importing it). */
export function installResume(run: (state: ClusterState) => void): void {
	resume = run;
}

/** Run the events held behind a failed one, now that no cluster manager waits any more. */
export function resumeHeldEvents(state: ClusterState): void {
	resume?.(state);
}
