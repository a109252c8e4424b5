/**
 * Heartbeating over IP aliases at run time: cluster services starting on a
 * node put the heartbeat alias of each of its boot interfaces up (the seed's
 * table 1); a stop takes them down again (a forced stop leaves them, as it
 * leaves everything). The aliases are addresses no label names.
 */
import type {ClusterConfig} from '../config.js';
import {onNodeEvent} from '../events/node-hooks.js';
import type {Interface, ClusterState} from '../state.js';
import type {DeepReadonly} from '../readonly.js';
import {heartbeatAliases} from './heartbeat.js';

/** The node's heartbeat aliases with the interface each goes on. */
function aliasesOf(state: ClusterState, config: DeepReadonly<ClusterConfig>, node: string) {
	return Object.values(config.networks)
		.filter(n => n.hbAliasBase)
		.flatMap(network =>
			heartbeatAliases(config, network.name)
				.filter(a => a.node === node)
				.flatMap(alias => {
					const iface = config.ipLabels[alias.boot]?.iface;
					const itf: Interface | undefined = iface ? state.nodes[node]!.interfaces[iface] : undefined;
					return itf ? [{iface: iface!, itf, address: alias.address, netmask: network.netmask}] : [];
				}),
		);
}

onNodeEvent('node_up', ({state, log, config, node, script}) => {
	for (const {iface, itf, address, netmask} of aliasesOf(state, config, node)) {
		if (itf.addresses.includes(address)) continue;
		log.trace(node, script, [`ifconfig ${iface} alias ${address} netmask ${netmask}`]);
		itf.addresses.push(address);
	}
});

onNodeEvent('node_down', ({state, log, config, node, mode, script}) => {
	if (mode === 'forced') return;
	for (const {iface, itf, address} of aliasesOf(state, config, node)) {
		if (!itf.addresses.includes(address)) continue;
		log.trace(node, script, [`ifconfig ${iface} delete ${address}`]);
		itf.addresses.splice(itf.addresses.indexOf(address), 1);
	}
});
