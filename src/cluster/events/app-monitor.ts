/**
 * What an application monitor does when its application fails: restart it
 * on the same node (server_restart) as long as the restart count allows,
 * the count starting again once the application has run for the restart
 * interval; then the failure action (server_down): notify, leaving the
 * application down and the group where it is, or fallover, moving the whole
 * group to the next node its fallover policy picks. Monitoring starts only
 * after the stabilization interval.
 */
import {activeNodes, runningConfig, type ApplicationMonitor, type ClusterConfig, type ResourceGroup} from '../config.js';
import {dateTime} from '../clock.js';
import type {ClusterState} from '../state.js';
import {nextPid} from '../subsystems.js';
import {EventLog} from './log.js';
import {falloverTarget} from './policy.js';
import {runRgMove} from './rg-move.js';
import {announceEvents, defineAnnouncedAction} from './node-events.js';
import type {DeepReadonly} from '../readonly.js';
import {defineEventKind} from './queue.js';

const monitorOf = (config: DeepReadonly<ClusterConfig>, server: string) => Object.values(config.appMonitors).find(m => m.server === server);

/** What a monitor remembers of its restarts on a node. */
interface RestartHistory {
	restarts: number;
	restartedAt?: number;
}

/** An application that died while its monitor waited out the stabilization interval (one per group). */
interface PendingFailure extends RestartHistory {
	group: string;
	node: string;
	server: string;
}

/**
 * The application server's processes on `node` have died. A monitor still
 * waiting out its stabilization interval notices only when monitoring starts.
 */
export function applicationFailed(
	state: ClusterState,
	config: DeepReadonly<ClusterConfig>,
	node: string,
	group: DeepReadonly<ResourceGroup>,
	server: string,
): void {
	const target = state.nodes[node]!;
	const app = target.apps[server]!;
	delete target.apps[server];
	const monitor = monitorOf(config, server);
	if (!monitor || target.acd === null) return;
	const history = {restarts: app.restarts ?? 0, restartedAt: app.restartedAt};
	const watchFrom = app.since + monitor.stabilization * 1000;
	if (state.clock < watchFrom) {
		monitoringStarts.cancel(state, pending => pending.group === group.name);
		monitoringStarts.schedule(state, watchFrom, {group: group.name, node, server, ...history});
		new EventLog(state).note(
			node,
			`Application server ${server} stopped on ${node} during the stabilization interval of ${monitor.name}; the monitor notices when monitoring ` +
				`starts, at ${dateTime(watchFrom)}.`,
		);
		return;
	}
	monitorReacts(state, config, node, group, monitor, history);
}

/** server_restart's work, done when the event runs: the cleanup and restart methods, the server running again. */
const serverRestart = defineAnnouncedAction<{node: string; server: string; methods: string[]; restarts: number; count: number}>(
	'server_restart',
	(state, log, restart) => {
		const target = state.nodes[restart.node];
		if (!target) return;
		log.trace(restart.node, 'server_restart', [
			...restart.methods,
			`cl_echo 60 'Restarting application server ${restart.server} (${restart.restarts} of ${restart.count})'`,
		]);
		target.apps[restart.server] = {pid: nextPid(state), since: state.clock, restarts: restart.restarts, restartedAt: state.clock};
	},
);

/** server_down's work: the monitor's notify method and the failure action announced on the node. */
const serverDown = defineAnnouncedAction<{node: string; text: string; notify?: string}>('server_down', (_state, log, down) => {
	if (down.notify) log.trace(down.node, 'server_down', [down.notify]);
	log.note(down.node, down.text);
});

/** Monitoring starts after the stabilization interval and finds the application gone (if it still is). */
const monitoringStarts = defineEventKind<PendingFailure>('monitor_start', (state, pending) => {
	const runtime = state.resourceGroups[pending.group]!;
	const config = runningConfig(state);
	const group = config?.resourceGroups[pending.group];
	// A dynamic reconfiguration may have removed the group or the monitor meanwhile.
	const monitor = config && monitorOf(config, pending.server);
	if (!config || !group || !monitor || runtime.nodes[pending.node] !== 'ONLINE' || state.nodes[pending.node]?.apps[pending.server]) return;
	monitorReacts(state, config, pending.node, group, monitor, pending);
});

function monitorReacts(
	state: ClusterState,
	config: DeepReadonly<ClusterConfig>,
	node: string,
	group: DeepReadonly<ResourceGroup>,
	monitor: DeepReadonly<ApplicationMonitor>,
	history: RestartHistory,
): void {
	const {server} = monitor;
	const log = new EventLog(state);
	const active = activeNodes(state);
	// Stable for the restart interval: the count starts again.
	const restarts = history.restartedAt !== undefined && state.clock - history.restartedAt > monitor.restartInterval * 1000 ? 0 : history.restarts;
	log.note(
		node,
		`${monitor.kind === 'process' ? 'Process' : 'Custom'} application monitor ${monitor.name} reports that application server ${server} has failed ` +
			`on ${node}.`,
	);
	const args = `${node} ${monitor.name}`;
	if (restarts < monitor.restartCount) {
		const methods = [monitor.cleanupMethod, monitor.restartMethod].filter((m): m is string => Boolean(m));
		announceEvents(state, active, [
			{event: 'server_restart', args, action: serverRestart({node, server, methods, restarts: restarts + 1, count: monitor.restartCount})},
			{event: 'server_restart_complete', args, seconds: 0},
		]);
		return;
	}
	const text =
		`Application server ${server} could not be kept running on ${node} (restart count ${monitor.restartCount}); ` +
		`failure action: ${monitor.action}.`;
	announceEvents(state, active, [
		{event: 'server_down', args, action: serverDown({node, text, ...(monitor.notifyMethod && {notify: monitor.notifyMethod})})},
		{event: 'server_down_complete', args, seconds: 0},
	]);
	if (monitor.action === 'notify') return;
	const to = falloverTarget(state, group, state.resourceGroups[group.name]!, active, node);
	runRgMove(state, config, group, {
		release: [node],
		acquire: to ? [to] : [],
		reason: `Application monitor ${monitor.name}: moving resource group ${group.name} off ${node}${to ? ` to ${to}` : ' (no node can take it)'}.`,
	});
}
