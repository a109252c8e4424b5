/**
 * What lsvg, lspv, lslv and lsfs print, laid out as AIX 5.x prints them.
 * Each report reads the VGDA (the disks) for what the VG holds and the
 * node's ODM for names: a node whose ODM is stale shows an LV it does not
 * know as unknown to it, and a disk whose VG it never imported as None.
 */
import type {ClusterState} from './state.js';
import {
	PPS_PER_FACTOR,
	extentOf,
	hasQuorum,
	lvOfDevice,
	openLvs,
	quorumNeeded,
	vgNameOfDisk,
	stalePps,
	totalPps,
	vgdaCopies,
	type LogicalVolume,
	type VolumeGroupOnDisk,
} from './lvm.js';
import {hdiskName} from './lvm-ops.js';
import {REGION_OF, distribution, freeCount, ppMaps, regions} from './lvm-space.js';
import type {DeepReadonly} from './readonly.js';
import {profileOf} from './release/index.js';

const MB = (pps: number, vg: DeepReadonly<VolumeGroupOnDisk>) => `${pps} (${pps * vg.ppSizeMb} megabytes)`;
/** A two-column "LABEL:  value   LABEL:  value" row as lsvg, lspv and lslv print them. */
const pair = (left: string, value: string | number, right = '', rightValue: string | number = '', leftWidth = 20, valueWidth = 25) =>
	right ? `${left.padEnd(leftWidth)}${String(value).padEnd(valueWidth)}${`${right} `.padEnd(16)}${rightValue}` : `${left.padEnd(leftWidth)}${value}`;

/** The LV is open on the node (`open` from openLvs): a file system on it, or logging to it, is mounted; paging space is always open. */
const isOpen = (open: ReadonlySet<string>, lv: DeepReadonly<LogicalVolume>) => lv.type === 'paging' || open.has(lv.name);

/** The mount point /etc/filesystems gives an LV on the node, or N/A. */
function mountPointOf(state: DeepReadonly<ClusterState>, node: string, lv: string): string {
	const found = Object.entries(state.nodes[node]!.lvm.filesystems).find(([, e]) => lvOfDevice(e.dev) === lv);
	return found?.[0] ?? 'N/A';
}

/** The varyon mode as lsvg's VG STATE / VG PERMISSION show it. */
function vgState(state: DeepReadonly<ClusterState>, node: string, vgName: string): {state: string; permission: string} {
	const mode = state.nodes[node]!.lvm.varyon[vgName];
	if (mode === 'concurrent-passive') return {state: 'active', permission: 'passive-only'};
	return {state: mode ? 'active' : 'inactive', permission: 'read/write'};
}

/** lsvg VolumeGroup. */
export function volumeGroupDetails(state: DeepReadonly<ClusterState>, node: string, vgName: string, vg: DeepReadonly<VolumeGroupOnDisk>): string[] {
	const maps = ppMaps(state, vg);
	let total = 0;
	let free = 0;
	for (const map of maps.values()) {
		total += map.length - 1;
		free += freeCount(map);
	}
	const lvs = Object.values(vg.lvs);
	const quorum = hasQuorum(vg, state.disks, node);
	const stalePvs = new Set(lvs.flatMap(lv => lv.copies.flatMap(c => c.filter(e => e.stale).map(e => e.pvid))));
	const status = vgState(state, node, vgName);
	const open = openLvs(state.nodes[node]!.lvm.mounts);
	const mode = state.nodes[node]!.lvm.varyon[vgName];
	const imported = state.nodes[node]!.lvm.volumeGroups[vgName]!;
	const lines = [
		pair('VOLUME GROUP:', vgName, 'VG IDENTIFIER:', vg.vgid),
		pair('VG STATE:', status.state, 'PP SIZE:', `${vg.ppSizeMb} megabyte(s)`),
		pair('VG PERMISSION:', status.permission, 'TOTAL PPs:', MB(total, vg)),
		pair('MAX LVs:', vg.maxLvs, 'FREE PPs:', MB(free, vg)),
		pair('LVs:', lvs.length, 'USED PPs:', MB(total - free, vg)),
		pair('OPEN LVs:', lvs.filter(lv => isOpen(open, lv)).length, 'QUORUM:', vg.quorum ? `${quorumNeeded(quorum.total)} (Enabled)` : '1 (Disabled)'),
		pair('TOTAL PVs:', vg.pvids.length, 'VG DESCRIPTORS:', quorum.total),
		pair(
			'STALE PVs:',
			stalePvs.size,
			'STALE PPs:',
			lvs.reduce((n, lv) => n + stalePps(lv), 0),
		),
		pair(
			'ACTIVE PVs:',
			vg.pvids.filter(p => !state.disks[p]?.failed && state.disks[p]?.paths[node]).length,
			'AUTO ON:',
			imported.autoVaryon ? 'yes' : 'no',
		),
	];
	const aix = profileOf(state).lsvg;
	if (vg.concurrent) {
		lines.push(pair('Concurrent:', aix.concurrent, 'Auto-Concurrent:', 'Disabled'));
		lines.push(pair('VG Mode:', mode === 'active' || !mode ? 'Non-Concurrent' : 'Concurrent'));
	}
	lines.push(pair('MAX PPs per PV:', PPS_PER_FACTOR * vg.factor, 'MAX PVs:', vg.maxPvs));
	if (aix.aix5Lines) {
		lines.push(pair('LTG size:', '128 kilobyte(s)', 'AUTO SYNC:', 'no'));
		lines.push(pair('HOT SPARE:', 'no', 'BB POLICY:', 'relocatable'));
	}
	return lines;
}

/** lsvg -l VolumeGroup. */
export function volumeGroupLvs(state: DeepReadonly<ClusterState>, node: string, vgName: string, vg: DeepReadonly<VolumeGroupOnDisk>): string[] {
	const lvm = state.nodes[node]!.lvm;
	// One pass over the node's mounts and stanzas, not one per LV: a VG may hold hundreds.
	const open = openLvs(lvm.mounts);
	const mountPoints = new Map(Object.entries(lvm.filesystems).map(([mp, e]) => [lvOfDevice(e.dev), mp]));
	const lines = [
		`${vgName}:`,
		`${'LV NAME'.padEnd(20)}${'TYPE'.padEnd(11)}${'LPs'.padEnd(6)}${'PPs'.padEnd(6)}${'PVs'.padEnd(5)}${'LV STATE'.padEnd(14)}MOUNT POINT`,
	];
	for (const lv of Object.values(vg.lvs).sort((a, b) => a.id - b.id)) {
		const pvs = new Set(lv.copies.flatMap(c => c.map(e => e.pvid))).size;
		const status = `${isOpen(open, lv) ? 'open' : 'closed'}/${stalePps(lv) > 0 ? 'stale' : 'syncd'}`;
		lines.push(
			`${lv.name.padEnd(20)}${lv.type.padEnd(11)}${String(lv.lps).padEnd(6)}${String(lv.lps * lv.copies.length).padEnd(6)}${String(pvs).padEnd(5)}` +
				`${status.padEnd(14)}${mountPoints.get(lv.name) ?? 'N/A'}`,
		);
	}
	return lines;
}

/** lsvg -p VolumeGroup. */
export function volumeGroupPvs(state: DeepReadonly<ClusterState>, node: string, vgName: string, vg: DeepReadonly<VolumeGroupOnDisk>): string[] {
	const maps = ppMaps(state, vg);
	const lines = [`${vgName}:`, `${'PV_NAME'.padEnd(18)}${'PV STATE'.padEnd(18)}${'TOTAL PPs'.padEnd(12)}${'FREE PPs'.padEnd(12)}FREE DISTRIBUTION`];
	for (const pvid of vg.pvids) {
		const map = maps.get(pvid)!;
		const disk = state.disks[pvid];
		const pvState = disk?.failed || !disk?.paths[node] ? 'missing' : 'active';
		lines.push(
			`${hdiskName(state, node, pvid).padEnd(18)}${pvState.padEnd(18)}${String(map.length - 1).padEnd(12)}${String(freeCount(map)).padEnd(12)}` +
				`${distribution(map, false)}`,
		);
	}
	return lines;
}

/** Who uses each PP of a VG's disks: `lv:lp[:copy]`, for lsvg -M and lspv -M. */
function partitionOwners(vg: DeepReadonly<VolumeGroupOnDisk>): Map<string, Map<number, string>> {
	const owners = new Map<string, Map<number, string>>(vg.pvids.map(p => [p, new Map()]));
	for (const lv of Object.values(vg.lvs)) {
		lv.copies.forEach((copy, index) => {
			let lp = 1;
			for (const extent of copy) {
				for (let i = 0; i < extent.pps; i++, lp++) {
					const copyNumber = lv.copies.length > 1 ? `:${index + 1}` : '';
					owners.get(extent.pvid)?.set(extent.first + i, `${lv.name}:${lp}${copyNumber}${extent.stale ? '\tstale' : ''}`);
				}
			}
		});
	}
	return owners;
}

/** lsvg -M / lspv -M: one line per used PP, free runs as ranges. */
export function partitionMap(
	state: DeepReadonly<ClusterState>,
	node: string,
	vg: DeepReadonly<VolumeGroupOnDisk>,
	pvids: readonly string[],
): string[] {
	const owners = partitionOwners(vg);
	const lines: string[] = [];
	for (const pvid of pvids) {
		const name = hdiskName(state, node, pvid);
		const used = owners.get(pvid)!;
		const total = totalPps(state.disks[pvid]!, vg.ppSizeMb);
		for (let pp = 1; pp <= total; pp++) {
			const owner = used.get(pp);
			if (owner) {
				lines.push(`${name}:${pp}\t${owner}`);
				continue;
			}
			let last = pp;
			while (last < total && !used.has(last + 1)) last++;
			lines.push(last === pp ? `${name}:${pp}` : `${name}:${pp}-${last}`);
			pp = last;
		}
	}
	return lines;
}

/** lspv: every disk the node sees, with the VG its ODM puts it in. */
export function physicalVolumes(state: DeepReadonly<ClusterState>, node: string): string[] {
	const lvm = state.nodes[node]!.lvm;
	const disks = Object.values(state.disks).filter(d => d.paths[node]);
	disks.sort((a, b) => Number(a.paths[node]!.replace(/\D/g, '')) - Number(b.paths[node]!.replace(/\D/g, '')));
	return disks.map(disk => {
		const vgName = vgNameOfDisk(lvm, disk.pvid);
		const mode = vgName ? lvm.varyon[vgName] : undefined;
		const status = mode === 'active' ? 'active' : mode ? 'concurrent' : '';
		return `${disk.paths[node]!.padEnd(16)}${disk.pvid.padEnd(36)}${(vgName ?? 'None').padEnd(16)}${status}`.trimEnd();
	});
}

/** lspv hdiskN. */
export function physicalVolumeDetails(
	state: DeepReadonly<ClusterState>,
	node: string,
	pvid: string,
	vgName: string,
	vg: DeepReadonly<VolumeGroupOnDisk>,
): string[] {
	const map = ppMaps(state, vg).get(pvid)!;
	const total = map.length - 1;
	const free = freeCount(map);
	const lvsHere = Object.values(vg.lvs).filter(lv => lv.copies.some(c => c.some(e => e.pvid === pvid)));
	const stale = Object.values(vg.lvs).reduce(
		(n, lv) =>
			n +
			lv.copies
				.flat()
				.filter(e => e.pvid === pvid && e.stale)
				.reduce((s, e) => s + e.pps, 0),
		0,
	);
	const index = vg.pvids.indexOf(pvid);
	const mode = state.nodes[node]!.lvm.varyon[vgName];
	return [
		pair('PHYSICAL VOLUME:', hdiskName(state, node, pvid), 'VOLUME GROUP:', vgName, 20, 25),
		`PV IDENTIFIER:      ${pvid} VG IDENTIFIER     ${vg.vgid}`,
		pair('PV STATE:', state.disks[pvid]!.failed ? 'missing' : mode ? 'active' : 'inactive'),
		pair('STALE PARTITIONS:', stale, 'ALLOCATABLE:', 'yes'),
		pair('PP SIZE:', `${vg.ppSizeMb} megabyte(s)`, 'LOGICAL VOLUMES:', lvsHere.length),
		pair('TOTAL PPs:', MB(total, vg), 'VG DESCRIPTORS:', vgdaCopies(vg.pvids.length, index)),
		pair('FREE PPs:', MB(free, vg), 'HOT SPARE:', 'no'),
		pair('USED PPs:', MB(total - free, vg)),
		pair('FREE DISTRIBUTION:', distribution(map, false)),
		pair('USED DISTRIBUTION:', distribution(map, true)),
	];
}

/** lspv -l hdiskN. */
export function physicalVolumeLvs(state: DeepReadonly<ClusterState>, node: string, pvid: string, vg: DeepReadonly<VolumeGroupOnDisk>): string[] {
	const total = totalPps(state.disks[pvid]!, vg.ppSizeMb);
	const lines = [
		`${hdiskName(state, node, pvid)}:`,
		`${'LV NAME'.padEnd(22)}${'LPs'.padEnd(8)}${'PPs'.padEnd(8)}${'DISTRIBUTION'.padEnd(22)}MOUNT POINT`,
	];
	for (const lv of Object.values(vg.lvs).sort((a, b) => a.id - b.id)) {
		const extents = lv.copies.flat().filter(e => e.pvid === pvid);
		if (extents.length === 0) continue;
		const map = new Uint8Array(total + 1);
		for (const e of extents) map.fill(1, e.first, e.first + e.pps);
		const pps = extents.reduce((n, e) => n + e.pps, 0);
		const lps = new Set(
			lv.copies.flatMap(copy => Array.from({length: lv.lps}, (_, lp) => (extentOf(copy, lp)?.pvid === pvid ? lp : -1)).filter(lp => lp >= 0)),
		).size;
		lines.push(
			`${lv.name.padEnd(22)}${String(lps).padEnd(8)}${String(pps).padEnd(8)}${distribution(map, true).padEnd(22)}${mountPointOf(state, node, lv.name)}`,
		);
	}
	return lines;
}

/** lspv -p hdiskN: the disk's partitions in runs, used (by which LV) or free. */
export function physicalVolumeRanges(state: DeepReadonly<ClusterState>, node: string, pvid: string): string[] {
	const vg = state.vgda[state.disks[pvid]!.vgid!]!;
	const total = totalPps(state.disks[pvid]!, vg.ppSizeMb);
	const owner = new Array<DeepReadonly<LogicalVolume> | undefined>(total + 1);
	for (const lv of Object.values(vg.lvs))
		for (const copy of lv.copies) for (const e of copy) if (e.pvid === pvid) owner.fill(lv, e.first, e.first + e.pps);
	const lines = [`${hdiskName(state, node, pvid)}:`, 'PP RANGE  STATE   LV NAME             TYPE       MOUNT POINT'];
	for (let from = 1; from <= total; ) {
		const lv = owner[from];
		let to = from;
		while (to < total && owner[to + 1] === lv) to++;
		const row = [`${from}-${to}`.padStart(8), '  ', (lv ? 'used' : 'free').padEnd(8), (lv?.name ?? '').padEnd(20), (lv?.type ?? '').padEnd(11)];
		lines.push(`${row.join('')}${lv ? mountPointOf(state, node, lv.name) : ''}`.trimEnd());
		from = to + 1;
	}
	return lines;
}

/** lslv LogicalVolume. */
export function logicalVolumeDetails(
	state: DeepReadonly<ClusterState>,
	node: string,
	vgName: string,
	vg: DeepReadonly<VolumeGroupOnDisk>,
	lv: DeepReadonly<LogicalVolume>,
): string[] {
	const mode = state.nodes[node]!.lvm.varyon[vgName];
	const mwc = {y: 'on/ACTIVE', p: 'on/PASSIVE', n: 'off'}[lv.mwc];
	const row = (l: string, v: string | number, r: string, rv: string | number) => pair(l, v, r, rv, 20, 23);
	return [
		row('LOGICAL VOLUME:', lv.name, 'VOLUME GROUP:', vgName),
		row('LV IDENTIFIER:', `${vg.vgid}.${lv.id}`, 'PERMISSION:', lv.permission),
		row(
			'VG STATE:',
			mode ? 'active/complete' : 'inactive',
			'LV STATE:',
			`${isOpen(openLvs(state.nodes[node]!.lvm.mounts), lv) ? 'opened' : 'closed'}/${stalePps(lv) > 0 ? 'stale' : 'syncd'}`,
		),
		row('TYPE:', lv.type, 'WRITE VERIFY:', lv.writeVerify ? 'on' : 'off'),
		row('MAX LPs:', lv.maxLps, 'PP SIZE:', `${vg.ppSizeMb} megabyte(s)`),
		row('COPIES:', lv.copies.length, 'SCHED POLICY:', lv.schedule),
		row('LPs:', lv.lps, 'PPs:', lv.lps * lv.copies.length),
		row('STALE PPs:', stalePps(lv), 'BB POLICY:', lv.badBlocks ? 'relocatable' : 'non-relocatable'),
		row('INTER-POLICY:', lv.interPolicy, 'RELOCATABLE:', lv.relocatable ? 'yes' : 'no'),
		row('INTRA-POLICY:', lv.intraPolicy, 'UPPER BOUND:', lv.upperBound),
		row('MOUNT POINT:', mountPointOf(state, node, lv.name), 'LABEL:', lv.label),
		`MIRROR WRITE CONSISTENCY: ${mwc}`,
		`EACH LP COPY ON A SEPARATE PV ?: ${lv.strict === 'n' ? 'no' : 'yes'}${lv.strict === 's' ? ' (superstrict)' : ''}`,
		'Serialize IO ?:     NO',
	];
}

/** lslv -m LogicalVolume: each LP and the PP of each copy. */
export function logicalVolumeMap(state: DeepReadonly<ClusterState>, node: string, lv: DeepReadonly<LogicalVolume>): string[] {
	const cells = lv.copies.map(copy =>
		copy.flatMap(e => Array.from({length: e.pps}, (_, i) => `${String(e.first + i).padStart(4, '0')} ${hdiskName(state, node, e.pvid).padEnd(17)}`)),
	);
	const lines = [`${lv.name}:${mountPointOf(state, node, lv.name)}`, 'LP    PP1  PV1               PP2  PV2               PP3  PV3'];
	for (let lp = 0; lp < lv.lps; lp++) lines.push(`${String(lp + 1).padStart(4, '0')}  ${cells.map(c => c[lp]).join(' ')}`.trimEnd());
	return lines;
}

/** lslv -l LogicalVolume: the disks it uses and how. */
export function logicalVolumeDisks(
	state: DeepReadonly<ClusterState>,
	node: string,
	vg: DeepReadonly<VolumeGroupOnDisk>,
	lv: DeepReadonly<LogicalVolume>,
): string[] {
	const lines = [`${lv.name}:${mountPointOf(state, node, lv.name)}`, `${'PV'.padEnd(18)}${'COPIES'.padEnd(14)}${'IN BAND'.padEnd(14)}DISTRIBUTION`];
	const pvids = [...new Set(lv.copies.flatMap(c => c.map(e => e.pvid)))];
	for (const pvid of pvids) {
		const perCopy = [0, 1, 2].map(i => (lv.copies[i] ?? []).filter(e => e.pvid === pvid).reduce((n, e) => n + e.pps, 0));
		const total = totalPps(state.disks[pvid]!, vg.ppSizeMb);
		const bounds = regions(total)[REGION_OF[lv.intraPolicy]]!;
		const used = lv.copies.flat().filter(e => e.pvid === pvid);
		const all = used.reduce((n, e) => n + e.pps, 0);
		let inBand = 0;
		const map = new Uint8Array(total + 1);
		for (const e of used) {
			map.fill(1, e.first, e.first + e.pps);
			for (let pp = e.first; pp < e.first + e.pps; pp++) if (pp >= bounds[0] && pp <= bounds[1]) inBand++;
		}
		lines.push(
			`${hdiskName(state, node, pvid).padEnd(18)}${perCopy
				.map(n => String(n).padStart(3, '0'))
				.join(':')
				.padEnd(14)}${`${Math.round((inBand * 100) / Math.max(all, 1))}%`.padEnd(14)}${distribution(map, true, 3).replaceAll('..', ':')}`,
		);
	}
	return lines;
}
