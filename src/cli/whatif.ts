/**
 * `hasmit whatif [--node N] 'COMMAND'`: run a command or a fault on a copy of
 * the cluster, let simulated time pass until the cluster has noticed
 * everything it caused, and print the events that would run and where the
 * resource groups would end, as Pacemaker's crm_simulate does. The state file
 * is only read.
 */
import {produce} from 'immer';
import {runLine, type Session} from '../command/shell.js';
import type {Registry} from '../command/registry.js';
import {createRegistry} from '../domains/index.js';
import {fireDue} from '../cluster/events/queue.js';
import {nextDetection} from '../cluster/failure/detect.js';
import {HACMP_OUT} from '../cluster/files.js';
import type {ClusterState} from '../cluster/state.js';
import type {DeepReadonly} from '../cluster/readonly.js';
import {openSession, UsageProblem} from './session.js';
import {WHATIF_USAGE} from './whatif-usage.js';

/** The most detection passes a preview waits through (each may cause another, as a takeover failing does). */
const MAX_PASSES = 20;

/** The lines `hasmit whatif` prints for a command line run on `node` of a copy of `state`; the copy is thrown away. */
export function whatIf(
	state: DeepReadonly<ClusterState>,
	node: string,
	line: string,
	registry: Registry = createRegistry(),
): {lines: string[]; code: number} {
	const session: Session = {state: state as ClusterState, node, registry};
	const result = runLine(session, line);
	let after = session.state;
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const due = nextDetection(after);
		if (due === undefined) break;
		after = produce(after, draft => void fireDue(draft, due));
	}
	const lines = [`What if: ${line}   (on ${node}; simulated, nothing is changed)`, ''];
	lines.push(
		...result.output
			.trimEnd()
			.split('\n')
			.filter(Boolean)
			.map(text => `  ${text}`),
	);
	lines.push('', 'Events that would run:');
	const events = eventsRun(state, after);
	lines.push(...(events.length > 0 ? events : ['  (none)']));
	lines.push('', 'Resource groups:');
	for (const [group, runtime] of Object.entries(after.resourceGroups)) {
		const was = onlineOn(state.resourceGroups[group]?.nodes ?? {});
		const now = onlineOn(runtime.nodes);
		lines.push(`  ${group.padEnd(20)}${was.padEnd(28)}${was === now ? '(unchanged)' : `-> ${now}`}`);
	}
	return {lines, code: result.code};
}

/** Where a group is held: `ONLINE on node2`, `ERROR on node1`, or OFFLINE. */
function onlineOn(nodes: DeepReadonly<Record<string, string>>): string {
	const held = Object.entries(nodes).filter(([, s]) => s !== 'OFFLINE');
	return held.length === 0 ? 'OFFLINE' : held.map(([n, s]) => `${s} on ${n}`).join(', ');
}

/** The events started since `before`, once each with the nodes that ran it, in time order. */
function eventsRun(before: DeepReadonly<ClusterState>, after: DeepReadonly<ClusterState>): string[] {
	const seen = new Map<string, string[]>();
	for (const [name, node] of Object.entries(after.nodes)) {
		const old = before.nodes[name]?.files[HACMP_OUT] ?? '';
		const text = node.files[HACMP_OUT] ?? '';
		// A node that ran nothing kept the very same log (a whole-string comparison of a large log is what costs).
		if (text === old) continue;
		// A log the preview only appended to ends its old text where it ended (its last line checked, not the whole log).
		const tail = old.slice(-120);
		const appended = text.length >= old.length && text.slice(old.length - tail.length, old.length) === tail;
		for (const match of text.slice(appended ? old.length : 0).matchAll(/^(\w+ +\d+ [\d:]+) EVENT START: (.+)$/gm)) {
			const key = `${match[1]}  ${match[2]}`;
			seen.set(key, [...(seen.get(key) ?? []), name]);
		}
	}
	// By time stamp (as text: a preview spans less than a day); events of the same second keep their order.
	const stamp = (key: string) => key.slice(0, key.indexOf('  '));
	return [...seen].sort(([a], [b]) => stamp(a).localeCompare(stamp(b))).map(([event, nodes]) => `  ${event}  (${nodes.join(', ')})`);
}

export async function whatifCommand(args: string[]): Promise<number> {
	const options: {state?: string; node?: string; line?: string} = {};
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--state' || arg === '--node') {
			const value = args[++i];
			if (value === undefined) throw new UsageProblem(`hasmit whatif: ${arg} needs a value.\n${WHATIF_USAGE}`);
			options[arg === '--state' ? 'state' : 'node'] = value;
		} else if (options.line === undefined) options.line = arg;
		else throw new UsageProblem(`hasmit whatif: give the command line as one argument, in quotes.\n${WHATIF_USAGE}`);
	}
	if (options.line === undefined) throw new UsageProblem(`hasmit whatif: no command line given.\n${WHATIF_USAGE}`);
	const {cluster, notices} = await openSession(options);
	for (const notice of notices) process.stderr.write(`${notice}\n`);
	const {lines, code} = whatIf(cluster.file.current(), cluster.node, options.line, cluster.session.registry);
	process.stdout.write(`${lines.join('\n')}\n`);
	return code;
}
