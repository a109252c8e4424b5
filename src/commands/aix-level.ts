/**
 * What the everyday AIX commands print that depends on the release a node
 * runs: the AIX version and release (from the node's bos.rte, which its
 * release installs), the machine type, where the ODM lives (the release's).
 */
import type {DeepReadonly} from '../cluster/readonly.js';
import type {ClusterState} from '../cluster/state.js';
import {profileOf} from '../cluster/release/index.js';

export const AIX_LEVEL = {
	/** uname -M: the machine type and model. */
	model: 'IBM,7028-6C4',
	/** Where `odmget` finds the devices' classes (and, through the links ES installs, HACMP's). */
	odmDirectory: '/etc/objrepos',
} as const;

/** HACMP's ODM on the release: where its DCD and its ACD (while the cluster manager runs) are, and the version its objects carry. */
export function hacmpOdm(state: DeepReadonly<ClusterState>): {dcd: string; acd: string; clusterVersion: number} {
	const {odmDirectory, clusterDir, clVersion} = profileOf(state);
	return {dcd: odmDirectory, acd: `${clusterDir}/etc/objrepos/active`, clusterVersion: clVersion};
}

/** The AIX level a node runs, from its bos.rte (5.2.0.30: AIX 5.2, 4.3.3.75: AIX 4.3.3). */
export function aixLevel(state: DeepReadonly<ClusterState>, node: string): {version: string; release: string; modification: string; fix: number} {
	const [version = '5', release = '2', modification = '0', fix = '0'] = (state.nodes[node]!.filesets['bos.rte'] ?? '').split('.');
	return {version, release, modification, fix: Number(fix)};
}

/** oslevel: the base level, and -r's maintenance level from bos.rte (5.2.0.30 is 5200-03). */
export function osLevel(state: DeepReadonly<ClusterState>, node: string): {base: string; maintenance: string} {
	const {version, release, modification, fix} = aixLevel(state, node);
	const level = `${version}${release}${modification}0`;
	return {base: `${version}.${release}.${modification}.0`, maintenance: `${level}-${String(Math.floor(fix / 10)).padStart(2, '0')}`};
}

/** uname -m: the machine ID, 00 then six digits of the system's serial then the model code (from the node's boot disk). */
export function machineId(state: DeepReadonly<ClusterState>, node: string): string {
	const boot = Object.values(state.disks).find(disk => disk.paths[node] === 'hdisk0')?.pvid ?? '00000000';
	return `00${boot.slice(2, 8).toUpperCase()}4C00`;
}
