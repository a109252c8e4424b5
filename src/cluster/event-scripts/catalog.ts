/**
 * The predefined cluster events (HACMPevent) of the release a cluster runs: each is a script under the release's
 * events directory (/usr/sbin/cluster/events in 4.3, /usr/es/sbin/cluster/events in 5.2) on every node, which an
 * administrator reads (cat, grep) and customizes (pre-, post-event, notify, recovery commands) but does not edit.
 * The files are drawn from this list, so they are the same on every node and in every state of a release.
 */
import {drawFile} from '../files.js';
import type {DeepReadonly} from '../readonly.js';
import {PROFILES, profileOf, type Release, type ReleaseProfile} from '../release/index.js';
import type {ClusterState} from '../state.js';

interface PredefinedEvent {
	name: string;
	description: string;
	args: string;
	/** The releases whose event model runs it; absent: every release. */
	releases?: readonly Release[];
}

/** The classic model's local and remote sub-events (release/profile.ts): 5.2 runs rg_move and process_resources instead. */
const CLASSIC: readonly Release[] = ['4.3'];

/** Each predefined event with its description (as Change/Show a Pre-defined HACMP Event shows it) and its arguments. */
const PREDEFINED_EVENTS: readonly PredefinedEvent[] = [
	{name: 'node_up', description: 'Script run when a node is attempting to join the cluster.', args: 'nodename'},
	{name: 'node_up_local', description: 'Script run on the joining node to acquire its resources.', args: '', releases: CLASSIC},
	{name: 'node_up_remote', description: 'Script run on a node releasing resources to the joining node.', args: 'nodename', releases: CLASSIC},
	{name: 'node_up_complete', description: 'Script run after the node_up event has successfully completed.', args: 'nodename'},
	{name: 'node_up_local_complete', description: 'Script run on the joining node after its resources are acquired.', args: '', releases: CLASSIC},
	{
		name: 'node_up_remote_complete',
		description: 'Script run on a node after it released resources to the joining node.',
		args: 'nodename',
		releases: CLASSIC,
	},
	{name: 'node_down', description: 'Script run when a node is leaving the cluster.', args: 'nodename [graceful|forced]'},
	{name: 'node_down_local', description: 'Script run on the leaving node to release its resources.', args: '', releases: CLASSIC},
	{name: 'node_down_remote', description: 'Script run on a node taking over the resources of the leaving node.', args: 'nodename', releases: CLASSIC},
	{name: 'node_down_complete', description: 'Script run after the node_down event has successfully completed.', args: 'nodename [graceful|forced]'},
	{name: 'node_down_local_complete', description: 'Script run on the leaving node after its resources are released.', args: '', releases: CLASSIC},
	{
		name: 'node_down_remote_complete',
		description: 'Script run on a node after it took over the resources of the leaving node.',
		args: 'nodename',
		releases: CLASSIC,
	},
	{name: 'network_up', description: 'Script run after a network has become active.', args: 'nodename network'},
	{name: 'network_up_complete', description: 'Script run after the network_up event has successfully completed.', args: 'nodename network'},
	{name: 'network_down', description: 'Script run when a network has failed.', args: 'nodename network'},
	{name: 'network_down_complete', description: 'Script run after the network_down event has successfully completed.', args: 'nodename network'},
	{name: 'swap_adapter', description: 'Script run to swap the service address to a standby interface.', args: 'nodename network address standby'},
	{name: 'swap_adapter_complete', description: 'Script run after the swap_adapter event has successfully completed.', args: 'nodename network'},
	{name: 'fail_standby', description: 'Script run when a standby interface has failed.', args: 'nodename address'},
	{name: 'join_standby', description: 'Script run when a standby interface has become active.', args: 'nodename address'},
	{name: 'fail_interface', description: 'Script run when an interface has failed.', args: 'nodename address'},
	{name: 'join_interface', description: 'Script run when an interface has become active.', args: 'nodename address'},
	{name: 'rg_move', description: 'Script run to move a resource group.', args: 'nodename group'},
	{name: 'rg_move_release', description: 'Script run to release a resource group being moved.', args: 'nodename group'},
	{name: 'rg_move_acquire', description: 'Script run to acquire a resource group being moved.', args: 'nodename group'},
	{name: 'rg_move_complete', description: 'Script run after the rg_move event has successfully completed.', args: 'nodename group'},
	{name: 'server_down', description: 'Script run when an application monitor finds its application failed.', args: 'nodename server'},
	{name: 'server_down_complete', description: 'Script run after the server_down event has completed.', args: 'nodename server'},
	{name: 'server_restart', description: 'Script run to restart a failed application.', args: 'nodename server'},
	{name: 'server_restart_complete', description: 'Script run after the server_restart event has completed.', args: 'nodename server'},
	{name: 'reconfig_resource_release', description: 'Script run to release resources during a dynamic reconfiguration.', args: ''},
	{name: 'reconfig_resource_acquire', description: 'Script run to acquire resources during a dynamic reconfiguration.', args: ''},
	{name: 'reconfig_resource_complete', description: 'Script run after a dynamic reconfiguration of resources has completed.', args: ''},
	{name: 'reconfig_topology_start', description: 'Script run when a dynamic reconfiguration of the topology starts.', args: ''},
	{name: 'reconfig_topology_complete', description: 'Script run after a dynamic reconfiguration of the topology has completed.', args: ''},
	{name: 'acquire_service_addr', description: 'Script run to configure a service IP label.', args: 'label'},
	{name: 'release_service_addr', description: 'Script run to remove a service IP label.', args: 'label'},
	{name: 'get_disk_vg_fs', description: 'Script run to acquire disks, volume groups and file systems.', args: 'volume groups'},
	{name: 'release_vg_fs', description: 'Script run to release volume groups and file systems.', args: 'volume groups'},
	{name: 'start_server', description: 'Script run to start application servers.', args: 'servers'},
	{name: 'stop_server', description: 'Script run to stop application servers.', args: 'servers'},
	{name: 'config_too_long', description: 'Script run when an event has been running longer than the time until warning.', args: 'seconds event'},
	{name: 'event_error', description: 'Script run on every node when an event fails on a node of the cluster.', args: 'nodename event'},
];

/** The predefined events of the release the cluster runs. */
export function predefinedEvents(state: DeepReadonly<Pick<ClusterState, 'release'>>): readonly PredefinedEvent[] {
	const {release} = profileOf(state);
	return PREDEFINED_EVENTS.filter(event => !event.releases || event.releases.includes(release));
}

export const isPredefinedEvent = (state: DeepReadonly<Pick<ClusterState, 'release'>>, name: string) =>
	predefinedEvents(state).some(event => event.name === name);

/** The script's text: the header every HACMP event script carries, then what it does in outline. */
function scriptText(profile: ReleaseProfile, event: PredefinedEvent): string {
	const box = (text: string) => `#  ${text.padEnd(68)}#`;
	const manager = profile.subsystems.find(subsystem => subsystem.role === 'manager')!.name;
	return [
		'#!/bin/ksh',
		'# IBM_PROLOG_BEGIN_TAG',
		'# Licensed Materials - Property of IBM',
		`# (C) COPYRIGHT International Business Machines Corp. 1990,${profile.release === '4.3' ? '1999' : '2004'}`,
		'# IBM_PROLOG_END_TAG',
		`#${'#'.repeat(70)}#`,
		box(`Name:        ${event.name}`),
		box(''),
		box(`Description: ${event.description}`),
		box(''),
		box(`Called by:   cluster manager (${manager}) through clcallev`),
		box(`Arguments:   ${event.args || 'none'}`),
		box('Returns:     0 success, 1 failure, 2 bad argument'),
		`#${'#'.repeat(70)}#`,
		'',
		`PROGNAME=${event.name}`,
		`export PATH="$(${profile.clusterDir}/utilities/cl_get_path all)"`,
		'[[ $VERBOSE_LOGGING = high ]] && set -x',
		'',
		'STATUS=0',
		`cl_echo 1000 "Starting execution of $0 with parameters $*" $0 $*`,
		'',
		'exit $STATUS',
		'',
	].join('\n');
}

// Each release's scripts in its directory, there only on a cluster that runs it; each text made when first read (every
// start declares them, few read one).
for (const profile of Object.values(PROFILES))
	for (const event of PREDEFINED_EVENTS) {
		if (event.releases && !event.releases.includes(profile.release)) continue;
		let text: string | undefined;
		drawFile(`${profile.clusterDir}/events/${event.name}`, state =>
			profileOf(state) === profile ? (text ??= scriptText(profile, event)) : undefined,
		);
	}
