/**
 * A volume reconfiguration transaction in progress on the master (a vxassist make), held by the simulation
 * (hasmit_vxtxn) so that a cluster reconfiguration can meet it. The seed's rule: a cluster reconfiguration goes
 * first, unless the transaction has reached its commit phase, which then completes first. A transaction overtaken
 * by a join is restarted after it; one overtaken by a node leaving, or by a vxconfigd stopping, fails, changing
 * nothing.
 */
import {CommandError, refuse} from '../errors.js';
import type {ClusterState} from '../state.js';
import {masterOf, members, tell, watchReconfiguration} from './cvm.js';
import {requireChangeable, requireGroup} from './groups.js';
import * as m from './messages.js';
import type {VolumeTransaction, VxvmState} from './types.js';
import {makeVolume} from './volumes.js';

/** Starts holding a vxassist make on the master, before (or at) its commit phase; the checks vxconfigd makes come first. */
export function beginTransaction(state: ClusterState, vx: VxvmState, node: string, transaction: VolumeTransaction): void {
	if (vx.transaction) refuse(m.transactionBusy(vx.transaction.line));
	const group = requireGroup(vx, node, transaction.group, 'vxassist');
	// Only a shared group's transaction involves the other nodes, and so a cluster reconfiguration.
	if (!group.shared) refuse(m.notShared('vxassist', group.name, 'a cluster volume transaction'));
	requireChangeable(vx, node, group, 'vxassist', `Volume ${transaction.volume}`);
	if (group.volumes[transaction.volume]) refuse(m.volumeExists('vxassist', transaction.volume));
	vx.transaction = transaction;
	tell(state, members(vx), [m.transactionStarted(transaction.line, transaction.phase)]);
}

/** The transaction commits: the volume is made, on every node at once. */
export function commitTransaction(state: ClusterState, vx: VxvmState): void {
	const transaction = vx.transaction ?? refuse(m.noTransaction());
	delete vx.transaction;
	const {group, volume, length, attributes} = transaction;
	makeVolume(vx, masterOf(vx) ?? refuse(m.noTransaction()), group, volume, length, attributes);
	tell(state, members(vx), [m.transactionCommitted(transaction.line)]);
}

watchReconfiguration({
	before(state, vx) {
		if (vx.transaction?.phase !== 'commit') return;
		tell(state, members(vx), [m.transactionFirst(vx.transaction.line)]);
		try {
			commitTransaction(state, vx);
		} catch (error) {
			if (!(error instanceof CommandError)) throw error;
			tell(state, members(vx), [m.transactionFailed(vx.transaction?.line ?? '', error.message)]);
		}
	},
	after(state, vx, change) {
		const transaction = vx.transaction;
		if (!transaction) return;
		if (change.kind === 'join') {
			tell(state, members(vx), [m.transactionRestarted(transaction.line, change.node)]);
			return;
		}
		delete vx.transaction;
		tell(state, members(vx), [m.transactionFailed(transaction.line, m.TRANSACTION_FAILURES[change.kind](change.node))]);
	},
});
