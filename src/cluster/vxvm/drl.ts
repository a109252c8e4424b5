/**
 * Dirty region logs in a cluster: one recovery image plus one active image per node, each a block per 2 GB of volume.
 * A log too small for the cluster (nodes added, a group from a smaller cluster) is invalid and forces full recovery.
 */
import type {DiskGroup, Plex, Volume, VxvmState} from './types.js';

/** Sectors in 2 GB: the seed's unit of one DRL block per image. */
const TWO_GB = 2 * 1024 * 1024 * 2;

/**
 * The seed's DRL rule: each image is one block per 2 GB of volume (at least one), and the log holds one image per
 * node plus the recovery image. 2 nodes × 2 GB: 3 blocks (the seed's text says two, but its own rule gives three);
 * 4 nodes × 4 GB: 2 × 5 = 10.
 */
export function drlBlocks(length: number, nodes: number): number {
	return Math.max(1, Math.ceil(length / TWO_GB)) * (nodes + 1);
}

/** How many nodes the cluster has: the logs must hold an image for each. */
export const clusterSize = (vx: VxvmState) => Object.keys(vx.nodes).length;

export const logPlex = (volume: Volume) => volume.plexes.find(p => p.kind === 'log');
const plexLength = (plex: Plex) => plex.subdisks.reduce((sum, sd) => sum + sd.length, 0);

/** A log too small for the cluster is marked invalid: the next recovery is full. */
export function checkLogs(vx: VxvmState): void {
	for (const group of Object.values(vx.groups)) {
		if (!group.shared) continue;
		for (const volume of Object.values(group.volumes)) {
			const log = logPlex(volume);
			if (log && plexLength(log) < drlBlocks(volume.length, clusterSize(vx))) volume.logInvalid = true;
		}
	}
}

/**
 * Resynchronize the groups' volumes left dirty by a crashed node, from the DRL when the log is valid and in full
 * otherwise, and merge the crashed nodes' active images so they may rejoin. Returns what was done, a line each.
 */
export function resynchronize(vx: VxvmState, groups: readonly DiskGroup[]): string[] {
	const done: string[] = [];
	for (const group of groups) {
		for (const volume of Object.values(group.volumes)) {
			for (const plex of volume.plexes) if (plex.state === 'STALE') plex.state = 'ACTIVE';
			if (!volume.needsSync) continue;
			const drl = logPlex(volume) && !volume.logInvalid;
			done.push(`${group.name}/${volume.name}: ${drl ? 'dirty region log recovery' : 'full resynchronization'}`);
			volume.needsSync = false;
			for (const other of Object.values(vx.nodes)) other.unmerged = other.unmerged.filter(key => key !== `${group.name}/${volume.name}`);
		}
	}
	return done;
}
