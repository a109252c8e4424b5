/**
 * Adapters by function, as HACMP 4.3 named them (SG24-5131 2.3): a service adapter carries a service label,
 * a boot adapter is the address a service adapter has until the service label replaces it (on a service
 * subnet), a standby adapter sits on another subnet of the network and takes a service address over when
 * an adapter or a node fails. HACMP 5 dropped the word standby: every non-service interface is a boot one.
 */
import type {ClusterConfig, IpLabel} from '../config.js';
import type {DeepReadonly} from '../readonly.js';
import {subnetOf} from '../events/resources.js';

export type AdapterFunction = 'service' | 'boot' | 'standby' | 'persistent';

/** The subnets a network's service labels are on. */
function serviceSubnets(config: DeepReadonly<ClusterConfig>, network: string): Set<number> {
	const netmask = config.networks[network]?.netmask ?? '';
	return new Set(
		Object.values(config.ipLabels)
			.filter(l => l.role === 'service' && l.network === network)
			.map(l => subnetOf(l.address, netmask)),
	);
}

/** A label's function under the classic adapter model: a boot label off the service subnets of a replacement network is a standby. */
export function adapterFunction(config: DeepReadonly<ClusterConfig>, label: DeepReadonly<IpLabel>): AdapterFunction {
	if (label.role !== 'boot') return label.role;
	const network = config.networks[label.network];
	if (network?.ipat !== 'replacement') return 'boot';
	const services = serviceSubnets(config, label.network);
	// Without service labels there is no IP address takeover on the network, and nothing to stand by for.
	return services.size === 0 || services.has(subnetOf(label.address, network.netmask)) ? 'boot' : 'standby';
}
