/**
 * State version 2 to 3: a saved state's per-group timers (`timer`: settling
 * or delayed fallback) and pending monitor failures (`pendingFailure`) become
 * events in the one queue (`queue`, see queue.ts). They are queued in the
 * order version 2 fired them: by due time, then group order, a group's timer
 * before its pending failure. The caller sets the version.
 */
import type {QueuedEvent} from '../state.js';

interface Version2Group {
	timer?: {kind: 'settling' | 'fallback'; at: number};
	pendingFailure?: {node: string; server: string; at: number; restarts: number; restartedAt?: number};
}

// biome-ignore lint/suspicious/noExplicitAny: a state file of the older version, checked only after it is migrated
export function migrateTimersToQueue(data: any): void {
	const groups = data.resourceGroups as Record<string, Version2Group>;
	const due: Array<Omit<QueuedEvent, 'seq'>> = [];
	for (const [group, runtime] of Object.entries(groups)) {
		if (runtime.timer) due.push({at: runtime.timer.at, kind: runtime.timer.kind, payload: {group}});
		if (runtime.pendingFailure) {
			const {at, ...failure} = runtime.pendingFailure;
			due.push({at, kind: 'monitor_start', payload: {group, ...failure}});
		}
		delete runtime.timer;
		delete runtime.pendingFailure;
	}
	// sort is stable: equal due times keep the order above.
	data.queue = due.sort((a, b) => a.at - b.at).map((event, i): QueuedEvent => ({...event, seq: i + 1}));
}
