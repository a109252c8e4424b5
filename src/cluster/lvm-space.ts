/**
 * Physical partitions: which PPs of each disk a VG's logical volumes use,
 * the five regions AIX divides a disk into (outer edge, outer middle,
 * center, inner middle, inner edge) for FREE DISTRIBUTION and the
 * intra-disk policy, and the allocator mklv, extendlv and mklvcopy share,
 * which keeps copies strict (each copy of a partition on its own disk).
 */
import {CommandError} from './errors.js';
import {noAllocation} from './lvm-messages.js';
import {totalPps, type IntraPolicy, type LogicalVolume, type PpExtent, type VolumeGroupOnDisk} from './lvm.js';
import type {ClusterState} from './state.js';
import type {DeepReadonly} from './readonly.js';

/** Per disk of a VG: index = PP number (from 1), value 1 when a copy uses it. */
export type PpMaps = Map<string, Uint8Array>;

export function ppMaps(state: DeepReadonly<ClusterState>, vg: DeepReadonly<VolumeGroupOnDisk>): PpMaps {
	const maps: PpMaps = new Map();
	for (const pvid of vg.pvids) maps.set(pvid, new Uint8Array(totalPps(state.disks[pvid]!, vg.ppSizeMb) + 1));
	for (const lv of Object.values(vg.lvs)) {
		for (const copy of lv.copies) {
			for (const extent of copy) {
				const map = maps.get(extent.pvid);
				if (map) map.fill(1, extent.first, extent.first + extent.pps);
			}
		}
	}
	return maps;
}

export function freeCount(map: Uint8Array): number {
	let free = 0;
	for (let pp = 1; pp < map.length; pp++) if (!map[pp]) free++;
	return free;
}

/** The five regions of a disk as [first, last] PP numbers; the edges take what does not divide evenly. */
export function regions(total: number): Array<[number, number]> {
	const base = Math.floor(total / 5);
	const sizes = [base, base, base, base, base];
	const extra = [0, 4, 1, 3, 2];
	for (let i = 0; i < total % 5; i++) sizes[extra[i]!]!++;
	let first = 1;
	return sizes.map(size => {
		const region: [number, number] = [first, first + size - 1];
		first += size;
		return region;
	});
}

/** PPs per region that are free (or used): lspv's FREE / USED DISTRIBUTION, `115..51..114..115..115`. */
export function distribution(map: Uint8Array, used: boolean, width = 2): string {
	return regions(map.length - 1)
		.map(([first, last]) => {
			let count = 0;
			for (let pp = first; pp <= last; pp++) if (Boolean(map[pp]) === used) count++;
			return String(count).padStart(width, '0');
		})
		.join('..');
}

/** The region (index into `regions`) an intra-disk policy asks for. */
export const REGION_OF: Record<IntraPolicy, number> = {edge: 0, middle: 1, center: 2, 'inner middle': 3, 'inner edge': 4};

/** Regions in the order the intra-disk policy fills them: the asked one, then outward from it. */
function regionOrder(policy: IntraPolicy): number[] {
	const wanted = REGION_OF[policy];
	return [0, 1, 2, 3, 4].sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || a - b);
}

/** Take up to `count` free PPs from one disk, in policy order; appends runs to `into`. Returns how many it took. */
function takeFromDisk(map: Uint8Array, pvid: string, count: number, policy: IntraPolicy, into: PpExtent[]): number {
	let taken = 0;
	const bounds = regions(map.length - 1);
	for (const region of regionOrder(policy)) {
		const [first, last] = bounds[region]!;
		for (let pp = first; pp <= last && taken < count; pp++) {
			if (map[pp]) continue;
			map[pp] = 1;
			taken++;
			const previous = into[into.length - 1];
			if (previous && previous.pvid === pvid && previous.first + previous.pps === pp && !previous.stale) previous.pps++;
			else into.push({pvid, first: pp, pps: 1});
		}
		if (taken === count) break;
	}
	return taken;
}

const allocationFailure = () => new CommandError(noAllocation());

/** Disks each copy of an LV uses. */
export const copyDisks = (copy: readonly PpExtent[]) => [...new Set(copy.map(e => e.pvid))];

/**
 * Disks a copy may grow onto: its own first, then the allowed disks no
 * other copy uses (strict), or any allowed disk (not strict), at most
 * upperBound disks in all. Failed disks take no new partitions.
 */
function candidates(state: DeepReadonly<ClusterState>, lv: DeepReadonly<LogicalVolume>, copy: number, allowed: readonly string[]): string[] {
	const own = copyDisks(lv.copies[copy] ?? []);
	const others = new Set(lv.strict === 'n' ? [] : lv.copies.flatMap((c, i) => (i === copy ? [] : copyDisks(c))));
	const extra = allowed.filter(pvid => !own.includes(pvid) && !others.has(pvid) && !state.disks[pvid]?.failed);
	return [...own, ...extra].slice(0, Math.max(lv.upperBound, own.length));
}

/** Grow one copy by `count` partitions; false when the disks cannot hold them. */
function growCopy(
	state: ClusterState,
	maps: PpMaps,
	lv: LogicalVolume,
	copy: number,
	count: number,
	allowed: readonly string[],
	stale: boolean,
): boolean {
	const extents = lv.copies[copy] ?? [];
	const disks = candidates(state, lv, copy, allowed);
	const added: PpExtent[] = [];
	let left = count;
	if (lv.interPolicy === 'maximum') {
		// Spread the copy over as many disks as it may use.
		const share = Math.ceil(count / Math.max(disks.length, 1));
		for (const pvid of disks) left -= takeFromDisk(maps.get(pvid)!, pvid, Math.min(share, left), lv.intraPolicy, added);
	}
	for (const pvid of disks) {
		if (left === 0) break;
		left -= takeFromDisk(maps.get(pvid)!, pvid, left, lv.intraPolicy, added);
	}
	if (left > 0) return false;
	if (stale) for (const extent of added) extent.stale = true;
	lv.copies[copy] = mergeExtents([...extents, ...added]);
	return true;
}

/** Join runs that continue each other on the same disk with the same staleness. */
function mergeExtents(extents: PpExtent[]): PpExtent[] {
	const merged: PpExtent[] = [];
	for (const extent of extents) {
		const last = merged[merged.length - 1];
		if (last && last.pvid === extent.pvid && last.first + last.pps === extent.first && Boolean(last.stale) === Boolean(extent.stale))
			last.pps += extent.pps;
		else merged.push({...extent});
	}
	return merged;
}

/** Add `lps` partitions to every copy of an LV (mklv, extendlv). */
export function extendCopies(
	state: ClusterState,
	vg: VolumeGroupOnDisk,
	lv: LogicalVolume,
	lps: number,
	allowed: readonly string[] = vg.pvids,
): void {
	const maps = ppMaps(state, vg);
	const copies = Math.max(lv.copies.length, 1);
	for (let copy = 0; copy < copies; copy++) {
		if (!growCopy(state, maps, lv, copy, lps, allowed, false)) throw allocationFailure();
	}
	lv.lps += lps;
}

/** Add copies up to `total` (mklvcopy); new copies are stale until synchronised unless `synced`. */
export function addCopies(
	state: ClusterState,
	vg: VolumeGroupOnDisk,
	lv: LogicalVolume,
	total: number,
	allowed: readonly string[],
	synced: boolean,
): void {
	const maps = ppMaps(state, vg);
	for (let copy = lv.copies.length; copy < total; copy++) {
		lv.copies.push([]);
		if (!growCopy(state, maps, lv, copy, lv.lps, allowed, !synced)) throw allocationFailure();
	}
}
