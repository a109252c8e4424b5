/**
 * swap_adapter's work: the addresses a failed adapter carried move to a working adapter of the same network on the
 * node (IPAT via replacement: the service address takes the standby's place and the failed adapter gets its boot
 * address back; via aliasing: the aliases move). Defined as the event's action so the event can wait behind a
 * failed one, done when it runs.
 */
import {runningConfig, type ClusterConfig} from '../config.js';
import type {DeepReadonly} from '../readonly.js';
import {defineAnnouncedAction} from '../events/node-events.js';
import {FAILURE_EVENTS as E} from './event-names.js';

export interface Swap {
	node: string;
	network: string;
	/** The failed adapter and the boot label it goes back to. */
	iface: string;
	boot: string;
	/** The working adapter taking the addresses, and its boot label. */
	spare: string;
	spareBoot: string;
	/** The service labels the failed adapter carried. */
	labels: string[];
}

/** A label's address, or the label itself when the configuration has no such label (a device). */
export const addressOf = (config: DeepReadonly<ClusterConfig>, label: string) => config.ipLabels[label]?.address ?? label;

export const swapAdapter = defineAnnouncedAction<Swap>('swap_adapter', (state, log, swap) => {
	const config = runningConfig(state);
	const network = config?.networks[swap.network];
	const interfaces = state.nodes[swap.node]?.interfaces;
	const from = interfaces?.[swap.iface];
	const to = interfaces?.[swap.spare];
	if (!config || !network || !from || !to) return;
	for (const label of swap.labels) {
		const ip = config.ipLabels[label];
		if (!ip || !from.addresses.includes(label)) continue;
		if (network.ipat !== 'aliasing' && ip.role === 'service' && from.addresses[0] === label) {
			log.trace(swap.node, E.swapAdapter, [
				`cl_swap_IP_address swap_adapter ${swap.iface} ${ip.address} ${swap.spare} ${addressOf(config, swap.spareBoot)} ${network.netmask}`,
			]);
			from.addresses[0] = swap.boot;
			to.addresses[0] = label;
			continue;
		}
		log.trace(swap.node, E.swapAdapter, [
			`ifconfig ${swap.iface} delete ${ip.address}`,
			`ifconfig ${swap.spare} alias ${ip.address} netmask ${network.netmask}`,
		]);
		from.addresses.splice(from.addresses.indexOf(label), 1);
		to.addresses.push(label);
	}
});
