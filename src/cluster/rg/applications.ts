/**
 * Application servers (a start and a stop script HACMP runs when a group
 * comes online or goes offline) and application monitors (process monitors
 * watch for a process to die; custom monitors run a method every interval),
 * with their restart count, stabilization and restart intervals and the
 * action when restarts run out: notify, or fallover of the whole group.
 */
import {dcdOf, editDcd, type ApplicationMonitor, type ApplicationServer, type ClusterConfig} from '../config.js';
import type {ClusterState} from '../state.js';
import {refuse} from '../errors.js';
import {
	errorLines,
	intervalNeeded,
	methodNeeded,
	notFullPath,
	notServer,
	ownerNeeded,
	processesNeeded,
	restartMethodNeeded,
	serverInGroup,
	serverMonitored,
} from './messages.js';
import {checkNewName, defined} from './names.js';
import type {DeepReadonly} from '../readonly.js';

/** An application server of the node's DCD, or a refusal. */
export function definedServer(state: ClusterState, node: string, name: string): DeepReadonly<ApplicationServer> {
	return defined(dcdOf(state, node).appServers, 'Application server', name);
}

/** An application monitor of the node's DCD, or a refusal. */
export function definedMonitor(state: ClusterState, node: string, name: string): DeepReadonly<ApplicationMonitor> {
	return defined(dcdOf(state, node).appMonitors, 'Application monitor', name);
}

function checkScript(kind: string, path: string): void {
	if (!path.startsWith('/')) refuse(errorLines(notFullPath(kind, path)));
}

export function addApplicationServer(state: ClusterState, node: string, server: ApplicationServer): void {
	checkNewName('Application server', server.name, dcdOf(state, node).appServers);
	checkScript('start script', server.startScript);
	checkScript('stop script', server.stopScript);
	editDcd(state, node, config => void (config.appServers[server.name] = server));
}

/** Change an application server; a new name follows it into its group and monitors. */
export function changeApplicationServer(state: ClusterState, node: string, name: string, change: Partial<ApplicationServer>): void {
	const next = {...definedServer(state, node, name), ...change};
	if (next.name !== name) checkNewName('Application server', next.name, dcdOf(state, node).appServers);
	checkScript('start script', next.startScript);
	checkScript('stop script', next.stopScript);
	editDcd(state, node, config => {
		delete config.appServers[name];
		config.appServers[next.name] = next;
		for (const group of Object.values(config.resourceGroups))
			group.resources.appServers = group.resources.appServers.map(s => (s === name ? next.name : s));
		for (const monitor of Object.values(config.appMonitors)) if (monitor.server === name) monitor.server = next.name;
	});
}

export function removeApplicationServer(state: ClusterState, node: string, name: string): void {
	definedServer(state, node, name);
	const config = dcdOf(state, node);
	const group = Object.values(config.resourceGroups).find(g => g.resources.appServers.includes(name));
	if (group) refuse(errorLines(serverInGroup(name, group.name)));
	const monitor = Object.values(config.appMonitors).find(m => m.server === name);
	if (monitor) refuse(errorLines(serverMonitored(name, monitor.name)));
	editDcd(state, node, c => void delete c.appServers[name]);
}

/** Restart interval HACMP uses when none is given: 10% more than the restarts can take. */
export function defaultRestartInterval(monitor: Pick<ApplicationMonitor, 'restartCount' | 'stabilization' | 'interval'>): number {
	return Math.ceil((11 * monitor.restartCount * (monitor.stabilization + (monitor.interval ?? 0))) / 10);
}

/** What is wrong with a monitor definition (empty when nothing is). */
export function monitorProblems(config: DeepReadonly<ClusterConfig>, monitor: DeepReadonly<ApplicationMonitor>): string[] {
	const problems: string[] = [];
	if (!config.appServers[monitor.server]) problems.push(notServer(monitor.server));
	if (monitor.kind === 'process') {
		if (!monitor.processes) problems.push(processesNeeded(monitor.name));
		if (!monitor.owner) problems.push(ownerNeeded(monitor.name));
	} else {
		if (!monitor.method) problems.push(methodNeeded(monitor.name));
		if (!monitor.interval) problems.push(intervalNeeded(monitor.name));
	}
	if (monitor.restartCount > 0 && !monitor.restartMethod) problems.push(restartMethodNeeded(monitor.name, monitor.restartCount));
	for (const [kind, path] of [
		['monitor method', monitor.method],
		['notify method', monitor.notifyMethod],
		['cleanup method', monitor.cleanupMethod],
		['restart method', monitor.restartMethod],
	] as const) {
		if (path && !path.startsWith('/')) problems.push(notFullPath(kind, path, monitor.name));
	}
	return problems;
}

/** Add or replace a monitor (claddappmon adds, clchappmon replaces). */
export function saveApplicationMonitor(state: ClusterState, node: string, monitor: ApplicationMonitor, options: {replaces?: string}): void {
	if (options.replaces !== undefined) definedMonitor(state, node, options.replaces);
	const config = dcdOf(state, node);
	if (options.replaces !== monitor.name) checkNewName('Application monitor', monitor.name, config.appMonitors);
	const problems = monitorProblems(config, monitor);
	if (problems.length > 0) refuse(errorLines(...problems));
	editDcd(state, node, c => {
		if (options.replaces !== undefined) delete c.appMonitors[options.replaces];
		c.appMonitors[monitor.name] = monitor;
	});
}

export function removeApplicationMonitor(state: ClusterState, node: string, name: string): void {
	definedMonitor(state, node, name);
	editDcd(state, node, c => void delete c.appMonitors[name]);
}
