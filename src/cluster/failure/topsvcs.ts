/**
 * Topology Services' keep-alives, per network module (NIM): each interface
 * or device sends one every heartbeat interval and a peer is declared gone
 * after `failureCycle` missed beats; HACMP's failure detection time is
 * interval × failure cycle × 2. The defaults are HACMP 5.2's "Normal"
 * failure detection rate for each network type; Fast halves the failure
 * cycle, Slow doubles the interval and adds two beats to the cycle. What the
 * configuration changed (`nims`: a rate, or 4.3's custom heartbeat rate and
 * failure cycle, a grace period) applies over them; 4.3's cluster manager
 * heartbeats through the same modules, so its failure detection follows too.
 */
import {isSerialNetwork, type ClusterConfig, type DetectionRate, type NetworkModuleSettings, type NetworkType} from '../config.js';
import type {DeepReadonly} from '../readonly.js';
import {profileOf} from '../release/index.js';
import type {ClusterState} from '../state.js';

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

/** What each network module is called (cllsnim's Description); 4.3 also had modules no network type of hasmit uses. */
export const NIM_DESCRIPTIONS: Readonly<Record<string, string>> = {
	ether: 'Ethernet Protocol',
	token: 'Token Ring Protocol',
	fddi: 'FDDI Protocol',
	atm: 'ATM Protocol',
	hps: 'HPS Protocol',
	rs232: 'RS232 Serial Protocol',
	tmscsi: 'TMSCSI Serial Protocol',
	tmssa: 'TMSSA Serial Protocol',
	diskhb: 'Disk Heartbeat Serial Protocol',
	IP: 'Generic IP',
	socc: 'Serial Optical Channel Converter',
	slip: 'Serial Line IP',
};

/** What the configuration changed of a network module, if anything. */
const settingsOf = (config: DeepReadonly<ClusterConfig>, name: string): DeepReadonly<NetworkModuleSettings> | undefined =>
	config.nims && Object.hasOwn(config.nims, name) ? config.nims[name] : undefined;

/** The failure detection rate of a module; `Custom` when 4.3's heartbeat rate and failure cycle were given. */
function rateOf(config: DeepReadonly<ClusterConfig>, type: string): DetectionRate | 'Custom' {
	const settings = settingsOf(config, type);
	return settings?.custom ? 'Custom' : (settings?.rate ?? 'Normal');
}

/** The heartbeat settings a predefined rate gives a module of these Normal settings. */
function atRate(nim: NetworkModule, rate: DetectionRate): NetworkModule {
	if (rate === 'Fast') return {...nim, failureCycle: Math.ceil(nim.failureCycle / 2)};
	if (rate === 'Slow') return {...nim, interval: nim.interval * 2, failureCycle: nim.failureCycle + 2};
	return nim;
}

/** A network module as the configuration tunes it (a module 4.3 added: its own settings, over ether's). */
export function moduleOf(config: DeepReadonly<ClusterConfig>, type: string): NetworkModule {
	const settings = settingsOf(config, type);
	const base = NETWORK_MODULES[type as NetworkType] ?? NETWORK_MODULES.ether;
	const nim = {...base, ...(settings?.grace !== undefined && {grace: settings.grace})};
	return settings?.custom ? {...nim, ...settings.custom} : atRate(nim, settings?.rate ?? 'Normal');
}

/** Seconds until a silent peer on a network of this type is declared down. */
export function detectionSeconds(config: DeepReadonly<ClusterConfig>, type: string): number {
	const nim = moduleOf(config, type);
	return nim.interval * nim.failureCycle * 2;
}

/** Everything HACMPnim holds of a module: what SMIT's Change / Show a Cluster Network Module shows. */
export interface ModuleRecord extends NetworkModule {
	name: string;
	description: string;
	addressType: 'Address' | 'Device';
	path: string;
	parameters: string;
	rate: DetectionRate | 'Custom';
}

/** The modules the configuration has: the release's predefined ones (less those removed), then those added, each in full. */
export function networkModules(state: DeepReadonly<Pick<ClusterState, 'release'>>, config: DeepReadonly<ClusterConfig>): ModuleRecord[] {
	const {clusterDir, networkModules: predefined} = profileOf(state);
	const added = Object.keys(config.nims ?? {}).filter(name => !predefined.includes(name));
	return [...predefined, ...added]
		.filter(name => !settingsOf(config, name)?.removed)
		.map(name => {
			const settings = settingsOf(config, name);
			const type = name as NetworkType;
			return {
				name,
				description: settings?.description ?? NIM_DESCRIPTIONS[name] ?? '',
				addressType: settings?.addressType ?? (NETWORK_MODULES[type] && isSerialNetwork({type}) ? 'Device' : 'Address'),
				path: settings?.path ?? `${clusterDir}/nims/nim_${name}`,
				parameters: settings?.parameters ?? '',
				rate: rateOf(config, name),
				...moduleOf(config, name),
			};
		});
}
