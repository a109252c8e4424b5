/**
 * What the cluster managers conclude when the keep-alives stop or come back:
 * Topology Services notices a change one failure detection time after it
 * happens (topsvcs.ts), and the cluster runs the events for what changed
 * since it last looked: node_down for a node gone (its groups taken over),
 * node_down on both sides of a split with no network left between them
 * (split brain), network_down / network_up (local or global) with selective
 * fallover of the groups whose service addresses were on a network a node
 * lost, swap_adapter / fail_interface / fail_standby and their joins for
 * single adapters. Each change is announced once (`faults.declared`).
 */
import {activeNodes, isSerialNetwork, runningConfig, type ClusterConfig, type Network, type ResourceGroup} from '../config.js';
import {EventLog} from '../events/log.js';
import {announceEvents, runNodeDown} from '../events/node-events.js';
import {waitingNodeFailed} from '../event-scripts/failure.js';
import {falloverTarget, holders} from '../events/policy.js';
import {runRgMove} from '../events/rg-move.js';
import {defineEventKind} from '../events/queue.js';
import {cancelGroupTimers} from '../events/timers.js';
import type {DeepReadonly} from '../readonly.js';
import type {ClusterState} from '../state.js';
import {FAILURE_EVENTS as E} from './event-names.js';
import {faultsOf, isPoweredOff, settled, type Faults} from './model.js';
import {clexitHalt} from './power.js';
import {aliveNodes, memberships, reachOf, type Reach} from './reach.js';
import {detectionSeconds, moduleOf} from './topsvcs.js';
import {splitBrainWarnings} from './messages.js';
import {addressOf, swapAdapter} from './swap-adapter.js';

type Config = DeepReadonly<ClusterConfig>;

/** Topology Services looks again (a keep-alive timed out, or a peer's came back). */
const detection = defineEventKind<Record<string, never>>('topsvcs_detect', state => detectNow(state));

/** Look again once the keep-alives of the given networks (all by default) have timed out, or, for a repair, come back. */
export function scheduleDetection(state: ClusterState, change: 'fail' | 'join', networks?: readonly string[]): void {
	const config = runningConfig(state);
	if (!config) {
		tidy(state);
		return;
	}
	const chosen = Object.values(config.networks).filter(n => !networks || networks.includes(n.name));
	const seconds = Math.max(1, ...chosen.map(n => (change === 'fail' ? detectionSeconds(config, n.type) : moduleOf(config, n.type).interval * 2)));
	detection.schedule(state, state.clock + seconds * 1000, {});
}

/** When Topology Services will next look, if a change is pending. */
export function nextDetection(state: DeepReadonly<ClusterState>): number | undefined {
	return detection.pending(state)[0]?.at;
}

/** Run now the events for everything that changed since the cluster managers last looked. */
export function detectNow(state: ClusterState): void {
	faultsOf(state);
	const config = runningConfig(state);
	if (config) {
		const survivors = aliveNodes(state);
		for (const node of activeNodes(state)) if (isPoweredOff(state, node)) nodeFailed(state, node, survivors, true);
		splitOrMerge(state, config, memberships(reachOf(state, config), config));
		// A merge may have halted nodes: look again.
		const reach = reachOf(state, config);
		for (const members of memberships(reach, config))
			for (const network of Object.values(config.networks)) networkChanges(state, config, reach, members, network);
	}
	tidy(state);
}

/** A failed node's peers declare it down and take its groups over; it holds nothing from then on. */
function nodeFailed(state: ClusterState, node: string, survivors: readonly string[], announce: boolean): void {
	waitingNodeFailed(state, node);
	if (announce && survivors.length > 0) runNodeDown(state, node, 'takeover', survivors);
	for (const runtime of Object.values(state.resourceGroups)) if (runtime.nodes[node] !== undefined) runtime.nodes[node] = 'OFFLINE';
	const target = state.nodes[node]!;
	target.acd = null;
	target.cm = 'ST_INIT';
	target.forcedDown = false;
	if (activeNodes(state).length === 0) cancelGroupTimers(state);
}

/**
 * Sides that no longer hear each other on any network each declare the others down and take their groups: split
 * brain. When they hear each other again, Group Services cannot merge them: the side with fewer nodes (or without
 * the cluster's first node) is halted.
 */
function splitOrMerge(state: ClusterState, config: Config, sides: string[][]): void {
	const faults = faultsOf(state);
	const log = new EventLog(state);
	if (sides.length > 1 && !faults.splitBrain) {
		faults.splitBrain = sides;
		for (const side of sides) for (const other of sides) if (other !== side) for (const node of other) runNodeDown(state, node, 'takeover', side);
		for (const side of sides) for (const node of side) for (const line of splitBrainWarnings(state, config, node, sides)) log.note(node, line);
		return;
	}
	if (sides.length > 1 || !faults.splitBrain) return;
	const first = config.nodes[0]?.name ?? '';
	const [kept] = [...faults.splitBrain].sort((a, b) => b.length - a.length || Number(b.includes(first)) - Number(a.includes(first)));
	const halted = faults.splitBrain.flat().filter(node => !kept!.includes(node));
	delete faults.splitBrain;
	for (const node of halted) {
		clexitHalt(state, node, 'grpsvcs (GS_DOM_MERGE_ER: the partitions of the cluster merged)');
		// Its peers declared it down when the cluster split.
		nodeFailed(state, node, [], false);
	}
}

/** The network state each member should be known in: down everywhere (global), down on some nodes (local), or up. */
function networkView(reach: Reach, members: readonly string[], network: DeepReadonly<Network>): {global: boolean; local: string[]} {
	const serial = isSerialNetwork(network);
	const on = members.filter(node => (serial ? reach.hasDevice(node, network.name) : reach.adapters(node, network.name).length > 0));
	// A node whose own adapters all failed knows it lost the network; among the others, those nobody hears lost it too,
	// unless nobody hears anybody: then the network itself failed.
	// A point-to-point device cannot tell which end failed.
	const up = serial ? on : on.filter(node => reach.locallyUp(node, network.name));
	const lost = on.filter(node => !up.includes(node));
	const talkers = up.filter(node => up.some(other => other !== node && reach.hears(node, other, network)));
	if (up.length < 2) return {global: false, local: lost};
	if (talkers.length === 0) return {global: true, local: lost};
	return {global: false, local: [...lost, ...up.filter(node => !talkers.includes(node))]};
}

function networkChanges(state: ClusterState, config: Config, reach: Reach, members: readonly string[], network: DeepReadonly<Network>): void {
	const declared = faultsOf(state).declared;
	const view = networkView(reach, members, network);
	const net = network.name;
	// An event and its *_complete, queued as every event is: a failed one holds the rest until clruncmd.
	const announce = (event: string, complete: string, args: string, note?: string) =>
		announceEvents(state, members, [
			{event, args, ...(note && {note})},
			{event: complete, args},
		]);
	if (view.global !== declared.networks.includes(net)) {
		if (view.global) {
			declared.networks.push(net);
			announce(
				E.networkDown,
				E.networkDownComplete,
				`-1 ${net}`,
				`Network ${net} has failed on every node: no service address on it can be reached.`,
			);
		} else {
			declared.networks.splice(declared.networks.indexOf(net), 1);
			announce(E.networkUp, E.networkUpComplete, `-1 ${net}`);
		}
	}
	for (const node of members) {
		const key = `${node}:${net}`;
		const down = view.local.includes(node);
		if (down === declared.networks.includes(key)) continue;
		if (!down) {
			declared.networks.splice(declared.networks.indexOf(key), 1);
			announce(E.networkUp, E.networkUpComplete, `${node} ${net}`);
			continue;
		}
		declared.networks.push(key);
		announce(E.networkDown, E.networkDownComplete, `${node} ${net}`);
		selectiveFallover(
			state,
			config,
			node,
			net,
			members.filter(n => !view.local.includes(n)),
		);
	}
	if (view.global || isSerialNetwork(network)) return;
	for (const node of members) if (!view.local.includes(node)) adapterChanges(state, config, reach, members, node, network);
}

/** The groups a node lost a network under move to a node that still has it (selective fallover); with none, they stay. */
function selectiveFallover(state: ClusterState, config: Config, node: string, net: string, stillOn: readonly string[]): void {
	const onNetwork = (group: DeepReadonly<ResourceGroup>) => group.resources.serviceLabels.some(label => config.ipLabels[label]?.network === net);
	for (const group of Object.values(config.resourceGroups)) {
		const runtime = state.resourceGroups[group.name];
		if (!runtime || !holders(runtime).includes(node) || runtime.nodes[node] !== 'ONLINE' || !onNetwork(group)) continue;
		const to = falloverTarget(state, group, runtime, stillOn, node);
		if (!to) {
			new EventLog(state).note(node, `Resource group ${group.name} stays on ${node}: no other node can take it on network ${net}.`);
			continue;
		}
		runRgMove(state, config, group, {
			release: [node],
			acquire: [to],
			reason: `Selective fallover: ${node} lost network ${net}; moving resource group ${group.name} to ${to}.`,
		});
	}
}

/** One adapter failing or coming back while its node keeps the network: its addresses move to another adapter. */
function adapterChanges(
	state: ClusterState,
	config: Config,
	reach: Reach,
	members: readonly string[],
	node: string,
	network: DeepReadonly<Network>,
): void {
	const declared = faultsOf(state).declared;
	const adapters = reach.adapters(node, network.name);
	const interfaces = state.nodes[node]!.interfaces;
	const aliasing = network.ipat === 'aliasing';
	for (const adapter of adapters) {
		const key = `${node}:${adapter.iface}`;
		const known = declared.interfaces.includes(key);
		const address = addressOf(config, adapter.boot);
		if (adapter.working) {
			if (!known) continue;
			declared.interfaces.splice(declared.interfaces.indexOf(key), 1);
			announceEvents(state, members, [{event: aliasing ? E.joinInterface : E.joinStandby, args: `${node} ${address}`}]);
			continue;
		}
		if (known) continue;
		declared.interfaces.push(key);
		const carried = interfaces[adapter.iface]!.addresses.filter(label => config.ipLabels[label] && config.ipLabels[label]!.role !== 'boot');
		const spare = adapters.find(other => other.working);
		if (carried.length === 0 || !spare) {
			announceEvents(state, members, [{event: aliasing ? E.failInterface : E.failStandby, args: `${node} ${address}`}]);
			continue;
		}
		const args = `${node} ${network.name} ${address} ${addressOf(config, spare.boot)}`;
		const swap = {node, network: network.name, iface: adapter.iface, boot: adapter.boot, spare: spare.iface, spareBoot: spare.boot, labels: carried};
		announceEvents(state, members, [
			{event: E.swapAdapter, args, action: swapAdapter(swap)},
			{event: E.swapAdapterComplete, args},
		]);
	}
}

/** Forget what was declared of nodes no longer running, and the faults once nothing is broken. */
export function tidy(state: ClusterState): void {
	const faults: Faults | undefined = state.faults;
	if (!faults) return;
	const alive = new Set(aliveNodes(state));
	const ofAlive = (key: string) => !key.includes(':') || alive.has(key.split(':')[0]!);
	faults.declared.interfaces = faults.declared.interfaces.filter(ofAlive);
	faults.declared.networks = faults.declared.networks.filter(key => ofAlive(key) && (key.includes(':') || alive.size > 0));
	if (settled(faults) && !nextDetectionOf(state)) delete state.faults;
}

const nextDetectionOf = (state: ClusterState) => detection.pending(state).length > 0;
