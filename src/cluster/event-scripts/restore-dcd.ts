/**
 * Restore HACMP Configuration Database from Active Configuration: the local node's DCD (what it edits) goes back to
 * the ACD its cluster manager runs with, throwing away changes not yet synchronized. Those changes are saved first
 * as the snapshot UserModifiedDB, as HACMP does, so they can be looked at or applied again.
 */
import {pruneConfigs, sameConfig} from '../config.js';
import {refuse} from '../errors.js';
import type {ClusterState} from '../state.js';
import {createSnapshot, listSnapshots, removeSnapshot} from '../topology/snapshot.js';

export const USER_MODIFIED_SNAPSHOT = 'UserModifiedDB';

/** Returns whether the DCD differed from the ACD (and was saved and replaced). */
export function restoreDcdFromAcd(state: ClusterState, node: string, command: string): boolean {
	const target = state.nodes[node]!;
	if (!target.acd) refuse(`${command}: cluster services are not running on node ${node}: there is no active configuration to restore from.`);
	if (sameConfig(state, target.dcd, target.acd)) return false;
	if (listSnapshots(state, node).some(s => s.name === USER_MODIFIED_SNAPSHOT)) removeSnapshot(state, node, USER_MODIFIED_SNAPSHOT);
	createSnapshot(state, node, USER_MODIFIED_SNAPSHOT, 'Configuration Database changes replaced by the active configuration');
	target.dcd = target.acd;
	pruneConfigs(state);
	return true;
}
