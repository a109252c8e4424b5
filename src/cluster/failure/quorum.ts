/**
 * A shared volume group closed by LVM when it lost its quorum of VGDAs
 * (LVM_SA_QUORCLOSE): HACMP's selective fallover moves the group that holds
 * it to the next node its fallover policy picks, where a normal varyon may
 * fail too and forced varyon decides; with no node to take it, the group is
 * in ERROR.
 */
import {runningConfig} from '../config.js';
import {EventLog} from '../events/log.js';
import {falloverTarget} from '../events/policy.js';
import {setGroupState} from '../events/resources.js';
import {runRgMove} from '../events/rg-move.js';
import type {ClusterState} from '../state.js';
import {aliveNodes} from './reach.js';
import {scheduleDetection} from './detect.js';

/** Disks failed or repaired: the groups whose volume groups closed fall over, and a disk heartbeat network notices. */
export function disksChanged(state: ClusterState, failed: boolean): void {
	if (failed) volumeGroupsClosed(state);
	const config = runningConfig(state);
	const diskhb = Object.values(config?.networks ?? {}).filter(n => n.type === 'diskhb');
	if (diskhb.length > 0)
		scheduleDetection(
			state,
			failed ? 'fail' : 'join',
			diskhb.map(n => n.name),
		);
}

/** Every group online where one of its volume groups is no longer varied on moves off that node. */
function volumeGroupsClosed(state: ClusterState): void {
	const config = runningConfig(state);
	if (!config) return;
	for (const group of Object.values(config.resourceGroups)) {
		const runtime = state.resourceGroups[group.name];
		for (const [node, status] of Object.entries(runtime?.nodes ?? {})) {
			// (A node named before its machine exists, on 4.3, holds nothing.)
			const lvm = state.nodes[node]?.lvm;
			const lost = group.resources.volumeGroups.filter(vg => lvm?.volumeGroups[vg] && !lvm.varyon[vg]);
			if (status !== 'ONLINE' || lost.length === 0) continue;
			const to = falloverTarget(state, group, runtime!, aliveNodes(state), node);
			new EventLog(state).note(node, `LVM_SA_QUORCLOSE: ${lost.join(', ')} closed on ${node}: selective fallover of resource group ${group.name}.`);
			runRgMove(state, config, group, {
				release: [node],
				acquire: to ? [to] : [],
				reason: `Selective fallover: ${group.name} lost ${lost.join(', ')} on ${node}${to ? `; moving it to ${to}` : '; no node can take it'}.`,
			});
			if (!to) setGroupState(state, group.name, node, 'ERROR');
		}
	}
}
