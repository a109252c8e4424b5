/**
 * What the everyday AIX commands print that depends on the release a node
 * runs: the AIX version and release, the machine type, where the ODM lives.
 * In one place, so a release profile can later choose them.
 */
import type {DeepReadonly} from '../cluster/readonly.js';
import type {ClusterState} from '../cluster/state.js';

export const AIX_LEVEL = {
	/** uname -v and -r: AIX 5.2. */
	version: '5',
	release: '2',
	/** uname -M: the machine type and model. */
	model: 'IBM,7028-6C4',
	/** Where `odmget` finds the HACMP classes (ES links them into /etc/objrepos) and the devices' classes. */
	odmDirectory: '/etc/objrepos',
} as const;

/** HACMP's ODM: the directories of the DCD it edits and the ACD the cluster manager runs from, and the version its objects carry. */
export const HACMP_ODM = {dcd: '/etc/es/objrepos', acd: '/usr/es/sbin/cluster/etc/objrepos/active', clusterVersion: 7} as const;

/** oslevel: the base level, and -r's maintenance level from bos.rte (5.2.0.30 is 5200-03). */
export function osLevel(state: DeepReadonly<ClusterState>, node: string): {base: string; maintenance: string} {
	const fix = Number((state.nodes[node]!.filesets['bos.rte'] ?? '').split('.')[3] ?? 0);
	const {version, release} = AIX_LEVEL;
	return {base: `${version}.${release}.0.0`, maintenance: `${version}${release}00-${String(Math.floor(fix / 10)).padStart(2, '0')}`};
}

/** uname -m: the machine ID, 00 then six digits of the system's serial then the model code (from the node's boot disk). */
export function machineId(state: DeepReadonly<ClusterState>, node: string): string {
	const boot = Object.values(state.disks).find(disk => disk.paths[node] === 'hdisk0')?.pvid ?? '00000000';
	return `00${boot.slice(2, 8).toUpperCase()}4C00`;
}
