/**
 * Defining the network modules (HACMPnim) in the local node's DCD: 5.2 changes a module's failure detection rate;
 * 4.3 also adds and removes modules and changes each field of one, its heartbeat rate and failure cycle included.
 * Topology Services (topsvcs.ts) reads what is defined here once the cluster is synchronized.
 */
import {dcdOf, editDcd, type DetectionRate, type NetworkModuleSettings} from '../config.js';
import {refuse} from '../errors.js';
import {errorLines} from '../rg/messages.js';
import {checkNewName} from '../rg/names.js';
import type {ClusterState} from '../state.js';
import {nim as msg} from './messages.js';
import {networkModules} from './topsvcs.js';
import {profileOf} from '../release/index.js';

/** What a change or a new module gives; absent fields are left as they are. */
export interface ModuleChange {
	rate?: DetectionRate;
	/** 4.3's custom failure detection: seconds between heartbeats and missed heartbeats; both or neither. */
	interval?: number;
	failureCycle?: number;
	grace?: number;
	description?: string;
	addressType?: string;
	path?: string;
	parameters?: string;
}

const fail = (problem: string): never => refuse(errorLines(problem));

const isPredefined = (state: ClusterState, name: string) => profileOf(state).networkModules.includes(name);

/** The settings a change makes of what a module had. */
function changed(before: Readonly<NetworkModuleSettings>, change: ModuleChange): NetworkModuleSettings {
	const after: NetworkModuleSettings = {...before};
	delete after.removed;
	if ((change.interval === undefined) !== (change.failureCycle === undefined)) fail(msg.needsRate);
	for (const [field, value] of [
		['Heartbeat rate', change.interval],
		['Failure cycle', change.failureCycle],
		['Grace period', change.grace],
	] as const)
		if (value !== undefined && !(value > 0)) fail(msg.number(field, String(value)));
	// A count of heartbeats: a fraction would round to none (0.4) or to a count not given (2.6).
	if (change.failureCycle !== undefined && !Number.isInteger(change.failureCycle)) fail(msg.count('Failure cycle', String(change.failureCycle)));
	if (change.addressType !== undefined && change.addressType !== 'Address' && change.addressType !== 'Device')
		fail(msg.addressType(change.addressType));
	if (change.interval !== undefined && change.failureCycle !== undefined) {
		after.custom = {interval: change.interval, failureCycle: change.failureCycle};
		delete after.rate;
	} else if (change.rate !== undefined) {
		delete after.custom;
		if (change.rate === 'Normal') delete after.rate;
		else after.rate = change.rate;
	}
	if (change.grace !== undefined) after.grace = change.grace;
	if (change.description !== undefined) after.description = change.description;
	if (change.addressType !== undefined) after.addressType = change.addressType as NetworkModuleSettings['addressType'];
	if (change.path !== undefined) after.path = change.path;
	if (change.parameters !== undefined) after.parameters = change.parameters;
	return after;
}

function store(state: ClusterState, local: string, name: string, settings: NetworkModuleSettings | undefined) {
	return editDcd(state, local, config => {
		const nims = {...config.nims};
		if (settings && Object.keys(settings).length > 0) nims[name] = settings;
		else delete nims[name];
		if (Object.keys(nims).length > 0) config.nims = nims;
		else delete config.nims;
	});
}

const defined = (state: ClusterState, local: string, name: string) => networkModules(state, dcdOf(state, local)).some(m => m.name === name);

/** Change a network module (clchnim). */
export function changeNetworkModule(state: ClusterState, local: string, name: string, change: ModuleChange) {
	if (!defined(state, local, name)) fail(msg.notDefined(name));
	return store(state, local, name, changed(dcdOf(state, local).nims?.[name] ?? {}, change));
}

/** Add a network module (4.3's claddnim): a new name, or a predefined module removed before. */
export function addNetworkModule(state: ClusterState, local: string, name: string, change: ModuleChange) {
	if (defined(state, local, name)) fail(msg.exists(name));
	checkNewName('Network module', name, undefined);
	const path = `${profileOf(state).clusterDir}/nims/nim_${name}`;
	const base: NetworkModuleSettings = isPredefined(state, name) ? {} : {description: '', addressType: 'Address', path, parameters: ''};
	return store(state, local, name, changed(base, change));
}

/** Remove a network module no network uses (4.3's clrmnim): a predefined one is marked removed, an added one goes. */
export function removeNetworkModule(state: ClusterState, local: string, name: string): void {
	const config = dcdOf(state, local);
	if (!defined(state, local, name)) fail(msg.notDefined(name));
	const user = Object.values(config.networks).find(n => n.type === name);
	if (user) fail(msg.inUse(name, user.name));
	store(state, local, name, isPredefined(state, name) ? {removed: true} : undefined);
}
