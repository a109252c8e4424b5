/**
 * An application server's start and stop scripts are files on each node that an administrator may also run by hand
 * (the study guide's §8.7.1 stops the application and starts it again): running one starts or stops the server on
 * that node, as start_server and stop_server do. HACMP does not notice, unless an application monitor does.
 */
import {dcdOf} from './config.js';
import type {ClusterState} from './state.js';
import {nextPid} from './subsystems.js';

/** Run `path` on `node` if it is an application server's start or stop script there; false when it is neither. */
export function runAppScript(state: ClusterState, node: string, path: string): boolean {
	const target = state.nodes[node];
	if (!target || target.files[path] === undefined) return false;
	const servers = Object.entries(dcdOf(state, node).appServers);
	const starts = servers.filter(([, server]) => server.startScript === path).map(([name]) => name);
	const stops = servers.filter(([, server]) => server.stopScript === path).map(([name]) => name);
	for (const name of starts) if (!target.apps[name]) target.apps[name] = {pid: nextPid(state), since: state.clock};
	for (const name of stops) delete target.apps[name];
	return starts.length + stops.length > 0;
}
