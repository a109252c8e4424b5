/**
 * Rules the simulated cluster must satisfy after every command. A command
 * whose result breaks one is refused and changes nothing.
 */
import type {ClusterState} from './state.js';
import {runningConfig} from './config.js';
import {checkLvm} from './lvm-invariants.js';

export function checkInvariants(state: ClusterState): string[] {
	const problems: string[] = [];
	const nodeNames = Object.keys(state.nodes);

	for (const [name, node] of Object.entries(state.nodes)) {
		if (!state.configs[node.dcd]) problems.push(`node ${name} has no HACMP configuration`);
		if (node.acd !== null && !state.configs[node.acd]) problems.push(`node ${name} has a missing active configuration`);
		if ((node.acd === null) !== (node.cm === 'ST_INIT' || node.cm === 'NOT_CONFIGURED')) {
			problems.push(`node ${name} is in ${node.cm} ${node.acd === null ? 'without' : 'with'} an active configuration`);
		}
	}

	checkServiceLabels(state, nodeNames, problems);
	checkGroups(state, problems);
	checkVolumeGroups(state, nodeNames, problems);
	checkLvm(state, problems);
	return problems;
}

function checkServiceLabels(state: ClusterState, nodeNames: string[], problems: string[]) {
	const seen = new Map<string, string>();
	for (const name of nodeNames) {
		for (const [iface, itf] of Object.entries(state.nodes[name]!.interfaces)) {
			for (const label of itf.addresses) {
				const where = `${name}:${iface}`;
				const other = seen.get(label);
				if (other) problems.push(`IP label ${label} is configured on both ${other} and ${where}`);
				seen.set(label, where);
			}
		}
	}
}

function checkGroups(state: ClusterState, problems: string[]) {
	const config = runningConfig(state);
	for (const [group, runtime] of Object.entries(state.resourceGroups)) {
		const definition = config?.resourceGroups[group];
		const online = Object.entries(runtime.nodes).filter(([, s]) => s === 'ONLINE' || s === 'ACQUIRING' || s === 'UNMANAGED');
		if (definition && definition.startup !== 'OAAN' && online.length > 1) {
			problems.push(`resource group ${group} would be online on ${online.map(([n]) => n).join(' and ')}`);
		}
	}
}

function checkVolumeGroups(state: ClusterState, nodeNames: string[], problems: string[]) {
	const usedBy = new Map<string, string>();
	for (const vg of Object.values(state.vgda)) {
		for (const pvid of vg.pvids) {
			const other = usedBy.get(pvid);
			if (other) problems.push(`disk ${pvid} is in both ${other} and ${vg.name}`);
			usedBy.set(pvid, vg.name);
			if (state.disks[pvid]?.vgid !== vg.vgid) problems.push(`disk ${pvid} of ${vg.name} does not carry its VGDA`);
		}
		const active: string[] = [];
		for (const name of nodeNames) {
			const lvm = state.nodes[name]!.lvm;
			for (const [vgName, mode] of Object.entries(lvm.varyon)) {
				if (lvm.volumeGroups[vgName]?.vgid !== vg.vgid) continue;
				if (mode !== 'active' && !vg.concurrent) problems.push(`${vg.name} is not concurrent capable but is varied on ${mode} on ${name}`);
				if (mode === 'active') active.push(name);
			}
		}
		if (active.length > 1) problems.push(`${vg.name} would be varied on in non-concurrent mode on ${active.join(' and ')}`);
	}
	const mountedAt = new Map<string, string>();
	for (const name of nodeNames) {
		const lvm = state.nodes[name]!.lvm;
		for (const vgName of Object.keys(lvm.varyon)) {
			if (!lvm.volumeGroups[vgName]) problems.push(`${vgName} is varied on on ${name} but not defined there`);
		}
		for (const [mountPoint, mount] of Object.entries(lvm.mounts)) {
			if (mount.vfs === 'nfs') continue;
			const lv = mount.dev.replace('/dev/', '');
			const vgName = Object.keys(lvm.volumeGroups).find(vg => lvm.volumeGroups[vg]!.lvs.includes(lv));
			const mode = vgName ? lvm.varyon[vgName] : undefined;
			if (mode !== 'active' && mode !== 'concurrent-active') {
				problems.push(`${mountPoint} is mounted on ${name} but its volume group is not varied on there`);
				continue;
			}
			const key = `${lvm.volumeGroups[vgName!]!.vgid}/${lv}`;
			const other = mountedAt.get(key);
			if (other) problems.push(`${mount.dev} would be mounted on both ${other} and ${name}`);
			mountedAt.set(key, name);
		}
	}
}
