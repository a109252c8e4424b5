/**
 * What an application monitor does when its application fails: restart it
 * on the same node (server_restart) as long as the restart count allows,
 * the count starting again once the application has run for the restart
 * interval; then the failure action (server_down): notify, leaving the
 * application down and the group where it is, or fallover, moving the whole
 * group to the next node its fallover policy picks.
 */
import {activeNodes, type ClusterConfig, type ResourceGroup} from '../config.js';
import type {ClusterState} from '../state.js';
import {nextPid} from '../subsystems.js';
import {EventLog} from './log.js';
import {falloverTarget} from './policy.js';
import {runRgMove} from './rg-move.js';

/** The application server's processes on `node` have died. */
export function applicationFailed(state: ClusterState, config: ClusterConfig, node: string, group: ResourceGroup, server: string): void {
	const target = state.nodes[node]!;
	const app = target.apps[server]!;
	const monitor = Object.values(config.appMonitors).find(m => m.server === server);
	if (!monitor || target.acd === null) {
		delete target.apps[server];
		return;
	}
	const log = new EventLog(state);
	const active = activeNodes(state);
	// Stable for the restart interval: the count starts again.
	const restarts = app.restartedAt !== undefined && state.clock - app.restartedAt > monitor.restartInterval * 1000 ? 0 : (app.restarts ?? 0);
	log.note(node, `${monitor.kind === 'process' ? 'Process' : 'Custom'} application monitor ${monitor.name} reports that application server ${server} has failed on ${node}.`);
	if (restarts < monitor.restartCount) {
		log.start(active, 'server_restart', `${node} ${monitor.name}`);
		const methods = [monitor.cleanupMethod, monitor.restartMethod].filter((m): m is string => Boolean(m));
		log.trace(node, 'server_restart', [...methods, `cl_echo 60 'Restarting application server ${server} (${restarts + 1} of ${monitor.restartCount})'`]);
		target.apps[server] = {pid: nextPid(state), since: state.clock, restarts: restarts + 1, restartedAt: state.clock};
		log.pass(1);
		log.complete(active, 'server_restart', `${node} ${monitor.name}`);
		log.start(active, 'server_restart_complete', `${node} ${monitor.name}`);
		log.complete(active, 'server_restart_complete', `${node} ${monitor.name}`);
		return;
	}
	delete target.apps[server];
	log.start(active, 'server_down', `${node} ${monitor.name}`);
	if (monitor.notifyMethod) log.trace(node, 'server_down', [monitor.notifyMethod]);
	log.note(node, `Application server ${server} could not be kept running on ${node} (restart count ${monitor.restartCount}); failure action: ${monitor.action}.`);
	log.pass(1);
	log.complete(active, 'server_down', `${node} ${monitor.name}`);
	log.start(active, 'server_down_complete', `${node} ${monitor.name}`);
	log.complete(active, 'server_down_complete', `${node} ${monitor.name}`);
	if (monitor.action === 'notify') return;
	const to = falloverTarget(state, group, state.resourceGroups[group.name]!, active, node);
	runRgMove(state, config, group, {release: [node], acquire: to ? [to] : [], reason: `Application monitor ${monitor.name}: moving resource group ${group.name} off ${node}${to ? ` to ${to}` : ' (no node can take it)'}.`});
}
