/**
 * How cluster events are recorded: the event scripts' trace in each node's
 * /tmp/hacmp.out (EVENT START / script lines / EVENT COMPLETED, time
 * stamped) and a summary line per event in /var/adm/cluster.log.
 */
import {advance, logTime} from '../clock.js';
import {appendFile, CLUSTER_LOG, HACMP_OUT} from '../files.js';
import type {ClusterState, NodeState} from '../state.js';
import {currentView} from '../view.js';

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
		if (!target) return;
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
		this.start([node], name, args);
		const ok = body() !== false;
		this.pass(1);
		this.complete([node], name, args, ok ? 0 : 1);
		return ok;
	}

	/** A cluster event: START on every node that runs it, its body, then COMPLETED on each `seconds` later. */
	cluster(nodes: readonly string[], name: string, args: string, body: () => void, seconds = 1): void {
		this.start(nodes, name, args);
		running.push({name, started: this.state.clock});
		try {
			body();
		} finally {
			running.pop();
		}
		this.pass(seconds);
		this.complete(nodes, name, args);
	}
}

/** The cluster events running now, outermost first (what config_too_long names). */
const running: Array<{name: string; started: number}> = [];

/** The cluster event running now and when it started, if any. */
export function runningEvent(): {name: string; started: number} | undefined {
	return running.at(-1);
}
