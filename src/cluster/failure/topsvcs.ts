/**
 * Topology Services' keep-alives, per network module (NIM): each interface
 * or device sends one every heartbeat interval and a peer is declared gone
 * after `failureCycle` missed beats; HACMP's failure detection time is
 * interval × failure cycle × 2. The defaults are HACMP 5.2's "Normal"
 * failure detection rate for each network type.
 */
import type {NetworkType} from '../config.js';

export interface NetworkModule {
	/** Seconds between keep-alives. */
	interval: number;
	/** Missed keep-alives before a peer is declared gone. */
	failureCycle: number;
	/** Seconds heartbeats are ignored while an address moves (IPAT). */
	grace: number;
}

/** HACMP 5.2's network modules at the Normal failure detection rate. */
export const NETWORK_MODULES: Record<NetworkType, NetworkModule> = {
	ether: {interval: 1, failureCycle: 10, grace: 60},
	token: {interval: 1, failureCycle: 10, grace: 90},
	fddi: {interval: 1, failureCycle: 10, grace: 60},
	atm: {interval: 1, failureCycle: 10, grace: 60},
	hps: {interval: 1, failureCycle: 10, grace: 60},
	rs232: {interval: 2, failureCycle: 5, grace: 60},
	tmscsi: {interval: 2, failureCycle: 5, grace: 60},
	tmssa: {interval: 2, failureCycle: 5, grace: 60},
	diskhb: {interval: 2, failureCycle: 4, grace: 60},
};

/** Seconds until a silent peer on a network of this type is declared down. */
export function detectionSeconds(type: NetworkType): number {
	const nim = NETWORK_MODULES[type];
	return nim.interval * nim.failureCycle * 2;
}
