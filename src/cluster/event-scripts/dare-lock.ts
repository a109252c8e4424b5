/**
 * The locks a dynamic reconfiguration holds while it runs. A reconfig_* event that fails leaves them set on its node:
 * verification, and so the next synchronization, refuses until Release Locks Set By Dynamic Reconfiguration clears
 * them (once the cause is corrected and clruncmd has resumed event processing).
 */
import {refuse} from '../errors.js';
import type {DeepReadonly} from '../readonly.js';
import type {ClusterState} from '../state.js';
import {error, type Check} from '../verify/check.js';

/** The lock file, holding the event that left it. */
export const DARE_LOCK = '/usr/es/sbin/cluster/etc/.dare_lock';

export const isDareEvent = (event: string) => event.startsWith('reconfig_');

export function setDareLock(state: ClusterState, node: string, event: string): void {
	state.nodes[node]!.files[DARE_LOCK] = `${event}\n`;
}

const lockedNodes = (state: DeepReadonly<ClusterState>) => Object.keys(state.nodes).filter(node => state.nodes[node]!.files[DARE_LOCK] !== undefined);

/** Release Locks Set By Dynamic Reconfiguration: the nodes whose locks were released. */
export function releaseDareLocks(state: ClusterState, command: string): string[] {
	const locked = lockedNodes(state);
	if (locked.length === 0) refuse(`${command}: no dynamic reconfiguration lock is set.`);
	for (const node of locked) delete state.nodes[node]!.files[DARE_LOCK];
	return locked;
}

export const dareLocks: Check = {
	title: 'No dynamic reconfiguration left its locks set',
	part: 'topology',
	run(ctx) {
		return lockedNodes(ctx.state).map(node =>
			error(
				`A dynamic reconfiguration did not complete on node ${node} (${ctx.state.nodes[node]!.files[DARE_LOCK]!.trim()} failed): its locks ` +
					'are still set. Correct the problem, then use Release Locks Set By Dynamic Reconfiguration.',
			),
		);
	},
};
