/**
 * Bringing a resource group's resources up and down on one node, the way
 * HACMP's event scripts do. The built-in resource kinds (resource-kinds.ts),
 * in their order: service addresses (IPAT via aliasing adds an alias; via
 * replacement swaps the boot address), volume groups (with lazy update,
 * forced varyon, enhanced concurrent active/passive), file systems, NFS
 * exports and application servers. Every step is traced in hacmp.out.
 * acquireOn, completeAcquisitions and releaseOn carry a group through its
 * states on a node (ACQUIRING, ONLINE or ERROR; RELEASING, OFFLINE): node_up
 * and node_down, rg_move and a dynamic reconfiguration all go through them.
 */
import type {ClusterConfig, GroupType, ResourceGroup} from '../config.js';
import {isConcurrentGroup} from '../config.js';
import type {ClusterState, GroupState} from '../state.js';
import {
	attempt,
	everyPartitionHasGoodCopy,
	fileSystemsOf,
	mountFileSystem,
	unmountFileSystem,
	varyOffVolumeGroup,
	varyOnVolumeGroup,
	hdiskName,
} from '../lvm-ops.js';
import {lazyUpdate} from '../lvm-odm.js';
import {nextPid} from '../subsystems.js';
import type {EventLog} from './log.js';
import {acquireResources, releaseResources, type ReleaseSite, type ResourceKind, type ResourceScript, type Site} from './resource-kinds.js';
// The volume groups' reaction to node events.
import './fast-disk-takeover.js';
import type {DeepReadonly} from '../readonly.js';
import {scriptRuns} from '../failure/slow-scripts.js';

export const ipToNumber = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
/** The subnet an address is on, as a number: equal numbers, same subnet. */
export const subnetOf = (address: string, netmask: string) => ipToNumber(address) & ipToNumber(netmask);
function sameSubnet(a: string, b: string, netmask: string): boolean {
	return subnetOf(a, netmask) === subnetOf(b, netmask);
}

/** The interfaces a node has on a network: name and boot label, from the configuration. */
function bootInterfaces(config: DeepReadonly<ClusterConfig>, node: string, network: string): Array<{iface: string; boot: string}> {
	return Object.values(config.ipLabels)
		.filter(l => l.role === 'boot' && l.node === node && l.network === network && l.iface)
		.map(l => ({iface: l.iface!, boot: l.label}));
}

/** cl_swap_IP_address's first argument: cascading for a cascading group, rotating for any other. */
const swapKind = (type: GroupType) => (type === 'cascading' ? 'cascading' : 'rotating');

/** How a group acquires a label by IP replacement: cl_swap_IP_address names the group's type; a takeover node uses a standby. */
interface Replacement {
	takeover: boolean;
	groupType: GroupType;
}

/** Put a service (or persistent) label up on the node; false when no interface can take it. */
export function configureLabel(
	state: ClusterState,
	log: EventLog,
	config: DeepReadonly<ClusterConfig>,
	node: string,
	label: string,
	script: string,
	replacement: Replacement = {takeover: false, groupType: 'custom'},
): boolean {
	const ip = config.ipLabels[label];
	if (!ip) {
		log.note(node, `ERROR: IP label ${label} is not defined.`);
		return false;
	}
	const network = config.networks[ip.network]!;
	const interfaces = state.nodes[node]!.interfaces;
	const candidates = bootInterfaces(config, node, ip.network).filter(c => interfaces[c.iface]?.up);
	if (network.ipat === 'aliasing' || ip.role === 'persistent') {
		const chosen = candidates.sort((a, b) => interfaces[a.iface]!.addresses.length - interfaces[b.iface]!.addresses.length)[0];
		if (!chosen) {
			log.note(node, `ERROR: no available interface on network ${ip.network} for ${label}.`);
			return false;
		}
		log.trace(node, script, [
			`clifconfig ${chosen.iface} alias ${ip.address} netmask ${network.netmask}`,
			`cl_echo 32 'Adding alias ${label} to ${chosen.iface}'`,
		]);
		interfaces[chosen.iface]!.addresses.push(label);
		return true;
	}
	// Replacement: the home node swaps a boot address on the service subnet; a takeover node (acquire_takeover_addr)
	// puts the failed node's address on a standby interface, another subnet, keeping its own service adapter (SG24-5131 2.3).
	const free = candidates.filter(c => interfaces[c.iface]!.addresses[0] === c.boot);
	const onSubnet = (c: {boot: string}) => sameSubnet(config.ipLabels[c.boot]!.address, ip.address, network.netmask);
	const chosen = (replacement.takeover ? free.find(c => !onSubnet(c)) : free.find(onSubnet)) ?? free[0];
	if (!chosen) {
		log.note(node, `ERROR: no free interface on network ${ip.network} can take ${label} (${ip.address}).`);
		return false;
	}
	log.trace(node, script, [
		`cl_swap_IP_address ${swapKind(replacement.groupType)} acquire ${chosen.iface} ${ip.address} ${network.netmask}`,
		...(ip.hwAddress ? [`cl_swap_HW_address ${ip.hwAddress} ${chosen.iface}`] : []),
		`ifconfig ${chosen.iface} inet ${ip.address} netmask ${network.netmask} up`,
	]);
	interfaces[chosen.iface]!.addresses[0] = label;
	// Hardware address takeover: the adapter answers on the label's MAC, so clients' ARP caches stay right.
	if (ip.hwAddress) interfaces[chosen.iface]!.mac = ip.hwAddress;
	return true;
}

/** Take a service label down: remove the alias, or put the boot address back. */
function unconfigureLabel(
	state: ClusterState,
	log: EventLog,
	config: DeepReadonly<ClusterConfig>,
	node: string,
	label: string,
	script: string,
	groupType: GroupType,
): void {
	const interfaces = state.nodes[node]!.interfaces;
	for (const [iface, itf] of Object.entries(interfaces)) {
		const at = itf.addresses.indexOf(label);
		if (at < 0) continue;
		const ip = config.ipLabels[label];
		if (at === 0) {
			const boot = bootInterfaces(config, node, ip?.network ?? '').find(b => b.iface === iface);
			log.trace(node, script, [
				`cl_swap_IP_address ${swapKind(groupType)} release ${iface} ${ip?.address ?? label}`,
				...(itf.mac ? [`cl_swap_HW_address default ${iface}`] : []),
				`ifconfig ${iface} inet ${boot ? config.ipLabels[boot.boot]!.address : ''} up`,
			]);
			delete itf.mac;
			if (boot) itf.addresses[0] = boot.boot;
			else itf.addresses.splice(0, 1);
		} else {
			log.trace(node, script, [`clifconfig ${iface} delete ${ip?.address ?? label}`]);
			itf.addresses.splice(at, 1);
		}
	}
}

/** The service labels a group configures on a node: shared ones, and those bound to that node. */
function groupLabels(config: DeepReadonly<ClusterConfig>, group: DeepReadonly<ResourceGroup>, node: string): string[] {
	return group.resources.serviceLabels.filter(label => {
		const owner = config.ipLabels[label]?.node;
		return !owner || owner === node;
	});
}

/** The file systems a group mounts: those listed, or all of its VGs' (empty means all). */
function groupFileSystems(state: ClusterState, node: string, group: DeepReadonly<ResourceGroup>): readonly string[] {
	if (group.resources.filesystems.length > 0) return group.resources.filesystems;
	return group.resources.volumeGroups.flatMap(vg => fileSystemsOf(state, node, vg));
}

function activateVolumeGroups(state: ClusterState, log: EventLog, node: string, group: DeepReadonly<ResourceGroup>): boolean {
	for (const vgName of group.resources.volumeGroups) {
		const update = attempt(() => lazyUpdate(state, node, vgName));
		if (update.messages.length > 0) log.trace(node, 'cl_activate_vgs', update.messages);
		if (!update.ok) {
			log.note(node, `ERROR: lazy update of ${vgName} failed on ${node}; ${vgName} stays offline.`);
			return false;
		}
		const vg = state.nodes[node]!.lvm.volumeGroups[vgName];
		const concurrent = isConcurrentGroup(group) || Boolean(vg && state.vgda[vg.vgid]?.concurrent);
		const mode = concurrent ? 'concurrent-active' : 'active';
		const current = state.nodes[node]!.lvm.varyon[vgName];
		if (current === 'concurrent-passive') delete state.nodes[node]!.lvm.varyon[vgName];
		log.trace(node, 'cl_activate_vgs', [`varyonvg ${concurrent ? '-c ' : ''}-n ${vgName}`]);
		let result = attempt(() => varyOnVolumeGroup(state, node, vgName, {mode, noSync: true}));
		if (!result.ok && group.resources.forcedVaryon && result.messages.some(m => m.includes('quorum'))) {
			// HACMP forces the varyon only when every logical partition keeps a good copy; otherwise the VG stays offline.
			log.trace(node, 'cl_activate_vgs', [
				...result.messages,
				`Normal varyonvg of ${vgName} failed; checking that every logical partition has a good copy`,
			]);
			if (everyPartitionHasGoodCopy(state, state.vgda[vg!.vgid]!)) {
				log.trace(node, 'cl_activate_vgs', [`varyonvg -f ${concurrent ? '-c ' : ''}-n ${vgName}`]);
				result = attempt(() => varyOnVolumeGroup(state, node, vgName, {mode, force: true, noSync: true}));
			} else {
				result = {
					ok: false,
					messages: [`cl_activate_vgs: Some logical partitions of ${vgName} have no good copy on an available disk; ${vgName} is not forced on.`],
				};
			}
		}
		if (result.messages.length > 0) log.note(node, result.messages.join('\n'));
		if (!result.ok) {
			if (current === 'concurrent-passive') state.nodes[node]!.lvm.varyon[vgName] = current;
			log.note(node, `ERROR: unable to vary on ${vgName} on ${node}.`);
			return false;
		}
	}
	return true;
}

function mountFileSystems({state, log, node, group}: Site): boolean {
	for (const mountPoint of groupFileSystems(state, node, group)) {
		if (state.nodes[node]!.lvm.mounts[mountPoint]) continue;
		const entry = state.nodes[node]!.lvm.filesystems[mountPoint];
		log.trace(node, 'cl_activate_fs', [
			`${group.resources.fsckMethod === 'logredo' ? 'logredo' : 'fsck -f -p -o nologredo'} ${entry?.dev ?? mountPoint}`,
			`mount ${mountPoint}`,
		]);
		const result = attempt(() => mountFileSystem(state, node, mountPoint));
		if (!result.ok) {
			log.note(node, result.messages.join('\n'));
			log.note(node, `ERROR: unable to mount ${mountPoint} on ${node}.`);
			return false;
		}
	}
	return true;
}

function exportFileSystems({state, log, node, group}: Site): boolean {
	if (group.resources.exportFs.length === 0) return true;
	const target = state.nodes[node]!;
	for (const dir of group.resources.exportFs) {
		log.trace(node, 'cl_export_fs', [`exportfs -i -o root=${Object.keys(state.nodes).join(':')} ${dir}`]);
		target.files['/etc/xtab'] = `${target.files['/etc/xtab'] ?? ''}${dir} -root=${Object.keys(state.nodes).join(':')}\n`;
	}
	return true;
}

/** Start the group's application servers (start_server); false when a start script is missing. */
function startApplications({state, log, config, node, group}: Site): boolean {
	for (const name of group.resources.appServers) {
		const server = config.appServers[name];
		const target = state.nodes[node]!;
		if (!server || target.files[server.startScript] === undefined) {
			log.note(node, `ERROR: the start script ${server?.startScript ?? `of ${name}`} does not exist on ${node}.`);
			return false;
		}
		// The script runs for as long as it takes (config_too_long warns when that is too long).
		scriptRuns(state, log, node, server.startScript);
		log.trace(node, 'start_server', [`${server.startScript}`, `cl_echo 50 'Application server ${name} started'`]);
		if (!target.apps[name]) target.apps[name] = {pid: nextPid(state), since: state.clock};
	}
	return true;
}

const runningApplications = ({state, node, group}: Site) => group.resources.appServers.filter(name => state.nodes[node]!.apps[name]);

/** stop_server: run each running application server's stop script. */
function stopApplications(site: ReleaseSite): void {
	const {state, log, config, node} = site;
	for (const name of runningApplications(site)) {
		const server = config.appServers[name];
		log.trace(node, 'stop_server', [`${server?.stopScript ?? name}`]);
		delete state.nodes[node]!.apps[name];
	}
}

function unexportFileSystems({state, node, group}: ReleaseSite): void {
	const target = state.nodes[node]!;
	if (group.resources.exportFs.length > 0 && target.files['/etc/xtab']) {
		target.files['/etc/xtab'] = target.files['/etc/xtab']
			.split('\n')
			.filter(l => !group.resources.exportFs.some(d => l.startsWith(`${d} `)))
			.join('\n');
	}
}

function unmountFileSystems({state, log, node, group}: ReleaseSite): void {
	const lvm = state.nodes[node]!.lvm;
	for (const mountPoint of [...groupFileSystems(state, node, group)].reverse()) {
		if (!lvm.mounts[mountPoint]) continue;
		log.trace(node, 'cl_deactivate_fs', [`umount ${mountPoint}`]);
		unmountFileSystem(state, node, mountPoint);
	}
}

function deactivateVolumeGroups({state, log, node, group, keepPassive}: ReleaseSite): void {
	const lvm = state.nodes[node]!.lvm;
	for (const vgName of group.resources.volumeGroups) {
		if (!lvm.varyon[vgName]) continue;
		const concurrentCapable = Boolean(state.vgda[lvm.volumeGroups[vgName]?.vgid ?? '']?.concurrent);
		log.trace(node, 'cl_deactivate_vgs', [`varyoffvg ${vgName}`]);
		attempt(() => varyOffVolumeGroup(state, node, vgName));
		// Fast disk takeover: an enhanced concurrent VG of a non-concurrent group stays passive.
		if (keepPassive && concurrentCapable && !isConcurrentGroup(group)) {
			log.trace(node, 'cl_deactivate_vgs', [`varyonvg -c -P ${vgName}`]);
			lvm.varyon[vgName] = 'concurrent-passive';
		}
	}
}

// ---- The built-in resource kinds and the event scripts they run in ----

const addressEvent = (site: Site, step: 'acquire' | 'release') => `${step}_${site.takeover ? 'takeover' : 'service'}_addr`;
const upLabels = ({state, config, node, group}: Site) =>
	groupLabels(config, group, node).filter(label => Object.values(state.nodes[node]!.interfaces).some(i => i.addresses.includes(label)));

/** acquire_service_addr / acquire_takeover_addr and their release events, named by the labels. */
const addressScript: ResourceScript = {
	acquire: site => {
		const labels = groupLabels(site.config, site.group, site.node);
		return labels.length === 0 ? undefined : {name: addressEvent(site, 'acquire'), args: labels.join(' ')};
	},
	release: site => {
		const up = upLabels(site);
		return up.length === 0 ? undefined : {name: addressEvent(site, 'release'), args: up.join(' ')};
	},
};

/** get_disk_vg_fs (only for a group with volume groups) and release_vg_fs; a rollback releases the storage without an event. */
export const diskScript: ResourceScript = {
	acquire: ({group}) =>
		group.resources.volumeGroups.length === 0
			? undefined
			: {name: 'get_disk_vg_fs', args: [...group.resources.volumeGroups, ...group.resources.filesystems].join(' ')},
	release: ({group, rollback}) => (rollback ? 'bare' : {name: 'release_vg_fs', args: group.resources.volumeGroups.join(' ')}),
};

/** start_server and stop_server, named by the servers. */
const serverScript: ResourceScript = {
	acquire: ({group}) => (group.resources.appServers.length === 0 ? undefined : {name: 'start_server', args: group.resources.appServers.join(' ')}),
	release: site => {
		const running = runningApplications(site);
		return running.length === 0 ? undefined : {name: 'stop_server', args: running.join(' ')};
	},
};

/** Service IP labels: acquire_service_addr / acquire_takeover_addr and their release. */
export const SERVICE_LABELS: ResourceKind = {
	name: 'service_labels',
	order: 10,
	// "Filesystems mounted before IP configured": after the storage kinds (NFS exports, the last, are 40).
	acquireOrder: group => (group.resources.fsBeforeIp ? 45 : 10),
	phase: 'acquire',
	script: addressScript,
	acquire: site =>
		groupLabels(site.config, site.group, site.node).every(label =>
			configureLabel(site.state, site.log, site.config, site.node, label, addressEvent(site, 'acquire'), {
				takeover: site.takeover,
				groupType: site.group.type,
			}),
		),
	release: site => {
		for (const label of upLabels(site))
			unconfigureLabel(site.state, site.log, site.config, site.node, label, addressEvent(site, 'release'), site.group.type);
	},
};

/** Shared volume groups, varied on in get_disk_vg_fs. */
export const VOLUME_GROUPS: ResourceKind = {
	name: 'volume_groups',
	order: 20,
	phase: 'acquire',
	script: diskScript,
	acquire: ({state, log, node, group}) => {
		for (const vgName of group.resources.volumeGroups) {
			const vg = state.nodes[node]!.lvm.volumeGroups[vgName];
			const disks = vg ? vg.pvids.map(pvid => hdiskName(state, node, pvid)).join(' ') : '';
			log.trace(node, 'get_disk_vg_fs', [`cl_disk_available -v ${disks}`]);
		}
		return activateVolumeGroups(state, log, node, group);
	},
	release: deactivateVolumeGroups,
};

/** Journaled file systems, mounted in get_disk_vg_fs. */
export const FILE_SYSTEMS: ResourceKind = {
	name: 'file_systems',
	order: 30,
	phase: 'acquire',
	script: diskScript,
	acquire: mountFileSystems,
	release: unmountFileSystems,
};

/** NFS exports of the group's file systems. */
export const NFS_EXPORTS: ResourceKind = {
	name: 'nfs_exports',
	order: 40,
	phase: 'acquire',
	script: diskScript,
	acquire: exportFileSystems,
	release: unexportFileSystems,
};

/** Application servers, started in the *_complete events. */
export const APPLICATION_SERVERS: ResourceKind = {
	name: 'application_servers',
	order: 50,
	phase: 'complete',
	script: serverScript,
	acquire: startApplications,
	release: stopApplications,
};

// ---- A group on one node: its state through acquisition and release (node_up, node_down, rg_move, DARE share these) ----

/** A group's state on a node, as clRGinfo shows it. */
export function setGroupState(state: ClusterState, group: string, node: string, value: GroupState): void {
	state.resourceGroups[group] ??= {nodes: {}};
	state.resourceGroups[group].nodes[node] = value;
}

/** Acquire a group on a node (the kinds acquired before completion); it ends ACQUIRING, or in ERROR with what was taken given back. */
export function acquireOn(
	state: ClusterState,
	log: EventLog,
	config: DeepReadonly<ClusterConfig>,
	node: string,
	group: DeepReadonly<ResourceGroup>,
	takeover: boolean,
): boolean {
	setGroupState(state, group.name, node, 'ACQUIRING');
	const site = {state, log, config, node, group, takeover};
	if (acquireResources(site, 'acquire')) return true;
	releaseResources({...site, keepPassive: true, rollback: true});
	setGroupState(state, group.name, node, 'ERROR');
	log.note(node, `ERROR: resource group ${group.name} could not be brought online on ${node}; it is in the ERROR state.`);
	return false;
}

/** Release a group held by a node; it ends OFFLINE there. */
export function releaseOn(
	state: ClusterState,
	log: EventLog,
	config: DeepReadonly<ClusterConfig>,
	node: string,
	group: DeepReadonly<ResourceGroup>,
	options: {takeover: boolean; keepPassive: boolean},
): void {
	setGroupState(state, group.name, node, 'RELEASING');
	releaseResources({state, log, config, node, group, ...options, rollback: false});
	setGroupState(state, group.name, node, 'OFFLINE');
}

/** Finish acquisitions: start application servers; a group whose servers fail is in ERROR. */
export function completeAcquisitions(
	state: ClusterState,
	log: EventLog,
	config: DeepReadonly<ClusterConfig>,
	node: string,
	groups: readonly DeepReadonly<ResourceGroup>[],
): void {
	for (const group of groups) {
		if (state.resourceGroups[group.name]?.nodes[node] !== 'ACQUIRING') continue;
		setGroupState(state, group.name, node, acquireResources({state, log, config, node, group, takeover: false}, 'complete') ? 'ONLINE' : 'ERROR');
	}
}
