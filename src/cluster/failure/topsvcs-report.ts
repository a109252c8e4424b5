/** What Topology Services reports of itself (`lssrc -ls topsvcs`): its heartbeat rings and what it hears on each. */
import {isSerialNetwork, runningConfig} from '../config.js';
import type {DeepReadonly} from '../readonly.js';
import type {ClusterState} from '../state.js';
import {nextDetection} from './detect.js';
import {isPoweredOff} from './model.js';
import {reachOf} from './reach.js';
import {detectionSeconds, moduleOf} from './topsvcs.js';

/** `lssrc -ls topsvcs` on a node: each heartbeat ring it is in, its members now, and the missed beats of a peer not heard. */
export function topologyReport(state: DeepReadonly<ClusterState>, node: string): string[] {
	const config = runningConfig(state);
	const self = state.nodes[node]!;
	if (!config || self.acd === null) return [];
	const lines = ['Network Name   Indx Defd  Mbrs  St   Adapter ID      Group ID'];
	const peers = config.nodes.map(n => n.name).filter(n => n !== node && state.nodes[n]!.acd !== null);
	const pending = nextDetection(state);
	const reach = reachOf(state, config);
	let index = 0;
	for (const network of Object.values(config.networks)) {
		const nim = moduleOf(config, network.type);
		const serial = isSerialNetwork(network);
		const heard = peers.filter(peer => reach.hears(node, peer, network));
		// Beats missed so far from a peer that went silent: the detection pending tells how long ago.
		const silentFor = pending === undefined ? 0 : detectionSeconds(config, network.type) - (pending - state.clock) / 1000;
		const missed = heard.length < peers.length ? Math.max(0, Math.min(nim.failureCycle, Math.floor(silentFor / nim.interval))) : 0;
		const rings = serial
			? [
					{
						name: network.name,
						id: Object.values(config.devices)
							.find(d => d.node === node && d.network === network.name)
							?.device.replace('/dev/', 'r'),
					},
				]
			: reach.adapters(node, network.name).map((adapter, i) => ({
					name: `${network.name}_${i}`,
					id: adapter.working ? config.ipLabels[adapter.boot]!.address : undefined,
					iface: adapter.iface,
				}));
		for (const ring of rings) {
			if (ring.id === undefined && serial) continue;
			const members = ring.id === undefined ? 0 : heard.length + 1;
			const defined = peers.length + 1;
			const status = ring.id === undefined ? 'D' : members === defined ? 'S' : 'U';
			const id = ring.id ?? '0.0.0.0';
			lines.push(
				`${ring.name.padEnd(15)}[${String(index).padStart(2)}] ${String(defined).padEnd(5)} ${String(members).padEnd(5)} ` +
					`${status}    ${id.padEnd(15)} ${id}`,
			);
			if ('iface' in ring) lines.push(`${ring.name.padEnd(15)}[${String(index).padStart(2)}] ${ring.iface}`);
			lines.push(`HB Interval = ${nim.interval.toFixed(3)} secs. Sensitivity = ${nim.failureCycle} missed beats`);
			lines.push(`Missed HBs: Total: ${missed} Current group: ${missed}`);
			index++;
		}
	}
	const up = config.nodes.filter(n => n.name === node || peers.some(p => p === n.name && !isPoweredOff(state, p))).length;
	lines.push(
		`  ${['hagsd', 'haemd'].length} locally connected Clients with PIDs:`,
		`haemd(${self.subsystems.emsvcs?.pid ?? 0}) hagsd(${self.subsystems.grpsvcs?.pid ?? 0})`,
		'  Dead Man Switch Enabled:',
		'     reset interval = 1 seconds',
		'     trip  interval = 20 seconds',
		'  Configuration Instance = 1',
		'  Daemon employs no security',
		`  Number of nodes up: ${up}. Number of nodes down: ${config.nodes.length - up}.`,
	);
	return lines;
}
