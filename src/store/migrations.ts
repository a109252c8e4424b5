/**
 * How a state file written by an older hasmit becomes the current model.
 * Every change of the model (STATE_VERSION in src/cluster/state.ts) appends
 * one step here, from the previous version to the new one; a file is taken
 * through the steps in order, then checked like any other, and saved at the
 * new version.
 */
import {migrateTimersToQueue} from '../cluster/events/migrate.js';
import {DEFAULT_RELEASE} from '../cluster/release/index.js';
import {fitConfigsToRelease} from '../cluster/release/apply.js';
import type {ClusterState} from '../cluster/state.js';

export interface Migration {
	from: number;
	to: number;
	/** Change the parsed file in place (it is the program's own copy). */
	migrate(data: Record<string, unknown>): void;
}

export const MIGRATIONS: Migration[] = [
	// 3: one queue of due events instead of each group's timer and pending monitor failure.
	{from: 2, to: 3, migrate: migrateTimersToQueue},
	{
		// 4: user and group accounts are no longer kept in the state (nothing read them; they were a third of `big`).
		from: 3,
		to: 4,
		migrate(data) {
			delete data.users;
			delete data.userGroups;
		},
	},
	// 5: each node's user and group accounts, stored as changes over a generated base (optional `accounts`): none yet.
	{from: 4, to: 5, migrate() {}},
	// 6: VxVM with cluster functionality (optional `vxvm`): no older cluster has VxVM.
	{from: 5, to: 6, migrate() {}},
	{
		// 7: the HACMP release the cluster runs; every earlier state was 5.2's.
		from: 6,
		to: 7,
		migrate(data) {
			data.release = DEFAULT_RELEASE;
		},
	},
	// 8: what is broken now (optional `faults`): nothing yet.
	{from: 7, to: 8, migrate() {}},
	// 9: node events held behind a failed event (optional `heldEvents`): none yet.
	{from: 8, to: 9, migrate() {}},
	{
		// 10: HACMP 5.2 defines custom groups only and has no Cluster Lock Manager: a 5.2 cluster's legacy groups become the
		// custom groups of their policies (as setRelease converts them), and cllockdES goes.
		from: 9,
		to: 10,
		migrate(data) {
			if (data.release !== '5.2') return;
			const state = data as unknown as ClusterState;
			fitConfigsToRelease(state);
			for (const node of Object.values(state.nodes)) delete node.subsystems.cllockdES;
		},
	},
	{
		// 11: no UNMANAGED state (HACMP 5.4's): a group a forced stop left up is ONLINE on its forced-down node. A rotating
		// group is distributed by its startup policy (Online Using Distribution Policy), no longer by its type.
		from: 10,
		to: 11,
		migrate(data) {
			const state = data as unknown as ClusterState;
			for (const runtime of Object.values(state.resourceGroups ?? {}))
				for (const [node, value] of Object.entries(runtime.nodes)) if ((value as string) === 'UNMANAGED') runtime.nodes[node] = 'ONLINE';
			for (const config of Object.values(state.configs ?? {}))
				for (const group of Object.values(config.resourceGroups)) if (group.type === 'rotating') group.startup = 'OUDP';
		},
	},
	{
		// 12: the network modules' changes in full (nims: a rate, 4.3's custom heartbeat rate and failure cycle, its other
		// fields), no longer a rate by network type; 4.3's nodes have no communication path.
		from: 11,
		to: 12,
		migrate(data) {
			const state = data as unknown as ClusterState;
			for (const config of Object.values(state.configs ?? {})) {
				const old = config as typeof config & {nimRates?: Record<string, 'Slow' | 'Fast'>};
				if (old.nimRates) config.nims = Object.fromEntries(Object.entries(old.nimRates).map(([type, rate]) => [type, {rate}]));
				delete old.nimRates;
				if (data.release === '4.3') for (const node of config.nodes) delete node.commPath;
			}
		},
	},
];

/** Bring `data` from `version` to `target`; returns a problem when no chain of steps does it. */
export function migrate(data: Record<string, unknown>, version: number, target: number): string | undefined {
	let at = version;
	while (at < target) {
		const step = MIGRATIONS.find(m => m.from === at);
		if (!step) return `no migration from state version ${at}`;
		step.migrate(data);
		at = step.to;
		data.version = at;
	}
	return undefined;
}
