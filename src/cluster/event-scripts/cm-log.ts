/**
 * /tmp/cm.log, the cluster manager's own log on each node (§8.1.3): it starts and stops with cluster services, and
 * notes each change of the cluster manager's state (ST_INIT, ST_JOINING, ST_RP_RUNNING, ST_STABLE, RP_FAILED) with
 * the event that caused it. A node whose cluster manager is not running (crashed, halted) writes nothing.
 */
import {dateTime} from '../clock.js';
import {activeNodes} from '../config.js';
import {onNodeEvent} from '../events/node-hooks.js';
import {appendFile} from '../files.js';
import type {ClusterState} from '../state.js';
import {subsystemName} from '../subsystems.js';

export const CM_LOG = '/tmp/cm.log';

function write(state: ClusterState, node: string, lines: readonly string[]): void {
	const pid = state.nodes[node]!.subsystems[subsystemName(state, 'manager')]?.pid ?? 0;
	if (pid === 0) return;
	const name = subsystemName(state, 'manager');
	appendFile(state.nodes[node]!, CM_LOG, lines.map(line => `${dateTime(state.clock)} ${name}[${pid}]: ${line}\n`).join(''));
}

const change = (from: string, to: string, why?: string) => `state change: ${from} -> ${to}${why ? ` (${why})` : ''}`;

/** The node's cluster manager changed state. */
export function cmStateChanged(state: ClusterState, node: string, from: string, to: string, why?: string): void {
	write(state, node, [change(from, to, why)]);
}

const peers = (state: ClusterState, node: string) => activeNodes(state).filter(n => n !== node);

onNodeEvent('node_up', ({state, config, node}) => {
	write(state, node, [
		`Cluster Manager started on node ${node}, cluster ${config.cluster.name}.`,
		change('ST_INIT', 'ST_JOINING'),
		change('ST_JOINING', 'ST_RP_RUNNING', `node_up ${node}`),
	]);
	for (const peer of peers(state, node)) write(state, peer, [`Node ${node} joining.`, change('ST_STABLE', 'ST_RP_RUNNING', `node_up ${node}`)]);
});

onNodeEvent('node_up_complete', ({state, node}) => {
	for (const member of [node, ...peers(state, node)])
		if (state.nodes[member]!.cm !== 'RP_FAILED') cmStateChanged(state, member, 'ST_RP_RUNNING', 'ST_STABLE', `node_up_complete ${node}`);
});

onNodeEvent('node_down', ({state, node, mode}) => {
	write(state, node, [change('ST_STABLE', 'ST_RP_RUNNING', `node_down ${node} ${mode}`)]);
	for (const peer of peers(state, node))
		write(state, peer, [`Node ${node} leaving.`, change('ST_STABLE', 'ST_RP_RUNNING', `node_down ${node} ${mode}`)]);
	if (mode === 'forced') downComplete(state, node);
});

onNodeEvent('node_down_complete', ({state, node}) => downComplete(state, node));

/** The node's cluster manager stops; its peers are stable again. */
function downComplete(state: ClusterState, node: string): void {
	write(state, node, [change('ST_RP_RUNNING', 'ST_INIT'), `Cluster Manager on node ${node} stopping.`]);
	for (const peer of peers(state, node))
		if (state.nodes[peer]!.cm !== 'RP_FAILED') cmStateChanged(state, peer, 'ST_RP_RUNNING', 'ST_STABLE', `node_down_complete ${node}`);
}
