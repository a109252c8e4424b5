/**
 * Topology Services' keep-alives, per network module (NIM): each interface
 * or device sends one every heartbeat interval and a peer is declared gone
 * after `failureCycle` missed beats; HACMP's failure detection time is
 * interval × failure cycle × 2. The defaults are HACMP 5.2's "Normal"
 * failure detection rate for each network type; Fast halves the failure
 * cycle, Slow doubles the interval and adds two beats to the cycle.
 */
import type {ClusterConfig, DetectionRate, NetworkType} from '../config.js';
import type {DeepReadonly} from '../readonly.js';

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

/** What each network module is called (cllsnim's Description). */
export const NIM_DESCRIPTIONS: Record<NetworkType, string> = {
	ether: 'Ethernet Protocol',
	token: 'Token Ring Protocol',
	fddi: 'FDDI Protocol',
	atm: 'ATM Protocol',
	hps: 'HPS Protocol',
	rs232: 'RS232 Serial Protocol',
	tmscsi: 'TMSCSI Serial Protocol',
	tmssa: 'TMSSA Serial Protocol',
	diskhb: 'Disk Heartbeat Serial Protocol',
};

export function rateOf(config: DeepReadonly<ClusterConfig>, type: NetworkType): DetectionRate {
	return config.nimRates?.[type] ?? 'Normal';
}

/** A network module as the configuration tunes it. */
export function moduleOf(config: DeepReadonly<ClusterConfig>, type: NetworkType): NetworkModule {
	const nim = NETWORK_MODULES[type];
	const rate = rateOf(config, type);
	if (rate === 'Fast') return {...nim, failureCycle: Math.ceil(nim.failureCycle / 2)};
	if (rate === 'Slow') return {...nim, interval: nim.interval * 2, failureCycle: nim.failureCycle + 2};
	return nim;
}

/** Seconds until a silent peer on a network of this type is declared down. */
export function detectionSeconds(config: DeepReadonly<ClusterConfig>, type: NetworkType): number {
	const nim = moduleOf(config, type);
	return nim.interval * nim.failureCycle * 2;
}
