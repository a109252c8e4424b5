/**
 * The HACMP Event Emulator (cl_emulate): an event is run on every active node on a throwaway copy of the cluster, and
 * the trace it would have written to hacmp.out goes to /tmp/emuhacmp.out instead, one section per node between the
 * emulation banners, each command the scripts would have run shown, not run. Nothing else changes: not the
 * resources, not the logs, not the clock.
 *
 * Each event has an emulation: node_up and node_down run the real event scripts; events the model does not run yet
 * (network, interface) trace their script's outline. A domain that models one registers its emulation with
 * defineEmulation, replacing the outline.
 */
import {createDraft, isDraft, original} from 'immer';
import {activeNodes, configById, runningConfigId} from '../config.js';
import {refuse} from '../errors.js';
import {EventLog} from '../events/log.js';
import {runNodeDown, runNodeUp, type StopMode} from '../events/node-events.js';
import {HACMP_OUT} from '../files.js';
import type {ClusterState} from '../state.js';
import {notActive, unknownNode} from './messages.js';

export interface EmulationRequest {
	event: string;
	node: string;
	/** node_down's mode. */
	mode?: StopMode;
	network?: string;
	/** fail_standby / join_standby's interface address; swap_adapter's service address. */
	address?: string;
	/** swap_adapter's standby address. */
	standby?: string;
}

/** Run the event on `state` (a throwaway copy): what an emulation does. */
type Emulation = (state: ClusterState, request: EmulationRequest) => void;

const emulations = new Map<string, Emulation>();

export function defineEmulation(event: string, emulate: Emulation): void {
	emulations.set(event, emulate);
}

export const emulatedEvents = () => [...emulations.keys()];

defineEmulation('node_up', (state, {node}) => {
	const target = state.nodes[node]!;
	if (target.acd) refuse(`cl_emulate: cluster services are already active on node ${node}.`);
	target.acd = runningConfigId(state) ?? target.dcd;
	runNodeUp(state, node);
});

defineEmulation('node_down', (state, {node, mode = 'graceful'}) => {
	if (!state.nodes[node]!.acd) refuse(notActive('cl_emulate', node));
	runNodeDown(state, node, mode);
});

/** The outline of an event script the model does not run: its START, a trace of what it would do, its COMPLETED. */
function outline(event: string, args: (r: EmulationRequest) => string, commands: (r: EmulationRequest) => string[]): Emulation {
	return (state, request) => {
		const log = new EventLog(state);
		const nodes = activeNodes(state);
		for (const name of [event, `${event}_complete`].filter(e => e === event || COMPLETES.has(event)))
			log.cluster(nodes, name, args(request), () => {
				if (name === event) log.trace(request.node, event, commands(request));
			});
	};
}

/** Events whose script is followed by a _complete event. */
const COMPLETES = new Set(['network_down', 'network_up', 'swap_adapter']);

const byNetwork = (r: EmulationRequest) => `${r.node} ${r.network ?? ''}`.trim();
defineEmulation(
	'network_down',
	outline('network_down', byNetwork, r => [`cl_RMupdate rg_move ${r.node} network_down`, `cl_echo 53 'Network ${r.network} is down'`]),
);
defineEmulation(
	'network_up',
	outline('network_up', byNetwork, r => [`cl_echo 52 'Network ${r.network} is up'`]),
);
defineEmulation(
	'fail_standby',
	outline(
		'fail_standby',
		r => `${r.node} ${r.address ?? ''}`.trim(),
		r => [`cl_echo 33 'Standby ${r.address} has failed'`],
	),
);
defineEmulation(
	'join_standby',
	outline(
		'join_standby',
		r => `${r.node} ${r.address ?? ''}`.trim(),
		r => [`cl_echo 34 'Standby ${r.address} is up'`],
	),
);
defineEmulation(
	'swap_adapter',
	outline(
		'swap_adapter',
		r => `${r.node} ${r.network ?? ''} ${r.address ?? ''} ${r.standby ?? ''}`.trim(),
		r => [`cl_swap_IP_address rotating release ${r.address} ${r.standby}`, `cl_echo 30 'Swapping ${r.address} onto the standby interface'`],
	),
);

const RULE = '*'.repeat(75);

/** A line of stars with the text in its middle. */
function banner(text: string): string {
	const side = Math.max(2, 75 - text.length) / 2;
	return `${'*'.repeat(Math.floor(side))}${text}${'*'.repeat(Math.ceil(side))}`;
}

/** A trace line of hacmp.out as the emulator shows it: a command not run, a shell line traced, anything else as is. */
function emulated(line: string): string[] {
	const traced = /^:[\w.]+\[\d+\] (.*)$/.exec(line);
	if (!traced) return [line];
	const text = traced[1]!;
	if (/^(\[\[|[A-Za-z_]\w*=)/.test(text)) return [`+ ${text}`];
	return ['NOTICE >>>> The following command was not executed <<<<', text];
}

/** Emulate the event; returns the emulator's output, one section per active node. Nothing in `state` changes. */
export function emulateEvent(state: ClusterState, request: EmulationRequest): string {
	const emulate = emulations.get(request.event) ?? refuse(`cl_emulate: ${request.event} cannot be emulated.`);
	if (!state.nodes[request.node]) refuse(unknownNode('cl_emulate', request.node));
	const nodes = activeNodes(state);
	if (nodes.length === 0) refuse('cl_emulate: cluster services are not running on any node: there is nothing to emulate.');
	const networks = configById(state, runningConfigId(state)!).networks;
	if (request.network !== undefined && !Object.hasOwn(networks, request.network)) refuse(`cl_emulate: ${request.network} is not a cluster network.`);
	// A copy-on-write draft of the committed state, never finished: the event's changes are thrown away.
	const base = isDraft(state) ? original(state)! : state;
	const copy = createDraft(base) as ClusterState;
	copy.clock = state.clock;
	const before = new Map(nodes.map(node => [node, (copy.nodes[node]!.files[HACMP_OUT] ?? '').length]));
	emulate(copy, request);
	const sections = nodes.map(node => {
		const trace = (copy.nodes[node]!.files[HACMP_OUT] ?? '').slice(before.get(node)).split('\n');
		return [
			RULE,
			banner(`START OF EMULATION FOR NODE ${node}`),
			RULE,
			...trace.flatMap(emulated),
			banner(`END OF EMULATION FOR NODE ${node}`),
			'',
		].join('\n');
	});
	return sections.join('\n');
}
