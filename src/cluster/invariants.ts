/**
 * Rules the simulated cluster must satisfy after every command. A command
 * whose result breaks one is refused and changes nothing. Each domain's
 * manifest lists the rules it owns; these are the base cluster's, topology's
 * and shared storage's.
 */
import type {ClusterState} from './state.js';
import {runningConfig} from './config.js';
import type {DeepReadonly} from './readonly.js';
import {installedDomains} from './domain.js';
import {splitApart} from './failure/model.js';
import {checkDisksListed, keepingRules} from './lvm-invariants.js';

/**
 * Every installed domain's rules, in domain order; each problem a sentence. `before`: the state this one was made from,
 * which the rules may use to check again only what changed when it is known to keep them.
 */
export function checkInvariants(state: DeepReadonly<ClusterState>, before?: DeepReadonly<ClusterState>): string[] {
	const problems: string[] = [];
	const kept = before && keepingRules.has(before) ? before : undefined;
	for (const domain of installedDomains()) for (const invariant of domain.invariants ?? []) invariant(state, problems, kept);
	if (problems.length === 0) keepingRules.add(state);
	return problems;
}

/** Each node has its DCD, and an ACD exactly while its cluster manager runs. */
export function checkNodeConfigurations(state: DeepReadonly<ClusterState>, problems: string[]): void {
	for (const [name, node] of Object.entries(state.nodes)) {
		if (!state.configs[node.dcd]) problems.push(`node ${name} has no HACMP configuration`);
		if (node.acd !== null && !state.configs[node.acd]) problems.push(`node ${name} has a missing active configuration`);
		if ((node.acd === null) !== (node.cm === 'ST_INIT' || node.cm === 'NOT_CONFIGURED')) {
			problems.push(`node ${name} is in ${node.cm} ${node.acd === null ? 'without' : 'with'} an active configuration`);
		}
	}
}

/** An IP label is up on one interface at most. */
export function checkServiceLabels(state: DeepReadonly<ClusterState>, problems: string[]): void {
	const seen = new Map<string, string>();
	for (const name of Object.keys(state.nodes)) {
		for (const [iface, itf] of Object.entries(state.nodes[name]!.interfaces)) {
			for (const label of itf.addresses) {
				const where = `${name}:${iface}`;
				const other = seen.get(label);
				// Split brain: each side configured it, believing the other down.
				if (other && !splitApart(state, [other.split(':')[0]!, name])) problems.push(`IP label ${label} is configured on both ${other} and ${where}`);
				seen.set(label, where);
			}
		}
	}
}

/** A group that is not online on all available nodes is online on one node at most. */
export function checkGroups(state: DeepReadonly<ClusterState>, problems: string[]): void {
	const config = runningConfig(state);
	for (const [group, runtime] of Object.entries(state.resourceGroups)) {
		const definition = config?.resourceGroups[group];
		const online = Object.entries(runtime.nodes).filter(([, s]) => s === 'ONLINE' || s === 'ACQUIRING');
		const holding = online.map(([n]) => n);
		// Split brain: each side brought it online, believing the other down.
		if (definition && definition.startup !== 'OAAN' && online.length > 1 && !splitApart(state, holding)) {
			problems.push(`resource group ${group} would be online on ${holding.join(' and ')}`);
		}
	}
}

/** What one node's LVM gives checkVolumeGroups: its problems and mounts in order, and its VGs varied on active. */
interface NodeVolumes {
	steps: Array<string | {vgid: string; lv: string; dev: string}>;
	active: string[];
}

function volumesOf(state: DeepReadonly<ClusterState>, name: string): NodeVolumes {
	const lvm = state.nodes[name]!.lvm;
	const found: NodeVolumes = {steps: [], active: []};
	for (const [vgName, mode] of Object.entries(lvm.varyon)) {
		const vgid = lvm.volumeGroups[vgName]?.vgid;
		const vg = vgid === undefined ? undefined : state.vgda[vgid];
		if (!vg) {
			found.steps.push(`${vgName} is varied on on ${name} but not defined there`);
			continue;
		}
		if (mode !== 'active' && !vg.concurrent) found.steps.push(`${vg.name} is not concurrent capable but is varied on ${mode} on ${name}`);
		if (mode === 'active') found.active.push(vg.vgid);
	}
	const mounted = Object.entries(lvm.mounts).filter(([, mount]) => mount.vfs !== 'nfs');
	if (mounted.length === 0) return found;
	// The VG of each mounted LV (the last that lists it), mapped for those LVs only: a node has some 100 LVs and 6 mounts.
	const wanted = new Set(mounted.map(([, mount]) => mount.dev.replace('/dev/', '')));
	const vgOfLv = new Map<string, string>();
	for (const [vgName, imported] of Object.entries(lvm.volumeGroups)) for (const lv of imported.lvs) if (wanted.has(lv)) vgOfLv.set(lv, vgName);
	for (const [mountPoint, mount] of mounted) {
		const lv = mount.dev.replace('/dev/', '');
		const vgName = vgOfLv.get(lv);
		const mode = vgName ? lvm.varyon[vgName] : undefined;
		if (mode !== 'active' && mode !== 'concurrent-active')
			found.steps.push(`${mountPoint} is mounted on ${name} but its volume group is not varied on there`);
		else found.steps.push({vgid: lvm.volumeGroups[vgName!]!.vgid, lv, dev: mount.dev});
	}
	return found;
}

/**
 * Whether the nodes whose LVM changed since a state that kept the rules keep them too, without reading the other nodes'
 * LVM through: the VGDA record as it was, no split brain then or now (so the state before had no collision at all, not
 * even one a split excused), no problem of their own, and no VG they vary on active or LV they mount that another node
 * does too. Anything else is left to the whole check, which words it.
 */
function changedNodesCollideWithNone(state: DeepReadonly<ClusterState>, before: DeepReadonly<ClusterState>): boolean {
	if (state.vgda !== before.vgda || state.faults?.splitBrain || before.faults?.splitBrain) return false;
	const names = Object.keys(state.nodes);
	const changed = new Set(names.filter(name => state.nodes[name]!.lvm !== before.nodes[name]?.lvm));
	const active = new Set<string>();
	// The VGs (by VGID) of each LV the changed nodes mount: every node mounts rootvg's hd4, each of its own rootvg.
	const mounted = new Map<string, Set<string>>();
	const mountedVgids = new Set<string>();
	for (const name of changed) {
		const {steps, active: vgids} = volumesOf(state, name);
		for (const vgid of vgids) {
			if (active.has(vgid)) return false;
			active.add(vgid);
		}
		for (const step of steps) {
			if (typeof step === 'string') return false;
			const vgs = mounted.get(step.lv) ?? new Set<string>();
			if (vgs.has(step.vgid)) return false;
			mounted.set(step.lv, vgs.add(step.vgid));
			mountedVgids.add(step.vgid);
		}
	}
	for (const name of names) {
		if (changed.has(name)) continue;
		const lvm = state.nodes[name]!.lvm;
		for (const [vgName, mode] of Object.entries(lvm.varyon)) {
			const vgid = lvm.volumeGroups[vgName]?.vgid;
			if (mode === 'active' && vgid !== undefined && active.has(vgid)) return false;
		}
		const shared = Object.values(lvm.volumeGroups).filter(vg => mountedVgids.has(vg.vgid));
		if (shared.length === 0) continue;
		for (const mount of Object.values(lvm.mounts)) {
			const lv = mount.dev.replace('/dev/', '');
			const vgs = mount.vfs === 'nfs' ? undefined : mounted.get(lv);
			if (vgs && shared.some(vg => vgs.has(vg.vgid) && vg.lvs.includes(lv))) return false;
		}
	}
	return true;
}

/**
 * Shared volume groups across the nodes: each disk carries the VGDA of the
 * VG that lists it, a VG is varied on in a mode it allows and in
 * non-concurrent mode on one node at most, and a file system is mounted
 * only where its VG is open, on one node at most. One pass over the nodes.
 */
export function checkVolumeGroups(state: DeepReadonly<ClusterState>, problems: string[], before?: DeepReadonly<ClusterState>): void {
	checkDisksListed(state, problems, before);
	if (before && changedNodesCollideWithNone(state, before)) return;
	const activeOn = new Map<string, string[]>();
	const mountedAt = new Map<string, string>();
	for (const name of Object.keys(state.nodes)) {
		const {steps, active} = volumesOf(state, name);
		for (const vgid of active) activeOn.set(vgid, [...(activeOn.get(vgid) ?? []), name]);
		for (const step of steps) {
			if (typeof step === 'string') {
				problems.push(step);
				continue;
			}
			const key = `${step.vgid}/${step.lv}`;
			const other = mountedAt.get(key);
			if (other && !splitApart(state, [other, name])) problems.push(`${step.dev} would be mounted on both ${other} and ${name}`);
			mountedAt.set(key, name);
		}
	}
	for (const [vgid, nodes] of activeOn) {
		if (nodes.length > 1 && !splitApart(state, nodes))
			problems.push(`${state.vgda[vgid]!.name} would be varied on in non-concurrent mode on ${nodes.join(' and ')}`);
	}
}
