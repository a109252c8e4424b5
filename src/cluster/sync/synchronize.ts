/**
 * Synchronizing the cluster configuration from the local node, after a
 * verification (unless skipped). The seed's three cases: with the local
 * cluster manager inactive (and no other active) the DCD is copied to every
 * node; with it active a dynamic reconfiguration copies DCD and ACD, refreshes
 * the daemons and logs reconfig_resource_release / _acquire / _complete;
 * inactive locally but active elsewhere, synchronization fails.
 */
import {refuse} from '../errors.js';
import {activeNodes, dcdOf, pruneConfigs} from '../config.js';
import type {ClusterState} from '../state.js';
import {completeRhosts} from '../clcomd.js';
import {refuseUnreachable} from './commit.js';
import {verifyCluster, type VerifyOptions} from '../verify/verify.js';
import {cannotForceWhileActive, dareWhileWaiting, localManagerInactive, notSynchronized, verificationErrors} from './messages.js';
import {nodesWaiting} from '../events/log.js';
import {reconfigureCluster} from './reconfigure.js';
import {reconcileGroupStates} from './runtime.js';

export interface SyncOptions extends VerifyOptions {
	/** Verify first (cldare -v skips it). */
	verify: boolean;
	/** Synchronize after verifying (false: verify only). */
	synchronize: boolean;
	/** Synchronize even though verification found errors (cluster services down only). */
	force: boolean;
}

type Print = (line: string) => void;

/** Copy the local DCD to every node of the cluster (cluster services down everywhere). */
function copyConfiguration(state: ClusterState, node: string, print: Print): void {
	const config = dcdOf(state, node);
	const id = state.nodes[node]!.dcd;
	print('Committing any changes, as required, to all available nodes...');
	const targets = config.nodes.map(n => n.name).filter(n => state.nodes[n]);
	refuseUnreachable(state, node, targets);
	for (const target of targets) {
		state.nodes[target]!.dcd = id;
		print(`Adding any necessary HACMP for AIX entries to /etc/inittab and /etc/rc.net for IP Address Takeover on node ${target}.`);
	}
	completeRhosts(state, config, targets);
	reconcileGroupStates(state, config);
	pruneConfigs(state);
}

export function synchronizeCluster(state: ClusterState, node: string, options: SyncOptions, print: Print): void {
	const localActive = state.nodes[node]!.acd !== null;
	const elsewhere = activeNodes(state).filter(n => n !== node);
	if (options.synchronize && !localActive && elsewhere.length > 0) refuse(localManagerInactive(node, elsewhere));
	if (options.force && localActive) refuse(cannotForceWhileActive());
	const waiting = nodesWaiting(state);
	if (options.synchronize && localActive && waiting.length > 0) refuse(dareWhileWaiting(waiting));
	if (options.verify) {
		const {errors} = verifyCluster(state, node, options, print);
		if (errors > 0 && !(options.force && options.synchronize)) {
			refuse(options.synchronize ? notSynchronized(errors) : verificationErrors(errors));
		}
		if (errors > 0) print(`WARNING: Verification found ${errors} error(s); synchronizing anyway because synchronization is forced.`);
	}
	if (!options.synchronize) return;
	print('');
	if (localActive) reconfigureCluster(state, node, print);
	else copyConfiguration(state, node, print);
}
