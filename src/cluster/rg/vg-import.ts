/**
 * A resource group's volume group imported onto a participating node that lacks it, as HACMP does it for
 * verification's corrective action (cl_import_vg) and for Automatically Import Volume Groups (claddres
 * VG_AUTO_IMPORT=true): from the first of its disks the node sees, with the major number it has on the node that has
 * it where that number is free, and not varied on at boot (HACMP varies it on).
 */
import {dcdOf} from '../config.js';
import {refuse} from '../errors.js';
import {isPoweredOff} from '../failure/model.js';
import {freeMajors, importVolumeGroup, majorsInUse} from '../lvm-odm.js';
import type {DeepReadonly} from '../readonly.js';
import type {ClusterState} from '../state.js';
import {errorLines, vgNodeDoesNotAnswer, vgSeenByNoDisk} from './messages.js';

/** Where a node lacking the volume group would import it from (no pvid: it sees none of its disks), and its holder's major. */
export interface VolumeGroupImport {
	vg: string;
	node: string;
	pvid?: string;
	holderMajor: number;
}

/** The imports the group's volume groups need: one per participating node without one the group's first holder has. */
export function missingImports(state: DeepReadonly<ClusterState>, nodes: readonly string[], vgs: readonly string[]): VolumeGroupImport[] {
	const imports: VolumeGroupImport[] = [];
	for (const vg of vgs) {
		const owner = nodes.find(n => state.nodes[n]?.lvm.volumeGroups[vg]);
		if (!owner) continue;
		const {vgid, major} = state.nodes[owner]!.lvm.volumeGroups[vg]!;
		const pvids = state.vgda[vgid]?.pvids ?? [];
		for (const node of nodes) {
			if (!state.nodes[node] || state.nodes[node].lvm.volumeGroups[vg]) continue;
			const pvid = pvids.find(p => state.disks[p]?.paths[node]);
			imports.push({vg, node, ...(pvid && {pvid}), holderMajor: major});
		}
	}
	return imports;
}

/**
 * Import it (importvg -V major -y vg; chvg -an vg), or refuse with importvg's messages; the line HACMP reports. The
 * import runs on the node through clcomdES: a node that is powered off refuses it.
 */
export function importOnto(state: ClusterState, plan: VolumeGroupImport & {pvid: string}): string {
	const {vg, node, holderMajor} = plan;
	if (isPoweredOff(state, node)) refuse(errorLines(vgNodeDoesNotAnswer(vg, node)));
	// The major the node's imports so far leave free: the holder's, or the first free one.
	const major = majorsInUse(state, node).has(holderMajor) ? freeMajors(state, [node])[0]! : holderMajor;
	importVolumeGroup(state, node, plan.pvid, {name: vg, major, autoVaryon: false});
	return `Successfully imported volume group ${vg} onto node ${node} with major number ${major} (importvg -V ${major} -y ${vg}; chvg -an ${vg}).`;
}

/** Automatically Import Volume Groups: every import the group needs, each line reported; a node that sees no disk refuses. */
export function importGroupVolumeGroups(state: ClusterState, node: string, group: string): string[] {
	const {nodes, resources} = dcdOf(state, node).resourceGroups[group]!;
	return missingImports(state, nodes, resources.volumeGroups).map(plan => {
		if (!plan.pvid) refuse(errorLines(vgSeenByNoDisk(plan.vg, plan.node)));
		return importOnto(state, {...plan, pvid: plan.pvid});
	});
}
