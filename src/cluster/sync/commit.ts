/** Committing a configuration to the cluster's nodes: each goes through clcomdES, from the node synchronizing. */
import {clcomdConnect, clcomdRefusal} from '../clcomd.js';
import {refuse} from '../errors.js';
import {errorLines} from '../rg/messages.js';
import type {ClusterState} from '../state.js';
import {syncFailed} from './messages.js';

/** Refuse, before anything is changed, when a node of `targets` does not take the connection from `from`. */
export function refuseUnreachable(state: ClusterState, from: string, targets: readonly string[]): void {
	const refused = targets.filter(n => n !== from && !clcomdConnect(state, n, from));
	if (refused.length > 0) refuse([...errorLines(...refused.map(n => clcomdRefusal(state, n, from))), syncFailed()]);
}
