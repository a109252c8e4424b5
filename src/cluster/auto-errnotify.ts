/**
 * HACMP's Automatic Error Notification: errnotify objects for the cluster's disks on every node, for the permanent
 * hardware errors only (class H, type PERM). A disk gets cl_failover, which stops cluster services on the node with
 * takeover so that its resources fall over, unless failing over would not help: a disk holding an unmirrored logical
 * volume, or a disk of a volume group a non-concurrent resource group holds, gets cl_logerror, which only logs the
 * error in hacmp.out (this keeps needless node_down events away). The disks are each node's rootvg and the shared
 * volume groups of the groups the node takes part in. The objects are per node, made and removed by the utility on
 * every node at once while the cluster is down, and never synchronized.
 */
import {dcdOf, isConcurrentGroup} from './config.js';
import {putNotify, notifyObjectsOf} from './errnotify.js';
import type {DeepReadonly} from './readonly.js';
import type {ClusterState} from './state.js';

export const DIAG_DIR = '/usr/es/sbin/cluster/diag';
export const CL_FAILOVER = `${DIAG_DIR}/cl_failover`;
export const CL_LOGERROR = `${DIAG_DIR}/cl_logerror`;

/** One method the utility gives a node's disk. */
export interface AutoMethod {
	node: string;
	resource: string;
	method: typeof CL_FAILOVER | typeof CL_LOGERROR;
}

/** The object name of a resource's automatic method (at most 15 characters, as errnotify allows). */
const objectName = (resource: string) => `HACMP_${resource}`.slice(0, 15);

/** Whether an object is one the utility made: its method is one of the two diagnostic scripts. */
export const isAutomatic = (method: string) => [CL_FAILOVER, CL_LOGERROR].includes(method.split(/\s+/)[0]!);

/** Whether a logical volume of the VG lies on the disk with a single copy. */
function holdsUnmirrored(state: DeepReadonly<ClusterState>, vgid: string, pvid: string): boolean {
	const lvs = Object.values(state.vgda[vgid]?.lvs ?? {});
	return lvs.some(lv => lv.copies.length < 2 && lv.copies.some(copy => copy.some(extent => extent.pvid === pvid)));
}

/** What the utility would configure now, node by node, disks in the order of each node's ODM. */
export function automaticMethods(state: DeepReadonly<ClusterState>): AutoMethod[] {
	const methods: AutoMethod[] = [];
	for (const node of Object.keys(state.nodes)) {
		const groups = Object.values(dcdOf(state, node).resourceGroups).filter(g => g.nodes.includes(node));
		const failoverUseless = new Set(groups.filter(g => !isConcurrentGroup(g)).flatMap(g => g.resources.volumeGroups));
		const watched = new Set(['rootvg', ...groups.flatMap(g => g.resources.volumeGroups)]);
		for (const [name, vg] of Object.entries(state.nodes[node]!.lvm.volumeGroups)) {
			if (!watched.has(name)) continue;
			for (const pvid of vg.pvids) {
				const resource = state.disks[pvid]?.paths[node];
				if (!resource || methods.some(m => m.node === node && m.resource === resource)) continue;
				const logOnly = failoverUseless.has(name) || holdsUnmirrored(state, vg.vgid, pvid);
				methods.push({node, resource, method: logOnly ? CL_LOGERROR : CL_FAILOVER});
			}
		}
	}
	return methods;
}

/** The automatic methods a node has now, as the utility lists them. */
export function configuredMethods(state: DeepReadonly<ClusterState>, node: string): Array<{resource: string; method: string}> {
	return notifyObjectsOf(state, node)
		.filter(o => isAutomatic(o.en_method))
		.map(o => ({resource: o.en_resource, method: o.en_method.split(/\s+/)[0]!}));
}

/** Remove every automatic method from every node. */
export function removeAutomaticMethods(state: ClusterState): void {
	for (const [node, objects] of Object.entries(state.errnotify ?? {})) state.errnotify![node] = objects.filter(o => !isAutomatic(o.en_method));
}

/** Configure the automatic methods afresh on every node: what an earlier run added and no longer applies goes. */
export function addAutomaticMethods(state: ClusterState): void {
	removeAutomaticMethods(state);
	for (const {node, resource, method} of automaticMethods(state))
		putNotify(state, node, {
			en_pid: 0,
			en_name: objectName(resource),
			en_persistenceflg: 1,
			en_label: '',
			en_crcid: 0,
			en_class: 'H',
			en_type: 'PERM',
			en_alertflg: '',
			en_resource: resource,
			en_rtype: '',
			en_rclass: '',
			// errdemon passes the entry's sequence number as $1: the method reads the entry with errpt -l.
			en_method: `${method} $1`,
		});
}
