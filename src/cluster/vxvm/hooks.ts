/**
 * The cluster manager drives CVM membership: a node joins when its cluster services start (node_up) and leaves
 * cleanly when they stop (node_down, graceful or with takeover); a forced stop leaves VxVM as it is, like the
 * resources. A node that crashes aborts (crashNode, for fault injection). A join or leave CVM refuses is noted in
 * hacmp.out and leaves the node as it was.
 */
import {CommandError} from '../errors.js';
import type {EventLog} from '../events/log.js';
import {onNodeEvent} from '../events/node-hooks.js';
import type {ClusterState} from '../state.js';
import {abortNode, newCvmNode, startNode, stopNode} from './cvm.js';

onNodeEvent('node_up', ({state, log, node, script}) => {
	const vx = state.vxvm;
	if (!vx) return;
	// A node added to the hasmit cluster since VxVM was set up gets VxVM too, at the release the others run.
	vx.nodes[node] ??= newCvmNode(Math.max(...Object.values(vx.nodes).map(n => n.id)) + 1, Object.values(vx.nodes)[0]?.release ?? '3.2');
	if (vx.nodes[node].state !== 'out of cluster') return;
	log.trace(node, script, ['/usr/sbin/vxclustadm -m vcs -t gab startnode']);
	noted(log, node, () => startNode(state, vx, node));
});

onNodeEvent('node_down', ({state, log, node, mode, script}) => {
	const vx = state.vxvm;
	if (mode === 'forced' || !vx?.nodes[node] || vx.nodes[node].state === 'out of cluster') return;
	log.trace(node, script, ['/usr/sbin/vxclustadm stopnode']);
	noted(log, node, () => stopNode(state, vx, node));
});

/** What CVM refuses during an event is printed in hacmp.out; the event carries on. */
function noted(log: EventLog, node: string, change: () => void): void {
	try {
		change();
	} catch (error) {
		if (!(error instanceof CommandError)) throw error;
		log.note(node, error.message);
	}
}

/** A node crashed: CVM aborts it, leaving the shared volumes it had open to be recovered. */
export function crashNode(state: ClusterState, node: string): void {
	const vx = state.vxvm;
	if (vx?.nodes[node] && vx.nodes[node].state !== 'out of cluster') abortNode(state, vx, node, 'node crashed');
}
