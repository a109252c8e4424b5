/**
 * What is broken in the simulated cluster now (`state.faults`): nodes with
 * their power off, adapters whose cable is out, networks cut whole, the
 * cluster split into sides. It also remembers what the cluster managers have
 * declared so far, so that each failure is announced once, when the
 * heartbeats say so (detect.ts), and each repair once too.
 */
import type {ClusterState} from '../state.js';
import type {DeepReadonly} from '../readonly.js';

/** Where the simulator's own commands live (not AIX, not HACMP): they still run on a node whose power is off. */
export const SIMULATION_BIN = '/usr/lpp/hasmit/bin';

export interface Faults {
	/** Nodes whose power is off (halt -q, clexit.rc, hasmit_fault node off). */
	poweredOff: string[];
	/** Adapters whose cable is out, as `node:interface`. */
	unplugged: string[];
	/** Networks cut whole (a switch or the cable between the disks gone): no keep-alive passes on them. */
	cutNetworks: string[];
	/** The cluster split into sides: IP keep-alives do not cross between sides (non-IP networks still do, unless cut). */
	partition?: string[][];
	/** What the cluster managers have declared: interfaces (`node:interface`) and networks (`net` global, `node:net` local) down. */
	declared: {interfaces: string[]; networks: string[]};
	/** Sides that each declared the other down while both run: split brain. */
	splitBrain?: string[][];
}

function noFaults(): Faults {
	return {poweredOff: [], unplugged: [], cutNetworks: [], declared: {interfaces: [], networks: []}};
}

/** The draft's faults, made when first needed. */
export function faultsOf(state: ClusterState): Faults {
	state.faults ??= noFaults();
	return state.faults;
}

export function isPoweredOff(state: DeepReadonly<ClusterState>, node: string): boolean {
	return state.faults?.poweredOff.includes(node) ?? false;
}

/** Whether an adapter passes traffic: up (ifconfig), its cable in. */
export function adapterWorks(state: DeepReadonly<ClusterState>, node: string, iface: string): boolean {
	return Boolean(state.nodes[node]?.interfaces[iface]?.up) && !state.faults?.unplugged.includes(`${node}:${iface}`);
}

/** Whether nodes that all hold something run split from each other (each side believes the others down), so each may hold it. */
export function splitApart(state: DeepReadonly<ClusterState>, nodes: readonly string[]): boolean {
	const sides = state.faults?.splitBrain;
	if (!sides || nodes.length < 2) return false;
	const sideOf = (node: string) => sides.findIndex(side => side.includes(node));
	return new Set(nodes.map(sideOf)).size === nodes.length;
}

/** Nothing is broken and nothing is declared: the faults can go. */
export function settled(faults: DeepReadonly<Faults>): boolean {
	return (
		faults.poweredOff.length +
			faults.unplugged.length +
			faults.cutNetworks.length +
			faults.declared.interfaces.length +
			faults.declared.networks.length ===
			0 &&
		!faults.partition &&
		!faults.splitBrain
	);
}
