/**
 * Faults as operations on the model, each checked first (what it names must
 * exist and not be in that state already) and each with its repair. They
 * change what is broken; the cluster reacts when its keep-alives say so.
 */
import {dcdOf, runningConfig, type ClusterConfig} from '../config.js';
import {refuse} from '../errors.js';
import type {DeepReadonly} from '../readonly.js';
import type {ClusterState} from '../state.js';
import {scheduleDetection, tidy} from './detect.js';
import {fault} from './messages.js';
import {faultsOf, isPoweredOff} from './model.js';
import {powerOff, powerOn} from './node.js';

type Print = (line: string) => void;

/** The configuration faults are named against: the running one, else this node's. */
function configFor(state: ClusterState, node: string): DeepReadonly<ClusterConfig> {
	return runningConfig(state) ?? dcdOf(state, node);
}

function checkNode(state: ClusterState, command: string, node: string): void {
	if (!state.nodes[node]) refuse(fault.noSuchNode(command, node));
}

export function switchOff(state: ClusterState, command: string, node: string): void {
	checkNode(state, command, node);
	if (isPoweredOff(state, node)) refuse(fault.already(command, node, 'powered off'));
	powerOff(state, node);
}

export function switchOn(state: ClusterState, command: string, node: string, print: Print): void {
	checkNode(state, command, node);
	if (!isPoweredOff(state, node)) refuse(fault.already(command, node, 'powered on'));
	powerOn(state, node, print);
}

/** The network an interface of a node is on (by its boot label), if any. */
function networkOfInterface(state: ClusterState, node: string, iface: string): string | undefined {
	return Object.values(configFor(state, node).ipLabels).find(l => l.role === 'boot' && l.node === node && l.iface === iface)?.network;
}

function checkInterface(state: ClusterState, command: string, node: string, iface: string): void {
	checkNode(state, command, node);
	if (!state.nodes[node]!.interfaces[iface]) refuse(fault.noSuchInterface(command, node, iface));
}

/** Pull an adapter's cable out, or push it back. */
export function setCable(state: ClusterState, command: string, node: string, iface: string, plugged: boolean): void {
	checkInterface(state, command, node, iface);
	const faults = faultsOf(state);
	const key = `${node}:${iface}`;
	const out = faults.unplugged.includes(key);
	if (out !== plugged)
		refuse(plugged ? fault.notBroken(command, `the cable of ${node} ${iface}`) : fault.already(command, `${node} ${iface}`, 'unplugged'));
	faults.unplugged = plugged ? faults.unplugged.filter(k => k !== key) : [...faults.unplugged, key];
	changed(state, node, plugged, networkOfInterface(state, node, iface));
}

/** ifconfig enX up / down. */
export function setInterface(state: ClusterState, command: string, node: string, iface: string, up: boolean): void {
	checkInterface(state, command, node, iface);
	state.nodes[node]!.interfaces[iface]!.up = up;
	changed(state, node, up, networkOfInterface(state, node, iface));
}

/** A running node's peers notice the change; otherwise only what is broken changed. */
function changed(state: ClusterState, node: string, repaired: boolean, network: string | undefined): void {
	if (state.nodes[node]!.acd !== null && network) scheduleDetection(state, repaired ? 'join' : 'fail', [network]);
	else tidy(state);
}

/** Cut a whole network (IP or not), or restore it. */
export function setNetworkCut(state: ClusterState, command: string, node: string, network: string, cut: boolean): void {
	if (!configFor(state, node).networks[network]) refuse(fault.noSuchNetwork(command, network));
	const faults = faultsOf(state);
	const isCut = faults.cutNetworks.includes(network);
	if (isCut === cut) refuse(cut ? fault.already(command, network, 'cut') : fault.notBroken(command, network));
	faults.cutNetworks = cut ? [...faults.cutNetworks, network] : faults.cutNetworks.filter(n => n !== network);
	scheduleDetection(state, cut ? 'fail' : 'join', [network]);
}

/** Split the cluster into sides (each a list of nodes) that IP keep-alives do not cross. */
export function partition(state: ClusterState, command: string, sides: readonly string[][]): void {
	if (sides.length < 2 || sides.some(side => side.length === 0)) refuse(fault.oneSide(command));
	const seen = new Set<string>();
	for (const node of sides.flat()) {
		checkNode(state, command, node);
		if (seen.has(node)) refuse(fault.sideTwice(command, node));
		seen.add(node);
	}
	const faults = faultsOf(state);
	if (faults.partition) refuse(fault.already(command, 'the cluster', `partitioned (${faults.partition.map(s => s.join(',')).join(' | ')})`));
	faults.partition = sides.map(side => [...side]);
	scheduleDetection(state, 'fail');
}

export function heal(state: ClusterState, command: string): void {
	const faults = faultsOf(state);
	if (!faults.partition) refuse(fault.noPartition(command));
	delete faults.partition;
	scheduleDetection(state, 'join');
}
