/**
 * Resource kinds: what a resource group holds (service addresses, volume
 * groups, file systems, NFS exports, application servers; tomorrow VxVM
 * disk groups and more), each declaring how it is acquired and released on
 * a node and its place in the order, so a new resource type plugs in by
 * listing a kind in its domain's manifest instead of editing the acquire and
 * release sequence.
 *
 * A kind's steps run inside an event script (acquire_service_addr,
 * get_disk_vg_fs, start_server; release_service_addr, release_vg_fs,
 * stop_server): consecutive kinds in the order that name the same script
 * share its EVENT START and COMPLETED lines, and the script decides, from
 * the group, whether it runs at all.
 */
import type {ClusterConfig, ResourceGroup} from '../config.js';
import {installedDomains} from '../domain.js';
import type {ClusterState} from '../state.js';
import type {EventLog} from './log.js';
import type {DeepReadonly} from '../readonly.js';

/** One group on one node. */
export interface Site {
	state: ClusterState;
	log: EventLog;
	config: DeepReadonly<ClusterConfig>;
	node: string;
	group: DeepReadonly<ResourceGroup>;
	/** The node takes the group over from another (the *_takeover_addr events). */
	takeover: boolean;
}

export interface ReleaseSite extends Site {
	/** The node stays in the cluster: enhanced concurrent VGs go back to passive, ready for fast disk takeover. */
	keepPassive: boolean;
	/** Giving back what a failed acquisition took. */
	rollback: boolean;
}

/** An event script kinds run in. */
export interface ResourceScript {
	/** The sub-event (name and arguments) that acquires; undefined when there is nothing to acquire (its kinds are skipped). */
	acquire(site: Site): {name: string; args: string} | undefined;
	/** The sub-event that releases, or `bare` to run its kinds without one, or undefined to skip them. */
	release(site: ReleaseSite): {name: string; args: string} | 'bare' | undefined;
}

export interface ResourceKind {
	name: string;
	/** Place in the order: acquired in ascending order, released in descending order. */
	order: number;
	/** A group may move the kind in the acquisition order (FS_BEFORE_IPADDR: the service address after the storage). */
	acquireOrder?(group: DeepReadonly<ResourceGroup>): number;
	/** `acquire`: 4.3's node_up_local / node_down_remote, rg_move ACQUIRE; `complete`: their *_complete, rg_move_complete (servers). */
	phase: 'acquire' | 'complete';
	script: ResourceScript;
	/** Bring the group's resources of this kind up on the site; false when that failed (the acquisition is rolled back). */
	acquire(site: Site): boolean;
	/** Take them down; what is not up is left alone. */
	release(site: ReleaseSite): void;
}

/** Every installed domain's kinds (its manifest lists them), in their order. */
export function resourceKinds(): readonly ResourceKind[] {
	return installedDomains()
		.flatMap(domain => domain.resourceKinds ?? [])
		.sort((a, b) => a.order - b.order);
}

/** Consecutive kinds that share a script. */
function byScript(ordered: readonly ResourceKind[]): ResourceKind[][] {
	const runs: ResourceKind[][] = [];
	for (const kind of ordered) {
		const last = runs.at(-1);
		if (last && last[0]!.script === kind.script) last.push(kind);
		else runs.push([kind]);
	}
	return runs;
}

/** Acquire the kinds of one phase in order; stops at the first failure and returns false. */
export function acquireResources(site: Site, phase: ResourceKind['phase']): boolean {
	const at = (kind: ResourceKind) => kind.acquireOrder?.(site.group) ?? kind.order;
	const ordered = resourceKinds()
		.filter(kind => kind.phase === phase)
		.sort((a, b) => at(a) - at(b));
	return byScript(ordered).every(run => {
		const event = run[0]!.script.acquire(site);
		return !event || site.log.event(site.node, event.name, event.args, () => run.every(kind => kind.acquire(site)));
	});
}

/**
 * Release every kind in descending order. A rollback releases only what the
 * acquire phase takes, and gives the scripts back in ascending order (the
 * service address first), each script's kinds still in descending order.
 */
export function releaseResources(site: ReleaseSite): void {
	const ordered = resourceKinds()
		.filter(kind => !site.rollback || kind.phase === 'acquire')
		.reverse();
	const runs = byScript(ordered);
	if (site.rollback) runs.reverse();
	for (const run of runs) {
		const event = run[0]!.script.release(site);
		const release = () => {
			for (const kind of run) kind.release(site);
		};
		if (event === 'bare') release();
		else if (event) site.log.event(site.node, event.name, event.args, release);
	}
}
